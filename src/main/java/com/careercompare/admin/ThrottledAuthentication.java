package com.careercompare.admin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in by username and password, refused for a username that failed too often from the
 * client's address, or for an address that failed too often (see {@link LoginAttempts}),
 * before the password is even looked at.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginAttempts attempts) {
		this.passwords = passwords;
		this.attempts = attempts;
	}

	/** Sign-in refused for a while after too many failures: of this username from here, or from here at all. */
	static final class LockedOutException extends LockedException {

		private final LoginAttempts.Lock lock;

		LockedOutException(LoginAttempts.Lock lock) {
			super("Too many failed sign-ins");
			this.lock = lock;
		}

		LoginAttempts.Lock lock() {
			return this.lock;
		}

	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		this.attempts.lock(username, address).ifPresent((lock) -> {
			throw new LockedOutException(lock);
		});
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.attempts.succeeded(username, address);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.attempts.failed(username, address);
			// the failure that reached a limit says so at once
			LoginAttempts.Lock lock = this.attempts.lock(username, address).orElse(null);
			if (lock != null) {
				throw new LockedOutException(lock);
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
