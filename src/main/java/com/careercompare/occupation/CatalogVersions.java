package com.careercompare.occupation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import com.careercompare.database.DatabaseAvailability;
import com.careercompare.database.DirectConnections;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The catalog's current version, kept in memory from PostgreSQL's notifications: the
 * trigger that raises the version announces it on the channel {@code catalog_version},
 * and a connection of its own, outside the pool, listens and re-reads it then. Pages so
 * learn of a change as soon as
 * it is committed, on every instance, without a query per request. Whenever the
 * listening connection is not working, every call reads the version from the database
 * instead, and a new connection reads it afresh, so no change is ever missed.
 */
@Component
class CatalogVersions implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(CatalogVersions.class);

	static final String CHANNEL = "catalog_version";

	private static final String READ = "select version, changed_at from catalog_version";

	/** How long to wait for a notification before checking that the connection still works. */
	private static final int WAIT_MILLIS = 10_000;

	private static final Duration RETRY = Duration.ofMillis(500);

	private static final int CONNECT_TIMEOUT_SECONDS = 5;

	private final DataSource dataSource;

	private final DirectConnections connections;

	/** What the last notification (or the listener's first read) said; {@code null} while not listening. */
	private volatile CatalogVersion known;

	/** The newest version read by any means: what pages show while the database cannot be reached. */
	private volatile CatalogVersion lastRead;

	private final DatabaseAvailability availability;

	private volatile boolean running;

	private volatile Connection listening;

	private Thread listener;

	CatalogVersions(DataSource dataSource, DirectConnections connections, DatabaseAvailability availability) {
		this.dataSource = dataSource;
		this.connections = connections;
		this.availability = availability;
	}

	/**
	 * The current version: from memory while listening, else one query. While the database
	 * cannot be reached, the last one read, so that kept pages are still served.
	 */
	CatalogVersion current() {
		CatalogVersion version = this.known;
		if (version != null) {
			return version;
		}
		CatalogVersion last = this.lastRead;
		if (last != null && this.availability.isDown()) {
			return last;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			return remember(read(connection));
		}
		catch (SQLException ex) {
			this.availability.failed(ex);
			if (last != null && DatabaseAvailability.isOutage(ex)) {
				return last;
			}
			throw new IllegalStateException("Could not read the catalog version", ex);
		}
	}

	private CatalogVersion remember(CatalogVersion version) {
		CatalogVersion last = this.lastRead;
		if (last == null || version.number() >= last.number()) {
			this.lastRead = version;
		}
		return version;
	}

	/**
	 * Reads the version once a change has committed on this instance: its next page shows
	 * the change without waiting for the notification, which comes a moment later.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(CatalogChanged change) {
		refresh();
	}

	private void refresh() {
		if (this.known == null) {
			return; // not listening: every call reads the database anyway
		}
		try (Connection connection = this.dataSource.getConnection()) {
			advance(read(connection));
		}
		catch (SQLException ex) {
			logger.warn("Could not read the catalog version after a change (the notification will bring it): "
					+ ex.getMessage());
		}
	}

	/** The known version only ever goes up: a late read never hides a newer one. */
	private synchronized void advance(CatalogVersion version) {
		CatalogVersion known = this.known;
		if (known != null && version.number() > known.number()) {
			this.known = remember(version);
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.listener = new Thread(this::listen, "catalog-version-listener");
		this.listener.setDaemon(true);
		this.listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.known = null;
		Connection connection = this.listening;
		if (connection != null) {
			// ends a wait for notifications at once
			closeQuietly(connection);
		}
		try {
			this.listener.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		int failures = 0;
		while (this.running) {
			try (Connection connection = connect()) {
				this.listening = connection;
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				// anything committed before LISTEN took effect is in this read
				this.known = remember(read(connection));
				if (failures > 0) {
					logger.debug("Listening for catalog changes again");
					failures = 0;
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
					if (notifications != null && notifications.length > 0) {
						advance(read(connection));
					}
					else if (!connection.isValid(5)) {
						throw new SQLException("The listening connection stopped working");
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				this.known = null;
				if (this.running) {
					this.availability.failed(ex);
					// a lost database is logged once, by DatabaseAvailability; anything else here
					if (failures++ == 0 && !DatabaseAvailability.isOutage(ex)) {
						logger.warn("Not listening for catalog changes (reading the version per request until "
								+ "listening again): " + ex.getMessage());
					}
					else {
						logger.debug("Still not listening for catalog changes: " + ex.getMessage());
					}
					pause();
				}
			}
			finally {
				this.listening = null;
			}
		}
	}

	private static CatalogVersion read(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(READ)) {
			if (!row.next()) {
				throw new SQLException("catalog_version has no row");
			}
			return new CatalogVersion(row.getLong(1), row.getTimestamp(2).toInstant());
		}
	}

	private Connection connect() throws SQLException {
		return this.connections.open("career-compare catalog listener", CONNECT_TIMEOUT_SECONDS);
	}

	private void pause() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// closing to stop: nothing more to do
		}
	}

}
