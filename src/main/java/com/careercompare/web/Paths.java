package com.careercompare.web;

/** The addresses of the site's pages, built in one place. */
public final class Paths {

	/** What joins the two slugs in a comparison address. */
	public static final String VERSUS = "-vs-";

	private Paths() {
	}

	public static String occupation(String slug) {
		return "/occupations/" + slug;
	}

	public static String comparison(String firstSlug, String secondSlug) {
		return "/compare/" + firstSlug + VERSUS + secondSlug;
	}

	public static String category(String slug) {
		return "/categories/" + slug;
	}

}
