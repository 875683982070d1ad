package com.careercompare.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads figures the way people type them into a form: the thousands separators and the
 * dollar and percent signs the pages write (see {@link Figures}) are understood, anything
 * else is refused rather than guessed at ({@code 43.251} is not forty-three thousand).
 */
public final class TypedFigures {

	private static final String NUMBER = "(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?";

	private static final Pattern DOLLARS = Pattern.compile("-?\\$?" + NUMBER);

	private static final Pattern PERCENT = Pattern.compile("[-+]?" + NUMBER + "%?");

	private static final Pattern COUNT = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)");

	/** Spaces, including the no-break spaces that copying from a page brings along. */
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

	private TypedFigures() {
	}

	/** {@code 43251}, {@code 43,251}, {@code $43,251}, {@code $43,251.50}. */
	public static BigDecimal dollars(String text) {
		return read(text, DOLLARS, "an amount of dollars");
	}

	/** {@code 51}, {@code 51%}, {@code -8 %}, {@code 40.4%}. */
	public static BigDecimal percent(String text) {
		return read(text, PERCENT, "a percentage");
	}

	/** {@code 7596} or {@code 7,596}. */
	public static BigDecimal count(String text) {
		return read(text, COUNT, "a count");
	}

	/** The value as a whole number, refused when it has a fraction or is too large. */
	public static int whole(BigDecimal value) {
		try {
			return value.stripTrailingZeros().intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("Not a whole number in range: " + value);
		}
	}

	private static BigDecimal read(String text, Pattern pattern, String what) {
		String compact = SPACES.matcher(text).replaceAll("");
		if (!pattern.matcher(compact).matches()) {
			throw new IllegalArgumentException("Not " + what);
		}
		return new BigDecimal(compact.replace("$", "").replace(",", "").replace("%", "").replace("+", ""));
	}

}
