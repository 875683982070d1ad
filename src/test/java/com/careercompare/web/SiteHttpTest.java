package com.careercompare.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import com.careercompare.support.Http;
import com.careercompare.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page shares: security headers, the cached stylesheet, compression,
 * validators, and a fixed, small number of queries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
class SiteHttpTest {

	@LocalServerPort
	private int port;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private JdbcClient jdbc;

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
		String small = "/compare/loss-mitigation-specialist-vs-accounts-receivable-specialist";
		String large = "/compare/senior-accounts-receivable-specialist-vs-collector";
		newCatalogVersion();
		// the version; the occupations with category and company; their skills, responsibilities and
		// demographic shares; the other occupations, for links
		assertThat(statementsFor(small)).isEqualTo(1 + 5);
		assertThat(statementsFor(large)).as("two more profiles, the list already read").isEqualTo(1 + 4);
		// read again while nothing changed: only the version
		assertThat(statementsFor(small)).isEqualTo(1);
		assertThat(statementsFor(large)).isEqualTo(1);
		newCatalogVersion();
		assertThat(statementsFor("/occupations/collector")).isEqualTo(1 + 5);
		assertThat(statementsFor("/occupations/collector")).isEqualTo(1);
		newCatalogVersion();
		assertThat(statementsFor("/")).isEqualTo(1 + 2);
		assertThat(statementsFor("/")).isEqualTo(1);
	}

	@Test
	void aPageTheBrowserHasIsAnsweredNotModifiedUntilTheCatalogChanges() {
		String path = "/compare/collector-vs-account-specialist";
		Http.Response first = this.http.get(path);
		assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
		String etag = first.header("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(first.header("Last-Modified")).isNotNull();

		Http.Response again = this.http.get(path, "If-None-Match", etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.bytes()).isEmpty();

		newCatalogVersion();
		Http.Response changed = this.http.get(path, "If-None-Match", etag);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.header("ETag")).isNotEqualTo(etag);
	}

	@Test
	void aChangeToTheDataShowsOnTheNextPage() {
		String path = "/occupations/collector";
		assertThat(this.http.get(path).html().select("#overview td").first().text()).isEqualTo("$34,872");
		this.jdbc.sql("update occupation set yearly_salary = 34873 where slug = 'collector'").update();
		try {
			assertThat(this.http.get(path).html().select("#overview td").first().text()).isEqualTo("$34,873");
		}
		finally {
			this.jdbc.sql("update occupation set yearly_salary = 34872 where slug = 'collector'").update();
		}
		assertThat(this.http.get(path).html().select("#overview td").first().text()).isEqualTo("$34,872");
	}

	@Test
	void aPageServedFromMemoryIsThePageAsRenderedGzippedOrNot() throws IOException {
		String path = "/compare/account-specialist-vs-collector";
		newCatalogVersion();
		Http.Response rendered = this.http.get(path);
		Http.Response kept = this.http.get(path);
		assertThat(kept.bytes()).isEqualTo(rendered.bytes());
		assertThat(kept.header("Content-Type")).isEqualTo(rendered.header("Content-Type"));
		assertThat(kept.header("Content-Security-Policy")).isEqualTo(rendered.header("Content-Security-Policy"));
		assertThat(kept.header("ETag")).isEqualTo(rendered.header("ETag"));

		Http.Response gzipped = this.http.get(path, "Accept-Encoding", "gzip");
		assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.header("Vary")).contains("Accept-Encoding");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.bytes()))) {
			assertThat(in.readAllBytes()).isEqualTo(rendered.bytes());
		}
	}

	/** What any change to the catalog does to the version, without changing anything a page shows. */
	private void newCatalogVersion() {
		this.jdbc.sql("update catalog_version set version = version + 1").update();
	}

	private long statementsFor(String path) {
		this.statements.reset();
		assertThat(this.http.get(path).status()).isEqualTo(200);
		return this.statements.count();
	}

}
