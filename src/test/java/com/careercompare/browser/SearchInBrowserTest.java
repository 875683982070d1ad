package com.careercompare.browser;

import com.careercompare.support.Axe;
import com.careercompare.support.BrowserPages;
import com.careercompare.support.BrowserTest;
import com.careercompare.support.Legibility;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search as a person uses it in real Chromium: suggestions driven by the keyboard alone
 * (the ARIA combobox pattern), comparing two results, and no WCAG 2 A/AA violations on
 * the results page with and without the suggestions open.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchInBrowserTest {

	@RegisterExtension
	static final BrowserPages browser = new BrowserPages();

	@LocalServerPort
	private int port;

	@Test
	void suggestionsWorkWithTheKeyboardAlone() {
		Page page = open(1280, "/occupations/collector");
		// from the top of the page: the skip link, the brand, then the search box
		page.keyboard().press("Tab");
		page.keyboard().press("Tab");
		page.keyboard().press("Tab");
		Locator box = page.locator("#site-search-q");
		assertThat(box).isFocused();
		assertThat(box).hasAttribute("role", "combobox");
		assertThat(box).hasAttribute("aria-expanded", "false");

		page.keyboard().type("recei");
		Locator list = page.locator("#site-search-q-suggestions");
		assertThat(list).isVisible();
		assertThat(box).hasAttribute("aria-expanded", "true");
		Locator options = list.locator("[role=option]");
		assertThat(options).hasCount(2);
		assertThat(options.first()).hasText("Accounts Receivable Specialist");
		assertThat(page.locator("#site-search-q + ul + [role=status]")).hasText(
				"2 suggestions: use the up and down arrow keys to choose");

		page.keyboard().press("ArrowDown");
		assertThat(box).hasAttribute("aria-activedescendant", "site-search-q-suggestions-0");
		assertThat(options.nth(0)).hasAttribute("aria-selected", "true");
		page.keyboard().press("ArrowDown");
		assertThat(box).hasAttribute("aria-activedescendant", "site-search-q-suggestions-1");
		assertThat(options.nth(0)).hasAttribute("aria-selected", "false");
		page.keyboard().press("ArrowUp");
		assertThat(box).hasAttribute("aria-activedescendant", "site-search-q-suggestions-0");
		screenshot(page, "search-suggestions-desktop");

		page.keyboard().press("Escape");
		assertThat(list).isHidden();
		assertThat(box).hasAttribute("aria-expanded", "false");
		assertThat(box).not().hasAttribute("aria-activedescendant", "site-search-q-suggestions-0");
		assertThat(box).hasValue("recei");

		page.keyboard().press("ArrowDown");
		assertThat(list).isVisible();
		page.keyboard().press("ArrowDown");
		page.keyboard().press("Enter");
		page.waitForURL("**/occupations/senior-accounts-receivable-specialist");
		assertThat(page.locator("h1")).hasText("Senior Accounts Receivable Specialist");
	}

	@Test
	void enterWithoutChoosingASuggestionSearches() {
		Page page = open(390, "/");
		page.locator("#site-search-q").focus();
		page.keyboard().type("debt collector");
		assertThat(page.locator("#site-search-q-suggestions [role=option]").first()).containsText("Collector");
		page.keyboard().press("Enter");
		page.waitForURL("**/search?q=debt+collector");
		assertThat(page.locator("main ol.results > li").first().locator("h2")).hasText("Collector");
		screenshot(page, "search-results-phone");
	}

	@Test
	void twoResultsCanBeComparedInOneMoreClick() {
		Page page = open(1280, "/search?q=collect");
		page.getByLabel("Select Collector to compare").check();
		page.getByLabel("Select Collections Specialist to compare").check();
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Compare selected"))
			.click();
		// the two in the order the results list them
		page.waitForURL("**/compare/collections-specialist-vs-collector");
		assertThat(page.locator("h1")).hasText("Collections Specialist vs Collector");
	}

	@Test
	void theResultsPageHasNoAccessibilityViolationsWithOrWithoutSuggestions() {
		for (int width : new int[] { 390, 1280 }) {
			Page page = open(width, "/search?q=receivable");
			Axe.assertNoViolations(page, "results at " + width);
			assertThat(Legibility.sidewaysOverflow(page)).isLessThanOrEqualTo(0);
			screenshot(page, "search-receivable-" + width);

			page.locator("#site-search-q").focus();
			page.keyboard().press("End");
			page.keyboard().press("Backspace");
			assertThat(page.locator("#site-search-q-suggestions")).isVisible();
			page.keyboard().press("ArrowDown");
			Axe.assertNoViolations(page, "results with suggestions open at " + width);
			screenshot(page, "search-suggestions-open-" + width);
		}
		Page empty = open(1280, "/search?q=xyzzy");
		Axe.assertNoViolations(empty, "no results");
		Page tooMany = open(1280, "/search?q=collect&compare=collector");
		Axe.assertNoViolations(tooMany, "compare error");
		screenshot(tooMany, "search-compare-error");
	}

	private Page open(int width, String path) {
		return browser.open("http://localhost:" + this.port + path, width);
	}

	private static void screenshot(Page page, String name) {
		BrowserPages.screenshotOfWindow(page, name);
	}

}
