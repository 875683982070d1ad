package com.careercompare.seo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.careercompare.database.DatabaseAvailability;
import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationProfile.CategoryRef;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.web.Freshness;
import com.careercompare.web.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * Sitemap files split at their limit, here 10 addresses a file instead of 50,000: across
 * the files every occupation and every ordered pair of 23 occupations is named exactly once,
 * no file holds more than the limit, and a file that does not exist is a 404.
 */
@WebMvcTest(value = SitemapController.class, properties = "career-compare.sitemap.max-urls=10")
@AutoConfigureMockMvc(addFilters = false) // the public site's security and page cache are not what this is about
@Import({ Site.class, Freshness.class })
class SitemapFilesTest {

	private static final int OCCUPATIONS = 23;

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private OccupationCatalog catalog;

	/** For the page cache the site-wide web configuration brings in: the database is reachable. */
	@MockitoBean
	private DatabaseAvailability availability;

	@BeforeEach
	void aCatalog() {
		List<OccupationSummary> summaries = IntStream.range(0, OCCUPATIONS)
			.mapToObj((i) -> new OccupationSummary("Occupation " + i, "occupation-" + i, 40_000, "Office", "office",
					Instant.parse("2026-11-01T00:00:00Z").plusSeconds(86_400L * i)))
			.toList();
		given(this.catalog.version()).willReturn(new CatalogVersion(1, Instant.now()));
		given(this.catalog.summaries(any())).willReturn(summaries);
		given(this.catalog.categories(any())).willReturn(List.of(new CategoryRef("Office", "office")));
	}

	@Test
	void everyOccupationAndEveryOrderedPairIsInExactlyOneFileOfAtMostTheLimit() {
		List<String> files = xml(get("/sitemap.xml")).select("sitemap > loc").eachText();
		// 23 occupations in 3 files, 23 x 22 = 506 pairs in 51 files
		assertThat(files).hasSize(1 + 3 + 51);

		List<String> urls = new ArrayList<>();
		for (String file : files) {
			List<String> inFile = xml(get(file.substring(file.indexOf("/sitemaps/")))).select("url > loc").eachText();
			assertThat(inFile).as(file).isNotEmpty().hasSizeLessThanOrEqualTo(10);
			urls.addAll(inFile);
		}

		Set<String> expected = new HashSet<>();
		for (int i = 0; i < OCCUPATIONS; i++) {
			expected.add("https://careercompare.test/occupations/occupation-" + i);
			for (int j = 0; j < OCCUPATIONS; j++) {
				if (i != j) {
					expected.add("https://careercompare.test/compare/occupation-" + i + "-vs-occupation-" + j);
				}
			}
		}
		assertThat(urls).doesNotHaveDuplicates()
			.filteredOn((url) -> url.contains("/occupations/") || url.contains("/compare/"))
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void aComparisonsLastmodIsTheNewerOfItsTwoOccupations() {
		Document first = xml(get("/sitemaps/comparisons-1.xml"));

		// the first pair is occupation 0 (changed 1 November) against occupation 1 (2 November)
		assertThat(first.select("url > loc").eachText()).first()
			.isEqualTo("https://careercompare.test/compare/occupation-0-vs-occupation-1");
		assertThat(first.select("url > lastmod").eachText()).first().isEqualTo("2026-11-02");
	}

	@Test
	void aFileThatDoesNotExistIsNotFound() {
		for (String path : List.of("/sitemaps/comparisons-0.xml", "/sitemaps/comparisons-52.xml",
				"/sitemaps/comparisons-01.xml", "/sitemaps/comparisons-x.xml", "/sitemaps/occupations-4.xml",
				"/sitemaps/comparisons-99999999999.xml")) {
			assertThat(this.mvc.get().uri(path)).as(path).hasStatus(404);
		}
	}

	private MvcTestResult get(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk();
		return result;
	}

	private static Document xml(MvcTestResult result) {
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "",
				Parser.xmlParser());
	}

}
