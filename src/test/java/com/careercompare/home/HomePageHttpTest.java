package com.careercompare.home;

import com.careercompare.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page and its compare form, which works without JavaScript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageHttpTest {

	@LocalServerPort
	private int port;

	private Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void homeHasTheCompareFormTheSourcePagesComparisonsAndTheCategories() {
		Http.Response response = this.http.get("/");
		Document page = response.html();
		assertThat(page.select("table.occupations")).as("no list of every occupation").isEmpty();
		assertThat(response.bytes().length).isLessThan(30 * 1024);
		assertThat(page.select(".category-list li").eachText()).containsExactly("Office and administrative 8 occupations");
		assertThat(page.select(".category-list a").eachAttr("href")).containsExactly("/categories/office-and-administrative");
		assertThat(page.select("#browse-heading ~ p a").text()).isEqualTo("All 8 occupations, A to Z");
		assertThat(page.select(".card-list a").eachAttr("href")).containsExactly(
				"/compare/loss-mitigation-specialist-vs-accounts-receivable-specialist",
				"/compare/accounts-receivable-specialist-vs-collections-coordinator",
				"/compare/senior-accounts-receivable-specialist-vs-collector",
				"/compare/account-resolution-specialist-vs-collections-specialist",
				"/compare/collections-specialist-vs-account-specialist");
		assertThat(page.select("input#first[type=text][data-suggest=/search/suggest][data-suggest-fills]")).hasSize(1);
		assertThat(page.select("input#second[type=text][data-suggest=/search/suggest][data-suggest-fills]")).hasSize(1);
		assertThat(page.select("label[for=first]").text()).isEqualTo("First occupation");
		assertThat(page.select("form#compare").attr("method")).isEqualTo("get");
	}

	@Test
	void choosingTwoOccupationsGoesToTheirComparison() {
		Http.Response response = this.http.get("/compare?first=collector&second=account-specialist");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).isEqualTo("/compare/collector-vs-account-specialist");
	}

	@Test
	void typedTitlesAreFoundInAnyCaseAndByTheirAlternateTitles() {
		assertThat(this.http.get("/compare?first=collector&second=ACCOUNT+SPECIALIST").location())
			.isEqualTo("/compare/collector-vs-account-specialist");
		assertThat(this.http.get("/compare?first=Debt+Collector&second=Account++Specialist+").location())
			.isEqualTo("/compare/collector-vs-account-specialist");
	}

	@Test
	void aTitleNotFoundOffersTheClosestOnesKeepingTheOtherBox() {
		Http.Response response = this.http.get("/compare?first=colector&second=Account+Specialist");
		assertThat(response.status()).isEqualTo(200);
		Document page = response.html();
		assertThat(page.selectFirst("#first-error").text())
			.isEqualTo("We have no occupation called “colector”. Did you mean one of these?");
		assertThat(page.select("#first").val()).isEqualTo("colector");
		assertThat(page.select("#second").val()).isEqualTo("Account Specialist");
		assertThat(page.select(".did-you-mean a").eachText()).first().isEqualTo("Collector");
		assertThat(page.select(".did-you-mean a").first().attr("href"))
			.isEqualTo("/compare?first=Collector&second=Account%20Specialist");
		assertThat(this.http.get(page.select(".did-you-mean a").first().attr("href")).location())
			.isEqualTo("/compare/collector-vs-account-specialist");
	}

	@Test
	void missingChoicesAreReportedBesideTheirFieldsKeepingTheOtherChoice() {
		Http.Response response = this.http.get("/compare?first=&second=collector");
		assertThat(response.status()).isEqualTo(200);
		Document page = response.html();
		assertThat(page.selectFirst("#first-error").text()).isEqualTo("Choose the first occupation.");
		assertThat(page.selectFirst("#first").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("#first").attr("aria-describedby")).isEqualTo("first-error");
		assertThat(page.selectFirst("#second-error")).isNull();
		assertThat(page.selectFirst("#second").val()).isEqualTo("collector");
		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#first");
	}

	@Test
	void theSameOccupationTwiceIsReportedOnTheSecondField() {
		Document page = this.http.get("/compare?first=collector&second=collector").html();
		assertThat(page.selectFirst("#second-error").text()).isEqualTo("Choose a different occupation from the first one.");
		assertThat(page.selectFirst("#first").val()).isEqualTo("collector");
	}

	@Test
	void unknownOrHostileChoicesAreRefusedAndEscaped() {
		Http.Response response = this.http
			.get("/compare?first=%3Cscript%3Ealert(1)%3C/script%3E&second=%27%20OR%201%3D1--&extra=%00");
		assertThat(response.status()).isEqualTo(200);
		Document page = response.html();
		assertThat(page.selectFirst("#first-error").text())
			.startsWith("We have no occupation called “<script>alert(1)</script>”.");
		assertThat(page.selectFirst("#second-error").text()).startsWith("We have no occupation called “' OR 1=1--”.");
		assertThat(response.body()).doesNotContain("<script>alert(1)");
	}

}
