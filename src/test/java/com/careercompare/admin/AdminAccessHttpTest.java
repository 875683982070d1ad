package com.careercompare.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what in the admin area, over real HTTP with real sessions in PostgreSQL:
 * signing in and out, the lockout, session ids and cookies. Which addresses need a
 * signed-in admin and a CSRF token is tested on the web layer in {@code AdminAccessTest}.
 */
@AdminTest
class AdminAccessHttpTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LoginAttempts attempts;

	/**
	 * Every test signs in from this machine's address, and each fails sign-ins of its own
	 * usernames: the failures counted per address start at none for each, and none are left
	 * for the other admin tests, which sign in from here too.
	 */
	@BeforeEach
	@AfterEach
	void noFailuresFromThisAddress() {
		this.jdbc.sql("delete from login_failure where subject like 'address %'").update();
	}

	@Test
	void anAnonymousPostWithAValidTokenChangesNothing() {
		Browserless visitor = new Browserless(this.port);
		String token = csrfToken(visitor.get("/login"));
		int salaryBefore = salaryOf("collector");

		Http.Response response = visitor.post("/admin/occupations/collector",
				List.of(new String[] { "_csrf", token }, new String[] { "values[title]", "Hacked" },
						new String[] { "values[yearlySalary]", "1" }));

		// the sign-in form's token is good for signing in only (its cookie goes to /login alone)
		assertThat(response.status()).isEqualTo(403);
		assertThat(salaryOf("collector")).isEqualTo(salaryBefore);
	}

	@Test
	void aFormSentWithoutItsCsrfTokenIsRefusedEvenFromASignedInAdmin() {
		Browserless admin = signedIn();
		Http.Response form = admin.get("/admin/occupations/collector");
		int salaryBefore = salaryOf("collector");

		Http.Response withoutToken = admin.submit(form, "form.occupation-form",
				Map.of("_csrf", "", "yearlySalary", "99999"));
		Http.Response wrongToken = admin.submit(form, "form.occupation-form",
				Map.of("_csrf", "not-the-token", "yearlySalary", "99999"));

		assertThat(withoutToken.status()).isEqualTo(403);
		assertThat(wrongToken.status()).isEqualTo(403);
		assertThat(withoutToken.html().select("h1").text()).isEqualTo("That could not be done");
		assertThat(withoutToken.body()).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(salaryOf("collector")).isEqualTo(salaryBefore);
	}

	@Test
	void signingOutNeedsThePostWithItsToken() {
		Browserless admin = signedIn();

		assertThat(admin.post("/logout", List.of()).status()).isEqualTo(403);
		assertThat(admin.get("/admin").status()).isEqualTo(200);

		Http.Response signOut = admin.submit("/admin", "form.sign-out", Map.of());
		assertThat(signOut.location()).isEqualTo("/login?signed-out");
		assertThat(admin.get("/admin").location()).isEqualTo("/login");
	}

	@Test
	void theFirstAdminSignsInWithThePasswordFromTheEnvironment() {
		Browserless admin = new Browserless(this.port);

		Http.Response response = admin.signIn(AdminTest.USERNAME, AdminTest.PASSWORD);

		assertThat(response.location()).isEqualTo("/admin");
		assertThat(admin.get("/admin").html().select("h1").text()).isEqualTo("Occupations");
	}

	@Test
	void signingInTakesTheVisitorToThePageTheyAskedFor() {
		Browserless admin = new Browserless(this.port);
		admin.get("/admin/occupations/collector/history");

		Http.Response response = admin.signIn(AdminTest.USERNAME, AdminTest.PASSWORD);

		assertThat(response.location()).isEqualTo("/admin/occupations/collector/history");
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin:admin", "admin:password", "user:password", "admin:", "root:root",
			"administrator:changeme" })
	void thereAreNoDefaultCredentials(String credentials) {
		String[] parts = credentials.split(":", -1);
		Browserless visitor = new Browserless(this.port);

		Http.Response response = visitor.signIn(parts[0], parts[1]);

		assertThat(response.location()).isEqualTo("/login");
		assertThat(visitor.get("/admin").location()).isEqualTo("/login");
	}

	@Test
	void aWrongPasswordSaysSoAndKeepsTheUsername() {
		Browserless visitor = new Browserless(this.port);
		String username = newUsername();

		Http.Response back = visitor.follow(visitor.signIn(username, "not the password at all"));

		assertThat(back.status()).isEqualTo(200);
		assertThat(back.html().select("[role=alert]").text())
			.isEqualTo("That username and password do not match an admin account. Check them and try again.");
		assertThat(back.html().select("#username").val()).isEqualTo(username);
		assertThat(back.html().select("#password").val()).isEmpty();
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsAWrongPasswordNotAnError() {
		Browserless visitor = new Browserless(this.port);

		Http.Response response = visitor.signIn(newUsername(), "x".repeat(5000));

		assertThat(response.location()).isEqualTo("/login");
		assertThat(visitor.follow(response).html().select("[role=alert]").text()).contains("do not match");
	}

	@Test
	void afterFiveFailuresAUsernameIsRefusedEvenWithTheRightPassword() {
		String username = newAdmin();
		Browserless visitor = new Browserless(this.port);
		for (int i = 0; i < 4; i++) {
			assertThat(visitor.follow(visitor.signIn(username, "wrong password " + i)).body()).contains("do not match");
		}

		Http.Response fifth = visitor.follow(visitor.signIn(username, "wrong password 5"));
		Http.Response rightPassword = visitor.follow(visitor.signIn(username, PASSWORD_OF_NEW_ADMINS));

		String locked = "Sign-in for this username is locked after 5 failed attempts in a row. Try again in 15 minutes";
		assertThat(fifth.html().select("[role=alert]").text()).startsWith(locked);
		assertThat(rightPassword.html().select("[role=alert]").text()).startsWith(locked);
		assertThat(visitor.get("/admin").location()).isEqualTo("/login");
		// other usernames are not affected
		assertThat(new Browserless(this.port).signIn(AdminTest.USERNAME, AdminTest.PASSWORD).location())
			.isEqualTo("/admin");
	}

	@Test
	void aLockEndsAfterItsTimeAndTheRightPasswordThenWorks() {
		String username = newAdmin();
		Browserless visitor = new Browserless(this.port);
		for (int i = 0; i < 5; i++) {
			visitor.signIn(username, "wrong password " + i);
		}
		assertThat(visitor.signIn(username, PASSWORD_OF_NEW_ADMINS).location()).isEqualTo("/login");

		// as if the fifteen minutes had passed
		this.jdbc.sql("update login_failure set locked_until = now() - interval '1 second', "
				+ "last_failure_at = now() - interval '16 minutes' where subject like 'user ' || ? || ' from %'")
			.param(username.toLowerCase())
			.update();

		assertThat(visitor.signIn(username, PASSWORD_OF_NEW_ADMINS).location()).isEqualTo("/admin");
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() {
		String username = newAdmin();
		Browserless visitor = new Browserless(this.port);
		for (int i = 0; i < 4; i++) {
			visitor.signIn(username, "wrong password " + i);
		}
		assertThat(visitor.signIn(username, PASSWORD_OF_NEW_ADMINS).location()).isEqualTo("/admin");

		Browserless again = new Browserless(this.port);
		for (int i = 0; i < 4; i++) {
			again.signIn(username, "wrong password " + i);
		}
		assertThat(again.signIn(username, PASSWORD_OF_NEW_ADMINS).location()).isEqualTo("/admin");
	}

	@Test
	void aUsernameNobodyHasIsLockedTheSameWaySoRefusalRevealsNothing() {
		String nobody = newUsername();
		Browserless visitor = new Browserless(this.port);
		for (int i = 0; i < 4; i++) {
			visitor.signIn(nobody, "guess " + i);
		}

		Http.Response fifth = visitor.follow(visitor.signIn(nobody, "guess 5"));

		assertThat(fifth.html().select("[role=alert]").text()).startsWith("Sign-in for this username is locked");
	}

	@Test
	void aStrangersFailuresLockTheUsernameOnlyFromTheStrangersAddress() {
		String username = newAdmin();
		for (int i = 0; i < 5; i++) {
			this.attempts.failed(username, "203.0.113.7");
		}

		assertThat(this.attempts.lock(username, "203.0.113.7")).get()
			.extracting(LoginAttempts.Lock::scope)
			.isEqualTo(LoginAttempts.Scope.USERNAME);
		assertThat(this.attempts.lock(username, "198.51.100.20")).isEmpty();
		// the admin, signing in from here, is not locked out
		assertThat(new Browserless(this.port).signIn(username, PASSWORD_OF_NEW_ADMINS).location()).isEqualTo("/admin");
	}

	@Test
	void manyUsernamesTriedFromOneAddressPauseSignInFromItAndXForwardedForIsNotBelieved() {
		Browserless stranger = new Browserless(this.port);
		for (int i = 0; i < 19; i++) {
			assertThat(stranger.follow(stranger.signIn(newUsername(), "guess")).body()).contains("do not match");
		}

		Http.Response twentieth = stranger.follow(stranger.signIn(newUsername(), "guess"));

		String paused = "Too many sign-ins have failed from your network. Sign-in from here is paused for 15 minutes.";
		assertThat(twentieth.html().select("[role=alert]").text()).isEqualTo(paused);
		// a client cannot claim another address: no trusted proxy is configured
		Browserless claiming = new Browserless(this.port).sending("X-Forwarded-For", "198.51.100.99");
		assertThat(claiming.follow(claiming.signIn(AdminTest.USERNAME, AdminTest.PASSWORD))
			.html()
			.select("[role=alert]")
			.text()).isEqualTo(paused);
		assertThat(this.attempts.lock(AdminTest.USERNAME, "198.51.100.99")).isEmpty();
	}

	@Test
	void aSessionBeginsAtSignInInAnHttpOnlySameSiteCookie() {
		Browserless visitor = new Browserless(this.port);
		Http.Response signInPage = visitor.get("/login");
		assertThat(visitor.cookie("SESSION")).as("no session before signing in").isEmpty();

		Http.Response signIn = visitor.submit(signInPage, "form",
				Map.of("username", AdminTest.USERNAME, "password", AdminTest.PASSWORD));

		assertThat(signIn.location()).isEqualTo("/admin");
		String cookie = signIn.headers().allValues("Set-Cookie").stream()
			.filter((header) -> header.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
	}

	@Test
	void visitorsWhoAreNotSignedInWriteNoSessionToTheDatabase() {
		long before = sessionRows();
		Browserless visitor = new Browserless(this.port);
		String[] paths = { "/", "/login", "/admin", "/admin/occupations/collector", "/occupations/collector",
				"/compare/collector-vs-account-specialist", "/search?q=collector", "/login?signed-out", "/sitemap.xml",
				"/occupations/nobody" };
		for (int i = 0; i < 100; i++) {
			visitor.get(paths[i % paths.length]);
		}
		// and failed sign-ins, which come back with the username kept
		for (int i = 0; i < 3; i++) {
			Http.Response back = visitor.follow(visitor.signIn(newUsername(), "not the password"));
			assertThat(back.html().select("[role=alert]").text()).contains("do not match");
		}
		assertThat(sessionRows()).isEqualTo(before);
		assertThat(visitor.cookie("SESSION")).isEmpty();

		// the sign-in form's token is in a cookie for /login only; without it, a sign-in is refused
		assertThat(visitor.cookie(AdminCsrfTokens.COOKIE)).isPresent();
		Browserless stranger = new Browserless(this.port);
		String token = csrfToken(visitor.get("/login"));
		Http.Response withoutCookie = stranger.post("/login", List.of(new String[] { "_csrf", token },
				new String[] { "username", AdminTest.USERNAME }, new String[] { "password", AdminTest.PASSWORD }));
		assertThat(withoutCookie.status()).isEqualTo(403);

		// on to the last admin page asked for, remembered in a cookie too
		assertThat(visitor.signIn(AdminTest.USERNAME, AdminTest.PASSWORD).location())
			.isEqualTo("/admin/occupations/collector");
		assertThat(sessionRows()).isEqualTo(before + 1);
	}

	private long sessionRows() {
		return this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	@Test
	void sessionsLiveInPostgresqlSoAnyInstanceCanServeThem() {
		Browserless admin = signedIn();

		long sessions = this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(AdminTest.USERNAME)
			.query(Long.class)
			.single();

		assertThat(sessions).isPositive();
		assertThat(admin.get("/admin").status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/admin", "/occupations/collector", "/" })
	void everyResponseCarriesTheSecurityHeaders(String path) {
		// the sign-in page as a visitor sees it (a signed-in admin is sent on to /admin)
		Browserless visitor = path.equals("/login") ? new Browserless(this.port) : signedIn();

		Http.Response response = visitor.get(path);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void adminPagesAreNeitherCachedNorIndexed() {
		Http.Response response = signedIn().get("/admin");

		assertThat(response.header("Cache-Control")).contains("no-store");
		assertThat(response.html().select("meta[name=robots]").attr("content")).contains("noindex");
	}

	@Test
	void thePublicSiteStillSetsNoCookies() {
		Browserless visitor = new Browserless(this.port);

		Http.Response page = visitor.get("/compare/collector-vs-collections-specialist");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
	}

	static final String PASSWORD_OF_NEW_ADMINS = "a long enough password";

	/** An admin of this test's own, added through the admins page. */
	private String newAdmin() {
		String username = newUsername();
		Http.Response added = signedIn().submit("/admin/admins", "form.admin-form",
				Map.of("username", username, "password", PASSWORD_OF_NEW_ADMINS, "confirmPassword",
						PASSWORD_OF_NEW_ADMINS));
		assertThat(added.location()).isEqualTo("/admin/admins");
		return username;
	}

	private static String newUsername() {
		return "user-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private Browserless signedIn() {
		Browserless admin = new Browserless(this.port);
		assertThat(admin.signIn(AdminTest.USERNAME, AdminTest.PASSWORD).location()).isEqualTo("/admin");
		return admin;
	}

	private int salaryOf(String slug) {
		return this.jdbc.sql("select yearly_salary from occupation where slug = ?").param(slug).query(Integer.class).single();
	}

	private static String csrfToken(Http.Response page) {
		return page.html().select("input[name=_csrf]").val();
	}

}
