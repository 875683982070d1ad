package com.careercompare.text;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

	private final Dates dates = new Dates();

	@Test
	void momentsAreWrittenInWordsInUtc() {
		Instant moment = Instant.parse("2026-11-23T10:42:13.769670Z");

		assertThat(this.dates.date(moment)).isEqualTo("23 November 2026");
		assertThat(this.dates.dateTime(moment)).isEqualTo("23 Nov 2026, 10:42 UTC");
	}

	/** The W3C validator refuses a {@code datetime} with more than three digits of a second. */
	@Test
	void aTimeElementsMomentHasAtMostThreeDigitsOfASecond() {
		assertThat(this.dates.iso(Instant.parse("2026-12-01T21:04:06.769670Z"))).isEqualTo("2026-12-01T21:04:06.769Z");
		assertThat(this.dates.iso(Instant.parse("2026-12-01T21:04:06Z"))).isEqualTo("2026-12-01T21:04:06Z");
		assertThat(this.dates.iso(null)).isEmpty();
	}

}
