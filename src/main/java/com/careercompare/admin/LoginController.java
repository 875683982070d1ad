package com.careercompare.admin;

import java.time.Duration;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security takes the form's POST; this only shows it, with what went wrong. */
@Controller
class LoginController {

	static final String PATH = "/login";

	static final String FAILED = "failed";

	static final String LOCKED = "locked";

	static final String PAUSED = "paused";

	static final Set<String> PROBLEMS = Set.of(FAILED, LOCKED, PAUSED);

	private final LoginAttempts attempts;

	LoginController(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@GetMapping(PATH)
	String login(Authentication authentication, Model model,
			@CookieValue(name = LoginFailureHandler.COOKIE, required = false) String failure,
			HttpServletRequest request, HttpServletResponse response) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/admin";
		}
		LoginFailureHandler.SignInProblem problem = LoginFailureHandler.read(failure);
		if (failure != null) {
			response.addHeader(HttpHeaders.SET_COOKIE, LoginFailureHandler.cleared(request));
		}
		if (problem != null) {
			model.addAttribute(LoginFailureHandler.PROBLEM, problem.problem());
			model.addAttribute(LoginFailureHandler.USERNAME, problem.username());
		}
		Duration lock = this.attempts.lockDuration();
		model.addAttribute("maxFailures", this.attempts.maxFailures());
		model.addAttribute("lockMinutes", Math.max(1, lock.toMinutes()));
		return "admin/login";
	}

}
