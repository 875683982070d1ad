package com.careercompare.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed sign-in, with the username kept in the field and
 * a message saying what went wrong (the password is never kept). Both go in a cookie that
 * only the sign-in page reads, once, rather than in a session: a stranger's failed sign-ins
 * create nothing in the database.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String USERNAME = "username";

	static final String PROBLEM = "signInProblem";

	/** The cookie that carries what went wrong to the sign-in page. */
	static final String COOKIE = "SIGN-IN-PROBLEM";

	/** The longest username given back to the form; longer input is cut. */
	private static final int MAX_USERNAME = 100;

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String problem = LoginController.FAILED;
		if (exception instanceof ThrottledAuthentication.LockedOutException locked) {
			problem = (locked.lock().scope() == LoginAttempts.Scope.ADDRESS) ? LoginController.PAUSED
					: LoginController.LOCKED;
		}
		String username = request.getParameter(USERNAME);
		if (username == null) {
			username = "";
		}
		else if (username.length() > MAX_USERNAME) {
			username = username.substring(0, MAX_USERNAME);
		}
		String value = problem + "." + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(username.getBytes(StandardCharsets.UTF_8));
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, value, Duration.ofMinutes(1)));
		response.sendRedirect(request.getContextPath() + LoginController.PATH);
	}

	/** What the cookie said, as the sign-in page shows it: the problem and the username, or null. */
	static SignInProblem read(String value) {
		if (value == null) {
			return null;
		}
		int dot = value.indexOf('.');
		String problem = (dot > 0) ? value.substring(0, dot) : value;
		if (!LoginController.PROBLEMS.contains(problem)) {
			return null;
		}
		try {
			String username = (dot > 0)
					? new String(Base64.getUrlDecoder().decode(value.substring(dot + 1)), StandardCharsets.UTF_8) : "";
			return new SignInProblem(problem, username.isEmpty() ? null : username);
		}
		catch (IllegalArgumentException ex) {
			return new SignInProblem(problem, null);
		}
	}

	/** Forgets the cookie once the page has shown it. */
	static String cleared(HttpServletRequest request) {
		return cookie(request, "", Duration.ZERO);
	}

	private static String cookie(HttpServletRequest request, String value, Duration maxAge) {
		return ResponseCookie.from(COOKIE, value)
			.path(request.getContextPath() + LoginController.PATH)
			.maxAge(maxAge)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.build()
			.toString();
	}

	record SignInProblem(String problem, String username) {
	}

}
