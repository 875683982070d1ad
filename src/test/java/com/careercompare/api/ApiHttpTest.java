package com.careercompare.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.support.Http;
import com.careercompare.support.OpenApiContract;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API over real HTTP: every seeded occupation and pair with the database's
 * figures, paging, search as the search page ranks it, validators, CORS, problem details
 * for every bad request; and every response checked against the OpenAPI document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiHttpTest {

	private static final JsonMapper JSON = JsonMapper.shared();

	@LocalServerPort
	private int port;

	@Autowired
	private OccupationCatalog catalog;

	@Autowired
	private JdbcClient jdbc;

	private Http http;

	private OpenApiContract contract;

	private List<OccupationSummary> seeded;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		Http.Response document = this.http.get("/v3/api-docs");
		assertThat(document.status()).isEqualTo(200);
		this.contract = new OpenApiContract(document.body());
		this.seeded = this.catalog.summaries(this.catalog.version());
	}

	@Test
	void theDocumentDescribesEveryOperationOfTheApiAndNoPage() {
		assertThat(this.contract.paths()).containsExactlyInAnyOrder("/api/occupations", "/api/occupations/{slug}",
				"/api/comparisons/{pair}", "/api/search");
	}

	@Test
	void everyOccupationHasEveryFactTypedAsTheDatabaseHoldsIt() {
		for (OccupationSummary occupation : this.seeded) {
			JsonNode json = get("/api/occupations/" + occupation.slug(), 200);
			assertThat(json.get("title").asString()).isEqualTo(occupation.title());
			Map<String, Object> row = this.jdbc
				.sql("select yearly_salary, growth_rate_pct, job_openings, job_satisfaction, average_age, lgbt_pct,"
						+ " salary_range_low, most_common_degree from occupation where slug = ?")
				.param(occupation.slug())
				.query()
				.singleRow();
			JsonNode facts = json.get("facts");
			assertThat(facts.get("yearlySalary").isInt()).isTrue();
			assertThat(facts.get("yearlySalary").asInt()).isEqualTo(row.get("yearly_salary"));
			assertNumber(facts.get("growthRatePct"), row.get("growth_rate_pct"));
			assertNumber(facts.get("jobOpenings"), row.get("job_openings"));
			assertNumber(facts.get("jobSatisfaction"), row.get("job_satisfaction"));
			assertNumber(facts.get("averageAge"), row.get("average_age"));
			assertNumber(facts.get("lgbtPct"), row.get("lgbt_pct"));
			assertNumber(facts.get("salaryRangeLow"), row.get("salary_range_low"));
			assertThat(facts.get("mostCommonDegree").isNull() ? null : facts.get("mostCommonDegree").asString())
				.isEqualTo(row.get("most_common_degree"));
			List<Map<String, Object>> skills = this.jdbc.sql("select s.name, os.share_pct from occupation_skill os"
					+ " join skill s on s.id = os.skill_id join occupation o on o.id = os.occupation_id"
					+ " where o.slug = ? order by os.position").param(occupation.slug()).query().listOfRows();
			assertThat(json.get("skills")).hasSize(skills.size());
			for (int i = 0; i < skills.size(); i++) {
				assertThat(json.get("skills").get(i).get("name").asString()).isEqualTo(skills.get(i).get("name"));
				assertNumber(json.get("skills").get(i).get("sharePct"), skills.get(i).get("share_pct"));
			}
			assertThat(json.get("gender").get(0).get("pct").isNumber()).as("shares are numbers").isTrue();
			assertThat(json.get("links").get("page").asString()).isEqualTo("/occupations/" + occupation.slug());
		}
	}

	@Test
	void theListIsPagedWithItsTotalAndLinks() {
		JsonNode first = get("/api/occupations?page=1&size=3", 200);
		assertThat(first.get("total").asInt()).isEqualTo(8);
		assertThat(first.get("totalPages").asInt()).isEqualTo(3);
		assertThat(first.get("items")).hasSize(3);
		assertThat(first.get("links").get("prev").isNull()).isTrue();
		assertThat(first.get("links").get("next").asString()).isEqualTo("/api/occupations?page=2&size=3");
		JsonNode last = get(first.get("links").get("last").asString(), 200);
		assertThat(last.get("items")).hasSize(2);
		assertThat(last.get("links").get("next").isNull()).isTrue();
		List<String> titles = new ArrayList<>();
		get("/api/occupations", 200).get("items").forEach((item) -> titles.add(item.get("title").asString()));
		assertThat(titles).isEqualTo(this.seeded.stream().map(OccupationSummary::title).toList());
		assertThat(get("/api/occupations?page=4&size=3", 404).get("detail").asString())
			.isEqualTo("There are 3 pages of 3 occupations; page 4 is past the last.");
		for (String bad : List.of("page=0", "page=x", "size=0", "size=101", "size=-5", "page=99999999999")) {
			JsonNode problem = get("/api/occupations?" + bad, 400);
			assertThat(problem.get("title").asString()).isEqualTo("Bad request");
			assertThat(problem.get("status").asInt()).isEqualTo(400);
		}
	}

	@Test
	void everySeededPairComparesAsItsPageDoes() {
		int pairs = 0;
		for (OccupationSummary first : this.seeded) {
			for (OccupationSummary second : this.seeded) {
				if (first == second) {
					continue;
				}
				String pair = first.slug() + "-vs-" + second.slug();
				JsonNode json = get("/api/comparisons/" + pair, 200);
				assertThat(json.get("occupations")).hasSize(2);
				JsonNode salary = json.get("rows").get(0);
				assertThat(salary.get("fact").asString()).isEqualTo("Yearly salary");
				assertThat(salary.get("values").get(0).get("number").decimalValue())
					.isEqualByComparingTo(BigDecimal.valueOf(first.yearlySalary()));
				assertThat(salary.get("values").get(1).get("number").decimalValue())
					.isEqualByComparingTo(BigDecimal.valueOf(second.yearlySalary()));
				Document page = this.http.get("/compare/" + pair).html();
				assertThat(salary.get("difference").asString())
					.isEqualTo(page.selectFirst("#overview tbody tr td.difference").text());
				assertThat(json.get("rows")).hasSize(page.select("table.facts-compare tbody tr").size());
				JsonNode move = json.get("skills").get("moves").get(0);
				assertThat(move.get("fromSlug").asString()).isEqualTo(first.slug());
				assertThat(page.selectFirst(".skills-overlap .move").text()).contains("Moving from");
				pairs++;
			}
		}
		assertThat(pairs).isEqualTo(56);
	}

	@Test
	void threeAndFourAreComparedAndMoreIsAProblem() {
		JsonNode four = get("/api/comparisons/collector-vs-account-specialist-vs-collections-specialist"
				+ "-vs-senior-accounts-receivable-specialist", 200);
		assertThat(four.get("occupations")).hasSize(4);
		assertThat(four.get("rows").get(0).get("difference").isNull()).isTrue();
		assertThat(four.get("rows").get(0).get("values").get(3).get("mark").asString()).isEqualTo("highest");
		assertThat(get("/api/comparisons/collector-vs-account-specialist-vs-collections-specialist"
				+ "-vs-senior-accounts-receivable-specialist-vs-loss-mitigation-specialist", 404)
			.get("title")
			.asString()).isEqualTo("Too many occupations");
		assertThat(get("/api/comparisons/collector-vs-astronaut", 404).get("detail").asString())
			.isEqualTo("There is no occupation with the slug 'astronaut'.");
		Http.Response repeat = checked("/api/comparisons/collector-vs-account-specialist-vs-collector");
		assertThat(repeat.status()).isEqualTo(301);
		assertThat(repeat.location()).isEqualTo("/api/comparisons/collector-vs-account-specialist");
		Http.Response one = checked("/api/comparisons/collector-vs-collector");
		assertThat(one.location()).isEqualTo("/api/occupations/collector");
	}

	@Test
	void searchFindsAndRanksAsTheSearchPage() {
		for (String query : List.of("collect", "specialist", "accounts receivable", "recievable", "")) {
			JsonNode json = get("/api/search?q=" + query.replace(" ", "+"), 200);
			Document page = this.http.get("/search?q=" + query.replace(" ", "+")).html();
			List<String> shown = page.select("ol.results .result-title a").eachAttr("href");
			List<String> found = new ArrayList<>();
			json.get("items").forEach((item) -> found.add(item.get("links").get("page").asString()));
			assertThat(found).as(query).isEqualTo(shown);
		}
		assertThat(get("/api/search?q=recievable", 200).get("correctedTo").asString()).isEqualTo("receivable");
		assertThat(get("/api/search?q=collect&page=x", 400).get("status").asInt()).isEqualTo(400);
	}

	@Test
	void responsesCarryValidatorsForSharedCachesAnd304s() {
		Http.Response first = checked("/api/occupations/collector");
		assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
		assertThat(first.header("ETag")).isNotBlank();
		Http.Response again = checked("/api/occupations/collector", "If-None-Match", first.header("ETag"));
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.bytes()).isEmpty();
		CatalogVersion version = this.catalog.version();
		assertThat(first.header("ETag")).contains(Long.toString(version.number()));
	}

	@Test
	void anyOriginMayReadTheApi() throws Exception {
		Http.Response simple = this.http.get("/api/occupations/collector", "Origin", "https://example.org");
		assertThat(simple.header("Access-Control-Allow-Origin")).isEqualTo("*");
		HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/occupations/collector"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://example.org")
			.header("Access-Control-Request-Method", "GET")
			.build());
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET");
		HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/api/occupations/collector"))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json")
			.build());
		assertThat(post.statusCode()).isIn(403, 405);
		assertThat(post.body()).doesNotContain("Exception").doesNotContain("at com.");
	}

	@Test
	void unknownAddressesAndHostileInputAreProblemsNeverStackTraces() {
		for (String path : List.of("/api/nothing", "/api/occupations/%3Cscript%3E", "/api/comparisons/vs",
				"/api/comparisons/%25%25-vs-x", "/api/occupations/" + "a".repeat(3000))) {
			Http.Response response = this.http.get(path, "Accept", "application/json");
			assertThat(response.status()).as(path).isBetween(400, 499);
			assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
			// what was asked for comes back as JSON data, which browsers do not sniff for markup
			assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("at com.");
		}
	}

	private JsonNode get(String path, int status) {
		Http.Response response = checked(path);
		assertThat(response.status()).as(path).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	/** A GET whose response is held to the OpenAPI document. */
	private Http.Response checked(String path, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Accept";
		all[1] = "application/json";
		System.arraycopy(headers, 0, all, 2, headers.length);
		Http.Response response = this.http.get(path, all);
		this.contract.assertMatches(path, response);
		return response;
	}

	private static void assertNumber(JsonNode json, Object stored) {
		if (stored == null) {
			assertThat(json.isNull()).isTrue();
		}
		else {
			assertThat(json.isNumber()).as("%s is a number", json).isTrue();
			assertThat(json.decimalValue()).isEqualByComparingTo(new BigDecimal(stored.toString()));
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
