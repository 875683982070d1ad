package com.careercompare.browser;

import com.careercompare.support.Axe;
import com.careercompare.support.BrowserPages;
import com.careercompare.support.BrowserTest;
import com.careercompare.support.Legibility;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparisons of up to four in real Chromium: a four-way page on a phone and a desktop,
 * building one with the keyboard only, and the print view, each with axe at zero WCAG 2
 * A/AA violations. Screenshots go to target/screenshots.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComparisonsInBrowserTest {

	static final String FOUR = "/compare/senior-accounts-receivable-specialist-vs-collector-vs-account-specialist"
			+ "-vs-collections-specialist";

	@RegisterExtension
	static final BrowserPages browser = new BrowserPages();

	@LocalServerPort
	private int port;

	@Test
	void fourColumnsFitADesktopWithoutScrolling() {
		Page page = browser.open(url(FOUR), 1280, 900, true);
		assertThat(page.locator("#overview thead th").allInnerTexts()).containsExactly(
				"Senior Accounts Receivable Specialist", "Collector", "Account Specialist", "Collections Specialist");
		for (Locator area : page.locator(".table-scroll").all()) {
			assertThat(((Number) area.evaluate("a => a.scrollWidth - a.clientWidth")).intValue())
				.as("a table wider than its area").isLessThanOrEqualTo(0);
		}
		assertThat(page.locator("#salary-chart-title ~ svg rect.bar").count()).isEqualTo(4);
		assertThat(page.locator("#gender-chart-title ~ g.legend").count()).isEqualTo(4);
		assertThat(Legibility.tooSmall(page)).isEmpty();
		assertThat(Legibility.sidewaysOverflow(page)).isLessThanOrEqualTo(0);
		Axe.assertNoViolations(page, "a four-way comparison at 1280 px");
		BrowserPages.screenshot(page, "four-way-1280");
	}

	@Test
	void onAPhoneFourColumnsScrollInTheirOwnAreaWithTheLabelsKeptInView() {
		Page page = browser.open(url(FOUR), 390, 844, true);
		assertThat(Legibility.sidewaysOverflow(page)).as("the page itself does not scroll sideways")
			.isLessThanOrEqualTo(0);
		assertThat(Legibility.tooSmall(page)).isEmpty();
		Locator area = page.locator("#salary .table-scroll");
		area.scrollIntoViewIfNeeded();
		Locator label = area.locator("tbody th").first();
		double before = label.boundingBox().x;
		area.evaluate("a => { a.scrollLeft = a.scrollWidth; }");
		assertThat(((Number) area.evaluate("a => a.scrollLeft")).intValue()).as("the table scrolls").isPositive();
		assertThat(label.boundingBox().x).as("the label stays where it was").isEqualTo(before);
		BoundingBox last = area.locator("tbody tr").first().locator("td").last().boundingBox();
		assertThat(last.x + last.width).as("the last column scrolled into view").isLessThanOrEqualTo(390);
		Axe.assertNoViolations(page, "a four-way comparison at 390 px");
		BrowserPages.screenshot(page, "four-way-390");
		// three keep each label above the values, side by side
		Page three = browser.open(url("/compare/collector-vs-collections-specialist-vs-account-specialist"), 390, 844,
				true);
		Locator row = three.locator("#overview tbody tr").first();
		BoundingBox head = row.locator("th").boundingBox();
		assertThat(row.locator("td").first().boundingBox().y).isGreaterThan(head.y + head.height - 1);
		assertThat(Legibility.sidewaysOverflow(three)).isLessThanOrEqualTo(0);
		Axe.assertNoViolations(three, "a three-way comparison at 390 px");
		BrowserPages.screenshot(three, "three-way-390");
	}

	@Test
	void anOccupationIsAddedAndRemovedWithTheKeyboardOnly() {
		Page page = browser.open(url("/compare/collector-vs-collections-specialist"), 1280, 900, true);
		tabTo(page, "#add-occupation");
		page.keyboard().type("account spec");
		Locator suggestions = page.locator("#add-occupation-suggestions [role=option]");
		suggestions.first().waitFor();
		Axe.assertNoViolations(page, "the add box with its suggestions open");
		page.keyboard().press("ArrowDown");
		page.keyboard().press("Enter");
		assertThat(page.locator("#add-occupation").inputValue()).isEqualTo("Account Specialist");
		page.keyboard().press("Enter");
		page.waitForURL("**/compare/collector-vs-collections-specialist-vs-account-specialist");
		assertThat(page.locator("h1").innerText()).isEqualTo("Collector vs Collections Specialist vs Account Specialist");
		BrowserPages.screenshot(page, "added-with-the-keyboard");

		tabTo(page, ".lineup a.remove >> nth=1");
		page.keyboard().press("Enter");
		page.waitForURL("**/compare/collector-vs-account-specialist");
		assertThat(page.locator("h1").innerText()).isEqualTo("Collector vs Account Specialist");
	}

	@Test
	void withoutJavaScriptATitleNotFoundOffersTheClosestOnes() {
		Page page = browser.open(url("/compare/collector-vs-collections-specialist"), 390, 844, false);
		page.fill("#add-occupation", "recievable");
		page.click("form.add-occupation button[type=submit]");
		assertThat(page.locator("#add-occupation-error").innerText())
			.isEqualTo("We have no occupation called “recievable”. Did you mean one of these?");
		assertThat(page.locator("#add-occupation").inputValue()).isEqualTo("recievable");
		BrowserPages.screenshot(page, "add-not-found-390");
		// axe runs as a script: the same page, in a window that runs them
		Page checked = browser.open(page.url(), 390, 844, true);
		Axe.assertNoViolations(checked, "the add page with an error");
		page.locator(".did-you-mean a", new Page.LocatorOptions().setHasText("Accounts Receivable Specialist")).first()
			.click();
		page.waitForURL("**/compare/collector-vs-collections-specialist-vs-accounts-receivable-specialist");
	}

	@ParameterizedTest
	@ValueSource(strings = { FOUR, "/compare/senior-accounts-receivable-specialist-vs-collector" })
	void thePrintViewHasTheFiguresChartsAndSourcesButNoNavigation(String path) {
		Page page = browser.open(url(path), 1000, 1400, true);
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		for (String hidden : new String[] { ".site-header nav", ".site-search", ".toc", ".lineup", ".more" }) {
			assertThat(page.locator(hidden).first().isVisible()).as(hidden).isFalse();
		}
		for (String shown : new String[] { "#overview table", "#salary-chart-title ~ svg", ".source", ".last-updated" }) {
			assertThat(page.locator(shown).first().isVisible()).as(shown).isTrue();
		}
		assertThat(page.locator("table.facts-compare").first().evaluate("t => getComputedStyle(t).breakInside"))
			.isEqualTo("avoid");
		Axe.assertNoViolations(page, path + " printed");
		BrowserPages.screenshot(page, "print-" + (path.equals(FOUR) ? "four-way" : "two-way"));
	}

	/** Presses Tab until the element is focused: how a keyboard user gets there. */
	private static void tabTo(Page page, String selector) {
		Locator target = page.locator(selector);
		for (int i = 0; i < 80; i++) {
			page.keyboard().press("Tab");
			if ((Boolean) target.evaluate("e => e === document.activeElement")) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + selector);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
