package com.careercompare.browse;

import java.util.ArrayList;
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
import com.careercompare.occupation.RelatedOccupation;
import com.careercompare.seo.OccupationJsonLd;
import com.careercompare.text.English;
import com.careercompare.text.Figures;
import com.careercompare.web.Paths;
import com.careercompare.web.Site;

/**
 * Everything an occupation's own page shows (public for the template's expressions).
 *
 * @param sections the tables of facts by id
 * @param related the occupations most like this one, each with why and its comparison
 */
public record OccupationPage(OccupationProfile occupation, String metaDescription, Map<String, Section> sections,
		RangeChart salaryChart, BarChart genderChart, BarChart raceChart, List<Related> related,
		Map<String, Object> jsonLd) {

	/** How many related occupations the page lists. */
	static final int RELATED = 10;

	/** Pay within this share of the occupation's is "similar". */
	private static final double SIMILAR_PAY = 0.15;

	/**
	 * A related occupation: its page, why it is related ("Shares 4 of 6 skills, same
	 * category, similar pay ($41,000)") and its comparison with this occupation.
	 */
	public record Related(String title, String path, String why, OccupationPair comparison) {
	}

	/** A table of facts under a heading; each fact once on this page. */
	public record Section(String id, String heading, List<Row> rows) {
	}

	public record Row(String label, FactValue value) {

		public List<FactValue> values() {
			return List.of(this.value);
		}

	}

	static OccupationPage of(OccupationProfile occupation, List<RelatedOccupation> related, Site site) {
		Map<String, Section> sections = new LinkedHashMap<>();
		for (FactTable table : FactTable.values()) {
			sections.put(table.id(), new Section(table.id(), table.heading(), table.factsOnOccupationPage()
				.stream()
				.map((fact) -> new Row(fact.label(), fact.valueOf(occupation)))
				.toList()));
		}
		List<OccupationProfile> one = List.of(occupation);
		List<Related> relatedPages = related.stream()
			.map((other) -> new Related(other.title(), other.path(), why(occupation, other),
					new OccupationPair(occupation.title(), occupation.slug(), other.title(), other.slug())))
			.toList();
		return new OccupationPage(occupation, metaDescription(occupation), Map.copyOf(sections), OccupationCharts.salary(one),
				OccupationCharts.gender(one), OccupationCharts.race(one), relatedPages,
				OccupationJsonLd.of(occupation, site));
	}

	/** "Shares 4 of 6 skills, same category, similar pay ($41,000)". */
	static String why(OccupationProfile occupation, RelatedOccupation other) {
		List<String> reasons = new ArrayList<>();
		int skills = occupation.skills().size();
		if (other.sharedSkills() > 0) {
			reasons.add("shares " + other.sharedSkills() + " of " + skills + ((skills == 1) ? " skill" : " skills"));
		}
		if (other.sameCategory()) {
			reasons.add("same category");
		}
		int salary = occupation.pay().yearlySalary();
		double apart = Math.abs(other.yearlySalary() - salary) / (double) Math.max(salary, 1);
		reasons.add(((apart <= SIMILAR_PAY) ? "similar pay (" : "pays ") + Figures.dollars(other.yearlySalary())
				+ ((apart <= SIMILAR_PAY) ? ")" : ((other.yearlySalary() > salary) ? " (more)" : " (less)")));
		return English.capitalize(String.join(", ", reasons));
	}

	public String path() {
		return Paths.occupation(this.occupation.slug());
	}

	public String categoryPath() {
		return Paths.category(this.occupation.category().slug());
	}

	/** "What does a collector do?" */
	public String whatDoes() {
		return "What does " + this.occupation.titleForms().withArticle() + " do?";
	}

	/** The section with this id: {@code overview}, {@code salary}, {@code education} or {@code demographics}. */
	public Section section(String id) {
		return this.sections.get(id);
	}

	private static String metaDescription(OccupationProfile occupation) {
		OccupationProfile.Pay pay = occupation.pay();
		String range = pay.hasRange()
				? " (" + Figures.dollars(pay.rangeLow()) + " to " + Figures.dollars(pay.rangeHigh()) + ")" : "";
		return English.capitalize(occupation.titleForms().plural()) + " earn "
				+ Figures.dollars(pay.yearlySalary()) + " a year on average" + range
				+ ". Growth, job openings, education, demographics, duties and skills, and how the job compares.";
	}

}
