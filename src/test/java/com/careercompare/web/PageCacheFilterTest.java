package com.careercompare.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

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
		PageCacheFilter filter = new PageCacheFilter(() -> VERSION, this.freshness, true);

		MockHttpServletResponse first = get(filter, "/occupations/collector", null);
		MockHttpServletResponse again = get(filter, "/occupations/collector", "utm_source=newsletter");

		assertThat(this.renders).hasValue(1);
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("<p>a page</p>");
	}

	@Test
	void withoutKeepingPagesEveryRequestIsRenderedAndStillGetsItsValidators() throws Exception {
		PageCacheFilter filter = new PageCacheFilter(() -> VERSION, this.freshness, false);

		get(filter, "/occupations/collector", null);
		MockHttpServletResponse again = get(filter, "/occupations/collector", null);

		assertThat(this.renders).hasValue(2);
		assertThat(again.getContentAsString()).isEqualTo("<p>a page</p>");
		assertThat(again.getHeader("ETag")).startsWith("W/\"7-");
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
