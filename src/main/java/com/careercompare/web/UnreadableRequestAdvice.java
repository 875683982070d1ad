package com.careercompare.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Requests a visitor got wrong get their 4xx page and are not logged as the site's errors.
 * <p>
 * A query string or form that is not valid UTF-8 ({@code ?q=%FF}) is the visitor's mistake,
 * not the site's: it gets the "request not understood" page, and nothing is logged as an
 * error. Tomcat refuses such parameters when a controller first asks for them.
 */
@ControllerAdvice
class UnreadableRequestAdvice {

	@ExceptionHandler(InvalidParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unreadableParameters() {
		return "error/4xx";
	}

	/**
	 * A client asking for what an address does not give ({@code /search/suggest} as HTML)
	 * gets its 406 as Spring would answer it, but without the warning Spring logs for each:
	 * anyone could fill the log with them.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	void notAcceptable(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
	}

}
