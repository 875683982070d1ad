package com.careercompare.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the site writes its figures, the way the source pages write them:
 * {@code $43,251}, {@code $20.79}, {@code -8%}, {@code 40.4%}, {@code 7,596}, {@code 3.67}.
 * Every figure on every page goes through here, and so does the test that proves the
 * seed reproduces the source pages.
 */
public final class Figures {

	private Figures() {
	}

	/** Whole dollars with thousands separators: {@code $43,251}. */
	public static String dollars(long amount) {
		return (amount < 0 ? "-$" : "$") + grouped(Math.abs(amount));
	}

	/** Dollars and cents: {@code $20.79}. */
	public static String dollarsAndCents(BigDecimal amount) {
		BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
		String sign = cents.signum() < 0 ? "-$" : "$";
		BigDecimal abs = cents.abs();
		String fraction = abs.toPlainString();
		return sign + grouped(abs.longValue()) + fraction.substring(fraction.indexOf('.'));
	}

	/** A count with thousands separators: {@code 7,596}. */
	public static String count(long count) {
		return (count < 0 ? "-" : "") + grouped(Math.abs(count));
	}

	/** A whole percentage: {@code -8%}, {@code 51%}. */
	public static String percent(int percent) {
		return percent + "%";
	}

	/** A percentage with exactly one decimal: {@code 40.4%}, {@code 19.0%}. */
	public static String percentOneDecimal(BigDecimal percent) {
		return percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** A rating with up to two decimals and no trailing zeros: {@code 3.67}, {@code 4.5}. */
	public static String rating(BigDecimal rating) {
		BigDecimal rounded = rating.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	/** A duration given in months: {@code 6-12 months}, {@code 1 month}, {@code 1-2 years}. */
	public static String monthsRange(int min, int max) {
		if (min >= 12 && min % 12 == 0 && max % 12 == 0) {
			return range(min / 12, max / 12, "year");
		}
		return range(min, max, "month");
	}

	private static String range(int min, int max, String unit) {
		if (min == max) {
			return min + " " + (min == 1 ? unit : unit + "s");
		}
		return min + "-" + max + " " + unit + "s";
	}

	private static String grouped(long value) {
		String digits = Long.toString(value);
		int length = digits.length();
		if (length <= 3) {
			return digits;
		}
		StringBuilder out = new StringBuilder(length + length / 3);
		int head = length % 3 == 0 ? 3 : length % 3;
		out.append(digits, 0, head);
		for (int i = head; i < length; i += 3) {
			out.append(',').append(digits, i, i + 3);
		}
		return out.toString();
	}

}
