package com.careercompare.admin;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who may sign in to the admin pages. The password is kept only as a BCrypt hash. */
@Entity
@Table(name = "admin_account")
class AdminAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private Instant createdAt;

	/** The admin who added this one, or who else created it (the startup bootstrap). */
	private String createdBy;

	protected AdminAccount() {
	}

	AdminAccount(String username, String passwordHash, String createdBy) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

}
