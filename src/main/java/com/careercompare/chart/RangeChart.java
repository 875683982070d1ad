package com.careercompare.chart;

import java.util.ArrayList;
import java.util.List;

import com.careercompare.text.Figures;

/**
 * Salary ranges side by side on one axis, drawn as inline SVG by the template
 * {@code fragments/charts :: range}. The SVG has no view box: it is as wide as the space it
 * gets and {@link #height()} CSS pixels high, so its text keeps its size in CSS pixels at
 * every width. Down, coordinates are pixels; across, the labels start at 0 and the plot
 * and the axis' ticks take the whole width (the ticks as percentages of it).
 *
 * @param id unique on the page, for the SVG's title and description
 * @param title what the chart shows
 * @param description the chart's figures in words, for people who cannot see it
 */
public record RangeChart(String id, String title, String description, int height, List<Row> rows, List<Tick> ticks,
		double axisY, int axisMin, int axisMax) {

	/** How far each occupation's row is below the one before. */
	public static final int ROW_HEIGHT = 66;

	private static final int STEP = 10_000;

	/** At most this many steps between ticks, so that the labels fit side by side at 320 px. */
	private static final int MAX_STEPS = 6;

	/**
	 * One occupation's range: its name, its figures, a bar from low to high and a mark at
	 * the average. Its coordinates are the row's own (the first row's); the bar and the
	 * mark are in dollars across, drawn in the plot, whose view box is the axis' range.
	 */
	public record Row(String name, String figures, Integer low, Integer high, int average, String seriesClass) {

		public boolean hasRange() {
			return this.low != null && this.high != null;
		}

		public int barWidth() {
			return hasRange() ? this.high - this.low : 0;
		}

		public double nameY() {
			return 14;
		}

		public double figuresY() {
			return 30;
		}

		public double barY() {
			return 40;
		}

		/** The height of the bar; the average mark stands out above and below it. */
		public int barHeight() {
			return 14;
		}

	}

	public int rowHeight() {
		return ROW_HEIGHT;
	}

	/**
	 * A mark on the axis, {@code x} percent of the width across; the labels at the ends are
	 * anchored inwards so they stay in the picture.
	 */
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
		int step = STEP;
		int axisMin;
		int axisMax;
		while (true) {
			axisMin = Math.max(0, (min / step) * step);
			axisMax = Math.max(axisMin + step, ((max + step - 1) / step) * step);
			if ((axisMax - axisMin) / step <= MAX_STEPS) {
				break;
			}
			step = nextStep(step);
		}
		Scale scale = new Scale(axisMin, axisMax, 0, 100);

		List<Row> rows = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			Series s = series.get(i);
			boolean hasRange = s.low() != null && s.high() != null;
			String range = hasRange ? Figures.dollars(s.low()) + " to " + Figures.dollars(s.high()) : "range unknown";
			String figures = range + ", average " + Figures.dollars(s.average());
			rows.add(new Row(s.name(), figures, hasRange ? s.low() : null, hasRange ? s.high() : null, s.average(),
					"series-" + (i + 1)));
			words.add(s.name() + ": " + figures);
		}
		List<Tick> ticks = new ArrayList<>();
		for (int value = axisMin; value <= axisMax; value += step) {
			String anchor = (value == axisMin) ? "start" : (value + step > axisMax) ? "end" : "middle";
			ticks.add(new Tick(round(scale.x(value)), "$" + value / 1000 + "k", anchor));
		}
		double axisY = series.size() * ROW_HEIGHT + 4;
		return new RangeChart(id, title, String.join("; ", words) + ".", (int) axisY + 22, List.copyOf(rows),
				List.copyOf(ticks), axisY, axisMin, axisMax);
	}

	/** After $10k, $20k, $50k, $100k, $200k, ...: a step with few enough ticks for the range. */
	static int nextStep(int step) {
		int power = 1;
		while (step / power >= 10) {
			power *= 10;
		}
		int leading = step / power;
		return ((leading == 1) ? 2 : (leading == 2) ? 5 : 10) * power;
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
