package com.careercompare.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits for something that happens elsewhere (another thread, instance or server) to show. */
public final class Eventually {

	private Eventually() {
	}

	/** Waits up to five seconds for the condition, asking every 10 ms; fails the test if it never holds. */
	public static void awaitUntil(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited five seconds").isLessThan(deadline);
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
