package com.careercompare.occupation.editing;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over {@code career-compare.import.max-file-size} is refused by the servlet
 * container as it is read, before any controller (the CSRF check reads the form first), so
 * its answer comes from the error page: for the catalog import, its form again, saying the
 * limit, with the 413 status.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooLargeUploads implements ErrorViewResolver {

	private final ImportLimits limits;

	TooLargeUploads(ImportLimits limits) {
		this.limits = limits;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.CONTENT_TOO_LARGE
				|| !CatalogController.IMPORT.equals(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
			return null;
		}
		Map<String, Object> page = new HashMap<>();
		page.put("maxFileSize", ImportLimits.text(this.limits.maxFileSize()));
		page.put("limits", this.limits);
		page.put("uploadError", "The file is larger than " + ImportLimits.text(this.limits.maxFileSize())
				+ ", the most an import may upload. Ask the site's operator to raise career-compare.import.max-file-size,"
				+ " or use the command line import (see the README).");
		return new ModelAndView("admin/import", page, status);
	}

}
