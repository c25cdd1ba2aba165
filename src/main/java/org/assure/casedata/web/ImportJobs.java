package org.assure.casedata.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.assure.casedata.CaseDataImports;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportSource;
import org.assure.casedata.ImportSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Imports started from the web page, run in the background so that the page can show
 * their progress. The uploaded files live in a temporary folder until the import ends.
 */
@Component
class ImportJobs {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	private final CaseDataImports imports;

	private final TaskExecutor executor;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	// Boot's executor for background work, not the scheduler's (a task executor too).
	ImportJobs(CaseDataImports imports, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.imports = imports;
		this.executor = executor;
	}

	String start(long partnershipId, @Nullable Long agencyId, ImportSource source, @Nullable String period, Path folder,
			List<ImportFile> files, String username) {
		String id = UUID.randomUUID().toString();
		Job job = new Job(id, partnershipId, agencyId, source);
		this.jobs.put(id, job);
		this.executor.execute(() -> {
			try {
				ImportSummary summary = this.imports.importFiles(partnershipId, source, files, period, agencyId,
						username, (bytes, total, children) -> {
							job.percent = (total > 0) ? (int) Math.min(99, bytes * 100 / total) : 0;
							job.children = children;
						});
				job.summary = summary;
			}
			catch (ImportFailed ex) {
				job.failure = ex.getMessage();
			}
			catch (RuntimeException ex) {
				logger.error("Import {} failed", id, ex);
				job.failure = "The import failed unexpectedly and nothing was written. Tell your administrator the "
						+ "time it happened.";
			}
			finally {
				job.percent = 100;
				job.done = true;
				deleteQuietly(folder);
			}
		});
		return id;
	}

	Optional<Job> find(String id, long partnershipId, @Nullable Long agencyId) {
		Job job = this.jobs.get(id);
		if (job == null || job.partnershipId != partnershipId || (agencyId != null && !agencyId.equals(job.agencyId))) {
			return Optional.empty();
		}
		return Optional.of(job);
	}

	private static void deleteQuietly(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Could not delete the uploaded files in {}", folder, ex);
		}
	}

	/** An import under way or done. */
	static final class Job {

		final String id;

		final long partnershipId;

		final @Nullable Long agencyId;

		final ImportSource source;

		volatile int percent;

		volatile long children;

		volatile boolean done;

		volatile @Nullable ImportSummary summary;

		volatile @Nullable String failure;

		Job(String id, long partnershipId, @Nullable Long agencyId, ImportSource source) {
			this.id = id;
			this.partnershipId = partnershipId;
			this.agencyId = agencyId;
			this.source = source;
		}

		public String getId() {
			return this.id;
		}

		public int getPercent() {
			return this.percent;
		}

		public long getChildren() {
			return this.children;
		}

		public boolean isDone() {
			return this.done;
		}

		public @Nullable ImportSummary getSummary() {
			return this.summary;
		}

		public @Nullable String getFailure() {
			return this.failure;
		}

		public String getSourceLabel() {
			return this.source.label();
		}

	}

}
