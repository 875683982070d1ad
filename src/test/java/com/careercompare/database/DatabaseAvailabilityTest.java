package com.careercompare.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are the database being out of reach, whatever wraps them. */
class DatabaseAvailabilityTest {

	@Test
	void failuresToReachTheDatabaseAreOutages() {
		assertThat(DatabaseAvailability.isOutage(new CannotCreateTransactionException("no transaction",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
		assertThat(DatabaseAvailability.isOutage(new CannotGetJdbcConnectionException("no connection",
				new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException())))).isTrue();
		assertThat(DatabaseAvailability
			.isOutage(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(DatabaseAvailability.isOutage(new SQLException("An I/O error occurred", "08006"))).isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseAvailability.isOutage(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
		assertThat(DatabaseAvailability.isOutage(new SQLException("canceling statement due to statement timeout", "57014")))
			.isFalse();
		assertThat(DatabaseAvailability.isOutage(new IllegalStateException("not the database"))).isFalse();
	}

}
