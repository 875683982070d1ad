package com.careercompare.api;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.web.Freshness;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Validators and caching of the API's responses: as the pages', an ETag and Last-Modified
 * from the catalog's version (a 304 when the client's copy is current), but public and
 * kept for a minute ({@value #CACHE_CONTROL}), so that shared caches (a CDN, a proxy) may
 * answer for the site and then revalidate cheaply.
 */
@Component
public class ApiResponses {

	static final String CACHE_CONTROL = "public, max-age=60";

	private final Freshness freshness;

	ApiResponses(Freshness freshness) {
		this.freshness = freshness;
	}

	/** Sets the validators; true when a 304 has been answered and nothing more need be written. */
	public boolean notModified(CatalogVersion version, HttpServletRequest request, HttpServletResponse response) {
		boolean current = this.freshness.notModified(new ServletWebRequest(request, response), version.number(),
				version.changedAt());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		return current;
	}

}
