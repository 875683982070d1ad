package com.careercompare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Every test context, slices included, runs on real PostgreSQL: one server per test
 * JVM, from Testcontainers when Docker is available and an embedded server otherwise.
 * An explicit {@code SPRING_DATASOURCE_URL} wins. Listed in {@code META-INF/spring.factories}.
 * <p>
 * Tests share one database, seeded and never changed. A test class that saves changes
 * names a database of its own with {@code career-compare.test.database=<name>}; it is
 * created empty on the same server, and Flyway seeds it.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String POSTGRES_IMAGE = "postgres:18";

	/** The property naming a test class's own database. */
	public static final String OWN_DATABASE = "career-compare.test.database";

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

	private static Connection connection;

	private static final Set<String> created = new HashSet<>();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> properties = new HashMap<>();
		// never swap in an embedded stand-in for the slices
		properties.put("spring.test.database.replace", "none");
		if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			String own = environment.getProperty(OWN_DATABASE);
			Connection database = StringUtils.hasText(own) ? ownDatabase(own) : database();
			properties.put("spring.datasource.url", database.url());
			properties.put("spring.datasource.username", database.username());
			properties.put("spring.datasource.password", database.password());
		}
		environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
	}

	/** Where the test JVM's one database is, started on first use. */
	public static synchronized Connection database() {
		if (connection == null) {
			connection = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : startEmbedded();
		}
		return connection;
	}

	/** A database of this name on the test server, created empty the first time it is asked for. */
	public static synchronized Connection ownDatabase(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a database name for tests: " + name);
		}
		Connection shared = database();
		if (created.add(name)) {
			try (java.sql.Connection jdbc = DriverManager.getConnection(shared.url(), shared.username(), shared.password());
					Statement statement = jdbc.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				statement.execute("CREATE DATABASE " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the test database " + name, ex);
			}
		}
		return shared.withDatabase(name);
	}

	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Connection startEmbedded() {
		try {
			// zonky's shutdown hook stops the server when the test JVM exits
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded PostgreSQL for the tests", ex);
		}
	}

	public record Connection(String url, String username, String password) {

		/** The same server, another database: the URL's path names the database. */
		Connection withDatabase(String name) {
			int path = this.url.indexOf('/', "jdbc:postgresql://".length());
			int query = this.url.indexOf('?', path);
			String rest = (query >= 0) ? this.url.substring(query) : "";
			return new Connection(this.url.substring(0, path + 1) + name + rest, this.username, this.password);
		}

	}

}
