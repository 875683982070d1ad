package com.careercompare.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of catalog imports against the running site: on a database of its own, as an
 * import changes the whole catalog, with the first admin of {@link AdminTest}, and with the
 * import's limits set low, so that small files reach them (200 KB uploaded, 1 MB unpacked,
 * lines of 20,000 characters).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { TestDatabaseInitializer.OWN_DATABASE + "=import_tests", "ADMIN_USERNAME=" + AdminTest.USERNAME,
				"career-compare.import.max-file-size=200KB", "career-compare.import.max-unpacked-size=1MB",
				"career-compare.import.max-line-length=20000" })
@ContextConfiguration(initializers = AdminTest.Password.class)
public @interface ImportTest {

}
