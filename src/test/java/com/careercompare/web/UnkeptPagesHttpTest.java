package com.careercompare.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.careercompare.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages not kept, as nearly every comparison page of a large catalog: with room for no page
 * at all, each is rendered for its request, and a comparison page is sent gzipped from its
 * parts' deflated bytes, the same page as the one sent plain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "career-compare.page-cache.max-size=1KB")
class UnkeptPagesHttpTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void everyComparisonPageSentGzippedFromItsPartsIsThePageSentPlain() throws IOException {
		List<String> slugs = this.jdbc.sql("select slug from occupation order by slug").query(String.class).list();
		List<String> paths = new ArrayList<>();
		for (String first : slugs) {
			for (String second : slugs) {
				if (!first.equals(second)) {
					paths.add("/compare/" + first + "-vs-" + second);
				}
			}
		}
		paths.add("/compare/" + slugs.get(0) + "-vs-" + slugs.get(1) + "-vs-" + slugs.get(2) + "-vs-" + slugs.get(3));
		paths.add("/compare/" + slugs.get(0) + "-vs-" + slugs.get(1) + "?only=differences");
		for (String path : paths) {
			// asked for the first time: not kept, so sent from its parts; asked again, it is kept
			Http.Response gzipped = this.http.get(path, "Accept-Encoding", "gzip");
			Http.Response plain = this.http.get(path, "Accept-Encoding", "identity");

			assertThat(plain.status()).as(path).isEqualTo(200);
			assertThat(gzipped.header("Content-Encoding")).as(path).isEqualTo("gzip");
			assertThat(gzipped.header("Content-Length")).as(path).isEqualTo(String.valueOf(gzipped.bytes().length));
			assertThat(gzipped.bytes().length).as(path).isLessThan(plain.bytes().length * 4 / 5);
			assertThat(gunzip(gzipped.bytes())).as(path).isEqualTo(plain.body());
			assertThat(gzipped.header("Content-Security-Policy")).as(path).isNotBlank();
		}
	}

	@Test
	void otherPagesNotKeptAreCompressedForTheirResponse() throws IOException {
		for (String path : new String[] { "/", "/occupations", "/occupations/collector" }) {
			Http.Response gzipped = this.http.get(path, "Accept-Encoding", "gzip");
			Http.Response plain = this.http.get(path, "Accept-Encoding", "identity");

			assertThat(gzipped.header("Content-Encoding")).as(path).isEqualTo("gzip");
			assertThat(gunzip(gzipped.bytes())).as(path).isEqualTo(plain.body());
		}
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
