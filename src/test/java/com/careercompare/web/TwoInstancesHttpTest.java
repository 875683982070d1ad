package com.careercompare.web;

import java.time.Duration;
import java.util.Map;

import com.careercompare.CareerCompareApplication;
import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.Http;
import com.careercompare.support.TestDatabaseInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static com.careercompare.support.Eventually.awaitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site, as behind a load balancer: two application contexts, each on
 * a port of its own, on one PostgreSQL database. Whichever instance a request reaches, the
 * admin is signed in and the pages show the latest save.
 */
class TwoInstancesHttpTest {

	private static final String PASSWORD = AdminTest.Password.newPassword();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startBoth() {
		TestDatabaseInitializer.Connection database = TestDatabaseInitializer.ownDatabase("two_instances");
		first = start(database);
		second = start(database);
	}

	@AfterAll
	static void stopBoth() {
		second.close();
		first.close();
	}

	private static ConfigurableApplicationContext start(TestDatabaseInitializer.Connection database) {
		return new SpringApplicationBuilder(CareerCompareApplication.class)
			.properties(Map.of("server.port", "0", "spring.datasource.url", database.url(), "spring.datasource.username",
					database.username(), "spring.datasource.password", database.password(), "ADMIN_USERNAME",
					AdminTest.USERNAME, "ADMIN_PASSWORD", PASSWORD))
			.run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Test
	void anAdminSignedInOnOneInstanceIsSignedInOnTheOther() {
		Browserless admin = new Browserless(port(first));
		assertThat(admin.signIn(AdminTest.USERNAME, PASSWORD).location()).isEqualTo("/admin");
		String session = admin.cookie("SESSION").orElseThrow();

		Browserless sameBrowser = new Browserless(port(second)).sending("Cookie", "SESSION=" + session);
		Http.Response onTheOther = sameBrowser.get("/admin");

		assertThat(onTheOther.status()).isEqualTo(200);
		assertThat(onTheOther.html().select("h1").text()).isEqualTo("Occupations");
	}

	@Test
	void aSaveOnOneInstanceShowsOnTheOthersPagesWithinASecond() {
		String path = "/occupations/account-specialist";
		Http onFirst = new Http(port(first));
		Http onSecond = new Http(port(second));
		// both have the page in memory
		assertThat(onSecond.get(path).body()).isEqualTo(onFirst.get(path).body());
		String etag = onSecond.get(path).header("ETag");

		Browserless admin = new Browserless(port(first));
		admin.signIn(AdminTest.USERNAME, PASSWORD);
		Http.Response saved = admin.submit("/admin/occupations/account-specialist", "form.occupation-form",
				Map.of("jobOpenings", "4,321"));
		assertThat(saved.location()).isEqualTo("/admin/occupations/account-specialist");

		long start = System.nanoTime();
		awaitUntil(() -> onSecond.get(path).body().contains("4,321"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		// the same version, so the same validators and the same page, on both
		assertThat(onSecond.get(path).header("ETag")).isNotEqualTo(etag).isEqualTo(onFirst.get(path).header("ETag"));
		assertThat(onSecond.get(path).body()).isEqualTo(onFirst.get(path).body());
	}

}
