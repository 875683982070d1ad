package com.careercompare.chart;

import java.util.ArrayList;
import java.util.List;

import com.careercompare.text.Figures;

/**
 * Salary ranges side by side on one axis, drawn as inline SVG by the template
 * {@code fragments/charts :: range}. Coordinates are in the SVG's own units.
 *
 * @param id unique on the page, for the SVG's title and description
 * @param title what the chart shows
 * @param description the chart's figures in words, for people who cannot see it
 */
public record RangeChart(String id, String title, String description, int width, int height, List<Row> rows,
		List<Tick> ticks, double axisY) {

	static final int WIDTH = 400;

	private static final double LEFT = 8;

	private static final double RIGHT = WIDTH - 8;

	private static final int ROW_HEIGHT = 66;

	private static final int STEP = 10_000;

	/** One occupation's range: its name, its figures, a bar from low to high and a mark at the average. */
	public record Row(String name, String figures, double nameY, double figuresY, double barX, double barY,
			double barWidth, double averageX, String seriesClass, boolean hasRange) {

		/** The height of the bar; the average mark stands out above and below it. */
		public int barHeight() {
			return 14;
		}

	}

	/** A mark on the axis; the labels at the ends are anchored inwards so they stay in the picture. */
	public record Tick(double x, String label, String anchor) {
	}

	/** An occupation's salary: low and high may be unknown. */
	public record Series(String name, Integer low, int average, Integer high) {
	}

	public static RangeChart of(String id, String title, List<Series> series) {
		int min = Integer.MAX_VALUE;
		int max = 0;
		for (Series s : series) {
			min = Math.min(min, (s.low() != null) ? s.low() : s.average());
			max = Math.max(max, (s.high() != null) ? s.high() : s.average());
		}
		int axisMin = Math.max(0, (min / STEP) * STEP);
		int axisMax = Math.max(axisMin + STEP, ((max + STEP - 1) / STEP) * STEP);
		Scale scale = new Scale(axisMin, axisMax, LEFT, RIGHT);

		List<Row> rows = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			Series s = series.get(i);
			double top = i * ROW_HEIGHT;
			boolean hasRange = s.low() != null && s.high() != null;
			String range = hasRange ? Figures.dollars(s.low()) + " to " + Figures.dollars(s.high()) : "range unknown";
			String figures = range + ", average " + Figures.dollars(s.average());
			double barX = hasRange ? scale.x(s.low()) : scale.x(s.average());
			double barWidth = hasRange ? scale.x(s.high()) - scale.x(s.low()) : 0;
			rows.add(new Row(s.name(), figures, top + 14, top + 30, round(barX), top + 40, round(barWidth),
					round(scale.x(s.average())), "series-" + (i + 1), hasRange));
			words.add(s.name() + ": " + figures);
		}
		List<Tick> ticks = new ArrayList<>();
		int step = ((axisMax - axisMin) / STEP > 6) ? 2 * STEP : STEP;
		for (int value = axisMin; value <= axisMax; value += step) {
			String anchor = (value == axisMin) ? "start" : (value + step > axisMax) ? "end" : "middle";
			ticks.add(new Tick(round(scale.x(value)), "$" + value / 1000 + "k", anchor));
		}
		double axisY = series.size() * ROW_HEIGHT + 4;
		return new RangeChart(id, title, String.join("; ", words) + ".", WIDTH, (int) axisY + 20, List.copyOf(rows),
				List.copyOf(ticks), axisY);
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	record Scale(double min, double max, double left, double right) {

		double x(double value) {
			return this.left + (value - this.min) / (this.max - this.min) * (this.right - this.left);
		}

	}

}
