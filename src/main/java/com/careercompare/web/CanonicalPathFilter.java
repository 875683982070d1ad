package com.careercompare.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One address per page: a trailing slash is dropped, and the pages' paths are lower
 * case, with a 301 to the canonical address (the query string kept). Slugs with other
 * stray characters are put right by the page's controller.
 */
public class CanonicalPathFilter extends OncePerRequestFilter {

	private static final List<String> PAGE_PREFIXES = List.of("/compare/", "/occupations", "/categories/");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		String canonical = canonical(path);
		if (canonical.equals(path) || !isSafeMethod(request)) {
			chain.doFilter(request, response);
			return;
		}
		String query = request.getQueryString();
		response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
		response.setHeader(HttpHeaders.LOCATION, (query != null) ? canonical + "?" + query : canonical);
	}

	static String canonical(String path) {
		int end = path.length();
		while (end > 1 && path.charAt(end - 1) == '/') {
			end--;
		}
		String trimmed = path.substring(0, end);
		String lower = trimmed.toLowerCase(Locale.ROOT);
		for (String prefix : PAGE_PREFIXES) {
			if (lower.startsWith(prefix)) {
				return lower;
			}
		}
		return trimmed;
	}

	private static boolean isSafeMethod(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

}
