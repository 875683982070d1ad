package com.careercompare.seo;

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

	private Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void sitemapListsEveryOccupationAndComparisonPageAndEachOfThemAnswers() {
		Http.Response response = this.http.get("/sitemap.xml");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/xml");
		Document xml = Jsoup.parse(response.body(), "", Parser.xmlParser());
		List<String> urls = xml.select("url > loc").eachText();
		// home, all occupations, one category, 8 occupations, 8 x 7 comparisons
		assertThat(urls).hasSize(1 + 1 + 1 + 8 + 56).doesNotHaveDuplicates()
			.allMatch((url) -> url.startsWith("https://careercompare.test/"));
		assertThat(urls.stream().filter((url) -> url.contains("/compare/"))).hasSize(56);
		assertThat(xml.select("url:has(loc:contains(/occupations/collector)) > lastmod").text())
			.matches("\\d{4}-\\d{2}-\\d{2}");
		for (String url : urls) {
			String path = url.substring("https://careercompare.test".length());
			assertThat(this.http.get(path).status()).as(path).isEqualTo(200);
		}
	}

	@Test
	void robotsPointsToTheSitemap() {
		Http.Response response = this.http.get("/robots.txt");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("User-agent: *")
			.contains("Sitemap: https://careercompare.test/sitemap.xml");
	}

}
