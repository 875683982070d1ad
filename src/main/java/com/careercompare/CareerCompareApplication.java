package com.careercompare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.resilience.annotation.EnableResilientMethods;

// No in-memory user with a generated password: the public site has no login.
// @Retryable methods: a save that lost a race to create the same name tries once more.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableResilientMethods
public class CareerCompareApplication {

	public static void main(String[] args) {
		SpringApplication.run(CareerCompareApplication.class, args);
	}

}
