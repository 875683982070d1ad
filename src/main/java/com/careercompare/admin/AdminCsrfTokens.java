package com.careercompare.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The admin area's CSRF tokens, kept where the visitor's state already is: in the session
 * of a signed-in admin, and, for a visitor who has no session (the sign-in form), in a
 * cookie sent only to {@code /login}. Showing the sign-in page therefore creates no
 * session, so no row in the database: anyone may ask for it as often as they like. The
 * form still carries the token, and a sign-in without the cookie's token is refused.
 */
final class AdminCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "SIGN-IN-CSRF";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	AdminCsrfTokens() {
		this.cookies.setCookieName(COOKIE);
		this.cookies.setCookiePath(LoginController.PATH);
		// the page's form carries the token; no script needs to read the cookie
		this.cookies.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Strict"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			this.sessions.saveToken(token, request, response);
		}
		else {
			this.cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken token = (request.getSession(false) != null) ? this.sessions.loadToken(request) : null;
		return (token != null) ? token : this.cookies.loadToken(request);
	}

}
