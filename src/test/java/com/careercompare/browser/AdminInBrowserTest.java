package com.careercompare.browser;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Axe;
import com.careercompare.support.BrowserPages;
import com.careercompare.support.BrowserTest;
import com.careercompare.support.Legibility;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin area as an admin uses it, in real Chromium: sign in, change a salary and a
 * skill list, see both on a comparison page, then get field errors for bad input; and no
 * WCAG 2 A/AA violations on any admin page at phone and desktop widths.
 */
@BrowserTest
@AdminTest
class AdminInBrowserTest {

	@RegisterExtension
	static final BrowserPages browser = new BrowserPages();

	@LocalServerPort
	private int port;

	@Test
	void anAdminChangesASalaryAndASkillListAndSeesBothOnAComparison() {
		Page page = browser.open(url("/admin"), 1280);
		page.waitForURL("**/login");
		BrowserPages.signIn(page);
		assertThat(page.locator("h1")).hasText("Occupations");

		String title = "Recovery Agent " + UUID.randomUUID().toString().substring(0, 6);
		page.click("text=New occupation");
		page.fill("#title", title);
		page.fill("#category", "Office and administrative");
		page.fill("#description", "Recovers what is owed.");
		page.fill("#yearlySalary", "$40,000");
		page.fill("[id='skills0.name']", "Skip tracing");
		page.click("form.occupation-form .form-actions >> text=Create occupation");
		String slug = title.toLowerCase().replace(' ', '-');
		page.waitForURL("**/admin/occupations/" + slug);

		page.fill("#yearlySalary", "$52,300");
		page.fill("[id='skills0.share']", "18%");
		page.click("text=Add a skill");
		page.waitForURL("**/admin/occupations/" + slug + "#skills");
		page.fill("[id='skills1.name']", "Negotiation");
		page.click("#skills li:nth-child(2) >> text=Move up");
		assertThat(page.locator("[id='skills0.name']")).hasValue("Negotiation");
		assertThat(page.locator("[id='skills1.name']")).hasValue("Skip tracing");
		assertThat(page.locator("#yearlySalary")).hasValue("$52,300");
		page.click("form.occupation-form .form-actions >> text=Save changes");
		assertThat(page.locator(".flash-saved")).hasText("Saved " + title + ".");

		page.navigate(url("/compare/" + slug + "-vs-collector"));
		Locator salaryRow = page.locator("#overview tbody tr").first();
		assertThat(salaryRow.locator("td").first()).hasText("$52,300 ▲ highest");
		assertThat(page.locator("main")).containsText("Negotiation");
		assertThat(page.locator("main")).containsText("Skip tracing");
		BrowserPages.screenshot(page, "admin-change-on-comparison-desktop");

		page.navigate(url("/admin/occupations/" + slug));
		page.fill("#yearlySalary", "lots");
		page.fill("[id='gender0.pct']", "40");
		page.fill("#salaryRangeLow", "$30,000");
		page.click("form.occupation-form .form-actions >> text=Save changes");
		assertThat(page.locator(".error-summary")).isVisible();
		assertThat(page.locator("#yearlySalary-error"))
			.hasText("Enter an amount in whole dollars, such as 43251 or $43,251.");
		assertThat(page.locator("#yearlySalary")).hasValue("lots");
		assertThat(page.locator("#salaryRangeHigh-error")).hasText("Enter both ends of the salary range, or neither.");
		assertThat(page.locator("#gender .field-error")).containsText("The gender shares add up to 40%");
		Axe.assertNoViolations(page, "the occupation form with errors");
		BrowserPages.screenshotOfWindow(page, "admin-form-errors-desktop");

		page.click(".error-summary a[href='#yearlySalary']");
		assertThat(page.locator("#yearlySalary")).isFocused();
	}

	@Test
	void theFormWorksOnAPhone() {
		Page page = browser.open(url("/login"), 390, 844, true);
		BrowserPages.signIn(page);
		page.navigate(url("/admin/occupations/collector"));
		page.fill("#yearlySalary", "not a salary");
		page.click("form.occupation-form .form-actions >> text=Save changes");
		assertThat(page.locator("#yearlySalary-error")).isVisible();
		assertThat(Legibility.sidewaysOverflow(page)).isLessThanOrEqualTo(0);
		BrowserPages.screenshotOfWindow(page, "admin-form-errors-phone");
	}

	static Stream<Arguments> adminPages() {
		List<String> paths = List.of("/login", "/admin", "/admin?q=zzz", "/admin/occupations/collector",
				"/admin/occupations/new", "/admin/occupations/collector/history", "/admin/occupations/collector/delete",
				"/admin/admins", "/admin/password");
		return paths.stream().flatMap((path) -> Stream.of(Arguments.of(path, 390), Arguments.of(path, 1280)));
	}

	@ParameterizedTest(name = "{0} at {1} pixels")
	@MethodSource("adminPages")
	void adminPagesHaveNoAccessibilityViolationsAndNoSidewaysScrolling(String path, int width) {
		Page page;
		if (path.equals("/login")) {
			page = browser.open(url("/login"), width, 900, true);
		}
		else {
			page = browser.openSignedIn(url("/login"), url(path), width);
		}
		Axe.assertNoViolations(page, path + " at " + width + " pixels");
		assertThat(Legibility.sidewaysOverflow(page)).as("sideways scrolling on %s", path).isLessThanOrEqualTo(0);
		BrowserPages.screenshot(page, "admin" + path.replaceAll("[^a-z0-9]+", "-") + "-" + width);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
