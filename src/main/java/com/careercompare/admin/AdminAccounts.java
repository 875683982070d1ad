package com.careercompare.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin accounts: signing in, adding and removing admins, changing passwords. There is
 * always at least one admin: the last one cannot be removed, even by two admins removing
 * each other at the same moment. An admin who is removed, or whose password changes, is
 * signed out everywhere else at once (their sessions are in PostgreSQL).
 */
@Service
class AdminAccounts implements UserDetailsService {

	static final String ROLE = "ADMIN";

	private final AdminAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final JdbcClient jdbc;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	private final TransactionTemplate transactions;

	AdminAccounts(AdminAccountRepository accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, PlatformTransactionManager transactionManager) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** An admin as the admins page lists them. */
	record Admin(String username, Instant createdAt, String createdBy) {
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AdminAccount account = this.transactions.execute((status) -> this.accounts.findByUsername(username))
			.orElseThrow(() -> new UsernameNotFoundException("No admin with that username"));
		return User.withUsername(account.getUsername()).password(account.getPasswordHash()).roles(ROLE).build();
	}

	List<Admin> all() {
		return this.transactions.execute((status) -> this.accounts.findAllByOrderByUsername()
			.stream()
			.map((account) -> new Admin(account.getUsername(), account.getCreatedAt(), account.getCreatedBy()))
			.toList());
	}

	/**
	 * Adds an admin; false when the username is taken (in any case). The password must
	 * already have passed the {@link PasswordPolicy}.
	 */
	boolean add(String username, String password, String addedBy) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				if (this.accounts.findByUsername(username).isPresent()) {
					return false;
				}
				this.accounts.save(new AdminAccount(username, this.passwordEncoder.encode(password), addedBy));
				return true;
			}));
		}
		catch (DataIntegrityViolationException ex) {
			return false; // added by someone else at the same moment
		}
	}

	/**
	 * The first admin, when there is none yet: on several instances starting at once, only
	 * one creates it. False when an admin existed already.
	 */
	boolean addFirst(String username, String password) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('admin_account bootstrap'))").query().singleRow();
			if (this.accounts.count() > 0) {
				return false;
			}
			this.accounts.save(new AdminAccount(username, this.passwordEncoder.encode(password), "startup"));
			return true;
		}));
	}

	boolean exists() {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> this.accounts.count() > 0));
	}

	/** Whether this is the admin's password. */
	boolean isPassword(String username, String password) {
		Optional<AdminAccount> account = this.transactions.execute((status) -> this.accounts.findByUsername(username));
		return account.isPresent() && this.passwordEncoder.matches(password, account.get().getPasswordHash());
	}

	/** Changes the admin's password and signs them out of every other session. */
	void changePassword(String username, String newPassword, String currentSessionId) {
		this.transactions.executeWithoutResult((status) -> this.accounts.findByUsername(username)
			.ifPresent((account) -> account.setPasswordHash(this.passwordEncoder.encode(newPassword))));
		endSessions(username, currentSessionId);
	}

	enum Removal {

		REMOVED, LAST_ADMIN, NOT_FOUND

	}

	/** Removes an admin and ends their sessions, unless they are the last one. */
	Removal remove(String username) {
		Removal removal = this.transactions.execute((status) -> {
			// one removal at a time, so that two cannot each leave the other as the last admin
			this.jdbc.sql("lock table admin_account in share row exclusive mode").update();
			Optional<AdminAccount> account = this.accounts.findByUsername(username);
			if (account.isEmpty()) {
				return Removal.NOT_FOUND;
			}
			if (this.accounts.count() <= 1) {
				return Removal.LAST_ADMIN;
			}
			this.accounts.delete(account.get());
			return Removal.REMOVED;
		});
		if (removal == Removal.REMOVED) {
			endSessions(username, null);
		}
		return removal;
	}

	/** Ends every session of the admin but the one given. */
	private void endSessions(String username, String keptSessionId) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		for (String sessionId : repository.findByPrincipalName(username).keySet()) {
			if (!sessionId.equals(keptSessionId)) {
				repository.deleteById(sessionId);
			}
		}
	}

}
