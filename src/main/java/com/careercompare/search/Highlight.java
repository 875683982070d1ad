package com.careercompare.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title cut into the parts a search matched and the parts it did not, for
 * {@code <mark>}: the start of each word that begins with one of the query's words, or the
 * whole word when the query has it in the plural ("collections" marks "Collection").
 */
public final class Highlight {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private Highlight() {
	}

	public record Part(String text, boolean matched) {
	}

	static List<Part> of(String title, List<String> queryWords) {
		List<Part> parts = new ArrayList<>();
		Matcher word = WORD.matcher(title);
		int shown = 0;
		while (word.find()) {
			int length = matchedLength(word.group(), queryWords);
			if (length > 0) {
				add(parts, title.substring(shown, word.start()), false);
				add(parts, title.substring(word.start(), word.start() + length), true);
				shown = word.start() + length;
			}
		}
		add(parts, title.substring(shown), false);
		return parts;
	}

	/** How much of the start of a title word a query word matches; 0 for none. */
	private static int matchedLength(String titleWord, List<String> queryWords) {
		String folded = SearchQuery.fold(titleWord);
		// only when folding kept the length can a prefix of the folded word be marked in the original
		boolean sameLength = folded.length() == titleWord.length();
		int longest = 0;
		for (String queryWord : queryWords) {
			if (folded.startsWith(queryWord)) {
				longest = Math.max(longest, sameLength ? queryWord.length() : titleWord.length());
			}
			else if (isPlural(queryWord, folded)) {
				longest = titleWord.length();
			}
		}
		return longest;
	}

	private static boolean isPlural(String queryWord, String word) {
		return queryWord.equals(word + "s") || queryWord.equals(word + "es");
	}

	private static void add(List<Part> parts, String text, boolean matched) {
		if (!text.isEmpty()) {
			parts.add(new Part(text, matched));
		}
	}

}
