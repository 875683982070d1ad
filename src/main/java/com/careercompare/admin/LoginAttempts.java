package com.careercompare.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, in PostgreSQL so that every instance counts them, against two limits:
 * <ul>
 * <li>per username and client address: after {@code max-failures} failures in a row, that
 * username is refused from that address, right password or not, for {@code lock-duration}.
 * A stranger who knows an admin's username locks out only themselves; the admin signs in
 * from anywhere else as usual.</li>
 * <li>per client address, whatever the usernames: after {@code max-failures-per-address},
 * that address is refused for {@code lock-duration}, so that trying many usernames (or the
 * same one under many spellings) guesses no faster.</li>
 * </ul>
 * The client address is the request's remote address: the proxy's, unless a trusted proxy
 * is configured ({@code server.forward-headers-strategy}), so that {@code X-Forwarded-For}
 * sent by a client cannot make up a new address for each guess. Usernames that do not
 * exist are counted the same way, so that being refused says nothing about whether an
 * admin has that username.
 */
@Component
class LoginAttempts {

	/** The longest username kept; longer ones are cut to this (no admin has such a long one). */
	private static final int MAX_USERNAME_LENGTH = 100;

	/** What a refusal is for: this username from this address, or this address. */
	enum Scope {

		USERNAME, ADDRESS

	}

	/** Sign-in refused until then, for this reason. */
	record Lock(Scope scope, Instant until) {
	}

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final int maxFailuresPerAddress;

	private final Duration lockDuration;

	LoginAttempts(JdbcClient jdbc, @Value("${career-compare.admin.login.max-failures}") int maxFailures,
			@Value("${career-compare.admin.login.max-failures-per-address}") int maxFailuresPerAddress,
			@Value("${career-compare.admin.login.lock-duration}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.lockDuration = lockDuration;
	}

	int maxFailures() {
		return this.maxFailures;
	}

	Duration lockDuration() {
		return this.lockDuration;
	}

	/** Whether, and until when, sign-in as this username from this address is refused. */
	Optional<Lock> lock(String username, String address) {
		String addressSubject = addressSubject(address);
		return this.jdbc
			.sql("select subject, locked_until from login_failure where subject in (?, ?) and locked_until > now()")
			.params(addressSubject, userSubject(username, address))
			.query((row, number) -> new Lock(row.getString(1).equals(addressSubject) ? Scope.ADDRESS : Scope.USERNAME,
					row.getTimestamp(2).toInstant()))
			.list()
			.stream()
			// a paused address says more than one of its usernames
			.min(Comparator.comparing(Lock::scope, Comparator.reverseOrder()));
	}

	/**
	 * Counts a failure against both limits. Failures count in a row within the lock
	 * duration of each other; the one that reaches a limit locks.
	 */
	void failed(String username, String address) {
		count(userSubject(username, address), this.maxFailures);
		count(addressSubject(address), this.maxFailuresPerAddress);
		// failures of long ago need not be kept
		this.jdbc.sql("delete from login_failure where last_failure_at < now() - interval '1 day'").update();
	}

	/** A successful sign-in starts both counts again. */
	void succeeded(String username, String address) {
		this.jdbc.sql("delete from login_failure where subject in (?, ?)")
			.params(userSubject(username, address), addressSubject(address))
			.update();
	}

	private void count(String subject, int limit) {
		long lockSeconds = this.lockDuration.toSeconds();
		this.jdbc.sql("""
				insert into login_failure (subject, failures, last_failure_at) values (:subject, 1, now())
				on conflict (subject) do update set
				    failures = case when login_failure.last_failure_at < now() - :lock * interval '1 second'
				                     or login_failure.locked_until <= now() then 1
				                    else login_failure.failures + 1 end,
				    last_failure_at = now(),
				    locked_until = null""")
			.param("subject", subject)
			.param("lock", lockSeconds)
			.update();
		this.jdbc.sql("""
				update login_failure set locked_until = now() + :lock * interval '1 second'
				where subject = :subject and failures >= :limit""")
			.param("subject", subject)
			.param("lock", lockSeconds)
			.param("limit", limit)
			.update();
	}

	private static String userSubject(String username, String address) {
		String key = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		if (key.length() > MAX_USERNAME_LENGTH) {
			key = key.substring(0, MAX_USERNAME_LENGTH);
		}
		return "user " + key + " from " + address(address);
	}

	private static String addressSubject(String address) {
		return "address " + address(address);
	}

	/** An address as the request gave it (IPv4, or IPv6 of at most 45 characters). */
	private static String address(String address) {
		return (address == null || address.isEmpty()) ? "unknown"
				: (address.length() > 45) ? address.substring(0, 45) : address;
	}

}
