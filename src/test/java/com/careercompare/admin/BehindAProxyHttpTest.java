package com.careercompare.admin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Http;
import com.careercompare.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site behind a TLS-terminating proxy, as the README configures it
 * ({@code server.forward-headers-strategy=native}; the proxy, here the test on this
 * machine's loopback address, is one Tomcat trusts): what the proxy says of the client's
 * connection holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { TestDatabaseInitializer.OWN_DATABASE + "=proxy_tests", "ADMIN_USERNAME=" + AdminTest.USERNAME,
				"server.forward-headers-strategy=native" })
@ContextConfiguration(initializers = AdminTest.Password.class)
class BehindAProxyHttpTest {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void overHttpsCookiesAreSecureAndBrowsersAreToldToKeepToHttps() throws Exception {
		Http.Response signInPage = new Http(this.port).get("/login", "X-Forwarded-Proto", "https");
		assertThat(signInPage.header("Strict-Transport-Security")).contains("max-age=31536000");
		String csrfCookie = setCookie(signInPage.headers().allValues("Set-Cookie"), AdminCsrfTokens.COOKIE);
		assertThat(csrfCookie).contains("Secure").contains("HttpOnly");

		HttpResponse<String> signIn = signIn(signInPage, csrfCookie, AdminTest.PASSWORD, "X-Forwarded-Proto", "https");

		assertThat(signIn.headers().firstValue("Location")).hasValue("https://localhost/admin");
		assertThat(setCookie(signIn.headers().allValues("Set-Cookie"), "SESSION")).contains("Secure")
			.contains("HttpOnly")
			.contains("SameSite=Strict");
	}

	@Test
	void plainHttpStaysAsItIs() {
		Http.Response signInPage = new Http(this.port).get("/login");

		assertThat(signInPage.header("Strict-Transport-Security")).isNull();
		assertThat(setCookie(signInPage.headers().allValues("Set-Cookie"), AdminCsrfTokens.COOKIE))
			.doesNotContain("Secure");
	}

	@Test
	void failedSignInsCountAgainstTheClientAddressTheProxyNames() throws Exception {
		Http.Response signInPage = new Http(this.port).get("/login");
		String csrfCookie = setCookie(signInPage.headers().allValues("Set-Cookie"), AdminCsrfTokens.COOKIE);

		HttpResponse<String> failed = signIn(signInPage, csrfCookie, "not the password", "X-Forwarded-For",
				"198.51.100.23");

		assertThat(failed.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(this.jdbc.sql("select count(*) from login_failure where subject in (?, ?)")
			.params("address 198.51.100.23", "user " + AdminTest.USERNAME + " from 198.51.100.23")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private HttpResponse<String> signIn(Http.Response signInPage, String csrfCookie, String password,
			String... headers) throws Exception {
		String token = signInPage.html().select("input[name=_csrf]").val();
		String form = "username=" + AdminTest.USERNAME + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
			.POST(HttpRequest.BodyPublishers.ofString(form));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String setCookie(List<String> setCookies, String name) {
		return setCookies.stream().filter((cookie) -> cookie.startsWith(name + "=")).findFirst().orElseThrow();
	}

}
