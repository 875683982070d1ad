package com.careercompare;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.scheduling.annotation.EnableScheduling;

// No in-memory user with a generated password: the public site has no login.
// @Retryable methods: a save that lost a race to create the same name tries once more.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableResilientMethods
// @Scheduled jobs: deleting expired admin sessions (ExpiredSessions)
@EnableScheduling
public class CareerCompareApplication {

	/** The option that imports a catalog file and exits, instead of running the site. */
	static final String IMPORT_OPTION = "--import=";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CareerCompareApplication.class);
		if (Arrays.stream(args).anyMatch((arg) -> arg.startsWith(IMPORT_OPTION))) {
			// the whole application, but listening on no port (Spring Boot's server.port=-1),
			// running the import (CatalogImportCommand) and exiting with its status
			application.setDefaultProperties(Map.of("server.port", "-1", "career-compare.import.command", "true"));
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
