package com.careercompare.occupation.editing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.careercompare.support.Axe;
import com.careercompare.support.BrowserPages;
import com.careercompare.support.BrowserTest;
import com.careercompare.support.ImportTest;
import com.careercompare.support.Legibility;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog import as an admin does it, in real Chromium: export, change a cell, upload,
 * read the preview, confirm, see the change on the site; and a bad file. Every page of it
 * without WCAG 2 A/AA violations or sideways scrolling, at phone and desktop widths.
 */
@BrowserTest
@ImportTest
class ImportInBrowserTest {

	@RegisterExtension
	static final BrowserPages browser = new BrowserPages();

	@LocalServerPort
	private int port;

	@TempDir
	private Path directory;

	@Test
	void anAdminExportsChangesACellImportsAndConfirms() throws IOException {
		Page page = browser.open(url("/login"), 1280, 900, true);
		BrowserPages.signIn(page);
		Download download = page.waitForDownload(() -> page.click("text=Export the catalog"));
		CatalogZip catalog = CatalogZip.of(Files.readAllBytes(download.path()));
		Path changed = this.directory.resolve("catalog.zip");
		Files.write(changed, catalog.set(CatalogFormat.OCCUPATIONS, "account-specialist", "jobOpenings", "54321").bytes());

		page.click("header >> text=Occupations");
		page.click("main >> text=Import");
		assertThat(page.locator("h1")).hasText("Import the catalog");
		check(page, "the import form", "admin-import-form");
		page.setInputFiles("#file", changed);
		page.click("text=Check the file");
		assertThat(page.locator("h1")).hasText("Check what catalog.zip changes");
		assertThat(page.locator(".import-change tbody tr")).hasText("Number of jobs 116,010 54,321");
		check(page, "the import's preview", "admin-import-preview");

		page.click("text=Import the file");
		assertThat(page.locator("h1")).hasText("Imported catalog.zip");
		assertThat(page.locator("[role=status]")).containsText("0 added, 1 changed");
		check(page, "the import's outcome", "admin-import-done");
		page.navigate(url("/occupations/account-specialist"));
		assertThat(page.locator("main")).containsText("54,321");
	}

	@Test
	void aBadFileShowsItsProblemsAndTheFormAgain() throws IOException {
		Page page = browser.open(url("/login"), 390, 844, true);
		BrowserPages.signIn(page);
		Path notAZip = this.directory.resolve("notes.zip");
		Files.writeString(notAZip, "slug,title\n", StandardCharsets.UTF_8);
		page.navigate(url(CatalogController.IMPORT));
		page.setInputFiles("#file", notAZip);
		page.click("text=Check the file");

		assertThat(page.locator("h1")).hasText("notes.zip cannot be imported");
		assertThat(page.locator(".problems tbody")).containsText("This is not a ZIP file that can be read.");
		assertThat(page.locator("form.import-form input[type=file]")).isVisible();
		check(page, "the problems of a bad file", "admin-import-problems");
	}

	/** No accessibility violations and no sideways scrolling, at the page's width and then the other. */
	private static void check(Page page, String what, String screenshot) {
		int width = page.viewportSize().width;
		for (int each : new int[] { width, (width == 390) ? 1280 : 390 }) {
			page.setViewportSize(each, 900);
			Axe.assertNoViolations(page, what + " at " + each + " pixels");
			assertThat(Legibility.sidewaysOverflow(page)).as("sideways scrolling on %s", what).isLessThanOrEqualTo(0);
			BrowserPages.screenshot(page, screenshot + "-" + each);
		}
		page.setViewportSize(width, 900);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
