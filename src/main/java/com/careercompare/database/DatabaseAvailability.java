package com.careercompare.database;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.PersistenceException;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Whether PostgreSQL can be reached, as this instance last found. Anything that fails to
 * reach the database says so ({@link #failed}); one probe, on a connection of its own
 * outside the pool, then decides: only if it cannot connect either is the database
 * <em>down</em> (a request that merely waited too long for a busy pool does not take the
 * site down). While down, pages kept in memory are still served and everything else is
 * answered 503 at once ({@link DatabaseOutageFilter}); readiness is refused, so that a load
 * balancer sends traffic elsewhere; and the probe tries again twice a second. It logs one
 * warning when the database is lost and one line when it is back.
 */
@Component
public class DatabaseAvailability implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DatabaseAvailability.class);

	/** How often a lost database is tried again: a refused connection costs next to nothing. */
	static final Duration RETRY = Duration.ofMillis(500);

	/** What the probe waits to connect and for its check: far more than a working server needs. */
	private static final int PROBE_TIMEOUT_SECONDS = 2;

	private final DirectConnections connections;

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final AtomicBoolean probing = new AtomicBoolean();

	private volatile boolean down;

	private volatile Instant downSince;

	/** What the last failed probe was told, for the warning. */
	private volatile String lastProblem;

	private volatile ScheduledExecutorService probes;

	DatabaseAvailability(DirectConnections connections, DataSource dataSource, ApplicationEventPublisher events) {
		this.connections = connections;
		this.dataSource = dataSource;
		this.events = events;
	}

	/** True while the database is known to be unreachable. */
	public boolean isDown() {
		return this.down;
	}

	/**
	 * Reports a failure to use the database. If it is one of reaching it (not, say, a
	 * constraint), the database is probed now, unless a probe is under way.
	 */
	public void failed(Throwable failure) {
		if (isOutage(failure) && !this.down) {
			probeSoon(0);
		}
	}

	/**
	 * Whether the database being out of reach explains this failure: it says so itself, or it
	 * is a failure of the data layer (a rollback on a connection that was closed under it, say)
	 * while the database is down or cannot be reached now. A probe then starts as for
	 * {@link #failed}. False for a failure of anything else, or of a database that answers.
	 */
	public boolean explains(Throwable failure) {
		if (isOutage(failure)) {
			failed(failure);
			return true;
		}
		if (!isDataAccess(failure)) {
			return false;
		}
		if (this.down || !reachable()) {
			probeSoon(0);
			return true;
		}
		return false;
	}

	private static boolean isDataAccess(Throwable failure) {
		return anyCause(failure, (cause) -> cause instanceof SQLException || cause instanceof DataAccessException
				|| cause instanceof TransactionException || cause instanceof PersistenceException);
	}

	/** Whether a failure is one of reaching the database: no connection, a lost one, a server shutting down. */
	public static boolean isOutage(Throwable failure) {
		return anyCause(failure, (cause) -> cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException
				|| (cause instanceof SQLException sql && sql.getSQLState() != null
						&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))));
	}

	private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (test.test(cause)) {
				return true;
			}
		}
		return false;
	}

	private void probeSoon(long delayMillis) {
		ScheduledExecutorService probes = this.probes;
		if (probes != null && this.probing.compareAndSet(false, true)) {
			probes.schedule(this::probe, delayMillis, TimeUnit.MILLISECONDS);
		}
	}

	private void probe() {
		boolean reachable = reachable();
		this.probing.set(false);
		if (reachable && this.down) {
			this.down = false;
			logger.info("The database is reachable again, after "
					+ Duration.between(this.downSince, Instant.now()).toSeconds() + " s: serving every page");
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
		}
		else if (!reachable) {
			if (!this.down) {
				this.down = true;
				this.downSince = Instant.now();
				logger.warn("The database cannot be reached (" + this.lastProblem + "): serving the pages kept in "
						+ "memory, answering 503 for the rest, and trying again every " + RETRY.toMillis() + " ms");
				AvailabilityChangeEvent.publish(this.events, this, ReadinessState.REFUSING_TRAFFIC);
				letPooledConnectionsGo();
			}
			probeSoon(RETRY.toMillis());
		}
	}

	/**
	 * The pool's connections died with the server: closed now, rather than each found dead
	 * (and logged) when first used after it is back.
	 */
	private void letPooledConnectionsGo() {
		try {
			if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
				HikariPoolMXBean pool = this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
				if (pool != null) {
					pool.softEvictConnections();
				}
			}
		}
		catch (SQLException ex) {
			// not a Hikari pool: its connections are checked as it checks them
		}
	}

	private boolean reachable() {
		try (Connection connection = this.connections.open("career-compare probe", PROBE_TIMEOUT_SECONDS)) {
			return connection.isValid(PROBE_TIMEOUT_SECONDS);
		}
		catch (SQLException ex) {
			this.lastProblem = ex.getMessage();
			return false;
		}
	}

	@Override
	public void start() {
		this.probes = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "database-probe");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void stop() {
		ScheduledExecutorService probes = this.probes;
		this.probes = null;
		if (probes != null) {
			probes.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.probes != null;
	}

}
