package com.careercompare.web;

import com.careercompare.support.Http;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What every page shares: security headers, the cached stylesheet, compression, a fixed number of queries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteHttpTest {

	@LocalServerPort
	private int port;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void everyPageCarriesSecurityHeadersAndNoSessionCookie() {
		for (String path : new String[] { "/", "/compare/collector-vs-account-specialist", "/occupations/collector",
				"/occupations/nobody", "/sitemap.xml" }) {
			Http.Response response = this.http.get(path);
			assertThat(response.header("Content-Security-Policy")).as(path)
				.contains("default-src 'self'")
				.contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.header("Set-Cookie")).as(path).isNull();
		}
	}

	@Test
	void theStylesheetIsFingerprintedAndCachedForAYear() {
		String href = this.http.get("/").html().selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(href).matches("/assets/site-[0-9a-f]{32}\\.css");
		Http.Response css = this.http.get(href);
		assertThat(css.status()).isEqualTo(200);
		assertThat(css.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
		assertThat(css.bytes().length).as("one small stylesheet").isLessThan(16_000);
	}

	@Test
	void pagesAreCompressedForClientsThatAcceptIt() {
		Http.Response response = this.http.get("/compare/collector-vs-account-specialist", "Accept-Encoding", "gzip");
		assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
	}

	@Test
	void pagesHaveNoRenderBlockingScript() {
		assertThat(this.http.get("/compare/collector-vs-account-specialist").html().select("script[src]")).isEmpty();
	}

	@Test
	void aComparisonPageCostsTheSameFewQueriesWhateverItShows() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		long small = statementsFor("/compare/loss-mitigation-specialist-vs-accounts-receivable-specialist", statistics);
		long large = statementsFor("/compare/senior-accounts-receivable-specialist-vs-collector", statistics);
		// occupations with category and company; skills; responsibilities; demographic shares; the other occupations
		assertThat(small).isEqualTo(5);
		assertThat(large).isEqualTo(small);
		assertThat(statementsFor("/occupations/collector", statistics)).isEqualTo(5);
		assertThat(statementsFor("/", statistics)).isEqualTo(2);
	}

	private long statementsFor(String path, Statistics statistics) {
		statistics.clear();
		assertThat(this.http.get(path).status()).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}

}
