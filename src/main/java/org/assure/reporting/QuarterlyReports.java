package org.assure.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Theme;
import org.assure.shell.ExportFormat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Quarterly performance reports: asked for on a page, made in the background while the
 * page shows their progress, and kept as HTML, PDF and DOCX so that the board can read
 * exactly what was published.
 */
@Service
public class QuarterlyReports {

	private static final Logger logger = LoggerFactory.getLogger(QuarterlyReports.class);

	/** The renderings after the content is gathered: HTML, PDF, DOCX and storing them. */
	private static final int RENDER_STEPS = 4;

	private final JdbcClient jdbc;

	private final QuarterlyReportBuilder builder;

	private final QuarterlyReportRenderer renderer;

	private final TaskExecutor executor;

	private final Clock clock;

	QuarterlyReports(JdbcClient jdbc, QuarterlyReportBuilder builder, QuarterlyReportRenderer renderer,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.jdbc = jdbc;
		this.builder = builder;
		this.renderer = renderer;
		this.executor = executor;
		this.clock = clock;
	}

	/** Where a report is. */
	public enum Status {

		/** Being made. */
		RUNNING,
		/** Made: its files can be read. */
		READY,
		/** Not made: the failure says why. */
		FAILED

	}

	/** The files a report is kept as: three of the formats Assure exports. */
	public enum Format {

		/** One self-contained web page. */
		HTML(ExportFormat.HTML),
		/** For printing and publishing. */
		PDF(ExportFormat.PDF),
		/** For editing in Word. */
		DOCX(ExportFormat.DOCX);

		private final ExportFormat exported;

		Format(ExportFormat exported) {
			this.exported = exported;
		}

		/**
		 * The export format it is.
		 * @return the format, whose permission a download needs
		 */
		public ExportFormat exported() {
			return this.exported;
		}

		/**
		 * The file name's ending.
		 * @return the extension, without the dot
		 */
		public String extension() {
			return this.exported.extension();
		}

		/**
		 * The media type it is served as.
		 * @return the media type
		 */
		public String mediaType() {
			return this.exported.mediaType();
		}

		/**
		 * The format of a file name's ending.
		 * @param extension the ending, such as pdf
		 * @return the format, if there is one
		 */
		public static Optional<Format> of(String extension) {
			return Arrays.stream(values()).filter((f) -> f.extension().equalsIgnoreCase(extension)).findFirst();
		}

	}

	/**
	 * A report asked for.
	 *
	 * @param id its number
	 * @param period the period's code
	 * @param periodLabel the period in words
	 * @param themes the themes in words
	 * @param requestedBy who asked for it
	 * @param requestedAt when
	 * @param status where it is
	 * @param percent how far it has got
	 * @param step what it is doing now, or did last
	 * @param failure why it failed, or null
	 */
	public record Report(long id, String period, String periodLabel, List<String> themes, String requestedBy,
			Instant requestedAt, Status status, int percent, String step, @Nullable String failure) {

		/**
		 * Whether the report is finished, made or failed.
		 * @return true when it is no longer running
		 */
		public boolean done() {
			return this.status != Status.RUNNING;
		}

	}

	/**
	 * Starts a report in the background.
	 * @param partnershipId the partnership
	 * @param period the period, typed
	 * @param themeCodes the themes' codes; none means every theme
	 * @param username who asked
	 * @return the report's number, or the problems by field
	 */
	public Started start(long partnershipId, String period, List<String> themeCodes, String username) {
		Map<String, String> problems = new LinkedHashMap<>();
		ReportingPeriod chosen = null;
		try {
			chosen = ReportingPeriod.parse(period.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.put("period", "Enter a period such as 2014-15-Q2, 2014-15 or 2014-07");
		}
		Set<Theme> themes = EnumSet.noneOf(Theme.class);
		for (String code : themeCodes) {
			Optional<Theme> theme = Theme.fromCode(code);
			if (theme.isEmpty()) {
				problems.put("themes", "Choose the themes from the list");
			}
			theme.ifPresent(themes::add);
		}
		if (!problems.isEmpty() || chosen == null) {
			return new Started(null, problems);
		}
		if (themes.isEmpty()) {
			themes = EnumSet.allOf(Theme.class);
		}
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into quarterly_report (partnership_id, period_code, themes, requested_by, requested_at, status,
				       percent_done, step) values (?, ?, ?, ?, ?, 'RUNNING', 0, 'Waiting to start')""")
			.params(partnershipId, chosen.code(), themes.stream().map(Theme::code).collect(Collectors.joining(",")),
					username, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update(keys, "report_id");
		long id = keys.getKeyAs(Long.class);
		ReportingPeriod reportPeriod = chosen;
		Set<Theme> reportThemes = themes;
		this.executor.execute(() -> make(partnershipId, id, reportPeriod, reportThemes, username));
		return new Started(id, problems);
	}

	/**
	 * What {@link #start} did.
	 *
	 * @param id the report's number, or null when nothing was started
	 * @param problems the broken rules by field
	 */
	public record Started(@Nullable Long id, Map<String, String> problems) {
	}

	private void make(long partnershipId, long id, ReportingPeriod period, Set<Theme> themes, String username) {
		try {
			QuarterlyReportContent content = this.builder.build(partnershipId, period, themes, username, RENDER_STEPS,
					(done, total, step) -> progress(partnershipId, id, done, total, step));
			int total = 1 + content.indicatorCount() + RENDER_STEPS;
			int done = total - RENDER_STEPS;
			progress(partnershipId, id, done++, total, "Writing the web page");
			String html = this.renderer.html(content);
			progress(partnershipId, id, done++, total, "Laying out the PDF");
			byte[] pdf = this.renderer.pdf(html);
			progress(partnershipId, id, done++, total, "Writing the Word document");
			byte[] docx = this.renderer.docx(content);
			progress(partnershipId, id, done, total, "Keeping the files");
			this.jdbc.sql("""
					update quarterly_report set status = 'READY', percent_done = 100, step = 'Ready', html = ?, pdf = ?,
					       docx = ?, finished_at = ? where partnership_id = ? and report_id = ?""")
				.params(QuarterlyReportRenderer.utf8(html), pdf, docx,
						OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), partnershipId, id)
				.update();
		}
		catch (RuntimeException ex) {
			logger.error("Quarterly report {} of partnership {} failed", id, partnershipId, ex);
			fail(partnershipId, id, "The report could not be made. Nothing was kept. Tell your administrator the "
					+ "time it happened, then try again.");
		}
	}

	private void progress(long partnershipId, long id, int done, int total, String step) {
		int percent = (total > 0) ? Math.min(99, done * 100 / total) : 0;
		this.jdbc
			.sql("update quarterly_report set percent_done = ?, step = ? where partnership_id = ? and report_id = ?")
			.params(percent, step.length() > 300 ? step.substring(0, 300) : step, partnershipId, id)
			.update();
	}

	private void fail(long partnershipId, long id, String failure) {
		this.jdbc.sql("""
				update quarterly_report set status = 'FAILED', percent_done = 100, failure = ?, finished_at = ?
				where partnership_id = ? and report_id = ?""")
			.params(failure, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), partnershipId, id)
			.update();
	}

	/**
	 * Reports that were being made when Assure stopped will never finish: say so.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void abandonInterrupted() {
		int count = this.jdbc.sql("""
				update quarterly_report set status = 'FAILED', percent_done = 100,
				       failure = 'Assure stopped while this report was being made. Make it again.'
				where status = 'RUNNING'""").update();
		if (count > 0) {
			logger.warn("{} quarterly reports were interrupted by a restart", count);
		}
	}

	/**
	 * A report.
	 * @param partnershipId the partnership
	 * @param id its number
	 * @return the report, if the partnership has it
	 */
	public Optional<Report> find(long partnershipId, long id) {
		return this.jdbc.sql(SELECT + " where partnership_id = ? and report_id = ?")
			.params(partnershipId, id)
			.query(QuarterlyReports::report)
			.optional();
	}

	/**
	 * The partnership's reports, newest first.
	 * @param partnershipId the partnership
	 * @param limit at most this many
	 * @return the reports
	 */
	public List<Report> recent(long partnershipId, int limit) {
		return this.jdbc.sql(SELECT + " where partnership_id = ? order by report_id desc limit ?")
			.params(partnershipId, limit)
			.query(QuarterlyReports::report)
			.list();
	}

	/**
	 * A made report's file.
	 * @param partnershipId the partnership
	 * @param id the report's number
	 * @param format which file
	 * @return its bytes, if the report is made
	 */
	public Optional<byte[]> file(long partnershipId, long id, Format format) {
		String column = switch (format) {
			case HTML -> "html";
			case PDF -> "pdf";
			case DOCX -> "docx";
		};
		return this.jdbc
			.sql("select " + column
					+ " from quarterly_report where partnership_id = ? and report_id = ? and status = 'READY'")
			.params(partnershipId, id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	private static final String SELECT = "select report_id, period_code, themes, requested_by, requested_at, status, "
			+ "percent_done, step, failure from quarterly_report";

	private static Report report(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String period = rs.getString(2);
		String label;
		try {
			label = ReportingPeriod.parse(period).label();
		}
		catch (IllegalArgumentException ex) {
			label = period;
		}
		List<String> themes = Arrays.stream(rs.getString(3).split(","))
			.map(Theme::fromCode)
			.flatMap(Optional::stream)
			.map(Theme::label)
			.toList();
		return new Report(rs.getLong(1), period, label, themes, rs.getString(4),
				rs.getObject(5, OffsetDateTime.class).toInstant(), Status.valueOf(rs.getString(6)), rs.getInt(7),
				rs.getString(8), rs.getString(9));
	}

}
