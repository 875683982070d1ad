package com.careercompare.database;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/**
	 * After the page cache (so that kept pages are served whatever the database does) and
	 * before Spring Security (which reads admins' sessions from the database).
	 */
	private static final int OUTAGE_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5;

	/** Ahead of Spring Session's filter, whose save of a session as the response starts may fail too. */
	private static final int LOST_DATABASE_ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

	@Bean
	UnavailablePage unavailablePage(ThymeleafViewResolver views) {
		return new UnavailablePage(views);
	}

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseAvailability availability,
			UnavailablePage page) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(availability, page));
		registration.setOrder(OUTAGE_ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<LostDatabaseFilter> lostDatabaseFilter(DatabaseAvailability availability,
			UnavailablePage page) {
		FilterRegistrationBean<LostDatabaseFilter> registration = new FilterRegistrationBean<>(
				new LostDatabaseFilter(availability, page));
		registration.setOrder(LOST_DATABASE_ORDER);
		return registration;
	}

	/**
	 * The database's health as the probe last found it, at once: {@code /actuator/health}
	 * never waits on a database that does not answer (Boot's own check, which would, is off).
	 */
	@Bean
	HealthIndicator databaseHealthIndicator(DatabaseAvailability availability) {
		return () -> availability.isDown() ? Health.down().withDetail("database", "unreachable").build()
				: Health.up().build();
	}

}
