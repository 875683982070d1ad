package com.careercompare.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationSummary;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparisons of three and four occupations over real HTTP: order, redirects, limits, 404s, and how they are built. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MultiComparisonHttpTest {

	static final String THREE = "/compare/collector-vs-collections-specialist-vs-account-specialist";

	static final String FOUR = "/compare/senior-accounts-receivable-specialist-vs-collector-vs-account-specialist"
			+ "-vs-collections-specialist";

	@LocalServerPort
	private int port;

	@Autowired
	private OccupationCatalog catalog;

	@Autowired
	private JdbcClient jdbc;

	private Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void threeAndFourOccupationsAreComparedInTheOrderOfTheAddress() {
		List<OccupationSummary> occupations = this.catalog.summaries(this.catalog.version());
		Set<String> titles = new HashSet<>();
		for (int size = 3; size <= 4; size++) {
			for (int start = 0; start < occupations.size(); start++) {
				List<OccupationSummary> chosen = new ArrayList<>();
				for (int i = 0; i < size; i++) {
					chosen.add(occupations.get((start + i * 3) % occupations.size()));
				}
				String path = "/compare/" + String.join("-vs-", chosen.stream().map(OccupationSummary::slug).toList());
				Http.Response response = this.http.get(path);
				assertThat(response.status()).as(path).isEqualTo(200);
				Document page = response.html();
				List<String> names = chosen.stream().map(OccupationSummary::title).toList();
				assertThat(page.selectFirst("h1").text()).isEqualTo(String.join(" vs ", names));
				assertThat(page.select("table.facts-compare")).hasSize(4).allSatisfy((table) -> {
					assertThat(table.select("thead th").eachText()).containsExactlyElementsOf(names);
					assertThat(table.select("tbody tr")).allSatisfy(
							(row) -> assertThat(row.select("td")).hasSize(names.size()));
				});
				assertThat(page.select(".lineup-list li a:not(.remove)").eachText()).containsExactlyElementsOf(names);
				assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
					.isEqualTo("https://careercompare.test" + path);
				assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
				assertThat(page.selectFirst("meta[name=description]").attr("content")).startsWith("Compare ")
					.contains(names.size() == 3 ? " and " : ", ");
				JsonNode graph = JsonMapper.shared()
					.readTree(page.selectFirst("script[type=application/ld+json]").data())
					.get("@graph");
				assertThat(graph).hasSize(names.size());
				for (int i = 0; i < names.size(); i++) {
					assertThat(graph.get(i).get("@type").asString()).isEqualTo("Occupation");
					assertThat(graph.get(i).get("name").asString()).isEqualTo(names.get(i));
				}
				titles.add(page.title());
			}
		}
		assertThat(titles).as("page titles are unique").hasSize(2 * occupations.size());
	}

	@Test
	void pagesOfTwoAreIndexedAndHaveNoRemoveLinks() {
		Document pair = this.http.get("/compare/collector-vs-account-specialist").html();
		assertThat(pair.select("meta[name=robots]")).isEmpty();
		assertThat(pair.select(".lineup a.remove")).isEmpty();
		assertThat(pair.select("form.add-occupation")).hasSize(1);
	}

	@Test
	void eachColumnHasALinkThatRemovesIt() {
		Document four = this.http.get(FOUR).html();
		assertThat(four.select(".lineup a.remove").eachAttr("href")).containsExactly(
				"/compare/collector-vs-account-specialist-vs-collections-specialist",
				"/compare/senior-accounts-receivable-specialist-vs-account-specialist-vs-collections-specialist",
				"/compare/senior-accounts-receivable-specialist-vs-collector-vs-collections-specialist",
				"/compare/senior-accounts-receivable-specialist-vs-collector-vs-account-specialist");
		assertThat(four.selectFirst(".lineup a.remove").text()).isEqualTo("Remove Senior Accounts Receivable Specialist");
		// four is the most: no box to add a fifth, and the page says why
		assertThat(four.select("form.add-occupation")).isEmpty();
		assertThat(four.selectFirst(".lineup .hint").text()).contains("Four occupations are the most");
		Document three = this.http.get(THREE).html();
		assertThat(three.select(".lineup a.remove").eachAttr("href")).containsExactly(
				"/compare/collections-specialist-vs-account-specialist", "/compare/collector-vs-account-specialist",
				"/compare/collector-vs-collections-specialist");
	}

	@Test
	void theSameOccupationTwiceRedirectsToTheAddressWithoutTheRepeat() {
		assertRedirect("/compare/collector-vs-account-specialist-vs-collector", "/compare/collector-vs-account-specialist");
		assertRedirect("/compare/collector-vs-collector-vs-account-specialist-vs-collections-specialist",
				"/compare/collector-vs-account-specialist-vs-collections-specialist");
		assertRedirect("/compare/collector-vs-collector-vs-collector", "/occupations/collector");
	}

	@Test
	void moreThanFourGetANotFoundPageThatSaysTheLimit() {
		String five = FOUR + "-vs-loss-mitigation-specialist";
		Http.Response response = this.http.get(five);
		assertThat(response.status()).isEqualTo(404);
		Document page = response.html();
		assertThat(page.selectFirst(".lead").text())
			.isEqualTo("A comparison shows 4 occupations at most, and this address names 5.");
		assertThat(page.selectFirst("main a").attr("href")).isEqualTo(FOUR);
		assertThat(this.http.get(five + "-vs-accounts-receivable-specialist").html().selectFirst(".lead").text())
			.endsWith("names 6.");
	}

	@Test
	void unknownOccupationsGiveTheNotFoundPageNamingThem() {
		for (String path : List.of("/compare/collector-vs-astronaut-vs-account-specialist",
				"/compare/collector-vs-account-specialist-vs-collections-specialist-vs-astronaut",
				"/compare/astronaut-vs-collector-vs-account-specialist")) {
			Http.Response response = this.http.get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.html().selectFirst(".lead strong").text()).as(path).isEqualTo("astronaut");
		}
	}

	@Test
	void aRenamedOccupationRedirectsToTheComparisonUnderItsCurrentName() {
		long id = this.jdbc.sql("select id from occupation where slug = 'collector'").query(Long.class).single();
		this.jdbc.sql("insert into occupation_former_slug (slug, occupation_id) values ('debt-chaser', ?)")
			.param(id)
			.update();
		try {
			// the site hears of the change as of any other
			long before = this.catalog.version().number();
			com.careercompare.support.Eventually.awaitUntil(() -> this.catalog.version().number() > before);
			assertRedirect("/compare/account-specialist-vs-debt-chaser-vs-collections-specialist",
					"/compare/account-specialist-vs-collector-vs-collections-specialist");
			assertRedirect("/compare/collector-vs-account-specialist-vs-debt-chaser",
					"/compare/collector-vs-account-specialist");
		}
		finally {
			this.jdbc.sql("delete from occupation_former_slug where slug = 'debt-chaser'").update();
		}
	}

	@Test
	void onlyTheDifferencesLeavesOutRowsTheSameForAll() {
		Document all = this.http.get(THREE).html();
		Element link = all.selectFirst(".page-tools a[href*=only]");
		assertThat(link.text()).isEqualTo("Show only the differences");
		assertThat(link.attr("href")).isEqualTo(THREE + "?only=differences");
		Document differences = this.http.get(link.attr("href")).html();
		List<String> allLabels = all.select("#overview tbody th").eachText();
		List<String> shown = differences.select("#overview tbody th").eachText();
		assertThat(allLabels).contains("Growth rate same", "Average age same");
		assertThat(shown).isNotEmpty().doesNotContain("Growth rate", "Average age", "Job satisfaction")
			.contains("Yearly salary", "Number of jobs");
		assertThat(differences.selectFirst(".page-tools a[href]").attr("href")).isEqualTo(THREE);
		assertThat(differences.selectFirst(".page-tools a[href]").text()).isEqualTo("Show every row");
		assertThat(differences.selectFirst("link[rel=canonical]").attr("href")).endsWith(THREE);
		// kept apart from the page with every row, so neither is served for the other
		assertThat(this.http.get(THREE).html().select("#overview tbody th").eachText()).isEqualTo(allLabels);
		assertThat(this.http.get(THREE + "?only=differences").html().select("#overview tbody th").eachText())
			.isEqualTo(shown);
	}

	@Test
	void theHighestAndLowestOfEveryRowOfNumbersAreMarkedInWords() {
		Document page = this.http.get(THREE).html();
		Element salary = page.select("#overview tbody tr").first();
		assertThat(salary.select("td").eachText()).containsExactly("$34,872 ▼ lowest", "$35,164",
				"$42,586 ▲ highest");
		// the arrows are for the eye; screen readers hear the word
		assertThat(salary.select(".rank [aria-hidden=true]").eachText()).containsExactly("▼", "▲");
	}

	@Test
	void addingAnOccupationByItsTitleAddsAColumn() {
		Http.Response added = this.http
			.get("/compare/add?to=collector-vs-collections-specialist&occupation=account+specialist");
		assertThat(added.status()).isEqualTo(302);
		assertThat(added.location()).isEqualTo(THREE);
		// an alternate title names its occupation too
		String alternate = this.jdbc.sql("select t.title from alternate_title t join occupation o"
				+ " on o.id = t.occupation_id where o.slug = 'account-specialist' limit 1").query(String.class).optional()
			.orElse("Account Specialist");
		assertThat(this.http.get("/compare/add?to=collector-vs-collections-specialist&occupation="
				+ alternate.replace(' ', '+')).location()).isEqualTo(THREE);
	}

	@Test
	void anOccupationNotFoundComesBackWithTheTextKeptAndTheClosestTitles() {
		Http.Response response = this.http.get("/compare/add?to=collector-vs-account-specialist&occupation=recievable");
		assertThat(response.status()).isEqualTo(200);
		Document page = response.html();
		Element box = page.selectFirst("#add-occupation");
		assertThat(box.val()).isEqualTo("recievable");
		assertThat(box.attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("#" + box.attr("aria-describedby")).text())
			.isEqualTo("We have no occupation called “recievable”. Did you mean one of these?");
		assertThat(page.select(".did-you-mean a").eachAttr("href"))
			.contains("/compare/collector-vs-account-specialist-vs-accounts-receivable-specialist");
		assertThat(page.selectFirst("input[name=to]").val()).isEqualTo("collector-vs-account-specialist");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Add an occupation to Collector vs Account Specialist");
		assertThat(page.title()).isEqualTo("Add an occupation to Collector vs Account Specialist | Career Compare");
		assertThat(page.selectFirst("main a[href=/compare/collector-vs-account-specialist]").text())
			.isEqualTo("Back to Collector vs Account Specialist");
	}

	@Test
	void addingWhatCannotBeAddedSaysWhy() {
		assertThat(errorFor("/compare/add?to=collector-vs-account-specialist&occupation=+"))
			.isEqualTo("Type the title of the occupation to add.");
		assertThat(errorFor("/compare/add?to=collector-vs-account-specialist&occupation=Collector"))
			.isEqualTo("Collector is in this comparison already.");
		assertThat(errorFor("/compare/add?to=" + FOUR.substring("/compare/".length()) + "&occupation=underwriter"))
			.startsWith("This comparison has four occupations, the most a page compares.");
		assertThat(this.http.get("/compare/add?to=collector-vs-astronaut&occupation=collector").status())
			.isEqualTo(404);
		assertThat(this.http.get("/compare/add?occupation=collector").location()).isEqualTo("/");
		Http.Response hostile = this.http
			.get("/compare/add?to=collector-vs-account-specialist&occupation=%3Cscript%3Ealert(1)%3C/script%3E");
		assertThat(hostile.status()).isEqualTo(200);
		assertThat(hostile.body()).doesNotContain("<script>alert(1)");
	}

	private String errorFor(String path) {
		Http.Response response = this.http.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.html().selectFirst(".field-error").text();
	}

	private void assertRedirect(String from, String to) {
		Http.Response response = this.http.get(from);
		assertThat(response.status()).as(from).isEqualTo(301);
		assertThat(response.location()).as(from).isEqualTo(to);
	}

}
