package com.careercompare.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

	@ParameterizedTest
	@CsvSource({ "Loss Mitigation Specialist, loss-mitigation-specialist", "Collector, collector",
			"'  A/R  Specialist ', a-r-specialist", "Café Manager, cafe-manager", "collector_vs_account, collector-vs-account",
			"--x--, x", "'<script>', script", "'', ''" })
	void aSlugIsTheLowerCaseTitleWithWordsJoinedByHyphens(String text, String slug) {
		assertThat(Slugs.of(text)).isEqualTo(slug);
		assertThat(Slugs.isSlug(slug) || slug.isEmpty()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "collector", "loss-mitigation-specialist", "a1-b2" })
	void slugsAreRecognised(String slug) {
		assertThat(Slugs.isSlug(slug)).isTrue();
		assertThat(Slugs.of(slug)).isEqualTo(slug);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "-collector", "collector-", "double--hyphen", "Capital", "under_score", "sp ace",
			"%3Cscript%3E", "caf\u00e9" })
	void anythingElseIsNotASlug(String text) {
		assertThat(Slugs.isSlug(text)).isFalse();
	}

}
