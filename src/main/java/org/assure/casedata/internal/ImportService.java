package org.assure.casedata.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.casedata.BatchPeriod;
import org.assure.casedata.CaseDataImported;
import org.assure.casedata.CaseDataImports;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportProgress;
import org.assure.casedata.ImportSource;
import org.assure.casedata.ImportSummary;
import org.assure.casedata.annexa.AnnexAReader;
import org.assure.casedata.cin.CinCensusReader;
import org.assure.casedata.csv.AssureCsvReader;
import org.assure.casedata.ssda903.Ssda903Reader;
import org.assure.casedata.journey.Journey;
import org.assure.casedata.quality.CodeLists;
import org.assure.casedata.quality.Finding;
import org.assure.casedata.quality.RuleSet;
import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.ValidationReport;
import org.assure.casedata.validation.Violation;
import org.assure.casedata.quality.Severity;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import in one transaction: read, judge, pseudonymise and write each child;
 * replace the earlier batch of the same source and period; record the batch and its
 * summary. Any fatal problem, or the process dying, rolls everything back.
 */
@Service
class ImportService implements CaseDataImports {

	/**
	 * The tables that hold a batch's case-level rows, children last: what replacing a
	 * batch deletes, and what the retention schedule deletes of a batch past its time.
	 */
	static final List<String> CASE_LEVEL_TABLES = List.of("data_quality_finding", "child_protection_review",
			"child_protection_plan", "section47_enquiry", "cin_plan", "assessment", "episode_of_need",
			"early_help_assessment", "contact", "looked_after_episode", "missing_episode", "care_leaver", "child",
			"kept_return_row");

	private static final Logger logger = LoggerFactory.getLogger(ImportService.class);

	/**
	 * The largest file Assure accepts, so that a runaway upload cannot fill the disk or
	 * the day.
	 */
	static final long MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Pseudonymiser pseudonymiser;

	private final WorkingDays workingDays;

	private final AccessLog accessLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final KeptReturns keptReturns;

	private final ReferenceTables referenceTables;

	ImportService(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions, Pseudonymiser pseudonymiser,
			WorkingDays workingDays, AccessLog accessLog, ApplicationEventPublisher events, Clock clock,
			KeptReturns keptReturns, ReferenceTables referenceTables) {
		this.keptReturns = keptReturns;
		this.referenceTables = referenceTables;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.pseudonymiser = pseudonymiser;
		this.workingDays = workingDays;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public ImportSummary importFiles(long partnershipId, ImportSource source, List<ImportFile> files,
			@Nullable String period, @Nullable Long agencyId, String username, ImportProgress progress) {
		if (files.isEmpty()) {
			throw new ImportFailed("No file to import");
		}
		long totalBytes = 0;
		for (ImportFile file : files) {
			totalBytes += size(file);
		}
		String checksum = checksum(files);
		if (source != ImportSource.CIN_CENSUS && (period == null || period.isBlank())) {
			throw new ImportFailed("The " + source.label() + " does not say which period it covers: give the period, "
					+ "such as 2014-15");
		}
		String periodCode = null;
		if (period != null && !period.isBlank()) {
			BatchPeriod parsed;
			try {
				parsed = BatchPeriod.parse(period);
			}
			catch (IllegalArgumentException ex) {
				throw new ImportFailed("The period: " + ex.getMessage(), ex);
			}
			if (parsed.isSpan() && source != ImportSource.ASSURE_CSV) {
				throw new ImportFailed("The period: a " + source.label() + " covers one period; a span of years such "
						+ "as " + parsed.code().replace("-to-", " to ") + " is for an Assure CSV extract of a case "
						+ "system's history");
			}
			periodCode = parsed.code();
		}
		long total = totalBytes;
		String chosenPeriod = periodCode;
		logger.info("Importing {} ({}, {} bytes) into partnership {}", files.stream().map(ImportFile::name).toList(),
				source.code(), totalBytes, partnershipId);
		ImportSummary summary;
		try {
			summary = this.transactions.execute((status) -> {
				try {
					return run(partnershipId, source, files, chosenPeriod, agencyId, username, checksum, total,
							progress);
				}
				catch (SQLException ex) {
					throw new ImportFailed("The database refused the import: " + ex.getMessage(), ex);
				}
			});
		}
		catch (DataAccessException ex) {
			logger.error("Import into partnership {} failed in the database", partnershipId, ex);
			throw new ImportFailed("The database refused the import, so nothing was written: "
					+ ex.getMostSpecificCause().getMessage(), ex);
		}
		if (summary == null) {
			throw new ImportFailed("The import did not complete");
		}
		logger.info("Imported batch {} ({} {}): {} children, {} errors, {} queries{}", summary.batchId(),
				summary.source(), summary.period(), summary.children(), summary.errors(), summary.queries(),
				summary.unchanged() ? " (unchanged: already imported)" : "");
		if (!summary.unchanged()) {
			this.accessLog.record(new AccessEvent(partnershipId, username, AccessAction.CREATE, "import-batch",
					String.valueOf(summary.batchId()), org.assure.audit.AccessOutcome.SUCCESS,
					source.code() + " " + summary.period() + ": " + summary.children() + " children"));
			this.events.publishEvent(new CaseDataImported(partnershipId, summary.batchId(), source, summary.period()));
		}
		return summary;
	}

	/**
	 * On PostgreSQL, plans each statement of the import's transaction for its own values
	 * and the tables' sizes as they are ({@code plan_cache_mode = force_custom_plan}, for
	 * this transaction only). Without it the foreign-key checks, prepared once, keep the
	 * plan chosen while the tables were nearly empty (a sequential scan of the child
	 * table) and each new row scans every row written before it: an import of 70,000
	 * children took minutes instead of 16 seconds (docs/performance.md).
	 * @param connection the import's connection, in its transaction
	 * @throws SQLException when the setting is refused
	 */
	static void planEachForeignKeyCheck(Connection connection) throws SQLException {
		if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			try (java.sql.Statement statement = connection.createStatement()) {
				statement.execute("set local plan_cache_mode = force_custom_plan");
			}
		}
	}

	private ImportSummary run(long partnershipId, ImportSource source, List<ImportFile> files, @Nullable String period,
			@Nullable Long agencyId, String username, String checksum, long totalBytes, ImportProgress progress)
			throws SQLException {
		lockPartnership(partnershipId);
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		planEachForeignKeyCheck(connection);
		Run run = new Run(partnershipId, source, checksum, agencyId, username);
		long[] bytesBefore = { 0 };
		if (source == ImportSource.SSDA903 && period != null) {
			try {
				run.start(connection, period, BatchPeriod.parse(period).end(), files);
				Ssda903Reader.read(files, ReportingPeriod.parse(period).end(), (child) -> {
					run.child(child);
					progress.progressed(0, totalBytes, run.childrenRead);
				});
				try {
					int year = collectionYear(ReportingPeriod.parse(period).end());
					List<org.assure.casedata.validation.ReturnChild> read = new ArrayList<>();
					run.dfe(new ReturnValidator(this.workingDays, CodeLists.dfe()).ssda903(files, year,
							this.keptReturns.lastYear(partnershipId, agencyId, year),
							this.referenceTables.forReturn(partnershipId, files), read::add));
					// Kept for next year's rules that compare with this return.
					long keeping = System.nanoTime();
					long kept = this.keptReturns.write(connection, partnershipId, run.batchId, read);
					logger.info("Kept {} rows of {} children for next year's rules in {} ms", kept, read.size(),
							(System.nanoTime() - keeping) / 1_000_000);
				}
				catch (ImportFailed ex) {
					// The XML form: imported, not yet checked against the DfE's rules.
					logger.info("SSDA903 batch not checked against the DfE's rules: {}", ex.getMessage());
					run.notes.add("Not checked against the DfE's rules: " + ex.getMessage());
				}
				return run.finish();
			}
			catch (Unchanged unchanged) {
				return unchanged.summary;
			}
			catch (WriteFailed ex) {
				throw ex.getCause();
			}
			finally {
				run.close();
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		}
		try {
			for (ImportFile file : files) {
				try (InputStream raw = Files.newInputStream(file.path());
						CountingStream counted = new CountingStream(new BufferedInputStream(raw, 1 << 16))) {
					long offset = bytesBefore[0];
					if (source != ImportSource.CIN_CENSUS) {
						if (run.rules == null && period != null) {
							run.start(connection, period, BatchPeriod.parse(period).end(), files);
						}
						java.util.function.Consumer<Journey.Child> each = (child) -> {
							run.child(child);
							progress.progressed(offset + counted.count(), totalBytes, run.childrenRead);
						};
						if (source == ImportSource.ANNEX_A) {
							run.notes
								.addAll(AnnexAReader.read(counted, file.name(), BatchPeriod.parse(period).end(), each)
									.passedOver());
						}
						else {
							AssureCsvReader.read(counted, file.name(), each);
						}
						bytesBefore[0] += counted.count();
						continue;
					}
					CinCensusReader.read(counted, file.name(), (header) -> {
						if (run.rules == null) {
							LocalDate reference = header.referenceDate();
							if (reference == null) {
								throw new ImportFailed(file.name()
										+ ": Header/CollectionDetails/ReferenceDate is missing; it says which census "
										+ "the file is for");
							}
							run.start(connection,
									(period != null) ? period : ReportingPeriod.financialYearOf(reference).code(),
									reference, files);
						}
					}, (child) -> {
						run.child(child);
						progress.progressed(offset + counted.count(), totalBytes, run.childrenRead);
					});
					bytesBefore[0] += counted.count();
					if (run.referenceDate != null) {
						try (InputStream again = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
							run.dfe(new ReturnValidator(this.workingDays, CodeLists.dfe()).cinCensus(again, file.name(),
									collectionYear(run.referenceDate)));
						}
					}
				}
				catch (IOException ex) {
					throw new ImportFailed(file.name() + ": cannot be read (" + ex.getMessage() + ")", ex);
				}
				catch (Unchanged unchanged) {
					return unchanged.summary;
				}
				catch (WriteFailed ex) {
					throw ex.getCause();
				}
				if (run.rules == null) {
					throw new ImportFailed(file.name() + ": has no children and no header; nothing to import");
				}
			}
			return run.finish();
		}
		finally {
			run.close();
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private void lockPartnership(long partnershipId) {
		// Imports of one partnership run one at a time: ids are handed out from the
		// highest.
		Optional<Long> locked = this.jdbc
			.sql("select partnership_id from partnership where partnership_id = ? for update")
			.param(partnershipId)
			.query(Long.class)
			.optional();
		if (locked.isEmpty()) {
			throw new ImportFailed("No partnership with id " + partnershipId);
		}
	}

	/** One import in progress. */
	private final class Run implements AutoCloseable {

		private final long partnershipId;

		private final ImportSource source;

		private final String checksum;

		private final String username;

		private final @Nullable Long agencyId;

		private @Nullable RuleSet rules;

		private @Nullable JourneyWriter writer;

		private long batchId;

		private long replaced;

		private String period = "";

		private @Nullable LocalDate referenceDate;

		private List<String> fileNames = List.of();

		private final Set<String> seen = new HashSet<>();

		private final Map<String, Long> byRule = new TreeMap<>();

		private long errors;

		private long queries;

		private long childrenRead;

		private long dfeErrors;

		private long dfeQueries;

		/** What was passed over or could not be checked, for the summary. */
		private final List<String> notes = new ArrayList<>();

		Run(long partnershipId, ImportSource source, String checksum, @Nullable Long agencyId, String username) {
			this.partnershipId = partnershipId;
			this.agencyId = agencyId;
			this.source = source;
			this.checksum = checksum;
			this.username = username;
		}

		void start(Connection connection, String period, LocalDate referenceDate, List<ImportFile> files) {
			this.period = period;
			this.referenceDate = referenceDate;
			this.fileNames = files.stream().map(ImportFile::name).toList();
			this.rules = new RuleSet(referenceDate, ImportService.this.workingDays, CodeLists.dfe(),
					this.source == ImportSource.CIN_CENSUS);
			Optional<Map<String, Object>> existing = ImportService.this.jdbc
				.sql("select batch_id, file_sha256, summary_json from import_batch "
						+ "where partnership_id = ? and source = ? and period_code = ?")
				.params(this.partnershipId, this.source.code(), period)
				.query()
				.listOfRows()
				.stream()
				.findFirst();
			if (existing.isPresent()) {
				long previous = ((Number) existing.get().get("batch_id")).longValue();
				if (this.checksum.equals(existing.get().get("file_sha256"))) {
					ImportSummary earlier = JsonMapper.builder()
						.build()
						.readValue((String) existing.get().get("summary_json"), ImportSummary.class);
					throw new Unchanged(new ImportSummary(previous, earlier.source(), earlier.period(),
							earlier.referenceDate(), this.fileNames, true, 0, earlier.children(), earlier.contacts(),
							earlier.referrals(), earlier.assessments(), earlier.section47(), earlier.cpPlans(),
							earlier.lookedAfterEpisodes(), earlier.errors(), earlier.queries(), earlier.rules(),
							earlier.dfeErrors(), earlier.dfeQueries(), earlier.notes()));
				}
				deleteBatch(previous);
				this.replaced = previous;
			}
			this.batchId = ImportService.this.jdbc
				.sql("select coalesce(max(batch_id), 0) + 1 from import_batch where partnership_id = ?")
				.param(this.partnershipId)
				.query(Long.class)
				.single();
			ImportService.this.jdbc.sql("""
					insert into import_batch (partnership_id, batch_id, source, period_code, reference_date, file_names,
					       file_sha256, imported_by, imported_at, children, errors, queries, summary_json, agency_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, '{}', ?)
					""")
				.params(this.partnershipId, this.batchId, this.source.code(), period, referenceDate,
						truncate(String.join(", ", this.fileNames), 1000), this.checksum, this.username,
						OffsetDateTime.ofInstant(ImportService.this.clock.instant(), ZoneOffset.UTC), this.agencyId)
				.update();
			try {
				this.writer = new JourneyWriter(connection, this.partnershipId, this.batchId);
			}
			catch (SQLException ex) {
				throw new WriteFailed(ex);
			}
		}

		void child(Journey.Child child) {
			RuleSet ruleSet = this.rules;
			JourneyWriter out = this.writer;
			if (ruleSet == null || out == null) {
				throw new ImportFailed(child.location().file() + ": a child comes before the header");
			}
			this.childrenRead++;
			String key = (child.localId != null && !child.localId.isBlank())
					? ImportService.this.pseudonymiser.key(this.partnershipId, child.localId) : null;
			boolean duplicate = key != null && !this.seen.add(key);
			List<Finding> findings = ruleSet.check(child, duplicate)
				.stream()
				.map((finding) -> finding.forChild(key))
				.toList();
			for (Finding finding : findings) {
				this.byRule.merge(finding.rule(), 1L, Long::sum);
				if (finding.severity() == Severity.ERROR) {
					this.errors++;
				}
				else {
					this.queries++;
				}
			}
			try {
				if (key != null) {
					out.write(child, key);
				}
				out.write(findings);
			}
			catch (SQLException ex) {
				throw new WriteFailed(ex);
			}
		}

		/**
		 * Keeps what the DfE's rules found in a file, each finding by its DfE code and
		 * the child under the same key as the journey.
		 */
		void dfe(ValidationReport report) {
			JourneyWriter out = this.writer;
			if (out == null) {
				return;
			}
			this.notes.addAll(report.notes());
			List<Finding> findings = new ArrayList<>();
			for (Violation violation : report.violations()) {
				String child = violation.child();
				String key = (child != null && !child.isBlank())
						? ImportService.this.pseudonymiser.key(this.partnershipId, child) : null;
				findings.add(new Finding(violation.code(), violation.severity(), violation.location(),
						violation.field(), violation.detail(), key));
				this.byRule.merge(violation.code(), 1L, Long::sum);
				if (violation.severity() == Severity.ERROR) {
					this.dfeErrors++;
				}
				else {
					this.dfeQueries++;
				}
				if (findings.size() >= 500) {
					write(out, findings);
				}
			}
			write(out, findings);
		}

		private void write(JourneyWriter out, List<Finding> findings) {
			try {
				out.write(findings);
			}
			catch (SQLException ex) {
				throw new WriteFailed(ex);
			}
			findings.clear();
		}

		ImportSummary finish() throws SQLException {
			JourneyWriter out = this.writer;
			if (out == null) {
				throw new ImportFailed("Nothing was read");
			}
			out.flush();
			JourneyWriter.Counts counts = out.counts();
			ImportSummary summary = new ImportSummary(this.batchId, this.source.code(), this.period,
					String.valueOf(this.referenceDate), this.fileNames, false, this.replaced, counts.children,
					counts.contacts, counts.referrals, counts.assessments, counts.section47, counts.cpPlans,
					counts.lookedAfterEpisodes, this.errors, this.queries, Map.copyOf(this.byRule), this.dfeErrors,
					this.dfeQueries, this.notes);
			ImportService.this.jdbc
				.sql("update import_batch set children = ?, errors = ?, queries = ?, summary_json = ? "
						+ "where partnership_id = ? and batch_id = ?")
				.params(counts.children, this.errors, this.queries,
						JsonMapper.builder().build().writeValueAsString(summary), this.partnershipId, this.batchId)
				.update();
			return summary;
		}

		private void deleteBatch(long batch) {
			List<String> tables = new ArrayList<>(CASE_LEVEL_TABLES);
			tables.add("import_batch");
			for (String table : tables) {
				ImportService.this.jdbc.sql("delete from " + table + " where partnership_id = ? and batch_id = ?")
					.params(this.partnershipId, batch)
					.update();
			}
		}

		@Override
		public void close() {
			if (this.writer != null) {
				try {
					this.writer.close();
				}
				catch (SQLException ignored) {
					// The transaction is rolled back or committed by its template.
				}
			}
		}

	}

	/**
	 * The collection year of a reference date: the year of the 31 March on or after it.
	 */
	private static int collectionYear(LocalDate referenceDate) {
		return (referenceDate.getMonthValue() <= 3) ? referenceDate.getYear() : referenceDate.getYear() + 1;
	}

	private static long size(ImportFile file) {
		try {
			long size = Files.size(file.path());
			if (size > MAX_FILE_BYTES) {
				throw new ImportFailed(file.name() + ": is " + (size >> 20)
						+ " MiB; the largest file Assure imports is " + (MAX_FILE_BYTES >> 20) + " MiB");
			}
			return size;
		}
		catch (IOException ex) {
			throw new ImportFailed(file.name() + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	private static String checksum(List<ImportFile> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (ImportFile file : files) {
				try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()), digest)) {
					while (in.read(buffer) >= 0) {
						// Reading is digesting.
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
		catch (IOException ex) {
			throw new ImportFailed("A file cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static String truncate(String value, int length) {
		return (value.length() > length) ? value.substring(0, length) : value;
	}

	/** Thrown through the reader to stop when the files are already imported. */
	private static final class Unchanged extends RuntimeException {

		private final transient ImportSummary summary;

		Unchanged(ImportSummary summary) {
			super(null, null, false, false);
			this.summary = summary;
		}

	}

	/** Carries a database failure out of the reader's callback. */
	private static final class WriteFailed extends RuntimeException {

		WriteFailed(SQLException cause) {
			super(cause);
		}

		@Override
		public synchronized SQLException getCause() {
			return (SQLException) super.getCause();
		}

	}

	/** Counts the bytes read, for progress. */
	private static final class CountingStream extends FilterInputStream {

		private long count;

		CountingStream(InputStream in) {
			super(in);
		}

		long count() {
			return this.count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
