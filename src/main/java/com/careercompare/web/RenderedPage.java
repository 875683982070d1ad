package com.careercompare.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A response that keeps the page it is given in memory, for {@link PageCacheFilter}. Spring's
 * {@link ContentCachingResponseWrapper} flushes its writer after every write, so a template
 * writing a page a few characters at a time had each few characters encoded on their own
 * (a fifth of a fresh page's CPU in a JFR profile); this one's writer encodes through an
 * ordinary buffer, flushed once the page is taken. A page written already as its pieces
 * ({@link HtmlView}) is handed over as they are ({@link #setBody}), not written.
 */
final class RenderedPage extends ContentCachingResponseWrapper {

	private PrintWriter writer;

	private PageBody body;

	RenderedPage(HttpServletResponse response) {
		super(response);
	}

	/** The page, as its pieces: it is sent by the page cache, plain or gzipped. */
	void setBody(PageBody body) {
		this.body = body;
	}

	/** The page handed over as its pieces, or null when it was written. */
	PageBody body() {
		return this.body;
	}

	@Override
	public PrintWriter getWriter() throws IOException {
		if (this.writer == null) {
			try {
				this.writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
			}
			catch (UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() throws IOException {
		flushWriter();
		super.flushBuffer();
	}

	@Override
	public byte[] getContentAsByteArray() {
		if (this.body != null) {
			return this.body.plain();
		}
		flushWriter();
		return super.getContentAsByteArray();
	}

	@Override
	public int getContentSize() {
		if (this.body != null) {
			return this.body.length();
		}
		flushWriter();
		return super.getContentSize();
	}

	@Override
	protected void copyBodyToResponse(boolean complete) throws IOException {
		if (this.body != null) {
			PageBody body = this.body;
			this.body = null;
			body.writePlainTo((HttpServletResponse) getResponse());
			return;
		}
		flushWriter();
		super.copyBodyToResponse(complete);
	}

	/** What was written and not yet taken goes with the rest of the content. */
	@Override
	public void resetBuffer() {
		this.writer = null;
		this.body = null;
		super.resetBuffer();
	}

	@Override
	public void reset() {
		this.writer = null;
		this.body = null;
		super.reset();
	}

	private void flushWriter() {
		if (this.writer != null) {
			this.writer.flush();
		}
	}

}
