package com.careercompare.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * One address per page. A request for a page under another address (capitals, a
 * trailing slash, spaces or underscores in a slug, or in any segment after it) gets one
 * 301 to the canonical address, its query string kept.
 */
public class CanonicalPathFilter extends OncePerRequestFilter {

	/** The pages whose last path segment is a slug. */
	private static final List<String> SLUG_PAGES = List.of("/compare/", "/occupations/", "/categories/");

	/** The extensions of files at a page's address. */
	private static final List<String> EXTENSIONS = List.of(".csv");

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

	/** The canonical form of a raw (still encoded) request path. */
	static String canonical(String path) {
		int end = path.length();
		while (end > 1 && path.charAt(end - 1) == '/') {
			end--;
		}
		String trimmed = path.substring(0, end);
		String lower = trimmed.toLowerCase(Locale.ROOT);
		if (lower.equals("/occupations")) {
			return lower;
		}
		for (String prefix : SLUG_PAGES) {
			if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
				// each segment a slug: /categories/{slug}/page/{n}, /occupations/letter/{letter}
				StringBuilder canonical = new StringBuilder(prefix.length() + trimmed.length()).append(prefix);
				String rest = trimmed.substring(prefix.length());
				// a file of the page (a comparison's .csv): the slugs before the extension, the extension in lower case
				String extension = "";
				for (String known : EXTENSIONS) {
					if (lower.endsWith(known) && rest.length() > known.length()) {
						extension = known;
						rest = rest.substring(0, rest.length() - known.length());
					}
				}
				String[] segments = rest.split("/", -1);
				for (int i = 0; i < segments.length; i++) {
					String slug = slug(segments[i]);
					if (slug.isEmpty()) {
						return trimmed;
					}
					canonical.append((i > 0) ? "/" : "").append(slug);
				}
				return canonical.append(extension).toString();
			}
		}
		return trimmed;
	}

	private static String slug(String encoded) {
		if (Slugs.isSlug(encoded)) {
			// the common case, and the cheap one: no decoding, nothing to change
			return encoded;
		}
		try {
			return Slugs.of(UriUtils.decode(encoded, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			// not valid percent-encoding: leave it for the page to answer "not found"
			return "";
		}
	}

	private static boolean isSafeMethod(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

}
