package com.careercompare.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.View;

/** A page that is written already ({@link PageShell}), sent as it is. */
public final class HtmlView implements View {

	private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

	private final String html;

	public HtmlView(String html) {
		this.html = html;
	}

	@Override
	public String getContentType() {
		return CONTENT_TYPE;
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		byte[] bytes = this.html.getBytes(StandardCharsets.UTF_8);
		response.setContentType(CONTENT_TYPE);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

}
