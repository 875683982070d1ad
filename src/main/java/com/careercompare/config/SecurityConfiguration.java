package com.careercompare.config;

import com.careercompare.web.SecurityHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

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

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers(SecurityHeaders::apply);
		return http.build();
	}

}
