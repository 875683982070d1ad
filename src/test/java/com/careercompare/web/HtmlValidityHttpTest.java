package com.careercompare.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.HtmlChecker;
import com.careercompare.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page is valid HTML by the W3C Nu HTML checker (vnu): each page the sitemap
 * names, the error pages, search, and the admin pages, forms with errors and a conflict
 * included (the 503 pages of an outage are checked by {@code DatabaseOutageHttpTest}).
 * Errors only; the checker's warnings are advice.
 */
@AdminTest
class HtmlValidityHttpTest {

	@LocalServerPort
	private int port;

	/** One run of the checker for all of them: starting it is most of what it costs. */
	@Test
	void publicAndAdminPagesAreValidHtml() throws Exception {
		Map<String, Http.Response> pages = new LinkedHashMap<>();
		publicPages(pages);
		adminPages(pages);
		HtmlChecker.assertValid(pages);
	}

	private void publicPages(Map<String, Http.Response> pages) {
		Http http = new Http(this.port);
		List<String> paths = new ArrayList<>(List.of("/occupations/astronaut", "/search?q=recievable", "/search?q=",
				"/search?q=%FF", "/compare?first=&second=collector",
				"/compare/collector-vs-collections-specialist-vs-account-specialist",
				"/compare/senior-accounts-receivable-specialist-vs-collector-vs-account-specialist-vs-collections-specialist",
				"/compare/collector-vs-account-specialist?only=differences",
				"/compare/add?to=collector-vs-account-specialist&occupation=recievable",
				"/compare/collector-vs-account-specialist-vs-collections-specialist-vs-loss-mitigation-specialist"
						+ "-vs-account-resolution-specialist"));
		List<String> sitemapPages = new ArrayList<>();
		for (String file : locations(http, "/sitemap.xml")) {
			sitemapPages.addAll(locations(http, file));
		}
		paths.addAll(sitemapPages);
		for (String path : paths) {
			pages.put(path, http.get(path));
		}
	}

	private void adminPages(Map<String, Http.Response> pages) {
		Browserless admin = new Browserless(this.port);
		pages.put("/login", admin.get("/login"));
		assertThat(admin.signIn(AdminTest.USERNAME, AdminTest.PASSWORD).location()).isEqualTo("/admin");
		String title = "Checker " + UUID.randomUUID().toString().substring(0, 8);
		Http.Response created = admin.submit("/admin/occupations/new", "form.occupation-form",
				Map.of("title", title, "category", "Office and administrative", "description", "Checks.",
						"yearlySalary", "40000"));
		String edit = created.location();
		for (String path : List.of("/admin", edit, edit + "/history", edit + "/delete", "/admin/occupations/new",
				"/admin/admins", "/admin/password")) {
			pages.put(path, admin.get(path));
		}
		Http.Response mine = admin.get(edit);
		Http.Response theirs = admin.get(edit);
		pages.put("a form with errors", admin.submit(mine, "form.occupation-form",
				Map.of("yearlySalary", "lots", "title", "", "gender[0].pct", "40")));
		admin.submit(mine, "form.occupation-form", Map.of("jobOpenings", "24,000"));
		pages.put("a conflict", admin.submit(theirs, "form.occupation-form", Map.of("jobOpenings", "25,000")));
	}

	private static List<String> locations(Http http, String sitemap) {
		return http.get(sitemap)
			.html()
			.select("loc")
			.eachText()
			.stream()
			.map((loc) -> URI.create(loc).getRawPath())
			.toList();
	}

}
