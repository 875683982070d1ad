package com.careercompare.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.Http;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page is valid HTML by the W3C Nu HTML checker (vnu): each page the sitemap
 * names but the comparisons, of which each occupation's in both columns, the error pages,
 * search, and the admin pages, forms with errors and a conflict included. Errors only; the
 * checker's warnings are advice.
 */
@AdminTest
class HtmlValidityHttpTest {

	@LocalServerPort
	private int port;

	@Test
	void publicPagesAreValidHtml() throws Exception {
		Http http = new Http(this.port);
		List<String> paths = new ArrayList<>(List.of("/occupations/astronaut", "/search?q=recievable", "/search?q=",
				"/search?q=%FF", "/compare?first=&second=collector"));
		List<String> sitemapPages = new ArrayList<>();
		for (String file : locations(http, "/sitemap.xml")) {
			sitemapPages.addAll(locations(http, file));
		}
		paths.addAll(sitemapPages.stream().filter((path) -> !path.startsWith("/compare/")).toList());
		paths.addAll(eachOccupationInBothColumns(sitemapPages));
		Map<String, Http.Response> pages = new LinkedHashMap<>();
		for (String path : paths) {
			pages.put(path, http.get(path));
		}
		assertValid(pages);
	}

	@Test
	void adminPagesAreValidHtml() throws Exception {
		Browserless admin = new Browserless(this.port);
		assertValid("/login", admin.get("/login"));
		assertThat(admin.signIn(AdminTest.USERNAME, AdminTest.PASSWORD).location()).isEqualTo("/admin");
		String title = "Checker " + UUID.randomUUID().toString().substring(0, 8);
		Http.Response created = admin.submit("/admin/occupations/new", "form.occupation-form",
				Map.of("title", title, "category", "Office and administrative", "description", "Checks.",
						"yearlySalary", "40000"));
		String edit = created.location();
		Map<String, Http.Response> pages = new LinkedHashMap<>();
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
		assertValid(pages);
	}

	private static void assertValid(String what, Http.Response page) throws Exception {
		assertValid(Map.of(what, page));
	}

	/** Checks the pages in one go: the checker is slow to start and quick once started. */
	private static void assertValid(Map<String, Http.Response> pages) throws Exception {
		Map<String, String> reports = validate(pages);
		reports.forEach((what, report) -> {
			List<String> errors = report.lines().filter((line) -> line.contains(" error: ")).toList();
			assertThat(errors).as("HTML errors on %s", what).isEmpty();
		});
	}

	/** The checker's reports, from a thread with the deep stack its schema needs (its own command sets one too). */
	private static Map<String, String> validate(Map<String, Http.Response> pages) throws Exception {
		Map<String, String> reports = new LinkedHashMap<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		Thread thread = new Thread(null, () -> {
			try {
				EmbeddedValidator validator = new EmbeddedValidator();
				validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
				for (Map.Entry<String, Http.Response> page : pages.entrySet()) {
					reports.put(page.getKey(), validator.validate(new ByteArrayInputStream(page.getValue().bytes())));
				}
			}
			catch (Exception ex) {
				failure.set(ex);
			}
		}, "html-checker", 64L * 1024 * 1024);
		thread.start();
		thread.join();
		if (failure.get() != null) {
			throw failure.get();
		}
		return reports;
	}

	/**
	 * Comparisons share one template: each occupation once as the first column and once as the
	 * second (occupation i against occupation i + 1) checks every occupation's data in both
	 * places, at a seventh of the cost of all 56.
	 */
	private static List<String> eachOccupationInBothColumns(List<String> sitemapPages) {
		List<String> slugs = sitemapPages.stream()
			.filter((path) -> path.startsWith("/occupations/"))
			.map((path) -> path.substring("/occupations/".length()))
			.toList();
		List<String> comparisons = new ArrayList<>();
		for (int i = 0; i < slugs.size(); i++) {
			String comparison = "/compare/" + slugs.get(i) + "-vs-" + slugs.get((i + 1) % slugs.size());
			assertThat(sitemapPages).contains(comparison);
			comparisons.add(comparison);
		}
		return comparisons;
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
