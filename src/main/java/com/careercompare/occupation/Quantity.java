package com.careercompare.occupation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.careercompare.text.Figures;

/**
 * The kinds of number a {@link Fact} can be, and how the gap between two occupations'
 * values is written: {@code +$19,622 (+56%)}, {@code −2 points}. A gap is signed from the
 * reference to the other value, with a true minus sign ({@code U+2212}), so that it never
 * reads as a hyphen nor starts a spreadsheet formula.
 */
public enum Quantity {

	/** Whole dollars: the gap in dollars and as a share of the reference. */
	DOLLARS,

	/** Dollars and cents. */
	CENTS,

	/** A count: the gap in units and as a share of the reference. */
	COUNT,

	/** A percentage: the gap in percentage points. */
	PERCENT,

	/** A rating out of five: the gap as it is. */
	RATING,

	/** A number of years. */
	YEARS;

	static final char MINUS = '\u2212';

	/** The gap from {@code reference} to {@code other}, both known; "Same" when they are equal. */
	public String difference(BigDecimal reference, BigDecimal other) {
		BigDecimal gap = other.subtract(reference);
		if (gap.signum() == 0) {
			return "Same";
		}
		String sign = (gap.signum() > 0) ? "+" : String.valueOf(MINUS);
		BigDecimal size = gap.abs();
		return switch (this) {
			case DOLLARS -> sign + Figures.dollars(size.longValue()) + relative(reference, gap);
			case CENTS -> sign + Figures.dollarsAndCents(size) + relative(reference, gap);
			case COUNT -> sign + Figures.count(size.longValue()) + relative(reference, gap);
			case PERCENT -> sign + size.toPlainString() + (size.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
			case RATING -> sign + Figures.rating(size);
			case YEARS -> sign + size.toPlainString() + (size.compareTo(BigDecimal.ONE) == 0 ? " year" : " years");
		};
	}

	/**
	 * " (+56%)": the gap as a whole percentage of the reference, or to a tenth when that is
	 * under 1% (" (+0.7%)"), or " (under 0.1%)"; nothing when the reference is 0.
	 */
	private static String relative(BigDecimal reference, BigDecimal gap) {
		if (reference.signum() == 0) {
			return "";
		}
		BigDecimal share = gap.abs().multiply(BigDecimal.valueOf(100));
		BigDecimal pct = share.divide(reference.abs(), 0, RoundingMode.HALF_UP);
		if (pct.signum() == 0) {
			pct = share.divide(reference.abs(), 1, RoundingMode.HALF_UP);
		}
		if (pct.signum() == 0) {
			return " (under 0.1%)";
		}
		String sign = (gap.signum() > 0) ? "+" : String.valueOf(MINUS);
		return " (" + sign + pct.toPlainString() + "%)";
	}

}
