package com.careercompare.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.support.FactCells;
import com.careercompare.support.Http;
import com.careercompare.support.SourcePage;
import com.careercompare.web.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison pages over real HTTP: every pair, the source pages' figures, and every bad address. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComparisonPagesHttpTest {

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
	void everyOrderedPairHasAPageWithBothOccupationsInAddressOrder() {
		List<OccupationSummary> occupations = this.catalog.summaries(this.catalog.version());
		assertThat(occupations).hasSize(8);
		Set<String> titles = new HashSet<>();
		int pages = 0;
		for (OccupationSummary first : occupations) {
			for (OccupationSummary second : occupations) {
				if (first == second) {
					continue;
				}
				String path = "/compare/" + first.slug() + "-vs-" + second.slug();
				Http.Response response = this.http.get(path);
				assertThat(response.status()).as(path).isEqualTo(200);
				Document page = response.html();
				assertThat(page.selectFirst("h1").text()).isEqualTo(first.title() + " vs " + second.title());
				for (Element table : page.select("table.facts-compare")) {
					assertThat(table.select("thead th:not(.difference)").eachText()).containsExactly(first.title(),
							second.title());
					assertThat(table.select("thead th.difference").eachText()).containsExactly("Difference");
				}
				assertThat(page.select("table.facts-compare")).hasSize(4);
				assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
					.isEqualTo("https://careercompare.test" + path);
				assertThat(page.selectFirst("meta[name=description]").attr("content")).isNotBlank();
				titles.add(page.title());
				pages++;
			}
		}
		assertThat(pages).isEqualTo(56);
		assertThat(titles).as("page titles are unique").hasSize(56);
	}

	static Stream<SourcePage> sourcePages() {
		return SourcePage.all().stream();
	}

	/** What a visitor reads on the page is what the source page says, row by row. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("sourcePages")
	void tablesShowEveryRowAsTheSourcePageWritesIt(SourcePage source) {
		String path = "/compare/" + Slugs.of(source.firstTitle()) + "-vs-" + Slugs.of(source.secondTitle());
		Document page = this.http.get(path).html();
		List<List<String>> sourceTables = source.tables();
		List<Element> tables = page.select("table.facts-compare");
		assertThat(tables).hasSameSizeAs(sourceTables);
		int rows = 0;
		for (int t = 0; t < tables.size(); t++) {
			List<String> sourceRows = sourceTables.get(t).subList(1, sourceTables.get(t).size());
			List<Element> shownRows = tables.get(t).select("tbody tr");
			assertThat(shownRows).hasSameSizeAs(sourceRows);
			for (int r = 0; r < shownRows.size(); r++) {
				Element row = shownRows.get(r);
				String label = row.selectFirst("th[scope=row]").text();
				String first = FactCells.text(row.select("td").get(0));
				String second = FactCells.text(row.select("td").get(1));
				String sourceRow = sourceRows.get(r);
				if (!source.lostSeparators()) {
					assertThat("| " + label + " | " + first + " | " + second + " |").isEqualTo(sourceRow);
				}
				else if (label.equals("Best paying company")) {
					// page 002 runs a blurb about the company after its name (db/source-pages/README.md)
					assertThat(sourceRow).startsWith(label + first + " ").endsWith(second);
				}
				else {
					assertThat(label + first + second).isEqualTo(sourceRow);
				}
				rows++;
			}
		}
		assertThat(rows).isEqualTo(21);
	}

	@Test
	void unknownFiguresShowADashThatScreenReadersReadAsUnknown() {
		Document page = this.http.get("/compare/collections-coordinator-vs-accounts-receivable-specialist").html();
		Element satisfaction = page.select("table.facts-compare tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals("Job satisfaction"))
			.findFirst()
			.orElseThrow();
		Element unknown = satisfaction.select("td").get(0);
		assertThat(unknown.selectFirst("[aria-hidden=true]").text()).isEqualTo("-");
		assertThat(unknown.selectFirst(".visually-hidden").text()).isEqualTo("Unknown");
		assertThat(satisfaction.select("td").get(1).text()).isEqualTo("4.5");
	}

	@Test
	void chartsAreInlineSvgWithATextAlternativeAndNoScript() {
		Document page = this.http.get("/compare/senior-accounts-receivable-specialist-vs-collector").html();
		List<Element> charts = page.select("figure.chart svg[role=img]");
		assertThat(charts).hasSize(3);
		for (Element chart : charts) {
			String[] labelledBy = chart.attr("aria-labelledby").split(" ");
			assertThat(page.getElementById(labelledBy[0]).tagName()).isEqualTo("title");
			assertThat(page.getElementById(labelledBy[1]).tagName()).isEqualTo("desc");
		}
		assertThat(page.getElementById("salary-chart-desc").text()).isEqualTo(
				"Senior Accounts Receivable Specialist: $38,000 to $78,000, average $54,494; "
						+ "Collector: $27,000 to $44,000, average $34,872.");
		assertThat(page.getElementById("gender-chart-desc").text())
			.isEqualTo("Male: Senior Accounts Receivable Specialist 18.3%, Collector 36.0%; "
					+ "Female: Senior Accounts Receivable Specialist 81.7%, Collector 64.0%.");
		// no chart script: the only script is the search box's deferred enhancement
		assertThat(page.select("script:not([type=application/ld+json])").eachAttr("src"))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.matches("/assets/site-[0-9a-f]{32}\\.js");
	}

	@Test
	void theSalaryChartDrawsBothRangesOnOneAxis() {
		Document page = this.http.get("/compare/senior-accounts-receivable-specialist-vs-collector").html();
		Element chart = page.selectFirst("#salary figure.chart svg[role=img]");
		// the axis runs from $20k to $80k: the plot's view box is that range, in dollars
		Element plot = chart.selectFirst("svg[preserveAspectRatio=none]");
		assertThat(plot.attr("viewBox")).startsWith("20000 0 60000 ");
		Element first = plot.selectFirst("g.series-1 rect.bar");
		assertThat(first.attr("x")).isEqualTo("38000");
		assertThat(first.attr("width")).isEqualTo("40000");
		Element second = plot.selectFirst("g.series-2 rect.bar");
		assertThat(second.attr("x")).isEqualTo("27000");
		assertThat(second.attr("width")).isEqualTo("17000");
		assertThat(plot.select("line.average-mark").eachAttr("x1")).containsExactly("54494", "34872");
		assertThat(chart.select(".axis text").eachText()).containsExactly("$20k", "$30k", "$40k", "$50k", "$60k",
				"$70k", "$80k");
	}

	@Test
	void moreComparisonsPairEachOccupationWithItsNeighboursInItsCategory() {
		Document page = this.http.get("/compare/collector-vs-loss-mitigation-specialist").html();
		// all eight are office and administrative: each with the six others, by title
		assertThat(page.select("section.more a").eachText()).containsExactly(
				"Collector vs Account Resolution Specialist",
				"Collector vs Account Specialist",
				"Collector vs Accounts Receivable Specialist",
				"Collector vs Collections Coordinator",
				"Collector vs Collections Specialist",
				"Collector vs Senior Accounts Receivable Specialist",
				"Loss Mitigation Specialist vs Account Resolution Specialist",
				"Loss Mitigation Specialist vs Account Specialist",
				"Loss Mitigation Specialist vs Accounts Receivable Specialist",
				"Loss Mitigation Specialist vs Collections Coordinator",
				"Loss Mitigation Specialist vs Collections Specialist",
				"Loss Mitigation Specialist vs Senior Accounts Receivable Specialist");
		assertThat(page.select("section.more a").eachAttr("href")).first()
			.isEqualTo("/compare/collector-vs-account-resolution-specialist");
	}

	@Test
	void pageShowsResponsibilitiesAndSkillsWithSharesWhereKnown() {
		Document page = this.http.get("/compare/collector-vs-loss-mitigation-specialist").html();
		List<Element> columns = page.select("#skills .column");
		assertThat(columns.get(0).select("li").eachText()).containsExactly("Patients, 14%", "Customer Service, 10%",
				"Payment Arrangements, 10%", "Excellent Interpersonal, 9%", "Delinquent Accounts, 8%",
				"Student Loans, 5%");
		assertThat(columns.get(1).select("li").eachText()).containsExactly("Customer Service", "Loan Modifications",
				"Foreclosure Process");
		List<Element> duties = page.select("#responsibilities .column");
		assertThat(duties.get(0).select("li")).hasSize(6);
		assertThat(duties.get(1).text()).contains("None listed yet.");
		assertThat(page.selectFirst("p.browse a").attr("href")).isEqualTo("/categories/office-and-administrative");
		assertThat(page.selectFirst("p.browse a").text()).isEqualTo("Browse office and administrative jobs");
	}

	@Test
	void structuredDataDescribesBothOccupationsWithTheirSalaries() {
		Document page = this.http.get("/compare/loss-mitigation-specialist-vs-accounts-receivable-specialist").html();
		JsonNode json = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
		JsonNode first = json.get("@graph").get(0);
		assertThat(first.get("@type").asString()).isEqualTo("Occupation");
		assertThat(first.get("name").asString()).isEqualTo("Loss Mitigation Specialist");
		JsonNode salary = first.get("estimatedSalary");
		assertThat(salary.get("currency").asString()).isEqualTo("USD");
		assertThat(salary.get("value").get("value").asInt()).isEqualTo(43251);
		assertThat(salary.get("value").get("minValue").asInt()).isEqualTo(34000);
		assertThat(salary.get("value").get("maxValue").asInt()).isEqualTo(54000);
		assertThat(json.get("@graph").get(1).get("name").asString()).isEqualTo("Accounts Receivable Specialist");
	}

	@Test
	void theSameOccupationTwiceRedirectsToItsPage() {
		Http.Response response = this.http.get("/compare/collector-vs-collector");
		assertThat(response.status()).isEqualTo(301);
		assertThat(response.location()).isEqualTo("/occupations/collector");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/compare/Collector-vs-Account-Specialist", "/compare/collector-vs-account-specialist/",
			"/COMPARE/collector-vs-account-specialist", "/compare/collector_vs_account_specialist",
			"/compare/collector%20vs%20account%20specialist", "/compare/collector-vs--account-specialist" })
	void nonCanonicalAddressesMovePermanentlyToTheCanonicalOne(String path) {
		String location = path;
		int hops = 0;
		Http.Response response = this.http.get(path);
		while (response.status() == 301 && hops++ < 3) {
			location = response.location();
			response = this.http.get(location);
		}
		assertThat(hops).as("redirects from %s", path).isEqualTo(1);
		assertThat(location).isEqualTo("/compare/collector-vs-account-specialist");
		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void unknownOccupationsGiveAHelpfulNotFoundPage() {
		for (String path : List.of("/compare/collector-vs-astronaut", "/compare/astronaut-vs-collector",
				"/compare/astronaut-vs-pilot", "/compare/collector", "/compare/vs-collector")) {
			Http.Response response = this.http.get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			Document page = response.html();
			assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
			assertThat(page.select("main a[href=/occupations]").text()).isEqualTo("See all 8 occupations, A to Z");
		}
		assertThat(this.http.get("/compare/collector-vs-astronaut").html().selectFirst(".lead strong").text())
			.isEqualTo("astronaut");
		// stray hyphens are tidied first, then the tidy address is not found
		assertThat(this.http.get("/compare/-vs-collector").location()).isEqualTo("/compare/vs-collector");
	}

	@Test
	void nothingAVisitorTypesIntoTheAddressGivesAServerError() {
		List<String> hostile = new ArrayList<>(List.of("/compare/%3Cscript%3Ealert(1)%3C%2Fscript%3E-vs-collector",
				"/compare/collector-vs-%27%20OR%201%3D1%20--", "/compare/%25%25%25-vs-_", "/compare/%00-vs-collector",
				"/compare/collector-vs-%E2%80%AE%F0%9F%92%A5", "/compare/" + "a".repeat(5000) + "-vs-collector",
				"/compare/-vs-", "/compare/vs", "/compare/%2e%2e%2fetc%2fpasswd", "/compare/collector-vs-collector-vs-x",
				"/compare/..%5C..%5Cwindows", "/compare/%C0%AE", "/compare/collector;jsessionid=1-vs-x"));
		for (String path : hostile) {
			Http.Response response = this.http.get(path);
			assertThat(response.status()).as(path).isLessThan(500);
			assertThat(response.body()).as(path).doesNotContain("<script>alert(1)").doesNotContain("Exception");
		}
	}

}
