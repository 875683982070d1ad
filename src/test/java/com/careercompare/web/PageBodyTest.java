package com.careercompare.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page put together from pieces, sent plain or gzipped from the pieces' own deflated bytes. */
class PageBodyTest {

	@Test
	void aPageOfKeptAndOwnPiecesGunzipsToThePlainPage() throws IOException {
		Random random = new Random(11);
		for (int round = 0; round < 50; round++) {
			PageBody.Builder page = PageBody.builder(8);
			StringBuilder expected = new StringBuilder();
			int pieces = random.nextInt(40);
			for (int i = 0; i < pieces; i++) {
				String html = html(random);
				page.add(random.nextBoolean() ? PagePart.of(html) : PagePart.stored(html));
				expected.append(html);
			}
			PageBody body = page.build();

			assertThat(new String(body.plain(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
			assertThat(body.length()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8).length);
			assertThat(gunzip(body.gzipped())).isEqualTo(expected.toString());
		}
	}

	@Test
	void piecesOfThePageItselfLongerThanAStoredBlockAreSplitAcrossBlocks() throws IOException {
		String big = "<td>x</td>".repeat(20_000);
		PageBody body = PageBody.builder(3)
			.add(PagePart.stored(big))
			.add(PagePart.stored("<p>é</p>"))
			.add(PagePart.stored(big))
			.build();

		assertThat(gunzip(body.gzipped())).isEqualTo(big + "<p>é</p>" + big);
	}

	@Test
	void anEmptyPageIsAnEmptyGzipStream() throws IOException {
		PageBody body = PageBody.builder(1).add(PagePart.stored("")).build();

		assertThat(body.plain()).isEmpty();
		assertThat(gunzip(body.gzipped())).isEmpty();
	}

	@Test
	void keptPiecesAreSentDeflatedAndSmallerThanTheyAre() throws IOException {
		String html = "<tr><th scope=\"row\">Average salary</th><td>$35,164</td></tr>\n".repeat(40);
		PageBody body = PageBody.builder(1).add(PagePart.of(html)).build();

		assertThat(body.gzipped().length).isLessThan(html.length() / 10);
		assertThat(gunzip(body.gzipped())).isEqualTo(html);
	}

	static String gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String html(Random random) {
		int length = (random.nextInt(10) == 0) ? random.nextInt(70_000) : random.nextInt(400);
		String[] words = { "<li>", "</li>", "Collector", " vs ", "&amp;", "café", "$35,164", "\n", "Ω" };
		StringBuilder html = new StringBuilder(length);
		while (html.length() < length) {
			html.append(words[random.nextInt(words.length)]);
		}
		return html.toString();
	}

}
