package com.careercompare.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormTextTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			'  Collector  '      | Collector
			''                   | NULL
			'   '                | NULL
			NULL                 | NULL
			'a\u0000b'           | ab
			'\u0007\u0000'       | NULL
			'one\r\ntwo\rthree'  | 'one\ntwo\nthree'
			'tab\there'          | 'tab\there'
			""")
	void textIsTrimmedAndHasNoControlCharacters(String typed, String kept) {
		assertThat(FormText.clean(typed)).isEqualTo(kept);
	}

}
