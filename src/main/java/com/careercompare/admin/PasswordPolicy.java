package com.careercompare.admin;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an admin's username and password must be. Passwords: at least 12 characters (length
 * matters more than character classes), at most 72 bytes (all BCrypt reads), and not the
 * username.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,50}");

	private PasswordPolicy() {
	}

	/** What is wrong with the username, if anything. */
	static Optional<String> checkUsername(String username) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			return Optional.of("Use 1 to 50 letters, digits, dots, dashes, underscores or @.");
		}
		return Optional.empty();
	}

	/** What is wrong with the password, if anything. */
	static Optional<String> checkPassword(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("Use at most " + MAX_BYTES + " bytes (72 plain letters, fewer accented ones).");
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			return Optional.of("The password must not be the username.");
		}
		return Optional.empty();
	}

}
