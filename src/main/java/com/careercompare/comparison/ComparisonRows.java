package com.careercompare.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.careercompare.occupation.Fact;
import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.Quantity;
import org.unbescape.html.HtmlEscape;

/**
 * The rows of a comparison's tables, from its columns' cells (rendered once per
 * occupation), with what only the set of occupations tells: in each row of numbers, which
 * value is the highest and which the lowest (marked with a word, not only a colour); which
 * rows are the same for all; on pages of two, the difference from the first occupation to
 * the second. With {@code onlyDifferences}, rows the same for all are left out.
 */
final class ComparisonRows {

	/*
	 * The marks' arrows, and the minus of a difference, are written as character references:
	 * a page all in Latin-1 is kept by Java a byte a character, and is written out several
	 * times faster than one with a single character beyond it.
	 */

	static final String HIGHEST = " <span class=\"rank rank-high\"><span aria-hidden=\"true\">&#9650;</span> highest</span>";

	static final String LOWEST = " <span class=\"rank rank-low\"><span aria-hidden=\"true\">&#9660;</span> lowest</span>";

	/** After the label of a row that is the same for all, on pages of three or four. */
	static final String SAME = " <span class=\"rank rank-same\">same</span>";

	private ComparisonRows() {
	}

	/** Each fact of the table as a row of these columns; {@code unknownCell} is the cell of an unknown value. */
	static List<FactRow> rows(FactTable table, List<ComparisonColumn> columns, String unknownCell) {
		List<Fact> facts = table.facts();
		List<FactRow> rows = new ArrayList<>(facts.size());
		for (int r = 0; r < facts.size(); r++) {
			Fact fact = facts.get(r);
			List<String> cells = new ArrayList<>(columns.size());
			for (ComparisonColumn column : columns) {
				cells.add(column.cells().get(table).get(r));
			}
			boolean equal = true;
			for (int c = 1; c < cells.size() && equal; c++) {
				equal = cells.get(c).equals(cells.get(0));
			}
			boolean same = equal && !cells.get(0).equals(unknownCell);
			int[] ranks = new int[columns.size()];
			String difference = null;
			if (fact.quantity() != null) {
				BigDecimal[] numbers = new BigDecimal[columns.size()];
				for (int c = 0; c < numbers.length; c++) {
					numbers[c] = fact.numberOf(columns.get(c).occupation());
				}
				rank(numbers, ranks);
				if (numbers.length == 2 && numbers[0] != null && numbers[1] != null) {
					difference = fact.quantity().difference(numbers[0], numbers[1]);
				}
			}
			if (difference == null && columns.size() == 2 && same) {
				difference = "Same";
			}
			rows.add(new FactRow(fact, List.copyOf(cells), same, equal, ranks, difference));
		}
		return rows;
	}

	/**
	 * The rows as HTML: {@code <tr>}, the label, each column's cell, and on pages of two the
	 * difference. The labels are {@code heads}, in the table's order.
	 */
	static String html(List<FactRow> rows, List<String> heads, int columns, boolean onlyDifferences) {
		StringBuilder html = new StringBuilder(1024 * columns);
		int shown = 0;
		for (int r = 0; r < rows.size(); r++) {
			FactRow row = rows.get(r);
			if (onlyDifferences && row.equal()) {
				continue;
			}
			shown++;
			String head = heads.get(r);
			html.append("\n<tr>");
			if (columns > 2 && row.same()) {
				html.append(head, 0, head.length() - "</th>".length()).append(SAME).append("</th>");
			}
			else {
				html.append(head);
			}
			for (int c = 0; c < columns; c++) {
				String cell = row.cells().get(c);
				int rank = row.ranks()[c];
				if (rank == 0) {
					html.append(cell);
				}
				else {
					html.append(cell, 0, cell.length() - "</td>".length())
						.append((rank > 0) ? HIGHEST : LOWEST)
						.append("</td>");
				}
			}
			if (columns == 2) {
				html.append("<td class=\"difference\">");
				if (row.difference() != null) {
					html.append(HtmlEscape.escapeHtml5(row.difference()).replace("\u2212", "&minus;"));
				}
				html.append("</td>");
			}
			html.append("</tr>");
		}
		if (shown == 0) {
			html.append("\n<tr><td class=\"no-differences\" colspan=\"")
				.append(columns + ((columns == 2) ? 2 : 1))
				.append("\">The same for all, or not known.</td></tr>");
		}
		return html.append('\n').toString();
	}

	/** Marks the highest and lowest of the known numbers, when at least two are known and they differ. */
	static void rank(BigDecimal[] numbers, int[] ranks) {
		BigDecimal max = null;
		BigDecimal min = null;
		int known = 0;
		for (BigDecimal number : numbers) {
			if (number != null) {
				known++;
				max = (max == null || number.compareTo(max) > 0) ? number : max;
				min = (min == null || number.compareTo(min) < 0) ? number : min;
			}
		}
		if (known < 2 || max.compareTo(min) == 0) {
			return;
		}
		for (int c = 0; c < numbers.length; c++) {
			if (numbers[c] != null) {
				ranks[c] = (numbers[c].compareTo(max) == 0) ? 1 : (numbers[c].compareTo(min) == 0) ? -1 : 0;
			}
		}
	}

}
