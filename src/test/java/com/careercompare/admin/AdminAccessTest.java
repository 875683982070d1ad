package com.careercompare.admin;

import java.time.Duration;

import com.careercompare.database.DatabaseAvailability;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.web.Freshness;
import com.careercompare.web.Site;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may reach the admin area, on the web layer with the admin area's own security chain:
 * everything under {@code /admin} needs a signed-in admin, every form needs its CSRF token,
 * and admin pages are never cached or indexed. Signing in with real passwords, the lockout
 * and sessions in PostgreSQL are tested end to end in {@code AdminAccessHttpTest}.
 */
@WebMvcTest({ LoginController.class, AccountController.class })
@Import({ AdminSecurityConfiguration.class, Site.class, Freshness.class })
class AdminAccessTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private AdminAccounts accounts;

	/** For the page cache the site-wide web configuration brings in: the database is reachable. */
	@MockitoBean
	private DatabaseAvailability availability;

	@MockitoBean
	private LoginAttempts attempts;

	/** For the site-wide web configuration the slice brings in (the catalog's version, the 404 page). */
	@MockitoBean
	private OccupationCatalog catalog;

	@BeforeEach
	void signInRules() {
		given(this.attempts.lockDuration()).willReturn(Duration.ofMinutes(15));
		given(this.attempts.maxFailures()).willReturn(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/occupations/collector", "/admin/occupations/new",
			"/admin/occupations/collector/history", "/admin/occupations/collector/delete", "/admin/admins",
			"/admin/password", "/admin/anything-at-all" })
	void anonymousVisitorsAreSentToSignIn(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatus(302).hasRedirectedUrl("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/occupations/collector", "/admin/occupations/new", "/admin/admins",
			"/admin/password", "/admin/occupations/collector/delete" })
	void anAnonymousPostWithAValidTokenIsSentToSignIn(String path) {
		assertThat(this.mvc.post().uri(path).with(csrf()).param("values[yearlySalary]", "1")).hasStatus(302)
			.hasRedirectedUrl("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/occupations/collector", "/admin/occupations/new", "/admin/admins",
			"/admin/password", "/logout" })
	void aFormSentWithoutItsTokenIsRefusedEvenFromASignedInAdmin(String path) {
		MvcTestResult withoutToken = this.mvc.post()
			.uri(path)
			.with(user("alice").roles(AdminAccounts.ROLE))
			.param("values[yearlySalary]", "99999")
			.exchange();
		MvcTestResult wrongToken = this.mvc.post()
			.uri(path)
			.with(user("alice").roles(AdminAccounts.ROLE))
			.with(csrf().useInvalidToken())
			.exchange();

		assertThat(withoutToken).hasStatus(403);
		assertThat(wrongToken).hasStatus(403);
	}

	@Test
	void theSignInPageCarriesTheSecurityHeadersAndNoIndex() throws Exception {
		MvcTestResult page = this.mvc.get().uri("/login").exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
			.hasValue("X-Frame-Options", "DENY");
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(Jsoup.parse(page.getResponse().getContentAsString()).select("meta[name=robots]").attr("content"))
			.contains("noindex");
	}

	@Test
	void aSignedInAdminIsSentFromTheSignInPageToTheAdminArea() {
		assertThat(this.mvc.get().uri("/login").with(user("alice").roles(AdminAccounts.ROLE))).hasStatus(302)
			.hasRedirectedUrl("/admin");
	}

}
