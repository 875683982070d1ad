package com.careercompare.browser;

import java.util.List;
import java.util.stream.Stream;

import com.careercompare.support.Axe;
import com.careercompare.support.BrowserPages;
import com.careercompare.support.BrowserTest;
import com.careercompare.support.Legibility;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees, in real Chromium: the comparison's columns and charts, the form
 * without JavaScript, no sideways scrolling on a phone, and no WCAG 2 A/AA violations
 * (axe-core) at phone and desktop widths. Screenshots go to target/screenshots.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesInBrowserTest {

	@RegisterExtension
	static final BrowserPages browser = new BrowserPages();

	@LocalServerPort
	private int port;

	enum Viewport {

		PHONE(390, 844), DESKTOP(1280, 900);

		final int width;

		final int height;

		Viewport(int width, int height) {
			this.width = width;
			this.height = height;
		}

	}

	@Test
	void comparisonShowsBothColumnsAndTheCharts() {
		Page page = open(Viewport.DESKTOP, true, "/compare/senior-accounts-receivable-specialist-vs-collector");
		Locator headers = page.locator("#overview thead th");
		assertThat(headers.allInnerTexts()).containsExactly("Senior Accounts Receivable Specialist", "Collector",
				"Difference");
		Locator salaryRow = page.locator("#overview tbody tr").first();
		assertThat(salaryRow.locator("td").allInnerTexts()).containsExactly("$54,494 ▲ highest", "$34,872 ▼ lowest",
				"−$19,622 (−36%)");

		Locator charts = page.locator("figure.chart > svg");
		assertThat(charts.count()).isEqualTo(3);
		for (int i = 0; i < charts.count(); i++) {
			charts.nth(i).scrollIntoViewIfNeeded();
			assertThat(charts.nth(i).isVisible()).isTrue();
			BoundingBox box = charts.nth(i).boundingBox();
			assertThat(box.width).isGreaterThan(250);
			assertThat(box.height).isGreaterThan(80);
		}
		// both salary bars are drawn, the higher range further right (in the plot, in dollars across)
		Locator bars = page.locator("#salary-chart-title ~ svg rect.bar");
		assertThat(bars.count()).isEqualTo(2);
		assertThat(bars.nth(0).boundingBox().x + bars.nth(0).boundingBox().width)
			.isGreaterThan(bars.nth(1).boundingBox().x + bars.nth(1).boundingBox().width);
		screenshot(page, "comparison-charts-desktop");
	}

	@Test
	void theCompareFormWorksWithoutJavaScript() {
		Page page = open(Viewport.PHONE, false, "/");
		page.fill("#first", "account specialist");
		page.fill("#second", "Collector");
		page.click("form#compare button[type=submit]");
		page.waitForURL("**/compare/account-specialist-vs-collector");
		assertThat(page.locator("h1").innerText()).isEqualTo("Account Specialist vs Collector");

		page.navigate(url("/"));
		page.fill("#second", "Collector");
		page.click("form#compare button[type=submit]");
		assertThat(page.locator("#first-error").innerText()).isEqualTo("Choose the first occupation.");
		assertThat(page.locator("#second").inputValue()).isEqualTo("Collector");
		screenshot(page, "home-form-errors-phone");
	}

	@Test
	void theCompareFormSuggestsTitlesAsTheyAreTypedAndTakesTheOneChosen() {
		Page page = open(Viewport.DESKTOP, true, "/");
		page.locator("#first").pressSequentially("collec");
		Locator suggestions = page.locator("#first-suggestions [role=option]");
		suggestions.first().waitFor();
		assertThat(page.locator("#first").getAttribute("aria-expanded")).isEqualTo("true");
		Axe.assertNoViolations(page, "home page with the suggestions open");
		page.keyboard().press("ArrowDown");
		String chosen = suggestions.first().innerText();
		page.keyboard().press("Enter");
		assertThat(page.url()).as("choosing fills the box, it does not leave the page").endsWith("/");
		assertThat(page.locator("#first").inputValue()).isEqualTo(chosen.lines().findFirst().orElseThrow());
		assertThat(page.locator("#first").getAttribute("aria-expanded")).isEqualTo("false");

		page.locator("#second").pressSequentially("account spec");
		page.locator("#second-suggestions [role=option]").first().click();
		assertThat(page.locator("#second").inputValue()).isEqualTo("Account Specialist");
		page.click("form#compare button[type=submit]");
		page.waitForURL("**/compare/*-vs-account-specialist");
		screenshot(page, "compare-form-with-suggestions-result");
	}

	static Stream<Arguments> pagesAtBothWidths() {
		List<String> paths = List.of("/", "/occupations", "/occupations/letter/c", "/categories/office-and-administrative",
				"/occupations/senior-accounts-receivable-specialist", "/occupations/collections-coordinator",
				"/compare/loss-mitigation-specialist-vs-accounts-receivable-specialist",
				"/compare/senior-accounts-receivable-specialist-vs-collector", "/compare?first=&second=collector", "/compare?first=colector&second=collector",
				"/occupations/astronaut");
		return paths.stream().flatMap((path) -> Stream.of(Viewport.values()).map((v) -> Arguments.of(path, v)));
	}

	@ParameterizedTest(name = "{0} at {1} width")
	@MethodSource("pagesAtBothWidths")
	void pagesHaveNoAccessibilityViolationsAndNoSidewaysScrolling(String path, Viewport viewport) {
		Page page = open(viewport, true, path);
		Axe.assertNoViolations(page, path + " at " + viewport + " width");
		assertThat(Legibility.sidewaysOverflow(page)).as("sideways scrolling on %s", path).isLessThanOrEqualTo(0);
		screenshot(page, name(path) + "-" + viewport.name().toLowerCase());
	}

	private Page open(Viewport viewport, boolean javaScript, String path) {
		return browser.open(url(path), viewport.width, viewport.height, javaScript);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static void screenshot(Page page, String name) {
		BrowserPages.screenshot(page, name);
	}

	private static String name(String path) {
		String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return name.isEmpty() ? "home" : name;
	}

}
