package com.careercompare.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests {@link PageCacheFilter} renders and which it serves from memory. */
class PageCacheFilterTest {

	private static final ContentVersion VERSION = new ContentVersion() {

		@Override
		public long number() {
			return 7;
		}

		@Override
		public Instant changedAt() {
			return Instant.parse("2026-11-01T00:00:00Z");
		}

	};

	private final Freshness freshness = new Freshness(
			new StaticListableBeanFactory().getBeanProvider(BuildProperties.class));

	private final AtomicInteger renders = new AtomicInteger();

	private final FilterChain page = (request, response) -> {
		this.renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write("<p>a page</p>".getBytes(StandardCharsets.UTF_8));
	};

	@Test
	void aPageIsRenderedOnceAndServedFromMemoryWhateverItsQueryString() throws Exception {
		PageCacheFilter filter = new PageCacheFilter(() -> VERSION, this.freshness, DataSize.ofMegabytes(1));

		MockHttpServletResponse first = get(filter, "/occupations/collector", null);
		MockHttpServletResponse again = get(filter, "/occupations/collector", "utm_source=newsletter");

		assertThat(this.renders).hasValue(1);
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("<p>a page</p>");
	}

	@Test
	void aPageWrittenAFewCharactersAtATimeIsKeptWhole() throws Exception {
		PageCacheFilter filter = new PageCacheFilter(() -> VERSION, this.freshness, DataSize.ofMegabytes(1));
		String text = "<p>Café, naïve: 50% — “quoted”</p>";
		FilterChain writer = (request, response) -> {
			response.setContentType("text/html;charset=UTF-8");
			for (char c : text.toCharArray()) {
				response.getWriter().write(c);
			}
			response.getWriter().write("<p>the end</p>", 0, 8);
		};
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/occupations/collector");
		MockHttpServletResponse first = new MockHttpServletResponse();
		filter.doFilter(request, first, writer);
		MockHttpServletResponse kept = get(filter, "/occupations/collector", null);

		String page = text + "<p>the e";
		assertThat(new String(first.getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo(page);
		assertThat(new String(kept.getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo(page);
		assertThat(kept.getContentLength()).isEqualTo(page.getBytes(StandardCharsets.UTF_8).length);
		assertThat(this.renders).as("served from memory").hasValue(0);
	}

	@Test
	void withoutKeepingPagesEveryRequestIsRenderedAndStillGetsItsValidators() throws Exception {
		PageCacheFilter filter = new PageCacheFilter(() -> VERSION, this.freshness, DataSize.ofBytes(0));

		get(filter, "/occupations/collector", null);
		MockHttpServletResponse again = get(filter, "/occupations/collector", null);

		assertThat(this.renders).hasValue(2);
		assertThat(again.getContentAsString()).isEqualTo("<p>a page</p>");
		assertThat(again.getHeader("ETag")).startsWith("W/\"7-");
	}

	@Test
	void theKeptPagesStayWithinTheirLimitInBytesWhateverTheNumberOfPages() throws Exception {
		DataSize limit = DataSize.ofKilobytes(64);
		PageCacheFilter filter = new PageCacheFilter(() -> VERSION, this.freshness, limit);
		FilterChain bigPage = (request, response) -> {
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(new byte[10_000]);
		};

		for (int i = 0; i < 100; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/compare/a-vs-b" + i);
			filter.doFilter(request, new MockHttpServletResponse(), bigPage);
		}

		assertThat(filter.keptBytes()).isPositive().isLessThanOrEqualTo(limit.toBytes());
	}

	@Test
	void aPageIsGzippedForClientsThatAcceptItWhenRenderedAndWhenServedFromMemory() throws Exception {
		PageCacheFilter filter = new PageCacheFilter(() -> VERSION, this.freshness, DataSize.ofMegabytes(1));

		MockHttpServletResponse rendered = getGzipped(filter, "/occupations/collector");
		MockHttpServletResponse kept = getGzipped(filter, "/occupations/collector");

		assertThat(this.renders).hasValue(1);
		for (MockHttpServletResponse response : List.of(rendered, kept)) {
			assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
			assertThat(gunzip(response.getContentAsByteArray())).isEqualTo("<p>a page</p>");
		}
	}

	@Test
	void onceTheKeptPagesFillTheirLimitAPageIsKeptOnlyWhenAskedForASecondTime() throws Exception {
		PageCacheFilter filter = new PageCacheFilter(() -> VERSION, this.freshness, DataSize.ofKilobytes(64));
		FilterChain bigPage = (request, response) -> {
			this.renders.incrementAndGet();
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(new byte[10_000]);
		};
		for (int i = 0; i < 20; i++) {
			filter.doFilter(new MockHttpServletRequest("GET", "/compare/a-vs-b" + i), new MockHttpServletResponse(),
					bigPage);
		}
		this.renders.set(0);

		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(new MockHttpServletRequest("GET", "/compare/c-vs-d"), response, bigPage);
			assertThat(response.getContentAsByteArray()).hasSize(10_000);
		}

		assertThat(this.renders).as("rendered when asked for once, and twice; then kept").hasValue(2);
		assertThat(filter.keptBytes()).isLessThanOrEqualTo(DataSize.ofKilobytes(64).toBytes());
	}

	@Test
	void aPageHandedOverAsItsPiecesIsSentPlainOrGzippedFromThem() throws Exception {
		String kept = "<main>" + "<p>A part kept for many pages, and deflated once.</p>".repeat(10);
		PageBody body = PageBody.builder(2).add(PagePart.of(kept)).add(PagePart.stored("<p>Its own</p></main>")).build();
		FilterChain pieces = (request, response) -> {
			this.renders.incrementAndGet();
			new HtmlView(body).render(Map.of(), (HttpServletRequest) request, (HttpServletResponse) response);
		};
		PageCacheFilter filter = new PageCacheFilter(() -> VERSION, this.freshness, DataSize.ofMegabytes(1));

		MockHttpServletRequest gzipped = new MockHttpServletRequest("GET", "/compare/a-vs-b");
		gzipped.addHeader("Accept-Encoding", "gzip");
		MockHttpServletResponse first = new MockHttpServletResponse();
		filter.doFilter(gzipped, first, pieces);
		MockHttpServletResponse plain = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/compare/a-vs-b"), plain, pieces);

		String page = kept + "<p>Its own</p></main>";
		assertThat(first.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(first.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(gunzip(first.getContentAsByteArray())).isEqualTo(page);
		assertThat(plain.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(page);
		assertThat(plain.getContentLength()).isEqualTo(page.length());
		assertThat(this.renders).as("kept after the first").hasValue(1);
	}

	private MockHttpServletResponse getGzipped(PageCacheFilter filter, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept-Encoding", "gzip, deflate, br");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, this.page);
		return response;
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private MockHttpServletResponse get(PageCacheFilter filter, String path, String query)
			throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setQueryString(query);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, this.page);
		return response;
	}

}
