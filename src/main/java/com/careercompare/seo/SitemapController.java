package com.careercompare.seo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationProfile.CategoryRef;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.web.Paths;
import com.careercompare.web.Site;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** {@code /sitemap.xml} with every page worth indexing, and {@code /robots.txt} pointing to it. */
@RestController
class SitemapController {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final OccupationCatalog catalog;

	private final Site site;

	SitemapController(OccupationCatalog catalog, Site site) {
		this.catalog = catalog;
		this.site = site;
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

	/** Home, the lists, every category, every occupation and every ordered pair of occupations. */
	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap(CatalogVersion version) {
		List<OccupationSummary> occupations = this.catalog.summaries(version);
		StringBuilder xml = new StringBuilder(256 + 200 * occupations.size() * occupations.size());
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		url(xml, "/", null);
		url(xml, "/occupations", null);
		for (CategoryRef category : this.catalog.categories(version)) {
			url(xml, Paths.category(category.slug()), null);
		}
		for (OccupationSummary occupation : occupations) {
			url(xml, Paths.occupation(occupation.slug()), occupation.updatedAt());
		}
		for (OccupationSummary first : occupations) {
			for (OccupationSummary second : occupations) {
				if (first != second) {
					Instant updated = first.updatedAt().isAfter(second.updatedAt()) ? first.updatedAt()
							: second.updatedAt();
					url(xml, Paths.comparison(first.slug(), second.slug()), updated);
				}
			}
		}
		return xml.append("</urlset>\n").toString();
	}

	private void url(StringBuilder xml, String path, Instant updated) {
		xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(this.site.url(path))).append("</loc>");
		if (updated != null) {
			xml.append("<lastmod>").append(DATE.format(updated)).append("</lastmod>");
		}
		xml.append("</url>\n");
	}

}
