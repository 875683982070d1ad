package com.careercompare.text;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TypedFiguresTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			43251        | 43251
			43,251       | 43251
			$43,251      | 43251
			' $43,251 '  | 43251
			$43 251      | 43251
			$1,234,567   | 1234567
			43,251.00    | 43251.00
			-$5          | -5
			0            | 0
			""")
	void dollarsAreReadWithOrWithoutTheSignAndSeparators(String typed, BigDecimal amount) {
		assertThat(TypedFigures.dollars(typed)).isEqualByComparingTo(amount);
	}

	@ParameterizedTest
	@ValueSource(strings = { "43.251,00", "4,32,51", "43,25", "$", "forty", "43k", "1e5", "$-5", "43,251$", "" })
	void dollarsThatCouldBeMisreadAreRefused(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> TypedFigures.dollars(typed));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			51     | 51
			51%    | 51
			51 %   | 51
			-8%    | -8
			+5%    | 5
			40.4%  | 40.4
			100    | 100
			""")
	void percentagesAreReadWithOrWithoutTheSign(String typed, BigDecimal pct) {
		assertThat(TypedFigures.percent(typed)).isEqualByComparingTo(pct);
	}

	@ParameterizedTest
	@ValueSource(strings = { "%", "51%%", "fifty", "$51", "51.%", "5,1%" })
	void percentagesThatAreNotNumbersAreRefused(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> TypedFigures.percent(typed));
	}

	@ParameterizedTest
	@CsvSource({ "7596, 7596", "'7,596', 7596", "'116,010', 116010" })
	void countsAreReadWithOrWithoutSeparators(String typed, int count) {
		assertThat(TypedFigures.count(typed)).isEqualByComparingTo(BigDecimal.valueOf(count));
	}

	@ParameterizedTest
	@ValueSource(strings = { "7.596", "7,59", "1.5", "seven" })
	void countsMustBeWhole(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> TypedFigures.count(typed));
	}

	@ParameterizedTest
	@ValueSource(strings = { "43251.5", "99999999999" })
	void aWholeNumberHasNoFractionAndFitsAnInt(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> TypedFigures.whole(new BigDecimal(value)));
	}

	@ParameterizedTest
	@CsvSource({ "43251.00, 43251", "-8, -8" })
	void aFractionOfZeroIsWhole(String value, int whole) {
		assertThat(TypedFigures.whole(new BigDecimal(value))).isEqualTo(whole);
	}

}
