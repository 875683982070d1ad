package com.careercompare.search;

import java.util.List;

import com.careercompare.support.Http;
import com.careercompare.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The search box, the results page, suggestions and comparing from results, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
@ExtendWith(OutputCaptureExtension.class)
class SearchHttpTest {

	@LocalServerPort
	private int port;

	@Autowired
	private StatementCounter statements;

	private Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/occupations", "/occupations/collector", "/categories/office-and-administrative",
			"/compare/collector-vs-account-specialist", "/occupations/astronaut", "/search?q=collector" })
	void everyPageHasTheSearchBoxInItsHeader(String path) {
		Element form = this.http.get(path).html().selectFirst("header form[role=search]");
		assertThat(form).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/search");
		assertThat(form.attr("method")).isEqualTo("get");
		Element input = form.selectFirst("input[name=q]");
		assertThat(input.attr("data-suggest")).isEqualTo("/search/suggest");
		assertThat(form.selectFirst("label[for=" + input.id() + "]")).isNotNull();
	}

	@Test
	void resultsAreAnOrderedListOfLinksInMainBestFirstWithSalaryAndDescription() {
		Http.Response response = this.http.get("/search?q=receiv");
		assertThat(response.status()).isEqualTo(200);
		Document page = response.html();
		List<Element> results = page.select("main ol.results > li");
		assertThat(results).extracting((li) -> li.selectFirst("h2 a").attr("href"))
			.containsExactly("/occupations/accounts-receivable-specialist",
					"/occupations/senior-accounts-receivable-specialist");
		Element first = results.get(0);
		assertThat(first.selectFirst("h2 a").text()).isEqualTo("Accounts Receivable Specialist");
		assertThat(first.select("h2 mark").eachText()).containsExactly("Receiv");
		assertThat(first.selectFirst(".result-meta strong").text()).isEqualTo("$39,873");
		assertThat(first.selectFirst(".result-summary").text())
			.isEqualTo("Accounts receivable specialists are members of the organization's finance or accounting department.");
		assertThat(first.selectFirst("a.compare-with").attr("href"))
			.isEqualTo("/occupations/accounts-receivable-specialist#compare-with");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Occupations matching \u201Creceiv\u201D");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
	}

	@Test
	void aCorrectedSearchSaysWhatItShowsAndOffersTheWordsAsTyped() {
		Document page = this.http.get("/search?q=recievable").html();
		Element corrected = page.selectFirst("main .corrected");
		assertThat(corrected.text()).isEqualTo("Showing results for receivable. Search instead for recievable");
		assertThat(corrected.selectFirst("strong").text()).isEqualTo("receivable");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Occupations matching \u201Creceivable\u201D");
		assertThat(page.select("main ol.results > li")).hasSize(2);

		String asTyped = corrected.selectFirst("a").attr("href");
		assertThat(asTyped).isEqualTo("/search?q=recievable&as-typed=true");
		Document typed = this.http.get(asTyped).html();
		assertThat(typed.selectFirst("h1").text()).isEqualTo("No occupations match \u201Crecievable\u201D");
		assertThat(typed.selectFirst("main .corrected")).isNull();
		assertThat(typed.select("main ol.results > li")).isEmpty();

		assertThat(this.http.get("/search?q=receiv").html().selectFirst("main .corrected")).isNull();
		// only as-typed=true asks for the words as typed
		assertThat(this.http.get("/search?q=recievable&as-typed=false").html().selectFirst("main .corrected")).isNotNull();
	}

	@Test
	void theResultsPageHasOneSearchBoxHoldingTheQuery() {
		Document page = this.http.get("/search?q=debt+collector").html();
		assertThat(page.select("input[type=search]")).singleElement()
			.satisfies((box) -> assertThat(box.val()).isEqualTo("debt collector"));
		// elsewhere the header's box is empty
		assertThat(this.http.get("/occupations").html().select("input[type=search]")).singleElement()
			.satisfies((box) -> assertThat(box.hasAttr("value")).isFalse());
	}

	@Test
	void anAlternateTitleMatchSaysWhichTitleMatched() {
		Element first = this.http.get("/search?q=debt+collector").html().selectFirst("main ol.results > li");
		assertThat(first.selectFirst("h2 a").attr("href")).isEqualTo("/occupations/collector");
		assertThat(first.selectFirst(".also-called").text()).isEqualTo("Also called Debt Collector");
		assertThat(first.select(".also-called mark").eachText()).containsExactly("Debt", "Collector");
	}

	@Test
	void aSearchCostsOneQuery() {
		this.http.get("/search?q=warm+up");
		this.statements.reset();
		assertThat(this.http.get("/search?q=recievable").status()).isEqualTo(200);
		assertThat(this.statements.count()).isEqualTo(1);
		this.statements.reset();
		assertThat(this.http.get("/search/suggest?q=colector").status()).isEqualTo(200);
		assertThat(this.statements.count()).isEqualTo(1);
	}

	@Test
	void noResultsOfferTheNearestTitlesAndAWayToBrowseAll() {
		Document page = this.http.get("/search?q=colections+xq").html();
		assertThat(page.selectFirst("h1").text()).isEqualTo("No occupations match \u201Ccolections xq\u201D");
		assertThat(page.select("main ol.results")).isEmpty();
		assertThat(page.select(".did-you-mean a").eachAttr("href")).contains("/occupations/collections-specialist");
		assertThat(page.select("main a[href=/occupations]").text()).isEqualTo("browse all occupations");
	}

	@Test
	void anEmptyQueryListsEveryOccupation() {
		Document page = this.http.get("/search?q=").html();
		assertThat(page.selectFirst("h1").text()).isEqualTo("All occupations");
		assertThat(page.select("main ol.results > li")).hasSize(8);
		assertThat(page.select("main ol.results > li h2").first().text()).isEqualTo("Account Resolution Specialist");
		assertThat(this.http.get("/search").status()).isEqualTo(200);
	}

	@Test
	void aPageNumberThatIsNotOneIsTheFirstPageOrTheLast() {
		assertThat(this.http.get("/search?q=&page=abc").html().select("main ol.results > li")).hasSize(8);
		assertThat(this.http.get("/search?q=&page=-3").status()).isEqualTo(200);
		Http.Response tooFar = this.http.get("/search?q=collector&page=99");
		assertThat(tooFar.status()).isEqualTo(302);
		assertThat(tooFar.location()).isEqualTo("/search?q=collector");
	}

	@Test
	void choosingTwoResultsGoesToTheirComparison() {
		Http.Response response = this.http
			.get("/search?q=collect&compare=collector&compare=collections-specialist");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).isEqualTo("/compare/collector-vs-collections-specialist");
	}

	@Test
	void choosingOneResultExplainsAndKeepsTheChoice() {
		Http.Response response = this.http.get("/search?q=collect&compare=collector");
		assertThat(response.status()).isEqualTo(200);
		Document page = response.html();
		assertThat(page.selectFirst("#compare-error").text())
			.isEqualTo("Choose two to four occupations to compare: tick the box beside each one.");
		assertThat(page.select("input[name=compare][checked]").eachAttr("value")).containsExactly("collector");
		assertThat(page.selectFirst("#compare-results input[name=q]").val()).isEqualTo("collect");
	}

	@Test
	void choosingThreeOrFourGoesToTheirComparisonInTheOrderOfTheResults() {
		Http.Response three = this.http
			.get("/search?q=collect&compare=collector&compare=collections-specialist&compare=collections-coordinator");
		assertThat(three.status()).isEqualTo(302);
		assertThat(three.location())
			.isEqualTo("/compare/collector-vs-collections-specialist-vs-collections-coordinator");
		Http.Response four = this.http.get("/search?q=collect&compare=collector&compare=collections-specialist"
				+ "&compare=collections-coordinator&compare=account-specialist");
		assertThat(four.location()).isEqualTo(
				"/compare/collector-vs-collections-specialist-vs-collections-coordinator-vs-account-specialist");
	}

	@Test
	void choosingFiveOrUnknownOccupationsExplainsTheLimit() {
		Document five = this.http
			.get("/search?q=&compare=collector&compare=collections-specialist&compare=collections-coordinator"
					+ "&compare=account-specialist&compare=account-resolution-specialist")
			.html();
		assertThat(five.selectFirst("#compare-error").text())
			.isEqualTo("Choose at most four occupations to compare; you chose 5.");
		assertThat(five.select("input[name=compare][checked]")).hasSize(5);
		Http.Response unknown = this.http.get("/search?q=collect&compare=collector&compare=astronaut");
		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.html().selectFirst("#compare-error")).isNotNull();
	}

	@Test
	void overLongInputIsCutWithAMessage() {
		String typed = "collector+" + "x".repeat(200);
		Http.Response response = this.http.get("/search?q=" + typed);
		assertThat(response.status()).isEqualTo(200);
		Document page = response.html();
		assertThat(page.selectFirst(".notice").text()).contains("longer than 100 characters");
		assertThat(page.selectFirst("#site-search-q").val()).hasSize(100).startsWith("collector x");
	}

	@ParameterizedTest
	@ValueSource(strings = { "%25", "%25%25", "_", "%27", "%22", "%5C", "a%00b", "%00%00x", "%27+OR+1%3D1+--",
			"%27%3B+DROP+TABLE+occupation%3B+--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
			"%3Cimg+src%3Dx+onerror%3Dalert(1)%3E", "%E2%80%AE", "%F0%9F%98%80", "%FF" })
	void hostileInputIsPlainTextNeverAnError(String typed) {
		// 400 only for bytes that are not UTF-8 at all (%FF), which Tomcat refuses before the site sees them
		for (String path : List.of("/search?q=" + typed, "/search/suggest?q=" + typed)) {
			Http.Response response = this.http.get(path);
			assertThat(response.status()).as(path).isIn(200, 400);
			assertThat(response.body()).as(path).doesNotContain("<script>alert", "<img src=x", "Exception", "at com.");
		}
		Http.Response results = this.http.get("/search?q=" + typed);
		if (results.status() == 200) {
			assertThat(results.html().select("main ol.results > li")).as("%s matches no title as a wildcard", typed)
				.hasSizeLessThan(8);
		}
	}

	@Test
	void aQueryThatIsNotUtf8GetsTheRequestNotUnderstoodPageAndLogsNoError(CapturedOutput output) {
		for (String path : List.of("/search?q=%FF", "/search/suggest?q=%FF", "/search?q=ok&page=%C3%28")) {
			Http.Response response = this.http.get(path);

			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.html().select("h1").text()).as(path).isEqualTo("We could not understand that request");
		}
		assertThat(output.getAll()).doesNotContain("InvalidParameterException").doesNotContain(" ERROR ");
	}

	@Test
	void aNulByteAloneIsAnEmptyQuery() {
		Http.Response response = this.http.get("/search?q=%00");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.html().selectFirst("h1").text()).isEqualTo("All occupations");
	}

	@Test
	void htmlTypedIsShownAsTextOnTheResultsPage() {
		Document page = this.http.get("/search?q=%3Cb%3Ebold%3C%2Fb%3E").html();
		assertThat(page.select("main b")).isEmpty();
		assertThat(page.selectFirst("h1").text()).isEqualTo("No occupations match \u201C<b>bold</b>\u201D");
	}

	@Test
	void suggestionsAreJsonFromTwoCharacters() {
		Http.Response response = this.http.get("/search/suggest?q=debt");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThat(response.body()).isEqualTo(
				"[{\"title\":\"Collector\",\"path\":\"/occupations/collector\",\"alternate\":\"Debt Collector\"}]");
		assertThat(this.http.get("/search/suggest?q=r").body()).isEqualTo("[]");
		assertThat(this.http.get("/search/suggest").body()).isEqualTo("[]");
		assertThat(this.http.get("/search/suggest?q=recievable").body())
			.startsWith("[{\"title\":\"Accounts Receivable Specialist\"");
	}

}
