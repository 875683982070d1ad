package com.careercompare.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.careercompare.web.PageShell.Slot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A page kept as the text around its values' markers, written again with other values. */
class PageShellTest {

	private final Map<String, String> markers = PageShell.markers(List.of("title", "body"));

	@Test
	void aPageRenderedWithMarkersIsWrittenWithEachPagesValuesInTheirPlaces() {
		String rendered = "<title>" + this.markers.get("title") + "</title><h1>" + this.markers.get("title")
				+ "</h1><main>" + this.markers.get("body") + "</main>";
		PageShell shell = PageShell.of(rendered);

		assertThat(shell.names()).containsExactly("title", "title", "body");
		assertThat(text(shell.write(Map.of("title", Slot.text("Collector vs Clerk"), "body", Slot.html("<p>Hi</p>")))))
			.isEqualTo("<title>Collector vs Clerk</title><h1>Collector vs Clerk</h1><main><p>Hi</p></main>");
	}

	@Test
	void textIsEscapedAsThymeleafEscapesItAndHtmlIsWrittenAsItIs() {
		PageShell shell = PageShell.of("<a title=\"" + this.markers.get("title") + "\">" + this.markers.get("body") + "</a>");

		assertThat(text(shell.write(Map.of("title", Slot.text("\"Tom\" & <Jerry>'s"), "body", Slot.html("<b>x</b>")))))
			.isEqualTo("<a title=\"&quot;Tom&quot; &amp; &lt;Jerry&gt;&#39;s\"><b>x</b></a>");
	}

	@Test
	void aPageWithoutMarkersIsWrittenAsItIs() {
		assertThat(text(PageShell.of("<p>static</p>").write(Map.of()))).isEqualTo("<p>static</p>");
	}

	@Test
	void partsKeptForManyPagesAreWrittenInTheirPlacesPlainAndGzipped() throws Exception {
		String body = "<p>" + "A part kept for many pages, long enough to be deflated. ".repeat(4) + "</p>";
		PageShell shell = PageShell.of("<h1>" + this.markers.get("title") + "</h1>" + this.markers.get("body"));

		PageBody page = shell.write(Map.of("title", Slot.text("Collector & Clerk"), "body",
				Slot.parts(PagePart.of(body), PagePart.stored("<p>this page's</p>"))));

		String expected = "<h1>Collector &amp; Clerk</h1>" + body + "<p>this page's</p>";
		assertThat(text(page)).isEqualTo(expected);
		assertThat(PageBodyTest.gunzip(page.gzipped())).isEqualTo(expected);
	}

	@Test
	void aValueMissingIsAnError() {
		PageShell shell = PageShell.of("<h1>" + this.markers.get("title") + "</h1>");
		assertThatIllegalArgumentException().isThrownBy(() -> shell.write(Map.of("body", Slot.text("x"))))
			.withMessageContaining("title");
	}

	private static String text(PageBody page) {
		return new String(page.plain(), StandardCharsets.UTF_8);
	}

	@Test
	void aMarkerCutShortIsAnError() {
		String cut = this.markers.get("title").substring(0, 3);
		assertThatIllegalArgumentException().isThrownBy(() -> PageShell.of("<h1>" + cut));
	}

}
