package com.careercompare.browser;

import java.util.ArrayList;
import java.util.List;

import com.careercompare.support.BrowserPages;
import com.careercompare.support.BrowserTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The page that shows the API's OpenAPI document works under the site's Content-Security-Policy, and tries a call. */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocsInBrowserTest {

	@RegisterExtension
	static final BrowserPages browser = new BrowserPages();

	@LocalServerPort
	private int port;

	@Test
	void theDocumentationShowsEveryOperationWithNothingRefusedByThePolicy() {
		String url = "http://localhost:" + this.port;
		Page page = browser.open(url + "/", 1280, 900, true);
		page.click("footer a:has-text('API')");
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			if (message.type().equals("error")) {
				problems.add(message.text());
			}
		});
		page.reload();
		page.locator(".opblock").first().waitFor();
		assertThat(page.url()).endsWith("/swagger-ui/index.html");
		assertThat(page.locator(".opblock-summary-path").allInnerTexts()).containsExactlyInAnyOrder(
				"/api/comparisons/{pair}", "/api/occupations", "/api/occupations/{slug}", "/api/search");
		assertThat(page.locator(".info .title").innerText()).startsWith("Career Compare API");
		// try one call from the page: it answers with the figures
		page.locator(".opblock-summary-path", new Page.LocatorOptions().setHasText("/api/occupations/{slug}")).click();
		page.locator("input[placeholder=slug]").fill("collector");
		page.locator("button.execute").first().click();
		page.locator(".responses-table .response .highlight-code").first().waitFor();
		assertThat(page.locator(".live-responses-table tbody .response-col_status").first().innerText()).contains("200");
		assertThat(page.locator(".live-responses-table .highlight-code").first().innerText()).contains("\"yearlySalary\": 34872");
		BrowserPages.screenshot(page, "api-docs");
		assertThat(problems).as("errors in the console, such as refusals by the Content-Security-Policy").isEmpty();
	}

}
