package com.careercompare.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per username, in PostgreSQL so that every instance counts them: after
 * {@code max-failures} failures in a row, sign-in for that username is refused, right
 * password or not, for {@code lock-duration}. Usernames that do not exist are counted the
 * same way, so that being refused says nothing about whether an admin has that username.
 */
@Component
class LoginAttempts {

	/** The longest username kept; longer ones are cut to this (no admin has such a long one). */
	private static final int MAX_KEY_LENGTH = 100;

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginAttempts(JdbcClient jdbc, @Value("${career-compare.admin.login.max-failures}") int maxFailures,
			@Value("${career-compare.admin.login.lock-duration}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	int maxFailures() {
		return this.maxFailures;
	}

	Duration lockDuration() {
		return this.lockDuration;
	}

	/** Until when sign-in for this username is refused, if it is. */
	Optional<Instant> lockedUntil(String username) {
		return this.jdbc.sql("select locked_until from login_failure where username = ? and locked_until > now()")
			.param(key(username))
			.query(Instant.class)
			.optional();
	}

	/**
	 * Counts a failure. Failures count in a row within the lock duration of each other; the
	 * one that reaches the limit locks the username.
	 */
	void failed(String username) {
		String key = key(username);
		long lockSeconds = this.lockDuration.toSeconds();
		int failures = this.jdbc.sql("""
				insert into login_failure (username, failures, last_failure_at) values (:username, 1, now())
				on conflict (username) do update set
				    failures = case when login_failure.last_failure_at < now() - :lock * interval '1 second'
				                     or login_failure.locked_until <= now() then 1
				                    else login_failure.failures + 1 end,
				    last_failure_at = now(),
				    locked_until = null
				returning failures""")
			.param("username", key)
			.param("lock", lockSeconds)
			.query(Integer.class)
			.single();
		if (failures >= this.maxFailures) {
			this.jdbc.sql("update login_failure set locked_until = now() + :lock * interval '1 second' where username = :username")
				.param("username", key)
				.param("lock", lockSeconds)
				.update();
		}
		// failures of long ago need not be kept
		this.jdbc.sql("delete from login_failure where last_failure_at < now() - interval '1 day'").update();
	}

	/** A successful sign-in starts the count again. */
	void succeeded(String username) {
		this.jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
	}

	private static String key(String username) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (key.length() > MAX_KEY_LENGTH) ? key.substring(0, MAX_KEY_LENGTH) : key;
	}

}
