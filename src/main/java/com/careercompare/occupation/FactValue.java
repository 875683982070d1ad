package com.careercompare.occupation;

import java.util.List;
import java.util.function.Function;

/**
 * A fact as the pages write it. Most facts are one piece of text; a ratio is several
 * ("Male, 40.4%", "Female, 59.6%") that the pages run together with spaces.
 * No parts means the fact is unknown.
 */
public record FactValue(List<String> parts) {

	public static final FactValue UNKNOWN = new FactValue(List.of());

	public static FactValue of(String text) {
		return new FactValue(List.of(text));
	}

	public static <T> FactValue ofNullable(T value, Function<T, String> format) {
		return (value != null) ? of(format.apply(value)) : UNKNOWN;
	}

	public boolean isUnknown() {
		return this.parts.isEmpty();
	}

	/** One piece of text, shown as it is. */
	public boolean isSingle() {
		return this.parts.size() == 1;
	}

	/** Several pieces, shown as a list. */
	public boolean isList() {
		return this.parts.size() > 1;
	}

	/** The fact in one line, as the source pages write it; "-" when unknown. */
	public String text() {
		return isUnknown() ? "-" : String.join(" ", this.parts);
	}

}
