package com.careercompare.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that drives {@link Chromium}. Without Chromium the whole class is skipped,
 * and the report and the build log name the command that installs it; under CI
 * ({@code CI=true}) it runs anyway, so that {@link Chromium#launch()} fails it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BrowserTest.ChromiumInstalled.class)
public @interface BrowserTest {

	class ChromiumInstalled implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Chromium.isInstalled() || Chromium.isCi()) {
				return ConditionEvaluationResult.enabled("Chromium is installed, or CI requires it");
			}
			String reason = "SKIPPED browser tests: " + Chromium.missingMessage();
			System.err.println("[WARNING] " + reason);
			return ConditionEvaluationResult.disabled(reason);
		}

	}

}
