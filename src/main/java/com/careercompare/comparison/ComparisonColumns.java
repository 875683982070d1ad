package com.careercompare.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careercompare.chart.BarChart;
import com.careercompare.chart.RangeChart;
import com.careercompare.comparison.ComparisonColumn.Bars;
import com.careercompare.comparison.ComparisonColumn.More;
import com.careercompare.comparison.OccupationCharts.Shares;
import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.Fact;
import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.FactValue;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationPair;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.seo.OccupationJsonLd;
import com.careercompare.web.PagePart;
import com.careercompare.web.ScriptSafeJson;
import com.careercompare.web.Site;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Renders each occupation's parts of a comparison page once, and keeps them. Of the
 * million pages of a catalog of a thousand occupations, nearly every one is asked for
 * for the first time, so what a page costs is what rendering it fresh costs; and nearly
 * all of a page depends on one of its two occupations only. So those parts are rendered
 * once per occupation (and catalog version) from {@code comparison/parts.html} and kept,
 * bounded in bytes ({@code career-compare.comparison-parts.max-size}); a page puts them
 * in place, and renders only what depends on the pair.
 */
@Component
class ComparisonColumns {

	private static final String PARTS = "comparison/parts";

	/** How many other comparisons a page suggests for each of its occupations. */
	static final int MORE_PER_OCCUPATION = 10;

	private final ITemplateEngine templates;

	private final OccupationCatalog catalog;

	private final Site site;

	private final ScriptSafeJson json = new ScriptSafeJson();

	/** By slug; a part rendered from another profile or for another version is rendered again. */
	private final Cache<String, ComparisonColumn> columns;

	/** Bar charts' group labels, by their groups: the same few lists for every pair. */
	private final Cache<GroupsKey, PagePart> groupLabels = Caffeine.newBuilder().maximumSize(256).build();

	/** Salary charts' axes, by their range: the same few for every pair. */
	private final Cache<String, PagePart> salaryAxes = Caffeine.newBuilder().maximumSize(1024).build();

	/** Occupations whose profiles {@link #renderAll} reads at once. */
	private static final int WARM_UP_BATCH = 200;

	private final long maxSize;

	private volatile Map<FactTable, List<String>> rowHeads;

	private volatile String unknownCell;

	/** A chart's groups, and how many occupations it shows. */
	private record GroupsKey(List<String> groups, int series) {
	}

	ComparisonColumns(ITemplateEngine templates, OccupationCatalog catalog, Site site,
			@Value("${career-compare.comparison-parts.max-size}") DataSize maxSize) {
		this.templates = templates;
		this.catalog = catalog;
		this.site = site;
		this.maxSize = maxSize.toBytes();
		this.columns = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((String slug, ComparisonColumn column) -> column.weight())
			.build();
	}

	/**
	 * Renders the parts of every occupation of the catalog's current version that are not
	 * rendered yet, as long as they and the profiles they are rendered from fit in the memory
	 * allowed (9 tenths of each cache, so that the pages asked for can still come and go:
	 * parts kept for a profile let go would be rendered again anyway), stopping when the
	 * version changes. Run in the background after each change to the catalog
	 * ({@link ComparisonWarmUp}): once it is done, a comparison page never asked for before
	 * costs only what depends on its set of occupations.
	 *
	 * @return how many occupations' parts were rendered
	 */
	int renderAll() {
		CatalogVersion version = this.catalog.version();
		List<String> slugs = this.catalog.summaries(version).stream().map(OccupationSummary::slug).toList();
		long room = this.maxSize / 10 * 9;
		int rendered = 0;
		long last = 0;
		for (int from = 0; from < slugs.size(); from += WARM_UP_BATCH) {
			if (this.catalog.version().number() != version.number() || this.catalog.profilesFilled() > 0.9) {
				break;
			}
			List<String> batch = slugs.subList(from, Math.min(slugs.size(), from + WARM_UP_BATCH));
			for (OccupationProfile occupation : this.catalog.profiles(version, batch).values()) {
				if (kept(version, occupation) == null) {
					// the last one's weight stands for the next one's
					if (weightedSize() + last > room) {
						return rendered;
					}
					ComparisonColumn column = render(version, occupation);
					this.columns.put(occupation.slug(), column);
					last = column.weight();
					rendered++;
				}
			}
		}
		return rendered;
	}

	/** The parts kept for this occupation, if rendered from this profile for this version. */
	private ComparisonColumn kept(CatalogVersion version, OccupationProfile occupation) {
		ComparisonColumn kept = this.columns.getIfPresent(occupation.slug());
		return (kept != null && kept.version() == version.number() && kept.occupation() == occupation) ? kept : null;
	}

	/** How many bytes the kept parts take, as the limit counts them. */
	long weightedSize() {
		this.columns.cleanUp();
		return this.columns.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	/** The parts of this occupation, for this version of the catalog. */
	ComparisonColumn column(CatalogVersion version, OccupationProfile occupation) {
		ComparisonColumn kept = kept(version, occupation);
		if (kept != null) {
			return kept;
		}
		ComparisonColumn column = render(version, occupation);
		this.columns.put(occupation.slug(), column);
		return column;
	}

	/** The parts of these occupations, in their order. */
	List<ComparisonColumn> columns(CatalogVersion version, List<OccupationProfile> occupations) {
		return occupations.stream().map((occupation) -> column(version, occupation)).toList();
	}

	/** The labels of each table's rows, {@code <th scope="row">}, in order. */
	Map<FactTable, List<String>> rowHeads() {
		Map<FactTable, List<String>> heads = this.rowHeads;
		if (heads == null) {
			heads = new EnumMap<>(FactTable.class);
			for (FactTable table : FactTable.values()) {
				heads.put(table, table.facts().stream().map((fact) -> part("row-head", "label", fact.label())).toList());
			}
			this.rowHeads = heads;
		}
		return heads;
	}

	/** The labels of a bar chart of {@code series} occupations with these groups. */
	PagePart groupLabels(Shares shares, List<String> groups, int series) {
		return this.groupLabels.get(new GroupsKey(groups, series), (key) -> {
			List<BarChart.Series> empty = new ArrayList<>();
			for (int i = 0; i < series; i++) {
				empty.add(new BarChart.Series("", nulls(groups)));
			}
			return PagePart.of(part("group-labels", "groups", BarChart.of(shares.id, shares.title, groups, empty).groups()));
		});
	}

	/** The cell of an unknown value, as every column's cells write it. */
	String unknownCell() {
		String cell = this.unknownCell;
		if (cell == null) {
			cell = part("cell", "fact", FactValue.UNKNOWN);
			this.unknownCell = cell;
		}
		return cell;
	}

	/** The axis of this salary chart. */
	PagePart salaryAxis(RangeChart chart) {
		return this.salaryAxes.get(chart.axisMin() + "-" + chart.axisMax() + "@" + chart.axisY(),
				(key) -> PagePart.of(part("salary-axis", "chart", chart)));
	}

	/**
	 * The occupation's legend entry and bars for these groups, in a chart of {@code series}
	 * occupations, as its first: as kept when they are its own groups and the chart is of two.
	 */
	Bars bars(ComparisonColumn column, Shares shares, List<String> groups, int series) {
		Bars own = (shares == Shares.GENDER) ? column.gender() : column.race();
		return (own != null && series == 2 && own.groups().equals(groups)) ? own
				: bars(column.occupation(), shares, groups, series);
	}

	private ComparisonColumn render(CatalogVersion version, OccupationProfile occupation) {
		Map<FactTable, List<String>> cells = new EnumMap<>(FactTable.class);
		for (FactTable table : FactTable.values()) {
			List<String> row = new ArrayList<>();
			for (Fact fact : table.facts()) {
				row.add(part("cell", "fact", fact.valueOf(occupation)));
			}
			cells.put(table, List.copyOf(row));
		}
		List<More> more = new ArrayList<>();
		for (OccupationSummary other : neighbours(version, occupation)) {
			OccupationPair pair = new OccupationPair(occupation.title(), occupation.slug(), other.title(), other.slug());
			more.add(new More(other.slug(), part("more", "pair", pair)));
		}
		RangeChart.Row salary = OccupationCharts.salary(List.of(occupation)).rows().get(0);
		return new ComparisonColumn(occupation, version.number(), PagePart.of(part("heading", occupation, Map.of())),
				cells, PagePart.of(part("duty", occupation, Map.of("heading", ComparisonText.whatDoes(occupation)))),
				PagePart.of(part("responsibilities", occupation,
						Map.of("heading", ComparisonText.responsibilitiesHeading(occupation)))),
				PagePart.of(part("skills", occupation, Map.of("heading", ComparisonText.skillsHeading(occupation)))),
				PagePart.of(part("source", occupation, Map.of())), part("browse", occupation, Map.of()),
				List.copyOf(more), ComparisonColumn.moreLinks(more, 2), ComparisonColumn.moreLinks(more, 3),
				PagePart.of(this.json.serialize(OccupationJsonLd.node(occupation, this.site))),
				ownBars(occupation, Shares.GENDER), ownBars(occupation, Shares.RACE),
				PagePart.of(part("salary-labels", "row", salary)), PagePart.of(part("salary-bar", "row", salary)),
				ComparedSkills.of(occupation));
	}

	/**
	 * The occupations next to this one in its category, by title: one more than a page
	 * shows, so that the page can leave out the other occupation of its pair. Neighbours,
	 * rather than the most related occupations of the occupation's own page: those take a
	 * query that costs tens of milliseconds in a large catalog, and every occupation's
	 * parts are rendered again after each change to the catalog. Neighbours also link every
	 * occupation of a category from some comparison pages.
	 */
	private List<OccupationSummary> neighbours(CatalogVersion version, OccupationProfile occupation) {
		List<OccupationSummary> category = this.catalog.summariesInCategory(version, occupation.category().slug());
		int at = 0;
		while (at < category.size() && !category.get(at).slug().equals(occupation.slug())) {
			at++;
		}
		int wanted = MORE_PER_OCCUPATION + 1;
		int from = Math.max(0, Math.min(at - wanted / 2, category.size() - wanted - 1));
		int to = Math.min(category.size(), from + wanted + 1);
		return category.subList(from, to)
			.stream()
			.filter((other) -> !other.slug().equals(occupation.slug()))
			.limit(wanted)
			.toList();
	}

	private Bars ownBars(OccupationProfile occupation, Shares shares) {
		List<String> groups = shares.groups(List.of(occupation));
		return groups.isEmpty() ? null : bars(occupation, shares, groups, 2);
	}

	private Bars bars(OccupationProfile occupation, Shares shares, List<String> groups, int count) {
		BarChart.Series series = shares.series(occupation, groups);
		// laid out as the first of the chart's series
		BarChart layout = BarChart.of(shares.id, shares.title, groups, Collections.nCopies(count, series));
		List<BarChart.Bar> bars = layout.groups().stream().map((group) -> group.bars().get(0)).toList();
		return new Bars(groups, PagePart.of(part("legend", "entry", layout.legend().get(0))),
				PagePart.of(part("bars", "bars", bars)), shares.figures(occupation, groups));
	}

	private String part(String fragment, String name, Object value) {
		Context context = new Context(Locale.US);
		context.setVariable(name, value);
		return render(fragment, context);
	}

	private String part(String fragment, OccupationProfile occupation, Map<String, Object> variables) {
		Context context = new Context(Locale.US, variables);
		context.setVariable("occupation", occupation);
		return render(fragment, context);
	}

	private String render(String fragment, Context context) {
		return this.templates.process(PARTS, Set.of(fragment), context).strip();
	}

	private static List<BigDecimal> nulls(List<String> groups) {
		List<BigDecimal> nulls = new ArrayList<>();
		groups.forEach((group) -> nulls.add(null));
		return nulls;
	}

}
