package com.careercompare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

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
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String POSTGRES_IMAGE = "postgres:18";

	private static Connection connection;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> properties = new HashMap<>();
		// never swap in an embedded stand-in for the slices
		properties.put("spring.test.database.replace", "none");
		if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			Connection database = database();
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
	}

}
