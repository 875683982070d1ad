package com.careercompare.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How the site writes moments: in UTC, in words that read the same everywhere
 * ({@code 23 November 2026}, {@code 23 Nov 2026, 10:42 UTC}), and as ISO 8601 for
 * {@code <time datetime>}. Templates reach it as {@code #when}.
 */
public final class Dates {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
		.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	public String date(Instant instant) {
		return (instant != null) ? DATE.format(instant) : "";
	}

	/** A day as the pages write it: {@code 30 November 2026}. */
	public String day(LocalDate day) {
		return (day != null) ? DATE.withZone(null).format(day) : "";
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant) : "";
	}

	/** To the millisecond at most: HTML allows no more than three digits of a second. */
	public String iso(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS)) : "";
	}

}
