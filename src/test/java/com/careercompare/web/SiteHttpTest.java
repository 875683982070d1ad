package com.careercompare.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.support.Http;
import com.careercompare.support.StatementCounter;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.careercompare.support.Eventually.awaitUntil;
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

	@Autowired
	private OccupationCatalog catalog;

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
		// 22.3 KB (5.5 KB gzipped) with the phone, desktop and print layouts of comparisons of two to four,
		// the occupation and the admin pages
		assertThat(css.bytes().length).as("one small stylesheet").isLessThan(24_000);
	}

	@Test
	void pagesAreCompressedForClientsThatAcceptIt() {
		Http.Response response = this.http.get("/compare/collector-vs-account-specialist", "Accept-Encoding", "gzip");
		assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
	}

	@Test
	void pagesHaveNoRenderBlockingScript() {
		Document page = this.http.get("/compare/collector-vs-account-specialist").html();
		assertThat(page.select("script[src]")).singleElement()
			.satisfies((script) -> assertThat(script.hasAttr("defer")).isTrue())
			.satisfies((script) -> assertThat(script.attr("src")).matches("/assets/site-[0-9a-f]{32}\\.js"));
		assertThat(page.select("script:not([src]):not([type=application/ld+json])")).isEmpty();
	}

	@Test
	void aComparisonPageCostsTheSameFewQueriesWhateverItShows() {
		String small = "/compare/loss-mitigation-specialist-vs-accounts-receivable-specialist";
		String large = "/compare/senior-accounts-receivable-specialist-vs-collector";
		newCatalogVersion();
		// the occupations with category and company; their skills, responsibilities, demographic
		// shares and alternate titles; the other occupations of their category, for links
		assertThat(statementsFor(small)).isEqualTo(6);
		assertThat(statementsFor(large)).as("two more profiles, the category's list already read").isEqualTo(5);
		// asked again while nothing changed: no query at all
		assertThat(statementsFor(small)).isZero();
		assertThat(statementsFor(large)).isZero();
		newCatalogVersion();
		assertThat(statementsFor("/occupations/collector")).isEqualTo(6);
		assertThat(statementsFor("/occupations/collector")).isZero();
		newCatalogVersion();
		// the occupations (counted by category), the categories, the popular comparisons
		assertThat(statementsFor("/")).isEqualTo(3);
		assertThat(statementsFor("/")).isZero();
	}

	@Test
	void aQueryStringGetsTheKeptPageSoItCannotForceARender() {
		String path = "/compare/collector-vs-account-specialist";
		newCatalogVersion();
		assertThat(statementsFor(path + "?utm_source=newsletter")).isPositive();
		// no public page reads its query string: any other one is served the same kept bytes
		assertThat(statementsFor(path)).isZero();
		assertThat(statementsFor(path + "?x=" + System.nanoTime())).isZero();
		assertThat(this.http.get(path + "?fbclid=abc").body()).isEqualTo(this.http.get(path).body());
	}

	@Test
	void whenTheListeningConnectionIsLostPagesReadTheVersionAndStayCurrent() {
		String path = "/occupations/account-specialist";
		String before = this.http.get(path).header("ETag");
		// as if the database restarted or a network fault cut the listener's connection
		this.jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity "
				+ "where application_name = 'career-compare catalog listener'").query(Boolean.class).list();
		long version = this.jdbc.sql("update catalog_version set version = version + 1 returning version")
			.query(Long.class)
			.single();
		awaitUntil(() -> this.catalog.version().number() == version);
		assertThat(this.http.get(path).header("ETag")).isNotEqualTo(before).contains("\"" + version + "-");
		// and it listens again: a page costs no query once more
		awaitUntil(() -> {
			this.http.get(path);
			return statementsFor(path) == 0;
		});
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
	void aChangeToTheDataShowsOnThePagesAsSoonAsItIsCommitted() {
		String path = "/occupations/collector";
		assertThat(yearlySalaryOn(path)).isEqualTo("$34,872");
		this.jdbc.sql("update occupation set yearly_salary = 34873 where slug = 'collector'").update();
		try {
			// the database announces the change; the site hears of it within milliseconds
			awaitUntil(() -> yearlySalaryOn(path).equals("$34,873"));
		}
		finally {
			this.jdbc.sql("update occupation set yearly_salary = 34872 where slug = 'collector'").update();
		}
		awaitUntil(() -> yearlySalaryOn(path).equals("$34,872"));
	}

	private String yearlySalaryOn(String path) {
		return this.http.get(path).html().select("#overview td").first().text();
	}

	@Test
	void aPageServedFromMemoryIsThePageAsRenderedGzippedOrNot() throws IOException {
		String path = "/compare/account-specialist-vs-collector";
		newCatalogVersion();
		Http.Response rendered = this.http.get(path);
		Http.Response kept = this.http.get(path);
		assertThat(kept.bytes()).isEqualTo(rendered.bytes());
		assertThat(kept.header("Content-Type")).isEqualTo(rendered.header("Content-Type"));
		for (String header : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy", "Cache-Control" }) {
			assertThat(kept.header(header)).as(header).isNotNull().isEqualTo(rendered.header(header));
		}
		assertThat(kept.header("ETag")).isEqualTo(rendered.header("ETag"));

		Http.Response gzipped = this.http.get(path, "Accept-Encoding", "gzip");
		assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzipped.header("Vary")).contains("Accept-Encoding");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.bytes()))) {
			assertThat(in.readAllBytes()).isEqualTo(rendered.bytes());
		}
	}

	@Test
	void comparisonsOfThreeAndFourCostAsFewQueriesAsAPair() {
		String three = "/compare/collector-vs-collections-specialist-vs-account-specialist";
		String four = "/compare/senior-accounts-receivable-specialist-vs-collector-vs-account-specialist"
				+ "-vs-collections-specialist";
		newCatalogVersion();
		// all the occupations' profiles in one go, then their category's list
		assertThat(statementsFor(four)).isEqualTo(6);
		newCatalogVersion();
		assertThat(statementsFor(three)).isEqualTo(6);
		assertThat(statementsFor(three)).isZero();
		assertThat(statementsFor(three + "?only=differences")).as("rendered, from what is in memory").isZero();
	}

	/**
	 * What any change to the catalog does to the version, without changing anything a page
	 * shows; returns once the site knows of it.
	 */
	private void newCatalogVersion() {
		long before = this.catalog.version().number();
		// a statement on a catalog table fires the trigger even when it changes no row
		this.jdbc.sql("update category set name = name where false").update();
		awaitUntil(() -> this.catalog.version().number() > before);
	}

	private long statementsFor(String path) {
		this.statements.reset();
		assertThat(this.http.get(path).status()).isEqualTo(200);
		return this.statements.count();
	}

}
