package com.careercompare.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page is valid HTML by the W3C Nu HTML checker (vnu): each page the sitemap
 * names, the error pages, search, and the admin pages, forms with errors and a conflict
 * included. Errors only; the checker's warnings are advice.
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
		assertValid(pages);
	}

	private void publicPages(Map<String, Http.Response> pages) {
		Http http = new Http(this.port);
		List<String> paths = new ArrayList<>(List.of("/occupations/astronaut", "/search?q=recievable", "/search?q=",
				"/search?q=%FF", "/compare?first=&second=collector"));
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

	/**
	 * Checks the pages in one go, with the checker's own command in a JVM of its own: in this
	 * one it takes a new schema and the tests' settings for each page, ten times as long.
	 */
	private static void assertValid(Map<String, Http.Response> pages) throws Exception {
		Path folder = Files.createTempDirectory("html-check");
		try {
			Map<String, String> names = new LinkedHashMap<>();
			List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xss16m", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
					"nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--format", "gnu"));
			int page = 0;
			for (Map.Entry<String, Http.Response> entry : pages.entrySet()) {
				Path file = folder.resolve("page-" + (page++) + ".html");
				Files.write(file, entry.getValue().bytes());
				names.put("/" + file.getFileName() + "\"", entry.getKey());
				command.add(file.toString());
			}
			Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
			String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(checker.waitFor(2, TimeUnit.MINUTES)).as("the checker finished").isTrue();
			List<String> errors = report.lines()
				.filter((line) -> line.contains(" error: "))
				.map((line) -> names.entrySet()
					.stream()
					.filter((name) -> line.contains(name.getKey()))
					.findFirst()
					.map((name) -> name.getValue() + ": " + line.substring(line.indexOf(" error: ") + 1))
					.orElse(line))
				.toList();
			assertThat(errors).as("HTML errors, the checker said:%n%s", report).isEmpty();
			assertThat(report.lines().filter((line) -> line.contains("Exception"))).as("the checker ran").isEmpty();
		}
		finally {
			try (var files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
			Files.delete(folder);
		}
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
