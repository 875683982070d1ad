package com.careercompare.occupation.editing;

import java.nio.file.Path;
import java.util.Optional;

import com.careercompare.database.DatabaseAvailability;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.editing.ImportJobs.ImportJob;
import com.careercompare.web.Freshness;
import com.careercompare.web.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The page of an import at work: a {@code <progress>} bar with how far it has got, and a
 * page that reloads itself, so that it works without JavaScript; and none once it is done.
 */
@WebMvcTest(CatalogController.class)
@Import({ Site.class, Freshness.class })
class ImportProgressTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ImportJobs jobs;

	/** For the page cache the site-wide web configuration brings in: the database is reachable. */
	@MockitoBean
	private DatabaseAvailability availability;

	@MockitoBean
	private CatalogExport export;

	@MockitoBean
	private OccupationCatalog catalog;

	@Test
	void anImportAtWorkShowsItsProgressAndReloadsItself() throws Exception {
		ImportJob job = new ImportJob("abc", Path.of("unused.zip"), "catalog.zip");
		job.progress().step("Checking occupations", 10_000);
		job.progress().done(2_500);
		given(this.jobs.find("abc")).willReturn(Optional.of(job));

		MvcTestResult result = this.mvc.get().uri("/admin/catalog/import/abc").with(user("alice")).exchange();

		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(page.select("h1").text()).isEqualTo("Checking catalog.zip");
		assertThat(page.select("progress#import-progress").attr("value")).isEqualTo("2500");
		assertThat(page.select("progress#import-progress").attr("max")).isEqualTo("10000");
		assertThat(page.select("label[for=import-progress]").text()).isEqualTo("Checking occupations");
		assertThat(page.select("[role=status]").text()).isEqualTo("2,500 of 10,000 occupations");
		// without JavaScript the page reloads itself; with it, site.js fetches it in place
		assertThat(page.select("head noscript").html())
			.isEqualTo("<meta http-equiv=\"refresh\" content=\"" + CatalogController.REFRESH_SECONDS + "\">");
		assertThat(page.select("[data-reload]").attr("data-reload"))
			.isEqualTo(String.valueOf(CatalogController.REFRESH_SECONDS));
		assertThat(page.select("form")).as("nothing to confirm yet").allMatch((form) -> form.hasClass("sign-out"));
	}

}
