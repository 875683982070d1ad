package com.careercompare.browser;

import java.util.List;
import java.util.stream.Stream;

import com.careercompare.support.AdminTest;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page read as a person would, in real Chromium, from a small phone to a wide
 * desktop: no visible text under 12 CSS px (SVG text included, at the size its chart is
 * drawn at), no sideways scrolling, the desktop's width used by the charts, and the
 * comparison's tables readable on a phone. Screenshots of each page at 390 and 1280 px go to
 * target/screenshots/ (reading-*).
 */
@BrowserTest
@AdminTest
class ReadingInBrowserTest {

	@RegisterExtension
	static final BrowserPages browser = new BrowserPages();

	private static final String COMPARISON = "/compare/senior-accounts-receivable-specialist-vs-collector";

	private static final String OCCUPATION = "/occupations/senior-accounts-receivable-specialist";

	@LocalServerPort
	private int port;

	static Stream<Arguments> pagesAtEveryWidth() {
		List<String> paths = List.of("/", OCCUPATION, COMPARISON, ComparisonsInBrowserTest.FOUR,
				"/compare/collector-vs-collections-specialist-vs-account-specialist",
				"/compare/loss-mitigation-specialist-vs-accounts-receivable-specialist", "/search?q=recievable",
				"/occupations", "/login", "/admin", "/admin/occupations/collector");
		return paths.stream().flatMap((path) -> Stream.of(320, 390, 1280, 1920).map((width) -> Arguments.of(path, width)));
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("pagesAtEveryWidth")
	void everyTextIsAtLeast12PixelsAndNothingScrollsSideways(String path, int width) {
		Page page = open(path, width);
		assertThat(Legibility.texts(page)).as("texts found on %s", path).hasSizeGreaterThan(10);
		assertThat(Legibility.tooSmall(page)).as("text under %s px on %s at %d px", Legibility.SMALLEST_TEXT, path, width)
			.isEmpty();
		assertThat(Legibility.sidewaysOverflow(page)).as("sideways scrolling on %s at %d px", path, width)
			.isLessThanOrEqualTo(0);
		if (width == 390 || width == 1280) {
			BrowserPages.screenshot(page, "reading" + path.replaceAll("[^a-z0-9]+", "-") + "-" + width);
		}
	}

	@Test
	void theChartsTextKeepsItsSizeAndTheSalaryChartTakesTheColumnOnADesktop() {
		for (String path : List.of(COMPARISON, OCCUPATION)) {
			Page desktop = open(path, 1280);
			double main = desktop.locator("main").boundingBox().width;
			double chart = desktop.locator("#salary figure.chart svg[role=img]").boundingBox().width;
			assertThat(chart / main).as("the salary chart's share of main on %s", path).isGreaterThanOrEqualTo(0.6);
			Page phone = open(path, 390);
			for (Page page : List.of(desktop, phone)) {
				List<Legibility.Text> chartTexts = Legibility.texts(page)
					.stream()
					.filter((text) -> text.element().equals("text"))
					.toList();
				assertThat(chartTexts).as("the charts' texts on %s", path).isNotEmpty();
				assertThat(chartTexts).allSatisfy((text) -> assertThat(text.size()).isBetween(12.0, 14.0));
			}
		}
	}

	@Test
	void aComparisonsTableOnAPhoneShowsEachLabelAboveBothValues() {
		Page page = open(COMPARISON, 390);
		Locator row = page.locator("#overview tbody tr").first();
		var label = row.locator("th").boundingBox();
		var first = row.locator("td").nth(0).boundingBox();
		var second = row.locator("td").nth(1).boundingBox();
		assertThat(first.y).as("the values below the label").isGreaterThanOrEqualTo(label.y + label.height - 1);
		assertThat(second.y).as("the values side by side").isEqualTo(first.y);
		assertThat(second.x).isGreaterThan(first.x + first.width);
		// each name once, in a header kept in view while the table scrolls past
		Locator header = page.locator("#demographics thead");
		page.locator("#demographics tbody tr").last().scrollIntoViewIfNeeded();
		var headerBox = header.boundingBox();
		var tableBox = page.locator("#demographics table").boundingBox();
		assertThat(headerBox.y).as("the header stuck at the top of the window").isGreaterThan(tableBox.y);
		assertThat(header.locator("th:visible").allInnerTexts()).containsExactly("Senior Accounts Receivable Specialist",
				"Collector");
		// the difference under both values, saying what it is
		Locator difference = page.locator("#demographics tbody tr").first().locator("td.difference");
		assertThat(difference.innerText()).isEqualTo("Same");
		assertThat(difference.evaluate("d => getComputedStyle(d, '::before').content")).isEqualTo("\"Difference: \"");
		BrowserPages.screenshotOfWindow(page, "reading-comparison-sticky-names-390");
	}

	@Test
	void theAdminListOnAPhoneShowsEveryOccupationsActionsWithoutScrolling() {
		Page page = open("/admin", 390);
		Locator actions = page.locator(".admin-table td.actions a");
		assertThat(actions.count()).isGreaterThanOrEqualTo(24);
		for (int i = 0; i < actions.count(); i++) {
			var box = actions.nth(i).boundingBox();
			assertThat(box.x + box.width).as("action %d inside the window", i).isLessThanOrEqualTo(390);
		}
		var scroller = page.locator(".table-scroll").first();
		Object scrolls = scroller.evaluate("(e) => e.scrollWidth - e.clientWidth");
		assertThat(((Number) scrolls).intValue()).as("the list scrolls sideways").isLessThanOrEqualTo(0);
	}

	private Page open(String path, int width) {
		if (!path.startsWith("/admin")) {
			return browser.open(url(path), width, 900, true);
		}
		return browser.openSignedIn(url("/login"), url(path), width);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
