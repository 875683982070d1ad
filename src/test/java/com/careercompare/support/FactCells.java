package com.careercompare.support;

import org.jsoup.nodes.Element;

/** Reads a table cell of the site's pages the way the source pages write it. */
public final class FactCells {

	private FactCells() {
	}

	/**
	 * The cell's text; an unknown value (a dash for sight, "Unknown" for screen readers)
	 * reads as "-". The site's marks of the highest and lowest value ({@code .rank}) are not
	 * part of the value.
	 */
	public static String text(Element cell) {
		cell = cell.clone();
		cell.select(".rank").remove();
		Element hidden = cell.selectFirst(".visually-hidden");
		if (hidden != null && hidden.text().equals("Unknown")) {
			return "-";
		}
		return cell.text();
	}

}
