package com.careercompare.comparison;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.web.PagePart;

/**
 * One occupation's parts of a comparison page, as HTML rendered from
 * {@code comparison/parts.html}: the same for every page the occupation is on, in either
 * column. Public for the template's expressions.
 *
 * @param occupation the profile the parts were rendered from
 * @param version the catalog version they were rendered for
 * @param heading the swatch and link that head its column of each table
 * @param cells its value cells of each table, in the table's row order
 * @param more its other comparisons, most related occupation first
 * @param morePair the first of them as a page of two shows them, deflated
 * @param moreSet the same for a page of three or four
 * @param jsonLd its schema.org node, as script-safe JSON
 * @param gender its gender bars, or null when it has no gender shares
 * @param race its race bars, or null when it has none
 * @param salaryLabels its name and figures in the salary chart, as its first row
 * @param salaryBar its bar and average mark in the salary chart's plot, in dollars across
 * @param comparedSkills its skills as the skills' overlap matches and names them
 */
public record ComparisonColumn(OccupationProfile occupation, long version, PagePart heading,
		Map<FactTable, List<String>> cells, PagePart duty, PagePart responsibilities, PagePart skills,
		PagePart source, String browse, List<More> more, PagePart morePair, PagePart moreSet, PagePart jsonLd,
		Bars gender, Bars race, PagePart salaryLabels, PagePart salaryBar, ComparedSkills comparedSkills) {

	/** How many of an occupation's other comparisons a page of this many occupations shows. */
	static int moreShown(int columns) {
		return (columns == 2) ? ComparisonColumns.MORE_PER_OCCUPATION : ComparisonColumns.MORE_PER_OCCUPATION / 2;
	}

	/** The first {@link #moreShown} of {@link #more}, as one part, for a page of this many occupations. */
	PagePart moreLinks(int columns) {
		return (columns == 2) ? this.morePair : this.moreSet;
	}

	/** {@link #moreLinks} for a page of this many occupations, made once. */
	static PagePart moreLinks(List<More> more, int columns) {
		return PagePart.of(html(more.stream().limit(moreShown(columns))));
	}

	/** Links as the page lists them, each on a line of its own. */
	static String html(Stream<More> links) {
		StringBuilder html = new StringBuilder(2048);
		links.forEach((link) -> html.append('\n').append(link.html()));
		return html.toString();
	}

	/** A link to the comparison of this occupation with {@code otherSlug}. */
	public record More(String otherSlug, String html) {
	}

	/**
	 * This occupation's legend entry and bars in a bar chart of two, drawn for these groups
	 * (its own) as the first series: the page moves the second column's down a step.
	 * {@code figures} are its shares in those groups as the chart writes them
	 * ({@link com.careercompare.chart.BarChart#figure}), for the chart's description.
	 */
	public record Bars(List<String> groups, PagePart legend, PagePart bars, List<String> figures) {
	}

	/**
	 * About how many bytes the kept parts take: their bytes, plain and deflated; a byte a
	 * character of text that is all Latin-1 (as Java keeps it), two otherwise; and the
	 * objects holding them.
	 */
	int weight() {
		long bytes = 1024 + this.heading.weight() + this.duty.weight() + this.responsibilities.weight()
				+ this.skills.weight() + this.source.weight() + bytes(this.browse) + this.jsonLd.weight()
				+ this.morePair.weight() + this.moreSet.weight()
				+ this.salaryLabels.weight() + this.salaryBar.weight() + this.comparedSkills.weight();
		for (List<String> table : this.cells.values()) {
			for (String cell : table) {
				bytes += bytes(cell);
			}
		}
		for (More link : this.more) {
			bytes += bytes(link.otherSlug()) + bytes(link.html()) + 32;
		}
		for (Bars bars : new Bars[] { this.gender, this.race }) {
			if (bars != null) {
				bytes += bars.legend().weight() + bars.bars().weight() + 64 + 56L * bars.figures().size();
			}
		}
		return (int) Math.min(Integer.MAX_VALUE, bytes);
	}

	/** A string's characters and the object holding them. */
	private static long bytes(String text) {
		boolean latin1 = text.chars().allMatch((c) -> c < 256);
		return 40 + (latin1 ? text.length() : 2L * text.length());
	}

}
