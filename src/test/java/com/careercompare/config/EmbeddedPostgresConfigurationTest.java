package com.careercompare.config;

import java.io.FileOutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server's data directory after a site that did not shut down. */
class EmbeddedPostgresConfigurationTest {

	@TempDir
	Path dataDirectory;

	@Test
	void aServerLeftRunningByACrashedSiteIsStoppedAndTheDirectoryReused() throws Exception {
		EmbeddedPostgres crashed = start();
		long pid = Long.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).strip());
		// what a crash leaves: the server running, but no site holding zonky's lock
		releaseLock(crashed);

		EmbeddedPostgresConfiguration.stopLeftoverServer(this.dataDirectory);

		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		try (EmbeddedPostgres restarted = start()) {
			assertThat(restarted.getPostgresDatabase().getConnection().isValid(5)).isTrue();
		}
	}

	@Test
	void aServerOfARunningSiteIsLeftAlone() throws Exception {
		try (EmbeddedPostgres running = start()) {
			long pid = Long.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).strip());
			EmbeddedPostgresConfiguration.stopLeftoverServer(this.dataDirectory);
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isTrue();
			assertThat(running.getPostgresDatabase().getConnection().isValid(5)).isTrue();
		}
	}

	@Test
	void theSiteServerWritesEveryConfirmedSaveToDisk() throws Exception {
		try (EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres(this.dataDirectory);
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(statement, "fsync")).isEqualTo("on");
		}
	}

	private static String setting(Statement statement, String name) throws Exception {
		try (ResultSet result = statement.executeQuery("SHOW " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	private EmbeddedPostgres start() throws Exception {
		return EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
	}

	private static void releaseLock(EmbeddedPostgres postgres) throws Exception {
		Field lockStream = EmbeddedPostgres.class.getDeclaredField("lockStream");
		lockStream.setAccessible(true);
		((FileOutputStream) lockStream.get(postgres)).close();
	}

}
