package com.careercompare.occupation;

import java.util.List;
import java.util.Map;

import com.careercompare.chart.BarChart;
import com.careercompare.chart.RangeChart;
import com.careercompare.text.English;
import com.careercompare.text.Figures;
import com.careercompare.web.Paths;
import com.careercompare.web.Site;

/**
 * Everything an occupation's own page shows (public for the template's expressions).
 *
 * @param comparisons this occupation against each other one
 */
public record OccupationPage(OccupationProfile occupation, String metaDescription, List<Section> sections,
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

	private static final List<Fact> OVERVIEW = List.of(Fact.YEARLY_SALARY, Fact.HOURLY_RATE, Fact.GROWTH_RATE,
			Fact.NUMBER_OF_JOBS, Fact.JOB_SATISFACTION, Fact.YEARS_OF_EXPERIENCE, Fact.TIME_TO_BECOME);

	private static final List<Fact> SALARY = List.of(Fact.SALARY_RANGE, Fact.HIGHEST_PAYING_CITY,
			Fact.HIGHEST_PAYING_STATE, Fact.BEST_PAYING_COMPANY, Fact.BEST_PAYING_INDUSTRY);

	static OccupationPage of(OccupationProfile occupation, List<OccupationSummary> all, Site site) {
		List<Section> sections = List.of(section("overview", "Overview", OVERVIEW, occupation),
				section("salary", "Salary", SALARY, occupation),
				section("education", "Education", FactTable.EDUCATION.facts(), occupation),
				section("demographics", "Demographics", FactTable.DEMOGRAPHICS.facts(), occupation));
		List<OccupationProfile> one = List.of(occupation);
		List<OccupationPair> comparisons = all.stream()
			.filter((other) -> !other.slug().equals(occupation.slug()))
			.map((other) -> new OccupationPair(occupation.title(), occupation.slug(), other.title(), other.slug()))
			.toList();
		return new OccupationPage(occupation, metaDescription(occupation), sections, OccupationCharts.salary(one),
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

	private static Section section(String id, String heading, List<Fact> facts, OccupationProfile occupation) {
		return new Section(id, heading, facts.stream().map((f) -> new Row(f.label(), f.valueOf(occupation))).toList());
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
