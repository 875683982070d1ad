package com.careercompare.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Back to the sign-in page after a failed sign-in, with the username kept in the field and
 * a message saying what went wrong (the password is never kept).
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String USERNAME = "username";

	static final String PROBLEM = "signInProblem";

	/** The longest username given back to the form; longer input is cut. */
	private static final int MAX_USERNAME = 100;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		FlashMap flash = new FlashMap();
		String username = request.getParameter(USERNAME);
		if (username != null) {
			flash.put(USERNAME, (username.length() > MAX_USERNAME) ? username.substring(0, MAX_USERNAME) : username);
		}
		flash.put(PROBLEM, (exception instanceof ThrottledAuthentication.LockedOutException) ? LoginController.LOCKED
				: LoginController.FAILED);
		flash.setTargetRequestPath(request.getContextPath() + LoginController.PATH);
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + LoginController.PATH);
	}

}
