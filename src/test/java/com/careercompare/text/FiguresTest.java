package com.careercompare.text;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

	@ParameterizedTest
	@CsvSource({ "0, $0", "999, $999", "1000, '$1,000'", "43251, '$43,251'", "116010, '$116,010'",
			"1234567, '$1,234,567'", "-5000, '-$5,000'" })
	void dollarsAreWholeWithThousandsSeparators(long amount, String expected) {
		assertThat(Figures.dollars(amount)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "20.79, $20.79", "26.2, $26.20", "16.765, $16.77", "1234.5, '$1,234.50'", "0, $0.00" })
	void dollarsAndCentsAlwaysShowTwoDecimalsRoundedHalfUp(String amount, String expected) {
		assertThat(Figures.dollarsAndCents(new BigDecimal(amount))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "7596, '7,596'", "61988, '61,988'", "46, 46", "0, 0", "1000000, '1,000,000'" })
	void countsHaveThousandsSeparators(long count, String expected) {
		assertThat(Figures.count(count)).isEqualTo(expected);
	}

	@Test
	void wholePercentagesKeepTheirSign() {
		assertThat(Figures.percent(-8)).isEqualTo("-8%");
		assertThat(Figures.percent(51)).isEqualTo("51%");
		assertThat(Figures.percent(0)).isEqualTo("0%");
	}

	@ParameterizedTest
	@CsvSource({ "40.4, 40.4%", "19.0, 19.0%", "19, 19.0%", "0.5, 0.5%", "100, 100.0%" })
	void sharesAlwaysShowOneDecimal(String share, String expected) {
		assertThat(Figures.percentOneDecimal(new BigDecimal(share))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "3.67, 3.67", "4.50, 4.5", "4.5, 4.5", "4.00, 4", "5, 5" })
	void ratingsDropTrailingZeros(String rating, String expected) {
		assertThat(Figures.rating(new BigDecimal(rating))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "6, 12, 6-12 months", "1, 1, 1 month", "3, 3, 3 months", "12, 24, 1-2 years", "24, 24, 2 years",
			"6, 18, 6-18 months" })
	void timeToBecomeReadsInMonthsOrWholeYears(int min, int max, String expected) {
		assertThat(Figures.monthsRange(min, max)).isEqualTo(expected);
	}

}
