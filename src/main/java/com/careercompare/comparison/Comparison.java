package com.careercompare.comparison;

import java.time.Instant;
import java.util.HashMap;
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
import com.careercompare.text.Dates;
import com.careercompare.web.PageShell.Slot;
import com.careercompare.web.Paths;

/**
 * Everything a comparison page shows. What depends on one occupation only comes from its
 * {@link ComparisonColumn}, rendered once; what depends on the pair is worked out here.
 * The page is written from its {@link #shape()} and {@link #slots()} by
 * {@link ComparisonShells}.
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

	/** What changes what a page is made of, beyond its values: one shell is rendered per shape. */
	public record Shape(boolean lastUpdated, boolean gender, boolean race, boolean sameCategory, boolean more) {
	}

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

	private static final Dates DATES = new Dates();

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

	public Shape shape() {
		return new Shape(lastUpdated() != null, this.genderChart != null, this.raceChart != null, sameCategory(),
				!this.moreComparisons.isEmpty());
	}

	/** The page's values by name, as {@code comparison/show.html} shows them: text to escape, or HTML. */
	public Map<String, Slot> slots() {
		Map<String, Slot> slots = new HashMap<>(128);
		text(slots, "title", this.title);
		text(slots, "description", this.metaDescription);
		text(slots, "path", path());
		html(slots, "json-ld", this.jsonLd);
		text(slots, "intro-1", this.intro.get(0));
		text(slots, "intro-2", this.intro.get(1));
		text(slots, "reverse-path", reversePath());
		text(slots, "swap", "Show " + this.second.title() + " first");
		Instant updated = lastUpdated();
		if (updated != null) {
			text(slots, "updated-iso", DATES.iso(updated));
			text(slots, "updated", DATES.date(updated));
		}
		for (Table table : this.tables.values()) {
			text(slots, table.id() + "-heading", table.heading());
			if (table.lead() != null) {
				text(slots, table.id() + "-lead", table.lead());
			}
			html(slots, table.id() + "-rows", table.rows());
		}
		text(slots, "duties-heading", dutiesHeading());
		text(slots, "skills-heading", this.headingPrefix + " skills");
		html(slots, "more", this.moreComparisons);
		for (String position : new String[] { "first", "second" }) {
			ComparisonColumn column = position.equals("first") ? this.firstColumn : this.secondColumn;
			html(slots, position + "-heading", column.heading());
			html(slots, position + "-duty", column.duty());
			html(slots, position + "-responsibilities", column.responsibilities());
			html(slots, position + "-skills", column.skills());
			html(slots, position + "-source", column.source());
			html(slots, position + "-browse", column.browse());
			html(slots, position + "-salary-labels", column.salaryLabels());
			html(slots, position + "-salary-bar", column.salaryBar());
		}
		RangeChart salary = this.salaryChart;
		text(slots, "salary-description", salary.description());
		text(slots, "salary-second-row", "translate(0 " + salary.rowHeight() + ")");
		text(slots, "salary-height", String.valueOf(salary.height()));
		text(slots, "salary-plot-view-box",
				salary.axisMin() + " 0 " + (salary.axisMax() - salary.axisMin()) + " " + salary.height());
		html(slots, "salary-axis", this.salaryAxis);
		shares(slots, "gender", this.genderChart);
		shares(slots, "race", this.raceChart);
		return slots;
	}

	private static void shares(Map<String, Slot> slots, String name, SharesChart chart) {
		if (chart == null) {
			return;
		}
		BarChart layout = chart.layout();
		text(slots, name + "-title", layout.title());
		text(slots, name + "-height", String.valueOf(layout.height()));
		text(slots, name + "-description", layout.description());
		html(slots, name + "-first-legend", chart.first().legend());
		html(slots, name + "-second-legend", chart.second().legend());
		text(slots, name + "-second-legend-at", "translate(0 " + chart.legendStep() + ")");
		html(slots, name + "-labels", chart.groupLabels());
		html(slots, name + "-first-bars", chart.first().bars());
		html(slots, name + "-second-bars", chart.second().bars());
		text(slots, name + "-second-bars-at", "translate(0 " + chart.seriesStep() + ")");
	}

	private static void text(Map<String, Slot> slots, String name, String text) {
		slots.put(name, Slot.text(text));
	}

	private static void html(Map<String, Slot> slots, String name, String html) {
		slots.put(name, Slot.html(html));
	}

	public String dutiesHeading() {
		return ComparisonText.dutiesHeading(this.first, this.second);
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
		List<String> groups = shares.groups(both);
		BarChart layout = shares.chart(both, groups);
		if (layout == null) {
			return null;
		}
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
