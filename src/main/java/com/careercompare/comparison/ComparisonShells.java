package com.careercompare.comparison;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import com.careercompare.comparison.Comparison.Shape;
import com.careercompare.web.PageBody;
import com.careercompare.web.PageShell;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * Comparison pages written from shells ({@link PageShell}): {@code comparison/show.html}
 * is rendered once for each {@link Shape} of page, through the same Thymeleaf view as
 * any page (so the layout, links and dialects are as everywhere), with markers for its
 * values; each page then only puts its values in place. There are a few dozen shapes
 * at most. With {@code spring.thymeleaf.cache=false} (templates edited while the site
 * runs) no shell is kept.
 */
@Component
class ComparisonShells {

	private static final String TEMPLATE = "comparison/show";

	private final ThymeleafViewResolver views;

	private final boolean keep;

	private final Cache<Shape, PageShell> shells = Caffeine.newBuilder().maximumSize(64).build();

	ComparisonShells(ThymeleafViewResolver views, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
		this.views = views;
		this.keep = keep;
	}

	/** The page of this comparison. */
	PageBody page(Comparison comparison, HttpServletRequest request, HttpServletResponse response) {
		Map<String, PageShell.Slot> slots = comparison.slots();
		Shape shape = comparison.shape();
		PageShell shell = this.keep ? this.shells.get(shape, (key) -> render(key, slots, request, response))
				: render(shape, slots, request, response);
		return shell.write(slots);
	}

	private PageShell render(Shape shape, Map<String, PageShell.Slot> slots, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			View view = this.views.resolveViewName(TEMPLATE, Locale.US);
			Rendering rendering = new Rendering(response);
			view.render(Map.of("s", PageShell.markers(slots.keySet()), "shape", shape), request, rendering);
			return PageShell.of(rendering.text());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render the shell of " + TEMPLATE + " for " + shape, ex);
		}
	}

	/** Takes what the view writes, and nothing else of the response: no header, no commit. */
	private static final class Rendering extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(32 * 1024);

		private final PrintWriter writer = new PrintWriter(this.text);

		Rendering(HttpServletResponse response) {
			super(response);
		}

		String text() {
			this.writer.flush();
			return this.text.toString();
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("The shell is rendered through the writer");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void setHeader(String name, String value) {
		}

		@Override
		public void addHeader(String name, String value) {
		}

		@Override
		public void flushBuffer() {
		}

	}

}
