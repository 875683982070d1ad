package com.careercompare.api;

import org.springframework.http.HttpStatus;

/** A request the API cannot answer as asked, and why: answered as a problem detail ({@link ApiProblems}). */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	public ApiException(HttpStatus status, String title, String detail) {
		super(detail);
		this.status = status;
		this.title = title;
	}

	public static ApiException badRequest(String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Bad request", detail);
	}

	public static ApiException notFound(String title, String detail) {
		return new ApiException(HttpStatus.NOT_FOUND, title, detail);
	}

	HttpStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

}
