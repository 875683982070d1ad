package com.careercompare.admin;

import com.careercompare.database.DatabaseAvailability;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Deletes expired admin sessions every minute, as Spring Session's own job would
 * ({@code spring.session.jdbc.cleanup-cron} is off), but not while the database cannot be
 * reached: an outage is logged once, not once a minute with a stack trace.
 */
@Component
class ExpiredSessions {

	private static final Log logger = LogFactory.getLog(ExpiredSessions.class);

	private final JdbcIndexedSessionRepository sessions;

	private final DatabaseAvailability availability;

	ExpiredSessions(JdbcIndexedSessionRepository sessions, DatabaseAvailability availability) {
		this.sessions = sessions;
		this.availability = availability;
	}

	@Scheduled(cron = "${career-compare.admin.sessions.cleanup-cron}")
	void delete() {
		if (this.availability.isDown()) {
			return;
		}
		try {
			this.sessions.cleanUpExpiredSessions();
		}
		catch (DataAccessException | TransactionException ex) {
			if (!DatabaseAvailability.isOutage(ex)) {
				throw ex;
			}
			this.availability.failed(ex);
			logger.debug("Expired sessions not deleted: the database cannot be reached", ex);
		}
	}

}
