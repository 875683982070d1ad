package com.careercompare.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * How every admin form binds: text is cleaned ({@link FormText}), and a list grows only
 * as far as the form allows. A field the form does not have at all (a hand-made request
 * naming row 100000) is a 400, not an error page from deep in the binder.
 */
@ControllerAdvice(basePackages = { "com.careercompare.admin", "com.careercompare.occupation.editing" })
public class AdminForms {

	/** Rows of a form's list beyond this many are refused. */
	public static final int MAX_ROWS = 40;

	@InitBinder
	void bind(WebDataBinder binder) {
		// before anything else touches the binder, which fixes the limit
		binder.setAutoGrowCollectionLimit(MAX_ROWS + 1);
		binder.registerCustomEditor(String.class, new FormText());
	}

	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String notAFieldOfTheForm() {
		return "error/4xx";
	}

}
