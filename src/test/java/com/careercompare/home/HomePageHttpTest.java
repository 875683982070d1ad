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
	void homeListsEveryOccupationAndTheSourcePagesComparisons() {
		Document page = this.http.get("/").html();
		assertThat(page.select("table.occupations tbody tr")).hasSize(8);
		assertThat(page.select(".card-list a").eachAttr("href")).containsExactly(
				"/compare/loss-mitigation-specialist-vs-accounts-receivable-specialist",
				"/compare/accounts-receivable-specialist-vs-collections-coordinator",
				"/compare/senior-accounts-receivable-specialist-vs-collector",
				"/compare/account-resolution-specialist-vs-collections-specialist",
				"/compare/collections-specialist-vs-account-specialist");
		assertThat(page.select("select#first option")).hasSize(9);
		assertThat(page.select("form#compare").attr("method")).isEqualTo("get");
	}

	@Test
	void choosingTwoOccupationsGoesToTheirComparison() {
		Http.Response response = this.http.get("/compare?first=collector&second=account-specialist");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).isEqualTo("/compare/collector-vs-account-specialist");
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
		assertThat(page.selectFirst("#second option[selected]").attr("value")).isEqualTo("collector");
		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#first");
	}

	@Test
	void theSameOccupationTwiceIsReportedOnTheSecondField() {
		Document page = this.http.get("/compare?first=collector&second=collector").html();
		assertThat(page.selectFirst("#second-error").text()).isEqualTo("Choose a different occupation from the first one.");
		assertThat(page.selectFirst("#first option[selected]").attr("value")).isEqualTo("collector");
	}

	@Test
	void unknownOrHostileChoicesAreRefusedAndEscaped() {
		Http.Response response = this.http
			.get("/compare?first=%3Cscript%3Ealert(1)%3C/script%3E&second=%27%20OR%201%3D1--&extra=%00");
		assertThat(response.status()).isEqualTo(200);
		Document page = response.html();
		assertThat(page.selectFirst("#first-error").text()).isEqualTo("We have no such occupation. Choose one from the list.");
		assertThat(page.selectFirst("#second-error").text()).isEqualTo("We have no such occupation. Choose one from the list.");
		assertThat(response.body()).doesNotContain("<script>alert(1)");
	}

}
