package com.careercompare.comparison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.careercompare.chart.BarChart;
import com.careercompare.chart.RangeChart;
import com.careercompare.comparison.ComparisonColumn.Bars;
import com.careercompare.comparison.ComparisonColumn.More;
import com.careercompare.comparison.OccupationCharts.Shares;
import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.seo.OccupationJsonLd;
import com.careercompare.text.Dates;
import com.careercompare.web.PagePart;
import com.careercompare.web.PageShell.Slot;
import com.careercompare.web.Paths;

/**
 * Everything a comparison page of two to four occupations shows. What depends on one
 * occupation only comes from its {@link ComparisonColumn}, rendered once; what depends on
 * the set is worked out here. The page is written from its {@link #shape()} and
 * {@link #slots()} by {@link ComparisonShells}.
 *
 * @param columns the occupations' parts, in the address' order
 * @param tables the tables of facts by id
 * @param skillOverlap the skills shared, each one's own, and what moving from the first takes
 * @param moreComparisons links to other comparisons with these occupations, as HTML list items
 * (each occupation's, none when it has none)
 * @param jsonLd schema.org data about every occupation, as script-safe JSON
 * @param onlyDifferences whether the tables leave out the rows that are the same for all
 */
public record Comparison(List<ComparisonColumn> columns, String title, String metaDescription, List<String> intro,
		String headingPrefix, Map<String, Table> tables, RangeChart salaryChart, PagePart salaryAxis,
		SharesChart genderChart, SharesChart raceChart, SkillOverlap skillOverlap, List<PagePart> moreComparisons,
		List<PagePart> jsonLd, boolean onlyDifferences) {

	/** The most occupations one page compares. */
	public static final int MOST = Paths.MOST_COMPARED;

	/**
	 * What changes what a page is made of, beyond its values: one shell is rendered per
	 * shape. {@code columns} is how many occupations it compares; {@code onlyDifferences},
	 * whether it leaves out the rows the same for all.
	 */
	public record Shape(int columns, boolean lastUpdated, boolean gender, boolean race, boolean more,
			boolean onlyDifferences) {

		/** The columns' positions, 1 first. */
		public List<Integer> positions() {
			return IntStream.rangeClosed(1, this.columns).boxed().toList();
		}

		/** Pages of two have a column with the difference from the first to the second. */
		public boolean difference() {
			return this.columns == 2;
		}

		/** Whether a column may be removed: a comparison keeps two at least. */
		public boolean canRemove() {
			return this.columns > 2;
		}

		public boolean canAdd() {
			return this.columns < MOST;
		}

		/**
		 * The tables' classes: on a phone, the values of two or three occupations sit side by
		 * side under each label ({@code grid-on-phone}); four keep the table's layout, which
		 * then scrolls in its own area ({@link #scrollClass()}).
		 */
		public String tableClass() {
			return "facts facts-compare cols-" + this.columns + ((this.columns < MOST) ? " grid-on-phone" : "");
		}

		public String scrollClass() {
			return "table-scroll scroll-" + this.columns;
		}

	}

	/** A table of facts: its rows as worked out, and as HTML (the label and each occupation's cell). */
	public record Table(String id, String heading, String lead, List<FactRow> rows, String html) {
	}

	/**
	 * A bar chart of the occupations' shares: its title, height and description (as
	 * {@link BarChart#of} lays it out), its group labels, and each occupation's legend entry
	 * and bars (each drawn a step below the one before).
	 */
	public record SharesChart(String title, int height, String description, PagePart groupLabels, List<Bars> bars) {
	}

	private static final Dates DATES = new Dates();

	static Comparison of(List<ComparisonColumn> columns, ComparisonColumns parts, boolean onlyDifferences) {
		List<OccupationProfile> occupations = occupations(columns);
		String prefix = ComparisonText.headingPrefix(occupations);
		Map<FactTable, List<String>> heads = parts.rowHeads();
		Map<String, Table> tables = new LinkedHashMap<>();
		tables.put("overview", table(prefix + " overview", null, FactTable.OVERVIEW, heads, columns, parts,
				onlyDifferences));
		tables.put("salary", table(prefix + " salary", ComparisonText.salaryLead(occupations), FactTable.SALARY, heads,
				columns, parts, onlyDifferences));
		tables.put("education", table(ComparisonText.educationHeading(occupations),
				ComparisonText.educationLead(occupations), FactTable.EDUCATION, heads, columns, parts, onlyDifferences));
		tables.put("demographics", table(prefix + " demographics", ComparisonText.demographicsLead(occupations),
				FactTable.DEMOGRAPHICS, heads, columns, parts, onlyDifferences));
		RangeChart salary = OccupationCharts.salary(occupations);
		return new Comparison(List.copyOf(columns), ComparisonText.title(occupations),
				ComparisonText.metaDescription(occupations), ComparisonText.intro(occupations), prefix,
				Map.copyOf(tables), salary, parts.salaryAxis(salary), shares(Shares.GENDER, columns, parts),
				shares(Shares.RACE, columns, parts), SkillOverlap.of(occupations, comparedSkills(columns)),
				moreComparisons(columns),
				jsonLd(columns), onlyDifferences);
	}

	public List<OccupationProfile> occupations() {
		return occupations(this.columns);
	}

	/** The columns' occupations, in order. */
	private static List<OccupationProfile> occupations(List<ComparisonColumn> columns) {
		List<OccupationProfile> occupations = new ArrayList<>(columns.size());
		for (ComparisonColumn column : columns) {
			occupations.add(column.occupation());
		}
		return occupations;
	}

	public List<String> slugs() {
		List<String> slugs = new ArrayList<>(this.columns.size());
		for (ComparisonColumn column : this.columns) {
			slugs.add(column.occupation().slug());
		}
		return slugs;
	}

	private static List<ComparedSkills> comparedSkills(List<ComparisonColumn> columns) {
		List<ComparedSkills> skills = new ArrayList<>(columns.size());
		for (ComparisonColumn column : columns) {
			skills.add(column.comparedSkills());
		}
		return skills;
	}

	/** The page's address, without {@code ?only=differences}: the canonical one. */
	public String path() {
		return Paths.comparison(slugs());
	}

	public Shape shape() {
		return new Shape(this.columns.size(), lastUpdated() != null, this.genderChart != null, this.raceChart != null,
				this.moreComparisons.stream().anyMatch((links) -> !links.isEmpty()), this.onlyDifferences);
	}

	/** The page's values by name, as {@code comparison/show.html} shows them: text to escape, or HTML. */
	public Map<String, Slot> slots() {
		Map<String, Slot> slots = new HashMap<>(128);
		List<OccupationProfile> occupations = occupations();
		List<String> slugs = slugs();
		text(slots, "title", this.title);
		text(slots, "description", this.metaDescription);
		text(slots, "path", path());
		text(slots, "slugs", String.join(Paths.VERSUS, slugs));
		text(slots, "csv-path", path() + ".csv");
		slots.put("json-ld", Slot.parts(this.jsonLd));
		text(slots, "intro-1", this.intro.get(0));
		text(slots, "intro-2", this.intro.get(1));
		if (this.columns.size() == 2) {
			text(slots, "reverse-path", Paths.comparison(List.of(slugs.get(1), slugs.get(0))));
			text(slots, "swap", "Show " + occupations.get(1).title() + " first");
			text(slots, "difference-of", "Difference: " + occupations.get(1).title() + " compared with "
					+ occupations.get(0).title());
		}
		text(slots, "differences-path", this.onlyDifferences ? path() : Paths.onlyDifferences(slugs));
		Instant updated = lastUpdated();
		if (updated != null) {
			text(slots, "updated-iso", DATES.iso(updated));
			text(slots, "updated", DATES.date(updated));
		}
		for (Table table : this.tables.values()) {
			TableSlots names = TableSlots.of(table.id());
			text(slots, names.heading(), table.heading());
			if (table.lead() != null) {
				text(slots, names.lead(), table.lead());
			}
			html(slots, names.rows(), table.html());
		}
		text(slots, "duties-heading", ComparisonText.dutiesHeading(occupations));
		text(slots, "skills-heading", this.headingPrefix + " skills");
		html(slots, "skills-overlap", this.skillOverlap.html(occupations));
		slots.put("more", Slot.parts(this.moreComparisons));
		html(slots, "browse", browse());
		RangeChart salary = this.salaryChart;
		for (int i = 0; i < this.columns.size(); i++) {
			ComparisonColumn column = this.columns.get(i);
			ColumnSlots at = ColumnSlots.AT.get(i);
			part(slots, at.heading(), column.heading());
			part(slots, at.duty(), column.duty());
			part(slots, at.responsibilities(), column.responsibilities());
			part(slots, at.skills(), column.skills());
			part(slots, at.source(), column.source());
			part(slots, at.salaryLabels(), column.salaryLabels());
			part(slots, at.salaryBar(), column.salaryBar());
			text(slots, at.salaryRowAt(), "translate(0 " + (i * salary.rowHeight()) + ")");
			text(slots, at.name(), column.occupation().title());
			if (slugs.size() > 2) {
				List<String> others = new ArrayList<>(slugs);
				others.remove(i);
				text(slots, at.removePath(), Paths.comparison(others));
			}
			shares(slots, at.gender(), i, this.genderChart);
			shares(slots, at.race(), i, this.raceChart);
		}
		text(slots, "salary-description", salary.description());
		text(slots, "salary-height", String.valueOf(salary.height()));
		text(slots, "salary-plot-view-box",
				salary.axisMin() + " 0 " + (salary.axisMax() - salary.axisMin()) + " " + salary.height());
		part(slots, "salary-axis", this.salaryAxis);
		chart(slots, "gender", this.genderChart);
		chart(slots, "race", this.raceChart);
		return slots;
	}

	private static void chart(Map<String, Slot> slots, String name, SharesChart chart) {
		if (chart == null) {
			return;
		}
		text(slots, name + "-title", chart.title());
		text(slots, name + "-height", String.valueOf(chart.height()));
		text(slots, name + "-description", chart.description());
		part(slots, name + "-labels", chart.groupLabels());
	}

	private static void shares(Map<String, Slot> slots, SharesSlots at, int position, SharesChart chart) {
		if (chart == null) {
			return;
		}
		Bars bars = chart.bars().get(position);
		part(slots, at.legend(), bars.legend());
		text(slots, at.legendAt(), "translate(0 " + (position * BarChart.LEGEND_STEP) + ")");
		part(slots, at.bars(), bars.bars());
		text(slots, at.barsAt(), "translate(0 " + (position * BarChart.SERIES_STEP) + ")");
	}

	/*
	 * The names of the slots that come once per column, table or chart, made once rather
	 * than for each page.
	 */

	/** The slots of the column at one position, {@code col-1-heading}... */
	private record ColumnSlots(String heading, String duty, String responsibilities, String skills, String source,
			String salaryLabels, String salaryBar, String salaryRowAt, String name, String removePath,
			SharesSlots gender, SharesSlots race) {

		static final List<ColumnSlots> AT = IntStream.rangeClosed(1, MOST).mapToObj(ColumnSlots::of).toList();

		private static ColumnSlots of(int position) {
			String at = "col-" + position + "-";
			return new ColumnSlots(at + "heading", at + "duty", at + "responsibilities", at + "skills", at + "source",
					at + "salary-labels", at + "salary-bar", at + "salary-row-at", at + "name", at + "remove-path",
					SharesSlots.of("gender", position), SharesSlots.of("race", position));
		}

	}

	/** A column's slots in a bar chart, {@code gender-1-legend}... */
	private record SharesSlots(String legend, String legendAt, String bars, String barsAt) {

		private static SharesSlots of(String chart, int position) {
			String at = chart + "-" + position + "-";
			return new SharesSlots(at + "legend", at + "legend-at", at + "bars", at + "bars-at");
		}

	}

	/** A table's slots, {@code salary-heading}... */
	private record TableSlots(String heading, String lead, String rows) {

		private static final Map<String, TableSlots> BY_ID = Arrays.stream(FactTable.values())
			.collect(Collectors.toUnmodifiableMap(FactTable::id,
					(table) -> new TableSlots(table.id() + "-heading", table.id() + "-lead", table.id() + "-rows")));

		static TableSlots of(String id) {
			return BY_ID.get(id);
		}

	}

	private static void text(Map<String, Slot> slots, String name, String text) {
		slots.put(name, Slot.text(text));
	}

	private static void html(Map<String, Slot> slots, String name, String html) {
		slots.put(name, Slot.html(html));
	}

	private static void part(Map<String, Slot> slots, String name, PagePart part) {
		slots.put(name, Slot.parts(part));
	}

	/** When any of the occupations was last changed: the page is as new as its newest column. */
	public Instant lastUpdated() {
		Instant latest = null;
		for (ComparisonColumn column : this.columns) {
			Instant updated = column.occupation().updatedAt();
			if (updated != null && (latest == null || updated.isAfter(latest))) {
				latest = updated;
			}
		}
		return latest;
	}

	/** A "browse" link for each of the occupations' categories, once each. */
	private String browse() {
		Set<String> seen = new LinkedHashSet<>();
		List<String> links = new ArrayList<>();
		for (ComparisonColumn column : this.columns) {
			if (seen.add(column.occupation().category().slug())) {
				links.add(column.browse());
			}
		}
		return String.join(" &middot; ", links);
	}

	private static Table table(String heading, String lead, FactTable facts, Map<FactTable, List<String>> heads,
			List<ComparisonColumn> columns, ComparisonColumns parts, boolean onlyDifferences) {
		List<FactRow> rows = ComparisonRows.rows(facts, columns, parts.unknownCell());
		return new Table(facts.id(), heading, lead, rows,
				ComparisonRows.html(rows, heads.get(facts), columns.size(), onlyDifferences));
	}

	private static SharesChart shares(Shares shares, List<ComparisonColumn> columns, ComparisonColumns parts) {
		List<OccupationProfile> occupations = occupations(columns);
		List<String> groups = shares.groups(occupations);
		if (groups.isEmpty()) {
			return null;
		}
		int n = columns.size();
		List<Bars> bars = new ArrayList<>(n);
		List<String> names = new ArrayList<>(n);
		List<List<String>> figures = new ArrayList<>(n);
		for (ComparisonColumn column : columns) {
			Bars each = parts.bars(column, shares, groups, n);
			bars.add(each);
			names.add(column.occupation().title());
			figures.add(each.figures());
		}
		return new SharesChart(shares.title, BarChart.height(groups.size(), n),
				BarChart.description(groups, names, figures), parts.groupLabels(shares, groups, n), bars);
	}

	/**
	 * Each occupation against its most related ones, leaving out the occupations on the
	 * page: as kept with the column ({@link ComparisonColumn#moreLinks}) unless one of them
	 * is on the page.
	 */
	private static List<PagePart> moreComparisons(List<ComparisonColumn> columns) {
		Set<String> onPage = new LinkedHashSet<>();
		columns.forEach((column) -> onPage.add(column.occupation().slug()));
		int each = ComparisonColumn.moreShown(columns.size());
		List<PagePart> links = new ArrayList<>(columns.size());
		for (ComparisonColumn column : columns) {
			List<More> more = column.more();
			if (noneOnPage(more, each, onPage)) {
				links.add(column.moreLinks(columns.size()));
				continue;
			}
			links.add(PagePart.stored(ComparisonColumn
				.html(more.stream().filter((link) -> !onPage.contains(link.otherSlug())).limit(each))));
		}
		return links;
	}

	/** Whether none of the first {@code each} links names an occupation on the page. */
	private static boolean noneOnPage(List<More> more, int each, Set<String> onPage) {
		for (int i = 0; i < Math.min(each, more.size()); i++) {
			if (onPage.contains(more.get(i).otherSlug())) {
				return false;
			}
		}
		return true;
	}

	private static final PagePart JSON_LD_START = PagePart.stored("{\"@context\":\"" + OccupationJsonLd.context()
			+ "\",\"@graph\":[");

	private static final PagePart JSON_LD_BETWEEN = PagePart.stored(",");

	private static final PagePart JSON_LD_END = PagePart.stored("]}");

	/** Every occupation's node in one document, as {@code OccupationJsonLd.of(List, Site)} writes it. */
	private static List<PagePart> jsonLd(List<ComparisonColumn> columns) {
		List<PagePart> json = new ArrayList<>(2 * columns.size() + 1);
		json.add(JSON_LD_START);
		for (int i = 0; i < columns.size(); i++) {
			if (i > 0) {
				json.add(JSON_LD_BETWEEN);
			}
			json.add(columns.get(i).jsonLd());
		}
		json.add(JSON_LD_END);
		return json;
	}

}
