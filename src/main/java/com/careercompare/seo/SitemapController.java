package com.careercompare.seo;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationProfile.CategoryRef;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.web.Paths;
import com.careercompare.web.Site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

/**
 * The sitemaps: {@code /sitemap.xml} is an index of sitemap files of at most
 * {@code career-compare.sitemap.max-urls} addresses each (the protocol allows 50,000):
 * {@code /sitemaps/pages.xml} (home, the list, the categories), then
 * {@code /sitemaps/occupations-N.xml} and {@code /sitemaps/comparisons-N.xml}, numbered from
 * 1. Together they name every occupation and every ordered pair of occupations once. Each
 * file is written as it goes, so its memory does not grow with its size.
 */
@RestController
class SitemapController {

	static final String FILES = "/sitemaps/";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final OccupationCatalog catalog;

	private final Site site;

	private final int maxUrls;

	SitemapController(OccupationCatalog catalog, Site site, @Value("${career-compare.sitemap.max-urls}") int maxUrls) {
		this.catalog = catalog;
		this.site = site;
		this.maxUrls = maxUrls;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		// the compare form's own address only redirects or shows form errors
		return """
				User-agent: *
				Disallow: /compare?
				Sitemap: %s
				""".formatted(this.site.url("/sitemap.xml"));
	}

	/** The index: one entry per sitemap file, with when the newest page in it changed. */
	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String index(CatalogVersion version) {
		List<OccupationSummary> occupations = this.catalog.summaries(version);
		Instant newest = newest(occupations, 0, occupations.size());
		StringBuilder xml = new StringBuilder(XML).append("<sitemapindex xmlns=\"" + NAMESPACE + "\">\n");
		entry(xml, "pages.xml", null);
		for (int file = 1; file <= files(occupations.size()); file++) {
			int from = (file - 1) * this.maxUrls;
			entry(xml, "occupations-" + file + ".xml",
					newest(occupations, from, Math.min(occupations.size(), from + this.maxUrls)));
		}
		for (int file = 1; file <= files(pairs(occupations.size())); file++) {
			entry(xml, "comparisons-" + file + ".xml", newest);
		}
		return xml.append("</sitemapindex>\n").toString();
	}

	@GetMapping(path = FILES + "pages.xml", produces = MediaType.APPLICATION_XML_VALUE)
	void pages(CatalogVersion version, HttpServletResponse response) throws IOException {
		try (Writer xml = start(response)) {
			url(xml, "/", null);
			url(xml, "/occupations", null);
			for (CategoryRef category : this.catalog.categories(version)) {
				url(xml, Paths.category(category.slug()), null);
			}
			end(xml);
		}
	}

	@GetMapping(path = FILES + "occupations-{file}.xml", produces = MediaType.APPLICATION_XML_VALUE)
	void occupations(@PathVariable String file, CatalogVersion version, HttpServletResponse response)
			throws IOException {
		List<OccupationSummary> occupations = this.catalog.summaries(version);
		long from = first(file, occupations.size());
		try (Writer xml = start(response)) {
			for (long i = from; i < Math.min(occupations.size(), from + this.maxUrls); i++) {
				OccupationSummary occupation = occupations.get((int) i);
				url(xml, Paths.occupation(occupation.slug()), occupation.updatedAt());
			}
			end(xml);
		}
	}

	/**
	 * Ordered pairs by their place in the list of every pair: pair {@code k} compares
	 * occupation {@code k / (n - 1)} with each other one in turn.
	 */
	@GetMapping(path = FILES + "comparisons-{file}.xml", produces = MediaType.APPLICATION_XML_VALUE)
	void comparisons(@PathVariable String file, CatalogVersion version, HttpServletResponse response)
			throws IOException {
		List<OccupationSummary> occupations = this.catalog.summaries(version);
		int n = occupations.size();
		long from = first(file, pairs(n));
		try (Writer xml = start(response)) {
			for (long k = from; k < Math.min(pairs(n), from + this.maxUrls); k++) {
				int i = (int) (k / (n - 1));
				int j = (int) (k % (n - 1));
				OccupationSummary first = occupations.get(i);
				OccupationSummary second = occupations.get((j < i) ? j : j + 1);
				Instant updated = first.updatedAt().isAfter(second.updatedAt()) ? first.updatedAt()
						: second.updatedAt();
				url(xml, Paths.comparison(first.slug(), second.slug()), updated);
			}
			end(xml);
		}
	}

	private static long pairs(int occupations) {
		return (long) occupations * (occupations - 1);
	}

	private int files(long urls) {
		return (int) ((urls + this.maxUrls - 1) / this.maxUrls);
	}

	/** Where file number {@code file} (from 1) starts among {@code urls} addresses; a 404 for no such file. */
	private long first(String file, long urls) {
		int number;
		try {
			number = Integer.parseInt(file);
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (number < 1 || number > files(urls) || !file.equals(Integer.toString(number))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return (long) (number - 1) * this.maxUrls;
	}

	private static Instant newest(List<OccupationSummary> occupations, int from, int to) {
		Instant newest = null;
		for (OccupationSummary occupation : occupations.subList(from, to)) {
			if (newest == null || occupation.updatedAt().isAfter(newest)) {
				newest = occupation.updatedAt();
			}
		}
		return newest;
	}

	private void entry(StringBuilder xml, String file, Instant updated) {
		xml.append("  <sitemap><loc>").append(HtmlUtils.htmlEscape(this.site.url(FILES + file))).append("</loc>");
		if (updated != null) {
			xml.append("<lastmod>").append(DATE.format(updated)).append("</lastmod>");
		}
		xml.append("</sitemap>\n");
	}

	private static Writer start(HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_XML_VALUE);
		response.setCharacterEncoding("UTF-8");
		Writer xml = response.getWriter();
		xml.write(XML);
		xml.write("<urlset xmlns=\"" + NAMESPACE + "\">\n");
		return xml;
	}

	private static void end(Writer xml) throws IOException {
		xml.write("</urlset>\n");
	}

	private void url(Writer xml, String path, Instant updated) throws IOException {
		xml.write("  <url><loc>");
		xml.write(HtmlUtils.htmlEscape(this.site.url(path)));
		xml.write("</loc>");
		if (updated != null) {
			xml.write("<lastmod>");
			xml.write(DATE.format(updated));
			xml.write("</lastmod>");
		}
		xml.write("</url>\n");
	}

}
