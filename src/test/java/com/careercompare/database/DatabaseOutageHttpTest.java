package com.careercompare.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.HtmlChecker;
import com.careercompare.support.Http;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static com.careercompare.support.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site on a PostgreSQL server of its own, which the test stops and starts again, as an
 * outage would: kept pages go on, the rest is a quick 503, nothing an admin sent is lost,
 * the outage is logged once, and everything comes back by itself, the catalog listener
 * included. The context is closed after the test, while its server still runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:postgresql://localhost:${career-compare.test.outage-port}/postgres",
				"spring.datasource.username=postgres", "ADMIN_USERNAME=" + AdminTest.USERNAME })
@ContextConfiguration(initializers = AdminTest.Password.class)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class DatabaseOutageHttpTest {

	private static final String KEPT = "/compare/collector-vs-collections-specialist";

	private static final String STALE = "/compare/collections-specialist-vs-collector";

	private static final Path DATA;

	private static final int PORT;

	private static EmbeddedPostgres server;

	static {
		try (ServerSocket socket = new ServerSocket(0)) {
			PORT = socket.getLocalPort();
			// under target/, so that a clean build takes it away; the server stops with the JVM
			DATA = Files.createDirectories(Path.of("target", "outage-postgres-" + PORT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.setProperty("career-compare.test.outage-port", Integer.toString(PORT));
		startServer();
	}

	@LocalServerPort
	private int port;

	@Test
	void whileTheDatabaseIsDownKeptPagesAreServedTheRestIsAQuick503AndAllComesBack(CapturedOutput output)
			throws Exception {
		Http http = new Http(this.port);
		assertThat(http.get(KEPT).status()).isEqualTo(200);
		Browserless admin = new Browserless(this.port);
		assertThat(admin.signIn(AdminTest.USERNAME, AdminTest.PASSWORD).location()).isEqualTo("/admin");
		Http.Response form = admin.get("/admin/occupations/collector");
		String keptPage = http.get(KEPT).body();
		assertThat(http.get(STALE).status()).isEqualTo(200);
		int logged = output.getAll().length();

		// a change just before the outage: STALE is kept only at the version before it
		String before = http.get(KEPT).header("ETag");
		jdbc().sql("update occupation set yearly_salary = yearly_salary where slug = 'account-specialist'").update();
		awaitUntil(() -> !http.get(KEPT).header("ETag").equals(before));
		server.close();

		assertThat(http.get(KEPT).body()).as("a kept page").isEqualTo(keptPage);
		Http.Response stale = http.get(STALE);
		assertThat(stale.status()).as("the last page kept, of the version before").isEqualTo(200);
		assertThat(stale.header("Cache-Control")).isEqualTo("no-store");
		assertThat(stale.header("ETag")).isNull();
		for (String path : new String[] { "/compare/collector-vs-account-specialist", "/search?q=collector",
				"/occupations/collector", "/admin" }) {
			long start = System.nanoTime();
			Http.Response response = http.get(path);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as(path).isLessThan(Duration.ofSeconds(1));
			assertThat(response.status()).as(path).isEqualTo(503);
			assertThat(response.header("Retry-After")).isEqualTo("5");
			assertThat(response.html().select("h1").text()).isEqualTo("Career Compare is unavailable just now");
		}
		awaitUntil(() -> readiness(http) == 503);
		assertThat(http.get("/actuator/health/liveness", "Accept", "application/json").status()).isEqualTo(200);
		assertThat(http.get("/search/suggest?q=coll", "Accept", "application/json").status()).isEqualTo(503);

		// an admin's save: not saved, and all of it comes back, to send again
		Http.Response unsaved = admin.submit(form, "form.occupation-form", Map.of("jobOpenings", "12,345"));
		assertThat(unsaved.status()).isEqualTo(503);
		Document page = unsaved.html();
		assertThat(page.select("h2").text()).isEqualTo("Your changes have not been saved yet");
		assertThat(page.select("form.resend").attr("action")).isEqualTo("/admin/occupations/collector");
		assertThat(page.select("form.resend input[name=values[jobOpenings]]").val()).isEqualTo("12,345");
		assertThat(page.select("form.resend input[name=_csrf]").val())
			.isEqualTo(form.html().select("form.occupation-form input[name=_csrf]").val());
		Map<String, Http.Response> unavailablePages = new LinkedHashMap<>();
		unavailablePages.put("a public page", http.get("/occupations/collector"));
		unavailablePages.put("an admin's unsaved form", unsaved);

		startServer();

		awaitUntil(() -> http.get("/compare/collector-vs-account-specialist").status() == 200);
		awaitUntil(() -> readiness(http) == 200);
		Http.Response resent = admin.submit(unsaved, "form.resend", Map.of());
		assertThat(resent.location()).isEqualTo("/admin/occupations/collector");
		assertThat(jobOpenings()).isEqualTo(12345);
		assertThat(http.get("/occupations/collector").body()).contains("12,345");
		// the listener is back: a change made elsewhere shows at once
		awaitUntil(() -> listening());
		jdbc().sql("update occupation set job_openings = 12346 where slug = 'collector'").update();
		awaitUntil(() -> http.get("/occupations/collector").body().contains("12,346"));

		String duringAndAfter = output.getAll().substring(logged);
		assertThat(duringAndAfter.lines().filter((line) -> line.contains(" WARN ") || line.contains(" ERROR ")))
			.singleElement()
			.asString()
			.contains("DatabaseAvailability")
			.contains("The database cannot be reached");
		assertThat(duringAndAfter).contains("The database is reachable again").doesNotContain("\tat ");
		HtmlChecker.assertValid(unavailablePages);
	}

	private static int readiness(Http http) {
		return http.get("/actuator/health/readiness", "Accept", "application/json").status();
	}

	private static int jobOpenings() {
		return jdbc().sql("select job_openings from occupation where slug = 'collector'").query(Integer.class).single();
	}

	private static boolean listening() {
		return jdbc().sql("select count(*) from pg_stat_activity where application_name = 'career-compare catalog listener'")
			.query(Integer.class)
			.single() == 1;
	}

	private static JdbcClient jdbc() {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:postgresql://localhost:" + PORT + "/postgres", "postgres", "", true);
		return JdbcClient.create(dataSource);
	}

	private static void startServer() {
		try {
			server = EmbeddedPostgres.builder()
				.setPort(PORT)
				.setDataDirectory(DATA)
				.setCleanDataDirectory(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
