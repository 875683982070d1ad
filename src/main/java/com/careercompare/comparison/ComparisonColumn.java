package com.careercompare.comparison;

import java.util.List;
import java.util.Map;

import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.OccupationProfile;

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
 * @param jsonLd its schema.org node, as script-safe JSON
 * @param gender its gender bars, or null when it has no gender shares
 * @param race its race bars, or null when it has none
 * @param salaryLabels its name and figures in the salary chart, as its first row
 * @param salaryBar its bar and average mark in the salary chart's plot, in dollars across
 */
public record ComparisonColumn(OccupationProfile occupation, long version, String heading,
		Map<FactTable, List<String>> cells, String duty, String responsibilities, String skills, String source,
		String browse, List<More> more, String jsonLd, Bars gender, Bars race, String salaryLabels,
		String salaryBar) {

	/** A link to the comparison of this occupation with {@code otherSlug}. */
	public record More(String otherSlug, String html) {
	}

	/**
	 * This occupation's legend entry and bars in a bar chart of two, drawn for these groups
	 * (its own) as the first series: the page moves the second column's down a step.
	 */
	public record Bars(List<String> groups, String legend, String bars) {
	}

	/**
	 * About how many bytes the kept parts take: a byte a character of text that is all
	 * Latin-1 (as Java keeps it), two otherwise, and the objects holding them.
	 */
	int weight() {
		long bytes = 1024 + bytes(this.heading) + bytes(this.duty) + bytes(this.responsibilities)
				+ bytes(this.skills) + bytes(this.source) + bytes(this.browse) + bytes(this.jsonLd)
				+ bytes(this.salaryLabels) + bytes(this.salaryBar);
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
				bytes += bytes(bars.legend()) + bytes(bars.bars()) + 64;
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
