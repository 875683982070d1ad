package com.careercompare.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.View;
import org.springframework.web.util.WebUtils;

/**
 * A page that is written already ({@link PageShell}), sent as it is. Under the page cache,
 * the body goes to {@link PageCacheFilter} as its pieces, which sends it plain or gzipped
 * (without compressing it: {@link PageBody#gzipped()}) and keeps it or not.
 */
public final class HtmlView implements View {

	private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

	private final PageBody body;

	public HtmlView(PageBody body) {
		this.body = body;
	}

	@Override
	public String getContentType() {
		return CONTENT_TYPE;
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setContentType(CONTENT_TYPE);
		RenderedPage rendering = WebUtils.getNativeResponse(response, RenderedPage.class);
		if (rendering != null) {
			rendering.setBody(this.body);
			return;
		}
		this.body.writePlainTo(response);
	}

}
