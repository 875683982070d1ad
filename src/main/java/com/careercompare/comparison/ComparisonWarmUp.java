package com.careercompare.comparison;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.careercompare.occupation.OccupationCatalog;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders every occupation's comparison parts in the background once the site is up, and
 * again after each change to the catalog (on this instance or another: the catalog's
 * version, checked every {@code career-compare.comparison-parts.warm-up-check}). Without
 * it, a large catalog's comparison pages are slow for minutes after each start or import,
 * until each occupation has been on a page once.
 */
@Component
class ComparisonWarmUp implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ComparisonWarmUp.class);

	private final ComparisonColumns columns;

	private final OccupationCatalog catalog;

	private final boolean enabled;

	private final long checkMillis;

	private ScheduledExecutorService executor;

	/** The version whose parts were last rendered; -1 before the first. */
	private long warmed = -1;

	ComparisonWarmUp(ComparisonColumns columns, OccupationCatalog catalog,
			@Value("${career-compare.comparison-parts.warm-up:true}") boolean enabled,
			@Value("${career-compare.comparison-parts.warm-up-check:2s}") Duration check) {
		this.columns = columns;
		this.catalog = catalog;
		this.enabled = enabled;
		this.checkMillis = check.toMillis();
	}

	/** Once the site serves pages: the first pages are not kept waiting for the warm-up. */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (this.enabled && this.executor != null) {
			this.executor.scheduleWithFixedDelay(this::check, 0, this.checkMillis, TimeUnit.MILLISECONDS);
		}
	}

	/** Renders the parts of the current version, if not done yet. */
	void check() {
		try {
			long version = this.catalog.version().number();
			if (version == this.warmed) {
				return;
			}
			long began = System.nanoTime();
			int rendered = this.columns.renderAll();
			this.warmed = (this.catalog.version().number() == version) ? version : this.warmed;
			if (rendered > 0) {
				logger.info("Rendered the comparison parts of " + rendered + " occupations in "
						+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms (catalog version " + version
						+ ", " + this.columns.weightedSize() / (1024 * 1024) + " MB kept)");
			}
		}
		catch (RuntimeException ex) {
			// the database out of reach, say: tried again at the next check
			logger.debug("Could not render the comparison parts in advance", ex);
		}
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "comparison-warm-up");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		});
	}

	@Override
	public void stop() {
		this.executor.shutdownNow();
		this.executor = null;
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
