package com.careercompare.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the admin area against the running site. All such classes share one context
 * on a database of their own (they save changes; the seeded database stays as seeded), and
 * the first admin is created at startup from {@code ADMIN_USERNAME} and
 * {@code ADMIN_PASSWORD}, as on a fresh deployment: {@link #USERNAME} and a password made
 * up for this test run, {@link #PASSWORD}. Each test works on occupations and admins it
 * creates, so the tests do not depend on one another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { TestDatabaseInitializer.OWN_DATABASE + "=admin_tests", "ADMIN_USERNAME=" + AdminTest.USERNAME })
@ContextConfiguration(initializers = AdminTest.Password.class)
public @interface AdminTest {

	String USERNAME = "first-admin";

	/** Made up for this test run: there is no password the site or its tests know in advance. */
	String PASSWORD = Password.RANDOM;

	class Password implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		static final String RANDOM = newPassword();

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("testAdminPassword", Map.of("ADMIN_PASSWORD", RANDOM)));
		}

		/** 120 random bits, as a password the site accepts. */
		public static String newPassword() {
			byte[] bytes = new byte[15];
			new SecureRandom().nextBytes(bytes);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}

	}

}
