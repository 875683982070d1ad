package com.careercompare.admin;

import com.careercompare.web.SecurityHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * The admin area: everything under {@code /admin} needs a signed-in admin; anyone else is
 * sent to {@code /login}. Sessions live in PostgreSQL (Spring Session JDBC), begin at
 * sign-in (nothing a visitor who is not signed in asks for creates one), and their cookie is
 * HttpOnly and SameSite=Strict. Every form carries a CSRF token ({@link AdminCsrfTokens}). This chain comes before the public site's, which takes every other address.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

	/** BCrypt, with the {@code {bcrypt}} prefix so that the hashes say how they were made. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain adminArea(HttpSecurity http, AdminAccounts accounts, PasswordEncoder passwordEncoder,
			LoginAttempts attempts) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		http.securityMatcher("/admin", "/admin/**", LoginController.PATH, "/logout")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LoginController.PATH)
				.permitAll()
				.anyRequest()
				.hasRole(AdminAccounts.ROLE))
			.authenticationManager(new ProviderManager(new ThrottledAuthentication(passwords, attempts)))
			.formLogin((login) -> login.loginPage(LoginController.PATH)
				.defaultSuccessUrl("/admin")
				.failureHandler(new LoginFailureHandler()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl(LoginController.PATH + "?signed-out"))
			.csrf((csrf) -> csrf.csrfTokenRepository(new AdminCsrfTokens()))
			.requestCache((cache) -> cache.requestCache(returnAfterSignIn()))
			.headers(SecurityHeaders::apply);
		return http.build();
	}

	/**
	 * After signing in, the page asked for, remembered in a cookie rather than in a session:
	 * a visitor sent to the sign-in page creates nothing in the database. Only a relative
	 * address is kept and followed, and without Spring Security's {@code ?continue} marker,
	 * which would otherwise end up in admins' bookmarks.
	 */
	private static CookieRequestCache returnAfterSignIn() {
		CookieRequestCache cache = new CookieRequestCache();
		cache.setCookieCustomizer((cookie) -> {
			cookie.setHttpOnly(true);
			cookie.setAttribute("SameSite", "Strict");
		});
		return cache;
	}

}
