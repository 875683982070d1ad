package com.careercompare.database;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails for want of the database before the outage is known (a query, or
 * saving an admin's session as the response starts) gets the same 503 page as those after,
 * and the failure is reported ({@link DatabaseAvailability#explains}) instead of reaching the
 * servlet container as an error with its stack trace. It comes first of all filters, so
 * that it sees the session's save too, and writes the page to the response as the
 * container gave it.
 */
class LostDatabaseFilter extends OncePerRequestFilter {

	private final DatabaseAvailability availability;

	private final UnavailablePage page;

	LostDatabaseFilter(DatabaseAvailability availability, UnavailablePage page) {
		this.availability = availability;
		this.page = page;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted() || !this.availability.explains(ex)) {
				throw ex;
			}
			response.reset();
			this.page.write(request, response);
		}
	}

}
