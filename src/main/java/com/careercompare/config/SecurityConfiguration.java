package com.careercompare.config;

import com.careercompare.web.SecurityHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The public site: no login and no session, so that its pages are the same for everyone
 * and can be kept (see {@code PageCacheFilter}). Its forms are GET forms that change
 * nothing. The admin area has a chain of its own, ahead of this one (see
 * {@code AdminSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Tracing every security filter on every request costs more than it tells. */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Only what public pages need: their headers, and no session. No CSRF tokens either:
	 * every public form is a GET that changes nothing, and every request that changes
	 * something is in the admin chain. The filters left out (CSRF, logout, anonymous
	 * authentication, session management, the request wrapper for the Servlet API's
	 * security methods) each cost every request something, and most of the site's requests
	 * are public pages rendered fresh.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.securityContext((context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement((sessions) -> sessions.disable())
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.logout((logout) -> logout.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.servletApi((servletApi) -> servletApi.disable())
			.headers(SecurityHeaders::apply);
		return http.build();
	}

}
