package com.careercompare.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The addresses of the site's pages, built in one place. */
public final class Paths {

	/** What joins the two slugs in a comparison address. */
	public static final String VERSUS = "-vs-";

	/** The query parameter of a comparison that, {@link #DIFFERENCES}, leaves out the rows the same for all. */
	public static final String ONLY = "only";

	public static final String DIFFERENCES = "differences";

	/** The most occupations a comparison page compares: its address names two to this many. */
	public static final int MOST_COMPARED = 4;

	private Paths() {
	}

	public static String occupations() {
		return "/occupations";
	}

	/** The results page for a query (an empty one lists every occupation), page 1 unless given. */
	public static String search(String query, int page) {
		StringBuilder path = new StringBuilder("/search?q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
		return (page > 1) ? path.append("&page=").append(page).toString() : path.toString();
	}

	public static String occupation(String slug) {
		return "/occupations/" + slug;
	}

	public static String comparison(String firstSlug, String secondSlug) {
		return "/compare/" + firstSlug + VERSUS + secondSlug;
	}

	/** The comparison of these occupations, in this order: {@code /compare/a-vs-b-vs-c}. */
	public static String comparison(List<String> slugs) {
		return "/compare/" + String.join(VERSUS, slugs);
	}

	/** The comparison of these occupations without the rows the same for all: {@code ?only=differences}. */
	public static String onlyDifferences(List<String> slugs) {
		return comparison(slugs) + "?" + ONLY + "=" + DIFFERENCES;
	}

	public static String category(String slug) {
		return "/categories/" + slug;
	}

}
