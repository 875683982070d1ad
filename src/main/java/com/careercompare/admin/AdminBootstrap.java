package com.careercompare.admin;

import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first admin, created at startup when there is none: from {@code ADMIN_USERNAME} and
 * {@code ADMIN_PASSWORD} when they are set, otherwise {@code admin} with a strong random
 * password printed once in the log. There is no default password. Once an admin exists
 * the variables are not used: admins manage each other in the admin pages.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(AdminBootstrap.class);

	static final String DEFAULT_USERNAME = "admin";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AdminAccounts accounts;

	private final String username;

	private final String password;

	AdminBootstrap(AdminAccounts accounts, @Value("${ADMIN_USERNAME:}") String username,
			@Value("${ADMIN_PASSWORD:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.exists()) {
			if (StringUtils.hasText(this.password)) {
				logger.info("Admin accounts exist already, so ADMIN_USERNAME and ADMIN_PASSWORD are not used");
			}
			return;
		}
		String name = StringUtils.hasText(this.username) ? this.username.strip() : DEFAULT_USERNAME;
		PasswordPolicy.checkUsername(name).ifPresent((problem) -> {
			throw new IllegalStateException("ADMIN_USERNAME is not a username the site accepts: " + problem);
		});
		boolean generated = !StringUtils.hasText(this.password);
		String secret = generated ? generatePassword() : this.password;
		if (!generated) {
			PasswordPolicy.checkPassword(secret, name).ifPresent((problem) -> {
				throw new IllegalStateException("ADMIN_PASSWORD is not a password the site accepts: " + problem);
			});
		}
		if (!this.accounts.addFirst(name, secret)) {
			return; // another instance created the first admin meanwhile
		}
		if (generated) {
			logger.warn(String.format("%n%n    No admin account existed, so one was created. It is shown only this once:%n"
					+ "      username: %s%n      password: %s%n"
					+ "    Sign in at /login and change the password there (Password, in the admin menu). To choose them yourself,%n"
					+ "    start on an empty database with ADMIN_USERNAME and ADMIN_PASSWORD set.%n", name, secret));
		}
		else {
			logger.info("Created the first admin, '" + name + "', from ADMIN_USERNAME and ADMIN_PASSWORD");
		}
	}

	/** 144 random bits, as 24 URL-safe characters. */
	static String generatePassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
