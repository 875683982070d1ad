package com.careercompare.database;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, every request that would need it is answered at
 * once ({@link UnavailablePage}) instead of waiting for a connection. It comes after the
 * page cache, so pages kept in memory are still served.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	/** Addresses that never need the database. */
	private static final List<String> WITHOUT_DATABASE = List.of("/assets/", "/actuator/", "/favicon.ico",
			"/robots.txt");

	private final DatabaseAvailability availability;

	private final UnavailablePage page;

	DatabaseOutageFilter(DatabaseAvailability availability, UnavailablePage page) {
		this.availability = availability;
		this.page = page;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return WITHOUT_DATABASE.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.availability.isDown()) {
			this.page.write(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
