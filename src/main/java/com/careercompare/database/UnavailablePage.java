package com.careercompare.database;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;

/**
 * The answer while the database cannot be reached: 503 with {@code Retry-After}, as an
 * HTML page (or JSON for a client that asks only for JSON), written without the database.
 * <p>
 * Nothing an admin typed is lost: a form sent meanwhile comes back in the page as it was
 * sent, to be sent again with one button once the database is back. It then goes through
 * every check as usual, its CSRF token and its version included. Forms with a password
 * (sign-in, new admins) are never written back into a page, and a file upload must be
 * chosen again.
 */
class UnavailablePage {

	private static final Log logger = LogFactory.getLog(UnavailablePage.class);

	/** Seconds a client is asked to wait before trying again. */
	static final int RETRY_AFTER_SECONDS = 5;

	private static final String TEMPLATE = "error/503";

	private final ThymeleafViewResolver views;

	UnavailablePage(ThymeleafViewResolver views) {
		this.views = views;
	}

	void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && !accept.contains("html") && accept.contains("json")) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"status\":503,\"error\":\"Service Unavailable\"}");
			return;
		}
		try {
			Map<String, Object> model = new HashMap<>();
			model.put("unsaved", unsavedForm(request));
			View view = this.views.resolveViewName(TEMPLATE, Locale.US);
			view.render(model, new WithoutSession(request), response);
		}
		catch (Exception ex) {
			// the page itself could not be written (a bug, not the outage): the status says it all
			logger.error("Could not write the page of " + TEMPLATE, ex);
			response.setContentType(MediaType.TEXT_PLAIN_VALUE);
			response.getWriter().write("The site's data is unavailable just now. Please try again in a minute.");
		}
	}

	/** A form an admin sent, to be sent again as it was: its address and fields, or none. */
	private static UnsavedForm unsavedForm(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (!"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			return null;
		}
		if (!request.getRequestURI().startsWith("/admin/")) {
			return null;
		}
		List<String[]> fields = new ArrayList<>();
		for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
			if (field.getKey().toLowerCase(Locale.ROOT).contains("password")) {
				return null; // a password is never written back into a page
			}
			for (String value : field.getValue()) {
				fields.add(new String[] { field.getKey(), value });
			}
		}
		return new UnsavedForm(request.getRequestURI(), fields);
	}

	/**
	 * The request as the page is written from it: with no session, which would be read
	 * from the database (Thymeleaf asks for one for every page).
	 */
	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			if (create) {
				throw new IllegalStateException("No session while the database cannot be reached");
			}
			return null;
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

	}

	/** A form to send again: where it went and its fields, names and values, in order. */
	public record UnsavedForm(String action, List<String[]> fields) {
	}

}
