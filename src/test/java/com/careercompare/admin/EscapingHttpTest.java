package com.careercompare.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.Http;
import com.careercompare.web.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an admin types is text wherever it appears: with an XSS payload in every text
 * field of an occupation, no page, public or admin, runs a script or gains an element or
 * an event handler from it, and the payload still reads as the text that was typed.
 */
@AdminTest
class EscapingHttpTest {

	/**
	 * Breaks out of element content, of both kinds of attribute quotes, and of a script
	 * element; numbered by field, and short enough for a field of 100 characters.
	 */
	private static String payload(String field) {
		return "<script>alert(" + (TEXT_FIELDS.indexOf(field) + 1) + ")</script>\"'><img src=x onerror=alert(1)></script><svg onload=alert(2)>";
	}

	private static final List<String> TEXT_FIELDS = List.of("category", "description", "highestPayingCity",
			"highestPayingState", "bestPayingCompany", "bestPayingCompanyAbout", "bestPayingIndustry", "mostCommonDegree",
			"mostCommonMajor", "mostCommonCollege", "skills[0].name", "responsibilities[0]", "alternateTitles[0]");

	@LocalServerPort
	private int port;

	private Browserless admin;

	private String slug;

	private String title;

	@BeforeEach
	void saveAnOccupationWithAPayloadInEveryTextField() {
		this.admin = new Browserless(this.port);
		this.admin.signIn(AdminTest.USERNAME, AdminTest.PASSWORD);
		this.title = payload("title") + " Title " + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", this.title);
		TEXT_FIELDS.forEach((field) -> fields.put(field, payload(field)));
		fields.put("yearlySalary", "$40,000");
		Http.Response created = this.admin.submit("/admin/occupations/new", "form.occupation-form", fields);
		assertThat(created.status()).as("created").isEqualTo(302);
		this.slug = created.location().substring("/admin/occupations/".length());
		assertThat(this.slug).isEqualTo(Slugs.of(this.title));
	}

	@Test
	void publicPagesShowThePayloadsAsText() {
		Http http = new Http(this.port);
		String category = "/categories/" + Slugs.of(payload("category"));
		for (String path : List.of("/occupations/" + this.slug, "/compare/" + this.slug + "-vs-collector",
				"/compare/collector-vs-" + this.slug, "/", "/occupations", category, "/search?q=script+alert",
				"/search?q=", "/search?q=" + this.slug.substring(this.slug.length() - 6))) {
			Http.Response page = http.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertEscaped(page, path);
		}
		Document occupation = http.get("/occupations/" + this.slug).html();
		assertThat(occupation.select("h1").text()).isEqualTo(this.title);
		for (String field : TEXT_FIELDS) {
			if (!field.equals("category")) {
				assertThat(occupation.select("main").text()).as(field).contains(payload(field));
			}
		}
	}

	@Test
	void adminPagesShowThePayloadsAsText() {
		for (String path : List.of("/admin", "/admin/occupations/" + this.slug, "/admin/occupations/" + this.slug + "/history",
				"/admin/occupations/" + this.slug + "/delete", "/admin?q=" + "%3Cscript%3E")) {
			Http.Response page = this.admin.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertEscaped(page, path);
		}
		Document form = this.admin.get("/admin/occupations/" + this.slug).html();
		assertThat(form.select("#title").val()).isEqualTo(this.title);
		assertThat(form.select("#description").val()).isEqualTo(payload("description"));
	}

	@Test
	void aFormWithErrorsShowsThePayloadsAsText() {
		Map<String, String> fields = new LinkedHashMap<>();
		TEXT_FIELDS.forEach((field) -> fields.put(field, payload(field)));
		fields.put("yearlySalary", payload("yearlySalary"));

		Http.Response page = this.admin.submit("/admin/occupations/" + this.slug, "form.occupation-form", fields);

		assertThat(page.status()).isEqualTo(200);
		assertEscaped(page, "the form with errors");
		assertThat(page.html().select("#yearlySalary").val()).isEqualTo(payload("yearlySalary"));
	}

	@Test
	void suggestionsAreJsonThatBrowsersWillNotSniffAsHtml() {
		Http.Response suggestions = new Http(this.port).get("/search/suggest?q=script");

		assertThat(suggestions.header("Content-Type")).startsWith("application/json");
		assertThat(suggestions.header("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private static void assertEscaped(Http.Response response, String where) {
		String body = response.body();
		assertThat(body).as("raw markup on %s", where)
			.doesNotContain("<script>alert")
			.doesNotContain("<img src=x")
			.doesNotContain("<svg onload");
		Document page = response.html();
		for (Element script : page.select("script")) {
			if (script.hasAttr("src")) {
				assertThat(script.attr("src")).as("script on %s", where).startsWith("/assets/site-");
			}
			else {
				assertThat(script.attr("type")).as("inline script on %s", where).isEqualTo("application/ld+json");
				assertThat(script.data().toLowerCase()).as("structured data on %s", where).doesNotContain("</");
			}
		}
		assertThat(page.select("[onerror], [onload], img[src=x]")).as("elements from the payload on %s", where)
			.isEmpty();
	}

}
