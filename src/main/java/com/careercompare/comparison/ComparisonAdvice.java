package com.careercompare.comparison;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A comparison of more occupations than a page shows: the 404 page, saying the limit and offering the first four. */
@ControllerAdvice
class ComparisonAdvice {

	@ExceptionHandler(TooManyOccupationsException.class)
	ModelAndView tooMany(TooManyOccupationsException ex) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("tooMany", ex.named());
		page.addObject("most", Comparison.MOST);
		page.addObject("firstFour", ex.firstFour());
		return page;
	}

}
