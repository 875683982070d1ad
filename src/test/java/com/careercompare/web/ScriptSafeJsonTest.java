package com.careercompare.web;

import java.io.StringWriter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptSafeJsonTest {

	@Test
	void markupCharactersInStringsAreWrittenAsUnicodeEscapes() {
		StringWriter out = new StringWriter();

		new ScriptSafeJson().serializeValue(Map.of("name", "<!--<script>a & b</script>"), out);

		assertThat(out.toString())
			.isEqualTo("{\"name\":\"\\u003c!--\\u003cscript\\u003ea \\u0026 b\\u003c\\/script\\u003e\"}")
			.doesNotContain("<")
			.doesNotContain(">")
			.doesNotContain("&");
	}

	@Test
	void theSameJsonReadsBackToTheSameText() {
		assertThat(ScriptSafeJson.escape("{\"a\":\"x<y\"}")).isEqualTo("{\"a\":\"x\\u003cy\"}");
	}

}
