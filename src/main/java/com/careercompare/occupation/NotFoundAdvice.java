package com.careercompare.occupation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An unknown occupation or category: a 404 page that says what was not found, with a
 * search for it and the way to the list of occupations (not the whole list: its size must
 * not grow with the catalog).
 */
@ControllerAdvice
class NotFoundAdvice {

	private final OccupationCatalog catalog;

	NotFoundAdvice(OccupationCatalog catalog) {
		this.catalog = catalog;
	}

	@ExceptionHandler(OccupationNotFoundException.class)
	ModelAndView notFound(OccupationNotFoundException ex, CatalogVersion version) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("missing", ex.getSlug());
		page.addObject("occupationCount", this.catalog.summaries(version).size());
		return page;
	}

}
