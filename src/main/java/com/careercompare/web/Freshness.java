package com.careercompare.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Validators for pages built from the catalog: a page is the same as long as the
 * catalog's version and the deployed build are, so browsers and caches may keep it but
 * must ask again ({@code no-cache}), and asking again costs one query and a 304.
 */
@Component
public class Freshness {

	private final String build;

	private final Instant builtAt;

	Freshness(ObjectProvider<BuildProperties> buildProperties) {
		BuildProperties properties = buildProperties.getIfAvailable();
		// without build information (an IDE run), every start counts as a new build
		Instant time = (properties != null && properties.getTime() != null) ? properties.getTime() : Instant.now();
		this.builtAt = time.truncatedTo(ChronoUnit.SECONDS);
		this.build = Long.toString(this.builtAt.getEpochSecond(), 36);
	}

	/**
	 * Sets the page's validators; true when the browser's copy is still current, in which
	 * case a 304 has been answered and the page need not be built.
	 */
	public boolean notModified(ServletWebRequest request, long version, Instant changedAt) {
		HttpServletResponse response = request.getResponse();
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		}
		Instant lastModified = changedAt.isAfter(this.builtAt) ? changedAt : this.builtAt;
		return request.checkNotModified("W/\"" + version + "-" + this.build + "\"", lastModified.toEpochMilli());
	}

}
