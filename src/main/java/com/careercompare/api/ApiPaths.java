package com.careercompare.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.careercompare.web.Paths;

/** The API's addresses, built in one place. */
public final class ApiPaths {

	public static final String PREFIX = "/api";

	private ApiPaths() {
	}

	public static String occupations(int page, int size) {
		return PREFIX + "/occupations?page=" + page + "&size=" + size;
	}

	public static String occupation(String slug) {
		return PREFIX + "/occupations/" + slug;
	}

	public static String comparison(List<String> slugs) {
		return PREFIX + "/comparisons/" + String.join(Paths.VERSUS, slugs);
	}

	public static String search(String query, int page) {
		return PREFIX + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page;
	}

}
