package com.careercompare.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's template rendered once, with a marker in place of each of the page's values,
 * and kept as the text between the markers. A page of the same shape is then written by
 * putting its values where the markers were, without running the template again: what a
 * template costs per element (most of a fresh page's CPU) is paid once per shape, not per
 * page. The template must write each value whole ({@code th:text="${s['title']}"}), so
 * that the marker stands for exactly the value.
 * <p>
 * Markers are two characters of Unicode's private use area around the value's name; HTML
 * escaping leaves them as they are, so they come through {@code th:text},
 * {@code th:utext} and attributes alike.
 * <p>
 * The text between the markers is kept as {@link PagePart}s, deflated once, and a page is
 * written as a {@link PageBody}: sent gzipped, only its own values go uncompressed.
 */
public final class PageShell {

	private static final char START = '\uE000';

	private static final char END = '\uE001';

	/** The text before each marker, then the text after the last. */
	private final List<PagePart> texts;

	/** The name of each marker, in order. */
	private final List<String> names;

	private PageShell(List<String> texts, List<String> names) {
		this.texts = texts.stream().map(PagePart::of).toList();
		this.names = List.copyOf(names);
	}

	/** A marker for each of these names: the model a template renders a shell with. */
	public static Map<String, String> markers(Collection<String> names) {
		Map<String, String> markers = new LinkedHashMap<>();
		for (String name : names) {
			markers.put(name, START + name + END);
		}
		return markers;
	}

	/** The shell of a page rendered with {@link #markers}. */
	public static PageShell of(String rendered) {
		List<String> texts = new ArrayList<>();
		List<String> names = new ArrayList<>();
		int from = 0;
		int start = rendered.indexOf(START);
		while (start >= 0) {
			int end = rendered.indexOf(END, start);
			if (end < 0) {
				throw new IllegalArgumentException("A marker without its end at " + start);
			}
			texts.add(rendered.substring(from, start));
			names.add(rendered.substring(start + 1, end));
			from = end + 1;
			start = rendered.indexOf(START, from);
		}
		texts.add(rendered.substring(from));
		return new PageShell(texts, names);
	}

	/** The names of the values the page shows, in order (a name may come more than once). */
	public List<String> names() {
		return this.names;
	}

	/** The page with these values in place; every name the page shows must have one. */
	public PageBody write(Map<String, Slot> values) {
		PageBody.Builder page = PageBody.builder(3 * this.names.size() + 1);
		for (int i = 0; i < this.names.size(); i++) {
			Slot value = values.get(this.names.get(i));
			if (value == null) {
				throw new IllegalArgumentException("No value for " + this.names.get(i));
			}
			page.add(this.texts.get(i));
			value.parts().forEach(page::add);
		}
		return page.add(this.texts.get(this.names.size())).build();
	}

	/**
	 * A value as the page writes it: text, escaped as {@code th:text} escapes it; HTML of
	 * this page only; or parts kept for many pages.
	 */
	public record Slot(List<PagePart> parts) {

		public static Slot text(String text) {
			return new Slot(List.of(PagePart.stored(HtmlText.escape(text))));
		}

		/** HTML of this page, rendered by a template (so escaped there) or put together from such, written as it is. */
		public static Slot html(String html) {
			return new Slot(List.of(PagePart.stored(html)));
		}

		/** HTML kept for many pages, and deflated once ({@link PagePart#of}). */
		public static Slot parts(PagePart... parts) {
			return new Slot(List.of(parts));
		}

		public static Slot parts(List<PagePart> parts) {
			return new Slot(List.copyOf(parts));
		}

	}

}
