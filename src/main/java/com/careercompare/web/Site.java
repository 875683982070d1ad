package com.careercompare.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ContentVersionStrategy;

/**
 * Site-wide facts the templates need, as {@code #site}: absolute addresses for
 * canonical links, the sitemap and structured data, and the fingerprinted addresses of
 * the stylesheet and the script. All are worked out once at startup, never per request.
 */
@Component("site")
public class Site {

	/** Where the stylesheet is served from, and its name before the fingerprint. */
	public static final String ASSETS_PATH = "/assets/";

	static final String STYLESHEET = "site.css";

	static final String SCRIPT = "site.js";

	private final String baseUrl;

	private final String stylesheet;

	private final String script;

	Site(@Value("${career-compare.site-url}") URI siteUrl) {
		String url = siteUrl.toString();
		this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		this.stylesheet = fingerprinted(STYLESHEET);
		this.script = fingerprinted(SCRIPT);
	}

	/** The absolute address of a path on this site. */
	public String url(String path) {
		return this.baseUrl + path;
	}

	/** The stylesheet's address, which changes whenever its content does, so it can be cached for a year. */
	public String getStylesheet() {
		return this.stylesheet;
	}

	/**
	 * The script's address, fingerprinted like the stylesheet's. The script only enhances
	 * (search suggestions): every page works without it.
	 */
	public String getScript() {
		return this.script;
	}

	private static String fingerprinted(String name) {
		Resource resource = new ClassPathResource("static" + ASSETS_PATH + name);
		ContentVersionStrategy strategy = new ContentVersionStrategy();
		return strategy.addVersion(ASSETS_PATH + name, strategy.getResourceVersion(resource));
	}

}
