package com.careercompare.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person typed into the search box, made safe to use: control characters (NUL
 * among them) removed, runs of white space made one space, and cut to
 * {@value #MAX_LENGTH} characters. Everything else, {@code %}, quotes and backslashes
 * included, is plain text: the database compares letters and digits only.
 *
 * @param text the query to search for
 * @param shortened whether what was typed was longer and has been cut
 */
record SearchQuery(String text, boolean shortened) {

	static final int MAX_LENGTH = 100;

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** Initials such as "A/R" or "Q&amp;A", which search reads as one word, as the database does. */
	private static final Pattern INITIALS = Pattern
		.compile("(^|[^\\p{L}\\p{N}])([\\p{L}\\p{N}])[./&]([\\p{L}\\p{N}])(?![\\p{L}\\p{N}])");

	static SearchQuery of(String typed) {
		if (typed == null) {
			return new SearchQuery("", false);
		}
		String text = SPACE.matcher(CONTROL.matcher(typed).replaceAll(" ")).replaceAll(" ").strip();
		if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
			return new SearchQuery(text, false);
		}
		return new SearchQuery(text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip(), true);
	}

	boolean isBlank() {
		return this.text.isEmpty();
	}

	/** The query's words as the database compares them: lower case, without accents, initials joined. */
	List<String> words() {
		String joined = INITIALS.matcher(fold(this.text)).replaceAll("$1$2$3");
		return Arrays.stream(NOT_A_WORD.split(joined)).filter((word) -> !word.isEmpty()).toList();
	}

	/** Lower case without accents, as PostgreSQL's {@code unaccent} and {@code lower} make it. */
	static String fold(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

}
