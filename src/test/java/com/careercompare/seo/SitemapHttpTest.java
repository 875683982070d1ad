package com.careercompare.seo;

import java.util.ArrayList;
import java.util.List;

import com.careercompare.support.Http;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SitemapHttpTest {

	@LocalServerPort
	private int port;

	private static final String SITE = "https://careercompare.test";

	private Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void theIndexNamesSitemapFilesThatListEveryPageOnceAndEachOfThemAnswers() {
		Http.Response index = this.http.get("/sitemap.xml");
		assertThat(index.status()).isEqualTo(200);
		assertThat(index.header("Content-Type")).startsWith("application/xml");
		List<String> files = xml(index).select("sitemapindex > sitemap > loc").eachText();
		assertThat(files).containsExactly("https://careercompare.test/sitemaps/pages.xml",
				"https://careercompare.test/sitemaps/occupations-1.xml",
				"https://careercompare.test/sitemaps/comparisons-1.xml");
		assertThat(xml(index).select("sitemap:has(loc:contains(comparisons-1)) > lastmod").text())
			.matches("\\d{4}-\\d{2}-\\d{2}");

		List<String> urls = new ArrayList<>();
		for (String file : files) {
			Http.Response sitemap = this.http.get(file.substring(SITE.length()));
			assertThat(sitemap.status()).as(file).isEqualTo(200);
			assertThat(sitemap.header("Content-Type")).startsWith("application/xml");
			List<String> inFile = xml(sitemap).select("urlset > url > loc").eachText();
			assertThat(inFile).as(file).hasSizeLessThanOrEqualTo(50_000);
			urls.addAll(inFile);
		}
		// home, all occupations, one category, 8 occupations, 8 x 7 comparisons
		assertThat(urls).hasSize(1 + 1 + 1 + 8 + 56).doesNotHaveDuplicates().allMatch((url) -> url.startsWith(SITE + "/"));
		assertThat(urls.stream().filter((url) -> url.contains("/compare/"))).hasSize(56);
		for (String url : urls) {
			String path = url.substring(SITE.length());
			assertThat(this.http.get(path).status()).as(path).isEqualTo(200);
		}
	}

	@Test
	void anOccupationsLastChangeIsItsPagesLastmod() {
		Document occupations = xml(this.http.get("/sitemaps/occupations-1.xml"));

		assertThat(occupations.select("url:has(loc:contains(/occupations/collector)) > lastmod").text())
			.matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void robotsPointsToTheSitemap() {
		Http.Response response = this.http.get("/robots.txt");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("User-agent: *")
			.contains("Sitemap: https://careercompare.test/sitemap.xml");
	}

	private static Document xml(Http.Response response) {
		return Jsoup.parse(response.body(), "", Parser.xmlParser());
	}

}
