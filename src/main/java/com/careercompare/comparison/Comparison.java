package com.careercompare.comparison;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.careercompare.chart.BarChart;
import com.careercompare.chart.RangeChart;
import com.careercompare.comparison.ComparisonColumn.Bars;
import com.careercompare.comparison.ComparisonColumn.More;
import com.careercompare.comparison.OccupationCharts.Shares;
import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.seo.OccupationJsonLd;
import com.careercompare.web.Paths;

/**
 * Everything a comparison page shows, worked out before the template runs (public for the
 * template's expressions). What depends on one occupation only comes from its
 * {@link ComparisonColumn}, rendered once; what depends on the pair is worked out here.
 *
 * @param first the occupation named first in the address, shown in the first column
 * @param second the other occupation
 * @param firstColumn the first occupation's parts of the page
 * @param secondColumn the second occupation's
 * @param tables the tables of facts by id
 * @param moreComparisons links to other comparisons with either occupation, as HTML list items
 * @param jsonLd schema.org data about both occupations, as script-safe JSON
 */
public record Comparison(OccupationProfile first, OccupationProfile second, ComparisonColumn firstColumn,
		ComparisonColumn secondColumn, String title, String metaDescription, List<String> intro, String headingPrefix,
		Map<String, Table> tables, RangeChart salaryChart, String salaryAxis, SharesChart genderChart,
		SharesChart raceChart, String moreComparisons, String jsonLd) {

	/** A table of facts: its rows, each the fact's label and both occupations' cells, as HTML. */
	public record Table(String id, String heading, String lead, String rows) {
	}

	/**
	 * A bar chart of both occupations' shares: its layout, its group labels, and each
	 * occupation's legend entry and bars (the second's drawn a step below the first's).
	 */
	public record SharesChart(BarChart layout, String groupLabels, Bars first, Bars second) {

		public int legendStep() {
			return BarChart.LEGEND_STEP;
		}

		public int seriesStep() {
			return BarChart.SERIES_STEP;
		}

	}

	static Comparison of(ComparisonColumn firstColumn, ComparisonColumn secondColumn, ComparisonColumns columns) {
		OccupationProfile first = firstColumn.occupation();
		OccupationProfile second = secondColumn.occupation();
		String prefix = ComparisonText.headingPrefix(first, second);
		Map<FactTable, List<String>> heads = columns.rowHeads();
		Map<String, Table> tables = Map.of(
				"overview", table(prefix + " overview", null, FactTable.OVERVIEW, heads, firstColumn, secondColumn),
				"salary", table(prefix + " salary", ComparisonText.salaryLead(first, second), FactTable.SALARY, heads,
						firstColumn, secondColumn),
				"education", table(ComparisonText.educationHeading(first, second),
						ComparisonText.educationLead(first, second), FactTable.EDUCATION, heads, firstColumn,
						secondColumn),
				"demographics", table(prefix + " demographics", ComparisonText.demographicsLead(first, second),
						FactTable.DEMOGRAPHICS, heads, firstColumn, secondColumn));
		RangeChart salary = OccupationCharts.salary(List.of(first, second));
		return new Comparison(first, second, firstColumn, secondColumn, ComparisonText.title(first, second),
				ComparisonText.metaDescription(first, second), ComparisonText.intro(first, second), prefix, tables,
				salary, columns.salaryAxis(salary), shares(Shares.GENDER, firstColumn, secondColumn, columns),
				shares(Shares.RACE, firstColumn, secondColumn, columns), moreComparisons(firstColumn, secondColumn),
				jsonLd(firstColumn, secondColumn));
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

	/** Whether the two are in one category, so that one "browse" link serves both. */
	public boolean sameCategory() {
		return this.first.category().slug().equals(this.second.category().slug());
	}

	/** Each row: {@code <tr>}, the label, the first occupation's cell, the second's. */
	private static Table table(String heading, String lead, FactTable facts, Map<FactTable, List<String>> heads,
			ComparisonColumn first, ComparisonColumn second) {
		List<String> labels = heads.get(facts);
		List<String> firstCells = first.cells().get(facts);
		List<String> secondCells = second.cells().get(facts);
		StringBuilder rows = new StringBuilder(1024);
		for (int i = 0; i < labels.size(); i++) {
			rows.append("\n<tr>").append(labels.get(i)).append(firstCells.get(i)).append(secondCells.get(i)).append("</tr>");
		}
		return new Table(facts.id(), heading, lead, rows.append('\n').toString());
	}

	private static SharesChart shares(Shares shares, ComparisonColumn first, ComparisonColumn second,
			ComparisonColumns columns) {
		List<OccupationProfile> both = List.of(first.occupation(), second.occupation());
		BarChart layout = shares.chart(both);
		if (layout == null) {
			return null;
		}
		List<String> groups = shares.groups(both);
		return new SharesChart(layout, columns.groupLabels(shares, groups), columns.bars(first, shares, groups),
				columns.bars(second, shares, groups));
	}

	/** The first occupation against its most related ones, then the second against its. */
	private static String moreComparisons(ComparisonColumn first, ComparisonColumn second) {
		StringBuilder links = new StringBuilder(2048);
		for (ComparisonColumn column : List.of(first, second)) {
			String other = ((column == first) ? second : first).occupation().slug();
			column.more()
				.stream()
				.filter((link) -> !link.otherSlug().equals(other))
				.limit(ComparisonColumns.MORE_PER_OCCUPATION)
				.map(More::html)
				.forEach((html) -> links.append('\n').append(html));
		}
		return links.toString();
	}

	/** Both occupations' nodes in one document, as {@code OccupationJsonLd.of(List, Site)} writes it. */
	private static String jsonLd(ComparisonColumn first, ComparisonColumn second) {
		return "{\"@context\":\"" + OccupationJsonLd.context() + "\",\"@graph\":[" + first.jsonLd() + ","
				+ second.jsonLd() + "]}";
	}

}
