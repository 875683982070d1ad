package com.careercompare.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Slugs: the lowercase title with its words joined by hyphens ("Loss Mitigation Specialist" to "loss-mitigation-specialist"). */
public final class Slugs {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/** Whether the text is a slug already: lower-case letters and digits in words joined by single hyphens. */
	public static boolean isSlug(String text) {
		int length = text.length();
		if (length == 0 || text.charAt(0) == '-' || text.charAt(length - 1) == '-') {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
			if (!word && (c != '-' || text.charAt(i - 1) == '-')) {
				return false;
			}
		}
		return true;
	}

	public static String of(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String slug = SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
