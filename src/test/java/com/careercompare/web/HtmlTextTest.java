package com.careercompare.web;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

	@Test
	void escapesTheFiveCharactersAsThymeleafDoes() {
		assertThat(HtmlText.escape("Tom & Jerry's <b>\"best\"</b>"))
			.isEqualTo("Tom &amp; Jerry&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt;");
	}

	@Test
	void returnsTextWithNothingToEscapeAsItIs() {
		String text = "Collector vs Underwriter: salary, growth and skills (2024) \u2014 caf\u00e9 \uD83D\uDE00";
		assertThat(HtmlText.escape(text)).isSameAs(text);
	}

	@Test
	void matchesUnbescapeOnRandomText() {
		Random random = new Random(42);
		String alphabet = "ab &<>\"'=;#/\u00e9\u2212\uD83D\uDE00\n\t";
		for (int n = 0; n < 10_000; n++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(40);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThat(HtmlText.escape(text.toString())).isEqualTo(HtmlEscape.escapeHtml4Xml(text.toString()));
		}
	}

}
