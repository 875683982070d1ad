package com.careercompare.browse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careercompare.chart.BarChart;
import com.careercompare.chart.RangeChart;
import com.careercompare.comparison.OccupationCharts;
import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.FactValue;
import com.careercompare.occupation.OccupationPair;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.seo.OccupationJsonLd;
import com.careercompare.text.English;
import com.careercompare.text.Figures;
import com.careercompare.web.Paths;
import com.careercompare.web.Site;

/**
 * Everything an occupation's own page shows (public for the template's expressions).
 *
 * @param sections the tables of facts by id
 * @param comparisons this occupation against each other one
 */
public record OccupationPage(OccupationProfile occupation, String metaDescription, Map<String, Section> sections,
		RangeChart salaryChart, BarChart genderChart, BarChart raceChart, List<OccupationPair> comparisons,
		Map<String, Object> jsonLd) {

	/** A table of facts under a heading; each fact once on this page. */
	public record Section(String id, String heading, List<Row> rows) {
	}

	public record Row(String label, FactValue value) {

		public List<FactValue> values() {
			return List.of(this.value);
		}

	}

	static OccupationPage of(OccupationProfile occupation, List<OccupationSummary> all, Site site) {
		Map<String, Section> sections = new LinkedHashMap<>();
		for (FactTable table : FactTable.values()) {
			sections.put(table.id(), new Section(table.id(), table.heading(), table.factsOnOccupationPage()
				.stream()
				.map((fact) -> new Row(fact.label(), fact.valueOf(occupation)))
				.toList()));
		}
		List<OccupationProfile> one = List.of(occupation);
		List<OccupationPair> comparisons = all.stream()
			.filter((other) -> !other.slug().equals(occupation.slug()))
			.map((other) -> new OccupationPair(occupation.title(), occupation.slug(), other.title(), other.slug()))
			.toList();
		return new OccupationPage(occupation, metaDescription(occupation), Map.copyOf(sections), OccupationCharts.salary(one),
				OccupationCharts.gender(one), OccupationCharts.race(one), comparisons,
				OccupationJsonLd.of(occupation, site));
	}

	public String path() {
		return Paths.occupation(this.occupation.slug());
	}

	public String categoryPath() {
		return Paths.category(this.occupation.category().slug());
	}

	/** "What does a collector do?" */
	public String whatDoes() {
		return "What does " + English.withArticle(English.inSentence(this.occupation.title())) + " do?";
	}

	/** The section with this id: {@code overview}, {@code salary}, {@code education} or {@code demographics}. */
	public Section section(String id) {
		return this.sections.get(id);
	}

	private static String metaDescription(OccupationProfile occupation) {
		OccupationProfile.Pay pay = occupation.pay();
		String range = pay.hasRange()
				? " (" + Figures.dollars(pay.rangeLow()) + " to " + Figures.dollars(pay.rangeHigh()) + ")" : "";
		return English.capitalize(English.plural(English.inSentence(occupation.title()))) + " earn "
				+ Figures.dollars(pay.yearlySalary()) + " a year on average" + range
				+ ". Growth, job openings, education, demographics, duties and skills, and how the job compares.";
	}

}
