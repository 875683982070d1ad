package com.careercompare.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.careercompare.text.Figures;

/**
 * Shares of workers by group, one bar per occupation in each group, on a 0-100% scale;
 * drawn as inline SVG by the template {@code fragments/charts :: bars}. As a
 * {@link RangeChart}, the SVG has no view box: down, coordinates are CSS pixels; across, a
 * bar's width is a percentage of the chart's ({@link #FULL} for 100%), and its figure
 * follows it, so the text keeps its size at every width.
 *
 * @param id unique on the page, for the SVG's title and description
 * @param title what the chart shows
 * @param description the chart's figures in words, for people who cannot see it
 */
public record BarChart(String id, String title, String description, int height, List<Legend> legend,
		List<Group> groups) {

	/**
	 * The share of the chart's width that a bar of 100% takes: the rest is room for its
	 * figure ("100.0%" needs about 45 px, a fifth of the narrowest chart, 288 px).
	 */
	static final double FULL = 80;

	private static final int LINE = 18;

	private static final int BAR = 12;

	/** How far each series' bar in a group, and its legend entry, is below the one before. */
	public static final int SERIES_STEP = BAR + 2;

	public static final int LEGEND_STEP = LINE;

	public record Legend(String label, double y, String seriesClass) {
	}

	public record Group(String label, double labelY, List<Bar> bars) {
	}

	/** A bar: {@code width} is a percentage of the chart's width, and its figure starts there. */
	public record Bar(double y, double width, String value, String seriesClass) {
	}

	/** One occupation's shares, in the order of the groups; a missing share is {@code null}. */
	public record Series(String name, List<BigDecimal> shares) {
	}

	public static BarChart of(String id, String title, List<String> groups, List<Series> series) {
		List<Legend> legend = new ArrayList<>();
		double y = 0;
		if (series.size() > 1) {
			for (int i = 0; i < series.size(); i++) {
				y += LINE;
				legend.add(new Legend(series.get(i).name(), y - 4, seriesClass(i)));
			}
			y += 6;
		}
		List<Group> rows = new ArrayList<>();
		List<List<String>> figures = new ArrayList<>();
		for (Series each : series) {
			figures.add(each.shares().stream().map(BarChart::figure).toList());
		}
		for (int g = 0; g < groups.size(); g++) {
			y += LINE;
			double labelY = y - 4;
			List<Bar> bars = new ArrayList<>();
			for (int s = 0; s < series.size(); s++) {
				BigDecimal share = series.get(s).shares().get(g);
				double width = (share != null) ? share.doubleValue() / 100 * FULL : 0;
				bars.add(new Bar(RangeChart.round(y), RangeChart.round(width), figures.get(s).get(g), seriesClass(s)));
				y += BAR + 2;
			}
			rows.add(new Group(groups.get(g), RangeChart.round(labelY), List.copyOf(bars)));
			y += 4;
		}
		List<String> names = series.stream().map(Series::name).toList();
		return new BarChart(id, title, description(groups, names, figures), (int) Math.ceil(y), List.copyOf(legend),
				List.copyOf(rows));
	}

	/** A share as a bar's figure and the description write it: "42.5%", or "unknown". */
	public static String figure(BigDecimal share) {
		return (share != null) ? Figures.percentOneDecimal(share) : "unknown";
	}

	/** The height of a chart of this many groups and series, as {@link #of} lays it out. */
	public static int height(int groups, int series) {
		int legend = (series > 1) ? series * LINE + 6 : 0;
		return legend + groups * (LINE + series * (BAR + 2) + 4);
	}

	/**
	 * The chart's figures in words: "Women: Collector 61.2%, Underwriter 55.0%; Men: ...".
	 * {@code figures} are each series' {@link #figure}s, in the order of the groups; a chart
	 * of one series leaves out its name.
	 */
	public static String description(List<String> groups, List<String> names, List<List<String>> figures) {
		StringBuilder words = new StringBuilder(64 * groups.size() * names.size());
		for (int g = 0; g < groups.size(); g++) {
			words.append((g > 0) ? "; " : "").append(groups.get(g)).append(": ");
			for (int s = 0; s < names.size(); s++) {
				if (s > 0) {
					words.append(", ");
				}
				if (names.size() > 1) {
					words.append(names.get(s)).append(' ');
				}
				words.append(figures.get(s).get(g));
			}
		}
		return words.append('.').toString();
	}

	private static String seriesClass(int index) {
		return "series-" + (index + 1);
	}

}
