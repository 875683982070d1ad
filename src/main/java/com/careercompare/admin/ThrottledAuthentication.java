package com.careercompare.admin;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Sign-in by username and password, refused for a username that failed too often (see
 * {@link LoginAttempts}) before its password is even looked at.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginAttempts attempts) {
		this.passwords = passwords;
		this.attempts = attempts;
	}

	/** Sign-in refused for a while after too many failures. */
	static final class LockedOutException extends LockedException {

		private final Instant until;

		LockedOutException(Instant until) {
			super("Too many failed sign-ins");
			this.until = until;
		}

		Instant until() {
			return this.until;
		}

	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		this.attempts.lockedUntil(username).ifPresent((until) -> {
			throw new LockedOutException(until);
		});
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.attempts.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.attempts.failed(username);
			// the failure that reached the limit says so at once
			Instant until = this.attempts.lockedUntil(username).orElse(null);
			if (until != null) {
				throw new LockedOutException(until);
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
