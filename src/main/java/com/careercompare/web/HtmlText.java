package com.careercompare.web;

/**
 * Text escaped for HTML as Thymeleaf's {@code th:text} escapes it (unbescape's
 * {@code escapeHtml4Xml}: {@code & < > " '} as {@code &amp; &lt; &gt; &quot; &#39;}, every
 * other character as it is), for text a page writes without its template. A text with none
 * of the five is returned as it is; one with some is copied in runs, not a character at a
 * time (as {@code StringBuilder.append(CharSequence, int, int)} copies a run of a string),
 * which made escaping a comparison page's sentences a tenth of its CPU.
 */
public final class HtmlText {

	private HtmlText() {
	}

	public static String escape(String text) {
		int at = next(text, 0);
		if (at < 0) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 24);
		int from = 0;
		while (at >= 0) {
			if (at > from) {
				escaped.append(text.substring(from, at));
			}
			escaped.append(reference(text.charAt(at)));
			from = at + 1;
			at = next(text, from);
		}
		if (from < text.length()) {
			escaped.append(text.substring(from));
		}
		return escaped.toString();
	}

	/** Where the next character to escape is, from {@code from} on, or -1. */
	private static int next(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c <= '>' && reference(c) != null) {
				return i;
			}
		}
		return -1;
	}

	private static String reference(char c) {
		return switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			case '\'' -> "&#39;";
			default -> null;
		};
	}

}
