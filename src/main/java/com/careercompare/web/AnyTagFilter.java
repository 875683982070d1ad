package com.careercompare.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code If-None-Match: *} on a GET or HEAD asks for the page only if it does not exist
 * (RFC 9110, 13.1.2): when it does, the answer is 304 Not Modified, with no body. Spring's
 * own checks leave the wildcard to unsafe methods, so it is done here for every response:
 * one that is about to send a 200 sends a 304 instead, with its validators.
 */
public class AnyTagFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!("GET".equals(method) || "HEAD".equals(method))) {
			return true;
		}
		List<String> values = Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH));
		return values.stream().flatMap((value) -> ETag.parse(value).stream()).noneMatch(ETag::isWildcard);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new NotModifiedWhenFound(response));
	}

	/** Turns a 200 into a 304 at the moment its body would start: its length or its first byte. */
	private static final class NotModifiedWhenFound extends HttpServletResponseWrapper {

		private boolean notModified;

		NotModifiedWhenFound(HttpServletResponse response) {
			super(response);
		}

		private boolean notModified() {
			if (!this.notModified && getStatus() == SC_OK && !isCommitted()) {
				this.notModified = true;
				setStatus(SC_NOT_MODIFIED);
				getResponse().setContentLength(-1);
			}
			return this.notModified;
		}

		@Override
		public void setContentLength(int length) {
			if (!notModified()) {
				super.setContentLength(length);
			}
		}

		@Override
		public void setContentLengthLong(long length) {
			if (!notModified()) {
				super.setContentLengthLong(length);
			}
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			return notModified() ? new Discarding() : super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			return notModified() ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
		}

	}

	private static final class Discarding extends ServletOutputStream {

		@Override
		public void write(int b) {
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			throw new UnsupportedOperationException();
		}

	}

}
