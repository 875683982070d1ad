package com.careercompare.text;

/**
 * Text in cells of CSV files that people open in a spreadsheet. Text that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, a tab or a carriage return:
 * OWASP's advice on CSV injection) is written with a leading apostrophe, as is text that
 * starts with one; reading drops one leading apostrophe, so every text reads back as it was.
 */
public final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r'";

	private SpreadsheetCells() {
	}

	/** Text as a cell: with an apostrophe before it when a spreadsheet would run it, or it starts with one. */
	public static String safe(String text) {
		return (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	/** A cell's text as it was before {@link #safe}. */
	public static String text(String cell) {
		return cell.startsWith("'") ? cell.substring(1) : cell;
	}

}
