package com.careercompare.web;

import com.careercompare.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers as HTTP means them: internal paths, conditional requests, encodings, what a client accepts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HttpSemanticsHttpTest {

	private static final String PAGE = "/compare/collections-specialist-vs-loss-mitigation-specialist";

	@LocalServerPort
	private int port;

	private Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() {
		for (String path : new String[] { "/error", "/error/500", "/error?status=500" }) {
			Http.Response response = this.http.get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.html().select("h1").text()).as(path).isEqualTo("Page not found");
		}
	}

	@Test
	void ifNoneMatchAnyIsNotModifiedForAPageThatExistsAndNotFoundForOneThatDoesNot() {
		// the first request renders the page, the second is served from memory
		for (int i = 0; i < 2; i++) {
			Http.Response response = this.http.get(PAGE, "If-None-Match", "*");
			assertThat(response.status()).isEqualTo(304);
			assertThat(response.bytes()).isEmpty();
			assertThat(response.header("ETag")).startsWith("W/\"");
		}
		assertThat(this.http.get(PAGE).status()).isEqualTo(200);
		Http.Response unknown = this.http.get("/compare/collector-vs-nobody-at-all", "If-None-Match", "*");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.html().select("h1").text()).isEqualTo("Page not found");
		String stylesheet = this.http.get("/").html().selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(this.http.get(stylesheet, "If-None-Match", "*").status()).isEqualTo(304);
	}

	@Test
	void gzipRefusedWithAWeightOfZeroIsNotSent() {
		for (String refusing : new String[] { "gzip;q=0", "gzip;q=0, *", "identity", "br, gzip;q=0.0" }) {
			Http.Response response = this.http.get(PAGE, "Accept-Encoding", refusing);
			assertThat(response.header("Content-Encoding")).as(refusing).isNull();
			assertThat(response.body()).as(refusing).startsWith("<!DOCTYPE html>");
		}
		for (String accepting : new String[] { "gzip", "br, gzip;q=0.5", "GZIP", "deflate, gzip, br" }) {
			assertThat(this.http.get(PAGE, "Accept-Encoding", accepting).header("Content-Encoding")).as(accepting)
				.isEqualTo("gzip");
		}
	}

	@Test
	void aClientAskingForSuggestionsAsHtmlIsAnsweredNotAcceptableWithoutAWarning(CapturedOutput output) {
		int before = output.getAll().length();
		for (int i = 0; i < 3; i++) {
			assertThat(this.http.get("/search/suggest?q=coll", "Accept", "text/html").status()).isEqualTo(406);
		}
		assertThat(output.getAll().substring(before)).doesNotContain("NotAcceptable").doesNotContain(" WARN ");
	}

}
