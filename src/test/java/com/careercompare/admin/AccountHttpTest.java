package com.careercompare.admin;

import java.util.Map;
import java.util.UUID;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins changing their password and adding and removing each other. */
@AdminTest
class AccountHttpTest {

	private static final String PASSWORD = "twelve characters or more";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anAdminChangesTheirPasswordAndTheirOtherSessionsEnd() {
		String username = newAdmin();
		Browserless here = signedIn(username, PASSWORD);
		Browserless elsewhere = signedIn(username, PASSWORD);
		String newPassword = "a brand new password";

		Http.Response changed = here.submit("/admin/password", "main form",
				Map.of("currentPassword", PASSWORD, "newPassword", newPassword, "confirmPassword", newPassword));

		assertThat(changed.location()).isEqualTo("/admin");
		assertThat(here.follow(changed).html().select(".flash-saved").text())
			.isEqualTo("Your password was changed. Any other sessions of yours were signed out.");
		assertThat(here.get("/admin").status()).isEqualTo(200);
		assertThat(elsewhere.get("/admin").location()).isEqualTo("/login");
		assertThat(new Browserless(this.port).signIn(username, PASSWORD).location()).isEqualTo("/login");
		assertThat(new Browserless(this.port).signIn(username, newPassword).location()).isEqualTo("/admin");
		assertThat(this.jdbc.sql("select password_hash from admin_account where username = ?")
			.param(username)
			.query(String.class)
			.single()).startsWith("{bcrypt}$2").doesNotContain(newPassword);
	}

	@Test
	void aPasswordChangeSaysWhatIsWrongAndNeverShowsAPasswordBack() {
		String username = newAdmin();
		Browserless admin = signedIn(username, PASSWORD);

		Document wrongCurrent = admin.submit("/admin/password", "main form", Map.of("currentPassword", "not it at all",
				"newPassword", "another good password", "confirmPassword", "another good password")).html();
		Document tooShort = admin.submit("/admin/password", "main form",
				Map.of("currentPassword", PASSWORD, "newPassword", "short", "confirmPassword", "short")).html();
		Document mismatch = admin.submit("/admin/password", "main form", Map.of("currentPassword", PASSWORD,
				"newPassword", "another good password", "confirmPassword", "another good passw0rd")).html();
		Document tooLong = admin.submit("/admin/password", "main form", Map.of("currentPassword", PASSWORD,
				"newPassword", "é".repeat(40), "confirmPassword", "é".repeat(40))).html();
		Document sameAsName = admin.submit("/admin/password", "main form", Map.of("currentPassword", PASSWORD,
				"newPassword", username.toUpperCase(), "confirmPassword", username.toUpperCase())).html();

		assertThat(wrongCurrent.select("#currentPassword-error").text()).isEqualTo("That is not your current password.");
		assertThat(tooShort.select("#newPassword-error").text()).isEqualTo("Use at least 12 characters.");
		assertThat(mismatch.select("#confirmPassword-error").text()).isEqualTo("The two passwords are not the same.");
		assertThat(tooLong.select("#newPassword-error").text()).startsWith("Use at most 72 bytes");
		assertThat(sameAsName.select("#newPassword-error").text()).isEqualTo("The password must not be the username.");
		for (Document page : new Document[] { wrongCurrent, tooShort, mismatch, tooLong, sameAsName }) {
			assertThat(page.select("input[type=password]").eachAttr("value")).isEmpty();
			assertThat(page.html()).doesNotContain(PASSWORD).doesNotContain("another good password");
		}
		assertThat(new Browserless(this.port).signIn(username, PASSWORD).location()).isEqualTo("/admin");
	}

	@Test
	void addingAnAdminChecksTheUsernameAndPasswordAndKeepsTheUsername() {
		Browserless admin = signedIn(AdminTest.USERNAME, AdminTest.PASSWORD);

		Document badName = add(admin, "bad name!", PASSWORD, PASSWORD).html();
		Document taken = add(admin, AdminTest.USERNAME.toUpperCase(), PASSWORD, PASSWORD).html();
		Document weak = add(admin, "someone-new", "short", "short").html();

		assertThat(badName.select("#username-error").text())
			.isEqualTo("Use 1 to 50 letters, digits, dots, dashes, underscores or @.");
		assertThat(badName.select("#username").val()).isEqualTo("bad name!");
		assertThat(taken.select("#username-error").text()).isEqualTo("There is already an admin with this username.");
		assertThat(weak.select("#password-error").text()).isEqualTo("Use at least 12 characters.");
		assertThat(weak.select("#username").val()).isEqualTo("someone-new");
	}

	@Test
	void aRemovedAdminIsSignedOutAtOnceAndCannotSignInAgain() {
		String username = newAdmin();
		Browserless removed = signedIn(username, PASSWORD);
		Browserless admin = signedIn(AdminTest.USERNAME, AdminTest.PASSWORD);

		Document confirm = admin.get("/admin/admins/" + username + "/remove").html();
		assertThat(confirm.select("h1").text()).isEqualTo("Remove " + username + "?");
		Http.Response done = admin.submit("/admin/admins/" + username + "/remove", "main form", Map.of());

		assertThat(admin.follow(done).html().select(".flash-saved").text())
			.isEqualTo("Removed " + username + ". Their sessions were ended.");
		assertThat(removed.get("/admin").location()).isEqualTo("/login");
		assertThat(new Browserless(this.port).signIn(username, PASSWORD).location()).isEqualTo("/login");
		assertThat(admin.get("/admin/admins/" + username + "/remove").status()).isEqualTo(404);
	}

	@Test
	void theLastAdminCannotBeRemoved() {
		Browserless admin = signedIn(AdminTest.USERNAME, AdminTest.PASSWORD);
		// the admins other tests added are done with: leave the first one alone
		for (String other : this.jdbc.sql("select username from admin_account where username <> ?")
			.param(AdminTest.USERNAME)
			.query(String.class)
			.list()) {
			admin.submit("/admin/admins/" + other + "/remove", "main form", Map.of());
		}

		Document confirm = admin.get("/admin/admins/" + AdminTest.USERNAME + "/remove").html();
		assertThat(confirm.select("main").text()).contains("This is the last admin, so it cannot be removed");
		assertThat(confirm.select("main form")).isEmpty();
		assertThat(admin.get("/admin/admins").html().select("tbody").text()).contains("The last admin cannot be removed");

		Http.Response attempt = admin.post("/admin/admins/" + AdminTest.USERNAME + "/remove",
				java.util.List.<String[]>of(new String[] { "_csrf",
						admin.get("/admin/admins").html().select("input[name=_csrf]").val() }));

		assertThat(admin.follow(attempt).html().select(".flash-problem").text())
			.isEqualTo("You cannot remove " + AdminTest.USERNAME + ": there must always be at least one admin.");
		assertThat(this.jdbc.sql("select count(*) from admin_account").query(Long.class).single()).isEqualTo(1);
		assertThat(admin.get("/admin").status()).isEqualTo(200);
	}

	private String newAdmin() {
		String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		Http.Response added = add(signedIn(AdminTest.USERNAME, AdminTest.PASSWORD), username, PASSWORD, PASSWORD);
		assertThat(added.location()).isEqualTo("/admin/admins");
		return username;
	}

	private static Http.Response add(Browserless admin, String username, String password, String again) {
		return admin.submit("/admin/admins", "form.admin-form",
				Map.of("username", username, "password", password, "confirmPassword", again));
	}

	private Browserless signedIn(String username, String password) {
		Browserless admin = new Browserless(this.port);
		assertThat(admin.signIn(username, password).location()).isEqualTo("/admin");
		return admin;
	}

}
