package com.careercompare.web;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
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

}
