package com.careercompare.occupation.editing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.careercompare.occupation.OccupationStore.ImportOutcome;
import com.careercompare.occupation.editing.CatalogImport.Applied;
import com.careercompare.occupation.editing.CatalogImport.Preview;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Imports under way or waiting for an admin to confirm them, each with its uploaded file in
 * a temporary file, checked and then applied one at a time in the background so that the
 * page can show how far it has got. An import is kept for an hour after it was last looked
 * at; the most recent few are kept. They live on the instance that received the file.
 */
@Component
class ImportJobs implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ImportJobs.class);

	/** How long a page waits for a small import's step to finish, so that it shows the result at once. */
	static final Duration WAIT = Duration.ofSeconds(2);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CatalogImport catalogImport;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "catalog-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Cache<String, ImportJob> jobs = Caffeine.newBuilder()
		.maximumSize(20)
		.expireAfterAccess(Duration.ofHours(1))
		.removalListener((String id, ImportJob job, RemovalCause cause) -> {
			if (job != null) {
				job.deleteFile();
			}
		})
		.build();

	ImportJobs(CatalogImport catalogImport) {
		this.catalogImport = catalogImport;
	}

	/** One uploaded file, from its check to its import. */
	static final class ImportJob {

		enum State {

			CHECKING, CHECKED, APPLYING, DONE, FAILED

		}

		private final String id;

		private final Path file;

		private final String fileName;

		private volatile State state = State.CHECKING;

		private volatile String step = "Waiting to start";

		private volatile int done;

		private volatile int total;

		private volatile Preview preview;

		/** Set when the catalog changed after the preview an admin confirmed, which was checked again. */
		private volatile boolean checkedAgain;

		private volatile boolean removedAbsent;

		private volatile ImportOutcome outcome;

		private volatile String appliedBy;

		private volatile Future<?> running;

		ImportJob(String id, Path file, String fileName) {
			this.id = id;
			this.file = file;
			this.fileName = fileName;
		}

		public String id() {
			return this.id;
		}

		public String fileName() {
			return this.fileName;
		}

		public State state() {
			return this.state;
		}

		public boolean isWorking() {
			return this.state == State.CHECKING || this.state == State.APPLYING;
		}

		public String step() {
			return this.step;
		}

		public int done() {
			return this.done;
		}

		public int total() {
			return this.total;
		}

		public Preview preview() {
			return this.preview;
		}

		public boolean checkedAgain() {
			return this.checkedAgain;
		}

		public boolean removedAbsent() {
			return this.removedAbsent;
		}

		public ImportOutcome outcome() {
			return this.outcome;
		}

		public String appliedBy() {
			return this.appliedBy;
		}

		CatalogImport.Progress progress() {
			return new CatalogImport.Progress() {

				@Override
				public void step(String step, int total) {
					ImportJob.this.step = step;
					ImportJob.this.total = total;
					ImportJob.this.done = 0;
				}

				@Override
				public void done(int done) {
					ImportJob.this.done = done;
				}

			};
		}

		void deleteFile() {
			try {
				Files.deleteIfExists(this.file);
			}
			catch (IOException ex) {
				logger.warn("Could not delete " + this.file + ": " + ex.getMessage());
			}
		}

		/** Waits a moment for the step under way, so that a small file's page shows its result at once. */
		void awaitBriefly() {
			Future<?> future = this.running;
			if (future == null) {
				return;
			}
			try {
				future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				// still working: the page shows its progress
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (java.util.concurrent.ExecutionException ex) {
				// recorded by the task itself
			}
		}

	}

	/** Keeps the uploaded file and starts checking it. */
	ImportJob check(InputStream upload, String fileName) {
		Path file;
		try {
			file = Files.createTempFile("catalog-import-", ".zip");
			Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the uploaded file", ex);
		}
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		ImportJob job = new ImportJob(Base64.getUrlEncoder().withoutPadding().encodeToString(random), file, fileName);
		this.jobs.put(job.id(), job);
		job.running = this.worker.submit(() -> {
			try {
				job.preview = this.catalogImport.check(job.file, job.fileName, job.progress());
				job.state = ImportJob.State.CHECKED;
			}
			catch (RuntimeException ex) {
				failed(job, ex);
			}
		});
		return job;
	}

	Optional<ImportJob> find(String id) {
		return Optional.ofNullable(this.jobs.getIfPresent(id));
	}

	/**
	 * Starts importing a checked file, if the admin confirmed the preview it has now (its
	 * catalog version) and it has nothing wrong; returns whether it started.
	 */
	boolean apply(ImportJob job, long confirmedVersion, boolean removeAbsent, String by) {
		synchronized (job) {
			Preview preview = job.preview;
			if (job.state != ImportJob.State.CHECKED || preview == null || !preview.isImportable()
					|| preview.catalogVersion() != confirmedVersion) {
				return false;
			}
			job.state = ImportJob.State.APPLYING;
			job.removedAbsent = removeAbsent;
			job.appliedBy = by;
			job.checkedAgain = false;
		}
		job.running = this.worker.submit(() -> {
			try {
				Applied applied = this.catalogImport.apply(job.file, job.fileName, removeAbsent, confirmedVersion, by,
						job.progress());
				job.preview = applied.preview();
				if (applied.isDone()) {
					job.outcome = applied.outcome();
					job.state = ImportJob.State.DONE;
					job.deleteFile();
					logger.info(by + " imported " + job.fileName + ": " + applied.outcome());
				}
				else {
					job.checkedAgain = true;
					job.state = ImportJob.State.CHECKED;
				}
			}
			catch (RuntimeException ex) {
				failed(job, ex);
			}
		});
		return true;
	}

	private static void failed(ImportJob job, RuntimeException ex) {
		logger.error("Import of " + job.fileName + " failed", ex);
		job.state = ImportJob.State.FAILED;
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
		this.jobs.invalidateAll();
	}

}
