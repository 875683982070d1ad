package com.careercompare.api;

import java.net.URI;

import com.careercompare.occupation.OccupationNotFoundException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's errors, as RFC 9457 problem details ({@code application/problem+json}): what
 * went wrong in words a developer can act on, never a stack trace. Ahead of the site's
 * HTML error pages for the API's controllers only.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

	private static final Log logger = LogFactory.getLog(ApiProblems.class);

	@ExceptionHandler(OccupationNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(OccupationNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Occupation not found",
				"There is no occupation with the slug '" + ex.getSlug() + "'.");
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> api(ApiException ex) {
		return problem(ex.status(), ex.title(), ex.getMessage());
	}

	@ExceptionHandler({ DataAccessException.class, CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		ResponseEntity<ProblemDetail> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
				"The data cannot be read just now. Try again in a minute.");
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, "60")
			.body(problem.getBody());
	}

	/** What Spring MVC itself refuses (a method other than GET, a bad parameter...) keeps its status; the rest is a 500. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse refused) {
			HttpStatus status = HttpStatus.valueOf(refused.getStatusCode().value());
			return problem(status, status.getReasonPhrase(), refused.getBody().getDetail());
		}
		logger.error("An API request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
				"The request could not be answered. Try again later.");
	}

	public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
