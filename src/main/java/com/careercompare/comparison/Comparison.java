package com.careercompare.comparison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careercompare.chart.BarChart;
import com.careercompare.chart.RangeChart;
import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.FactValue;
import com.careercompare.occupation.OccupationPair;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.seo.OccupationJsonLd;
import com.careercompare.web.Paths;
import com.careercompare.web.Site;

/**
 * Everything a comparison page shows, worked out before the template runs (public for the
 * template's expressions).
 *
 * @param first the occupation named first in the address, shown in the first column
 * @param second the other occupation
 * @param tables the tables of facts by id
 * @param moreComparisons other comparisons with either occupation
 * @param jsonLd schema.org data about both occupations
 */
public record Comparison(OccupationProfile first, OccupationProfile second, String title, String metaDescription,
		List<String> intro, String headingPrefix, Map<String, Table> tables, RangeChart salaryChart, BarChart genderChart,
		BarChart raceChart, List<OccupationPair> moreComparisons, Map<String, Object> jsonLd) {

	/** A table of facts, one row per fact with both occupations' values. */
	public record Table(String id, String heading, String lead, List<Row> rows) {
	}

	public record Row(String label, FactValue first, FactValue second) {

		/** The values in column order. */
		public List<FactValue> values() {
			return List.of(this.first, this.second);
		}

	}

	static Comparison of(OccupationProfile first, OccupationProfile second, List<OccupationSummary> all, Site site) {
		String prefix = ComparisonText.headingPrefix(first, second);
		Map<String, Table> tables = Map.of("overview", table(prefix + " overview", null, FactTable.OVERVIEW, first, second),
				"salary", table(prefix + " salary", ComparisonText.salaryLead(first, second), FactTable.SALARY, first,
						second),
				"education", table(ComparisonText.educationHeading(first, second),
						ComparisonText.educationLead(first, second), FactTable.EDUCATION, first, second),
				"demographics", table(prefix + " demographics", ComparisonText.demographicsLead(first, second),
						FactTable.DEMOGRAPHICS, first, second));
		List<OccupationProfile> both = List.of(first, second);
		return new Comparison(first, second, ComparisonText.title(first, second),
				ComparisonText.metaDescription(first, second), ComparisonText.intro(first, second), prefix, tables,
				OccupationCharts.salary(both), OccupationCharts.gender(both), OccupationCharts.race(both),
				moreComparisons(first, second, all), OccupationJsonLd.of(both, site));
	}

	public String path() {
		return Paths.comparison(this.first.slug(), this.second.slug());
	}

	public String whatDoesFirst() {
		return ComparisonText.whatDoes(this.first);
	}

	public String whatDoesSecond() {
		return ComparisonText.whatDoes(this.second);
	}

	public String dutiesHeading() {
		return ComparisonText.dutiesHeading(this.first, this.second);
	}

	public String responsibilitiesHeading(OccupationProfile occupation) {
		return ComparisonText.responsibilitiesHeading(occupation);
	}

	public String skillsHeading(OccupationProfile occupation) {
		return ComparisonText.skillsHeading(occupation);
	}

	/** The table with this id: {@code overview}, {@code salary}, {@code education} or {@code demographics}. */
	public Table table(String id) {
		return this.tables.get(id);
	}

	/** When either occupation was last changed: the page is as new as its newer half. */
	public Instant lastUpdated() {
		Instant first = this.first.updatedAt();
		Instant second = this.second.updatedAt();
		return (first == null || (second != null && second.isAfter(first))) ? second : first;
	}

	/** The reverse comparison, same occupations with the columns swapped. */
	public String reversePath() {
		return Paths.comparison(this.second.slug(), this.first.slug());
	}

	private static Table table(String heading, String lead, FactTable facts, OccupationProfile first,
			OccupationProfile second) {
		return new Table(facts.id(), heading, lead,
				facts.facts().stream().map((f) -> new Row(f.label(), f.valueOf(first), f.valueOf(second))).toList());
	}

	/** How many other comparisons to suggest for each of the two occupations. */
	static final int MORE_PER_OCCUPATION = 10;

	/** The first occupation against other ones, then the second against other ones. */
	private static List<OccupationPair> moreComparisons(OccupationProfile first, OccupationProfile second,
			List<OccupationSummary> all) {
		List<OccupationPair> pairs = new ArrayList<>();
		for (OccupationProfile occupation : List.of(first, second)) {
			all.stream()
				.filter((other) -> !other.slug().equals(first.slug()) && !other.slug().equals(second.slug()))
				.limit(MORE_PER_OCCUPATION)
				.forEach((other) -> pairs
					.add(new OccupationPair(occupation.title(), occupation.slug(), other.title(), other.slug())));
		}
		return List.copyOf(pairs);
	}

}
