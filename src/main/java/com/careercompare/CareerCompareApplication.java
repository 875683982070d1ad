package com.careercompare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

// No in-memory user with a generated password: the public site has no login.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class CareerCompareApplication {

	public static void main(String[] args) {
		SpringApplication.run(CareerCompareApplication.class, args);
	}

}
