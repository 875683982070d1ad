package com.careercompare.occupation;

import java.util.List;

import com.careercompare.support.FactCells;
import com.careercompare.support.Http;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Occupation profiles, the list of occupations and category pages over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OccupationPagesHttpTest {

	@LocalServerPort
	private int port;

	@Autowired
	private OccupationCatalog catalog;

	private Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void everyOccupationHasAProfileLinkingToItsComparisonWithEachOther() {
		List<OccupationSummary> occupations = this.catalog.summaries(this.catalog.version());
		for (OccupationSummary occupation : occupations) {
			Http.Response response = this.http.get("/occupations/" + occupation.slug());
			assertThat(response.status()).isEqualTo(200);
			Document page = response.html();
			assertThat(page.selectFirst("h1").text()).isEqualTo(occupation.title());
			assertThat(page.select("#compare-with .related li")).hasSizeBetween(1, 10);
			assertThat(page.select("#compare-with a.compare-link").eachAttr("href"))
				.allMatch((href) -> href.startsWith("/compare/" + occupation.slug() + "-vs-"))
				.doesNotContain("/compare/" + occupation.slug() + "-vs-" + occupation.slug());
			assertThat(page.select("#compare-with form input[name=first]").val()).isEqualTo(occupation.slug());
			assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
				.isEqualTo("https://careercompare.test/occupations/" + occupation.slug());
		}
	}

	@Test
	void theListHasAnIndexByLetterAndPagesThatExistOnly() {
		Document letter = this.http.get("/occupations/letter/c").html();
		assertThat(letter.selectFirst("h1").text()).isEqualTo("Occupations starting with C");
		assertThat(letter.select("table.occupations tbody th").eachText()).containsExactly("Collections Coordinator",
				"Collections Specialist", "Collector");
		assertThat(letter.select(".letters li")).hasSize(26);
		assertThat(letter.select(".letters [aria-current=page]").text()).isEqualTo("C");
		assertThat(letter.select(".letters a").eachText()).containsExactly("A", "L", "S");
		assertThat(letter.selectFirst("link[rel=canonical]").attr("href"))
			.isEqualTo("https://careercompare.test/occupations/letter/c");
		assertThat(letter.select("link[rel=next], link[rel=prev], .pager")).isEmpty();

		assertThat(this.http.get("/occupations/page/1").location()).isEqualTo("/occupations");
		assertThat(this.http.get("/occupations/letter/C").location()).isEqualTo("/occupations/letter/c");
		for (String path : List.of("/occupations/page/2", "/occupations/page/0", "/occupations/page/two",
				"/occupations/letter/cc", "/occupations/letter/1", "/categories/office-and-administrative/page/2")) {
			assertThat(this.http.get(path).status()).as(path).isEqualTo(404);
		}
	}

	@Test
	void eachPageNamesTheSourceOfItsFigures() {
		assertThat(this.http.get("/occupations/collector").html().select("p.source").text())
			.isEqualTo("Source of the figures: Zippia comparison page db/source-pages/002_09ae78ede56cf255.txt "
					+ "(which does not say as of when).");
		assertThat(this.http.get("/compare/collector-vs-collections-specialist").html().select(".source li").eachText())
			.containsExactly("Collector: Zippia comparison page db/source-pages/002_09ae78ede56cf255.txt "
					+ "(which does not say as of when).",
					"Collections Specialist: Zippia comparison page db/source-pages/003_5ac72ec45b0771e8.txt and "
							+ "004_0726809a20ecf426.txt (which does not say as of when).");
	}

	@Test
	void relatedOccupationsComeMostRelatedFirstEachSayingWhy() {
		Document page = this.http.get("/occupations/collector").html();

		assertThat(page.select("#compare-with .related li")).extracting((item) -> item.child(0).text() + ": "
				+ item.selectFirst(".why").text())
			.startsWith("Collections Specialist: Shares 2 of 6 skills, same category, similar pay ($35,164)",
					"Collections Coordinator: Shares 2 of 6 skills, same category, similar pay ($37,938)")
			.contains("Account Resolution Specialist: Same category, similar pay ($35,602)");
		assertThat(page.select("#compare-with .related li a.compare-link").first().attr("href"))
			.isEqualTo("/compare/collector-vs-collections-specialist");
	}

	@Test
	void profileShowsEveryFactOnceWithUnknownsAsUnknown() {
		Document page = this.http.get("/occupations/senior-accounts-receivable-specialist").html();
		assertThat(page.select("table.facts-single tbody tr"))
			.extracting((row) -> row.selectFirst("th").text() + ": " + FactCells.text(row.selectFirst("td")))
			.containsExactly("Yearly salary: $54,494", "Hourly rate: $26.20", "Growth rate: -8%",
					"Number of jobs: 24,817", "Job satisfaction: -", "Years of experience: 12",
					"Time to become one: 6-12 months", "Salary range: Between $38,000 And $78,000",
					"Highest paying City: Washington, DC", "Highest paying state: Connecticut",
					"Best paying company: Amkor Technology", "Best paying industry: Technology",
					"Most common degree: Bachelor's Degree, 49%", "Most common major: Business",
					"Most common college: -", "Average age: 46",
					"Gender ratio: Male, 18.3% Female, 81.7%",
					"Race ratio: Black or African American, 14.1% Unknown, 4.1% Hispanic or Latino, 19.0% Asian, 3.8% "
							+ "White, 58.5% American Indian and Alaska Native, 0.5%",
					"LGBT Percentage: 8%");
		assertThat(page.selectFirst("#salary .note").text()).startsWith("Amkor Technology is a strategically located");
		assertThat(page.select("#skills li")).hasSize(6);
		assertThat(page.select("#responsibilities li")).hasSize(6);
		assertThat(page.select("figure.chart svg[role=img]")).hasSize(3);
	}

	@Test
	void structuredDataIsAnOccupationWithItsSalary() {
		Document page = this.http.get("/occupations/collector").html();
		JsonNode json = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(json.get("@type").asString()).isEqualTo("Occupation");
		assertThat(json.get("name").asString()).isEqualTo("Collector");
		assertThat(json.get("estimatedSalary").get("value").get("value").asInt()).isEqualTo(34872);
		assertThat(json.get("skills").asString()).startsWith("Patients, Customer Service");
	}

	/** The same bytes from every JVM: a page's ETag and kept copy must not depend on hash order. */
	@Test
	void structuredDataIsWrittenInAFixedOrder() {
		String script = this.http.get("/occupations/collector").html().selectFirst("script[type=application/ld+json]").data();

		assertThat(script).startsWith("{\"@context\":\"https:\\/\\/schema.org\",\"@type\":\"Occupation\",\"name\":\"Collector\"")
			.contains("\"occupationLocation\":{\"@type\":\"Country\",\"name\":\"United States\"}");
	}

	@Test
	void listAndCategoryPagesShowEveryOccupationWithItsSalary() {
		for (String path : List.of("/occupations", "/categories/office-and-administrative")) {
			Document page = this.http.get(path).html();
			List<Element> rows = page.select("table.occupations tbody tr");
			assertThat(rows).as(path).hasSize(8);
			assertThat(rows.get(0).text()).isEqualTo("Account Resolution Specialist $35,602");
		}
		assertThat(this.http.get("/categories/office-and-administrative").html().selectFirst("h1").text())
			.isEqualTo("Office and administrative jobs");
	}

	@Test
	void unknownOccupationsAndCategoriesAreNotFoundAndNameWhatWasAskedFor() {
		Http.Response occupation = this.http.get("/occupations/astronaut");
		assertThat(occupation.status()).isEqualTo(404);
		assertThat(occupation.html().selectFirst(".lead strong").text()).isEqualTo("astronaut");
		assertThat(this.http.get("/categories/space").status()).isEqualTo(404);
	}

	@Test
	void whatAVisitorTypesIsEscapedOnTheNotFoundPage() {
		Http.Response response = this.http.get("/occupations/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
		// tidied to a slug first, then not found
		assertThat(response.status()).isEqualTo(301);
		assertThat(response.location()).isEqualTo("/occupations/img-src-x-onerror-alert-1");
		Http.Response notFound = this.http.get(response.location());
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(notFound.body()).doesNotContain("<img src=x");
	}

	@Test
	void nonCanonicalAddressesMovePermanently() {
		assertThat(this.http.get("/occupations/Collector").location()).isEqualTo("/occupations/collector");
		assertThat(this.http.get("/occupations/collector/").location()).isEqualTo("/occupations/collector");
		assertThat(this.http.get("/occupations/").location()).isEqualTo("/occupations");
		assertThat(this.http.get("/Categories/Office-And-Administrative").location())
			.isEqualTo("/categories/office-and-administrative");
		assertThat(this.http.get("/occupations/account_specialist").location())
			.isEqualTo("/occupations/account-specialist");
		assertThat(this.http.get("/occupations/collector/?ref=mail").location()).isEqualTo("/occupations/collector?ref=mail");
	}

}
