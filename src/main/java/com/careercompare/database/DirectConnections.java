package com.careercompare.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Connections to the site's database outside the pool, for work that must neither wait
 * for a pooled connection nor hold one: listening for notifications, probing whether the
 * database is there. Each names itself to PostgreSQL ({@code application_name}).
 */
@Component
public class DirectConnections {

	private final JdbcConnectionDetails connectionDetails;

	DirectConnections(JdbcConnectionDetails connectionDetails) {
		this.connectionDetails = connectionDetails;
	}

	/** A new connection, or an exception once connecting and signing in took longer than the timeout. */
	public Connection open(String applicationName, int timeoutSeconds) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.connectionDetails.getUsername());
		if (this.connectionDetails.getPassword() != null) {
			properties.setProperty("password", this.connectionDetails.getPassword());
		}
		properties.setProperty("ApplicationName", applicationName);
		properties.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
		properties.setProperty("loginTimeout", Integer.toString(timeoutSeconds));
		return DriverManager.getConnection(this.connectionDetails.getJdbcUrl(), properties);
	}

}
