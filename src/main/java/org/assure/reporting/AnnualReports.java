package org.assure.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.reporting.lint.Finding;
import org.assure.reporting.lint.LintDocument;
import org.assure.reporting.lint.Linter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report of a partnership's year: its template, the words the board writes for
 * it (every version kept), its editions made in the background from the evidence and kept
 * as HTML, PDF and DOCX with what the linter found in them, the explanations given for
 * findings, its approval by the chair and its publication, and to whom it was sent.
 * Publication is refused while a finding of the linter is neither fixed nor explained.
 */
@Service
public class AnnualReports {

	private static final Logger logger = LoggerFactory.getLogger(AnnualReports.class);

	/** The steps after the parts are gathered: lint, HTML, PDF, DOCX, keep. */
	private static final int RENDER_STEPS = 5;

	private final JdbcClient jdbc;

	private final AnnualReportBuilder builder;

	private final DisclosureControl disclosure;

	private final Linter linter;

	private final TaskExecutor executor;

	private final Clock clock;

	private final FigureSources sources;

	AnnualReports(JdbcClient jdbc, AnnualReportBuilder builder, DisclosureControl disclosure, Linter linter,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock, FigureSources sources) {
		this.sources = sources;
		this.jdbc = jdbc;
		this.builder = builder;
		this.disclosure = disclosure;
		this.linter = linter;
		this.executor = executor;
		this.clock = clock;
	}

	/** Where a year's report is. */
	public enum Status {

		/** Being written: texts may change and editions be made. */
		DRAFT,
		/** Approved by the chair: the next step is publication. */
		APPROVED,
		/** Published: sent to its recipients. */
		PUBLISHED

	}

	/**
	 * A year's report.
	 *
	 * @param year the financial year's code
	 * @param yearLabel the year in words
	 * @param template the template
	 * @param status where it is
	 * @param approvedBy who approved it, or null
	 * @param approvedAt when, or null
	 * @param publishedBy who published it, or null
	 * @param publishedAt when, or null
	 */
	public record Report(String year, String yearLabel, AnnualReportTemplate template, Status status,
			@Nullable String approvedBy, @Nullable Instant approvedAt, @Nullable String publishedBy,
			@Nullable Instant publishedAt) {
	}

	/**
	 * An edition asked for.
	 *
	 * @param id its number
	 * @param year the year's code
	 * @param edition internal or public
	 * @param requestedBy who asked
	 * @param requestedAt when
	 * @param status RUNNING, READY or FAILED
	 * @param percent how far it has got
	 * @param step what it is doing now, or did last
	 * @param failure why it failed, or null
	 * @param findings what the linter found in its text
	 */
	public record Edition(long id, String year, AnnualReportEdition edition, String requestedBy, Instant requestedAt,
			String status, int percent, String step, @Nullable String failure, List<LintedFinding> findings) {

		/**
		 * Whether it is finished, made or failed.
		 * @return true when no longer running
		 */
		public boolean done() {
			return !"RUNNING".equals(this.status);
		}

	}

	/**
	 * A finding of the linter in a report's text, with its explanation when one is given.
	 *
	 * @param rule the rule's code
	 * @param line the line of the text
	 * @param excerpt the words it is about
	 * @param message what is wrong
	 * @param explanation why it stands, or null while unexplained
	 */
	public record LintedFinding(String rule, int line, String excerpt, String message, @Nullable String explanation) {
	}

	/**
	 * A recipient the report was sent to.
	 *
	 * @param recipient whom
	 * @param sentOn when
	 * @param recordedBy who recorded it
	 */
	public record Sent(String recipient, LocalDate sentOn, String recordedBy) {
	}

	/**
	 * Reads a year typed by a user.
	 * @param year such as 2014-15
	 * @return the year
	 * @throws IllegalArgumentException with a message for the user
	 */
	public static ReportingPeriod.FinancialYear year(String year) {
		try {
			if (ReportingPeriod.parse(year.strip()) instanceof ReportingPeriod.FinancialYear financial) {
				return financial;
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the message below
		}
		throw new IllegalArgumentException("Enter a financial year such as 2014-15");
	}

	/**
	 * A year's report, opened as a draft with the template given when it is not yet.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param template the template for a new report
	 * @return the report
	 */
	@Transactional
	public Report open(long partnershipId, ReportingPeriod.FinancialYear year, AnnualReportTemplate template) {
		Optional<Report> found = find(partnershipId, year);
		if (found.isPresent()) {
			return found.get();
		}
		this.jdbc
			.sql("insert into annual_report (partnership_id, year_code, template, status) values (?, ?, ?, 'DRAFT')")
			.params(partnershipId, year.code(), template.code())
			.update();
		return find(partnershipId, year).orElseThrow();
	}

	/**
	 * A year's report, if it has been opened.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the report
	 */
	public Optional<Report> find(long partnershipId, ReportingPeriod.FinancialYear year) {
		return this.jdbc.sql("""
				select year_code, template, status, approved_by, approved_at, published_by, published_at
				from annual_report where partnership_id = ? and year_code = ?""")
			.params(partnershipId, year.code())
			.query((rs, row) -> new Report(rs.getString(1), year.label(), AnnualReportTemplate.of(rs.getString(2)),
					Status.valueOf(rs.getString(3)), rs.getString(4), instant(rs.getObject(5, OffsetDateTime.class)),
					rs.getString(6), instant(rs.getObject(7, OffsetDateTime.class))))
			.optional();
	}

	/**
	 * The partnership's reports, newest year first.
	 * @param partnershipId the partnership
	 * @return the reports
	 */
	public List<Report> all(long partnershipId) {
		return this.jdbc.sql("select year_code from annual_report where partnership_id = ? order by year_code desc")
			.params(partnershipId)
			.query(String.class)
			.list()
			.stream()
			.map((code) -> find(partnershipId, year(code)).orElseThrow())
			.toList();
	}

	/**
	 * Changes a draft's template.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param template the template
	 * @return the broken rules; empty when changed
	 */
	@Transactional
	public Map<String, String> template(long partnershipId, ReportingPeriod.FinancialYear year,
			AnnualReportTemplate template) {
		Report report = open(partnershipId, year, template);
		if (report.status() != Status.DRAFT) {
			return Map.of("template", "The report is " + report.status().name().toLowerCase(java.util.Locale.UK)
					+ "; its template no longer changes");
		}
		this.jdbc.sql("update annual_report set template = ? where partnership_id = ? and year_code = ?")
			.params(template.code(), partnershipId, year.code())
			.update();
		return Map.of();
	}

	/**
	 * The latest text written for each part.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the texts by part
	 */
	public Map<AnnualReportPart, String> texts(long partnershipId, ReportingPeriod.FinancialYear year) {
		return this.builder.written(partnershipId, year);
	}

	/**
	 * A version of a part's text.
	 *
	 * @param body the text
	 * @param writtenBy who wrote it
	 * @param writtenAt when
	 */
	public record Version(String body, String writtenBy, Instant writtenAt) {
	}

	/**
	 * Every version of a part's text, newest first.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param part the part
	 * @return the versions
	 */
	public List<Version> versions(long partnershipId, ReportingPeriod.FinancialYear year, AnnualReportPart part) {
		return this.jdbc.sql("""
				select body, written_by, written_at from annual_report_text
				where partnership_id = ? and year_code = ? and part = ? order by text_id desc""")
			.params(partnershipId, year.code(), part.name())
			.query((rs, row) -> new Version(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Writes a new version of a part's text. An approved report goes back to draft: the
	 * chair approves what is published, word for word.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param part the part
	 * @param body the text; blank takes the part's text away
	 * @param by who
	 * @return the broken rules by field; empty when written
	 */
	@Transactional
	public Map<String, String> write(long partnershipId, ReportingPeriod.FinancialYear year, AnnualReportPart part,
			String body, String by) {
		Report report = open(partnershipId, year, AnnualReportTemplate.LSCB_2015);
		Map<String, String> problems = new LinkedHashMap<>();
		if (report.status() == Status.PUBLISHED) {
			problems.put("body", "The report is published; its text no longer changes");
		}
		if (body.length() > 20_000) {
			problems.put("body", "Write at most 20,000 characters for a part");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				insert into annual_report_text (partnership_id, year_code, part, body, written_by, written_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, year.code(), part.name(), body.strip(), by, now())
			.update();
		backToDraft(this.jdbc, partnershipId, year);
		return Map.of();
	}

	/**
	 * A change to the report's text takes an approved report back to draft: the chair
	 * approves what is published, word for word.
	 * @param jdbc the database
	 * @param partnershipId the partnership
	 * @param year the year
	 */
	static void backToDraft(JdbcClient jdbc, long partnershipId, ReportingPeriod.FinancialYear year) {
		jdbc.sql("""
				update annual_report set status = 'DRAFT', approved_by = null, approved_at = null
				where partnership_id = ? and year_code = ? and status = 'APPROVED'""")
			.params(partnershipId, year.code())
			.update();
	}

	/**
	 * Starts making an edition in the background.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param edition the edition
	 * @param by who asked
	 * @return the edition's number
	 */
	public long start(long partnershipId, ReportingPeriod.FinancialYear year, AnnualReportEdition edition, String by) {
		Report report = open(partnershipId, year, AnnualReportTemplate.LSCB_2015);
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into annual_report_edition (partnership_id, year_code, edition, requested_by, requested_at, status,
					       percent_done, step) values (?, ?, ?, ?, ?, 'RUNNING', 0, 'Waiting to start')""")
			.params(partnershipId, year.code(), edition.name(), by, now())
			.update(keys, "edition_id");
		long id = keys.getKeyAs(Long.class);
		this.executor.execute(() -> make(partnershipId, id, year, report.template(), edition));
		return id;
	}

	/**
	 * The files of an edition made now, in the caller's thread (the command line).
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param edition the edition
	 * @param progress told how far it has got
	 * @return the edition, rendered, with its findings
	 */
	public Made make(long partnershipId, ReportingPeriod.FinancialYear year, AnnualReportEdition edition,
			AnnualReportBuilder.Progress progress) {
		AnnualReportTemplate template = find(partnershipId, year).map(Report::template)
			.orElse(AnnualReportTemplate.LSCB_2015);
		AnnualReportContent.Report content = this.builder.build(partnershipId, year, template, progress);
		AnnualReportRenderer renderer = new AnnualReportRenderer(content, edition, this.disclosure.threshold(),
				this.clock.instant());
		return new Made(content, renderer, lint(partnershipId, year, content));
	}

	/**
	 * An edition's content and renderer, and what the linter found in its text.
	 *
	 * @param content the content
	 * @param renderer the renderer of its edition
	 * @param findings the findings, with their explanations
	 */
	public record Made(AnnualReportContent.Report content, AnnualReportRenderer renderer,
			List<LintedFinding> findings) {

		/**
		 * The findings nobody has explained.
		 * @return the findings
		 */
		public List<LintedFinding> unexplained() {
			return this.findings.stream().filter((f) -> f.explanation() == null).toList();
		}

	}

	/**
	 * Lints the report's text (the internal edition, every figure shown), and joins each
	 * finding to its explanation when one was given for the same rule and words.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param content the content
	 * @return the findings
	 */
	List<LintedFinding> lint(long partnershipId, ReportingPeriod.FinancialYear year,
			AnnualReportContent.Report content) {
		Map<String, String> explained = new LinkedHashMap<>();
		this.jdbc.sql("""
				select rule_code, excerpt, explanation from annual_report_explanation
				where partnership_id = ? and year_code = ? order by explanation_id""")
			.params(partnershipId, year.code())
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> explained
				.put(rs.getString(1) + "\n" + rs.getString(2), rs.getString(3)));
		List<Finding> findings = this.linter
			.lint(LintDocument.of(content.partnership() + " " + year.code() + ".txt", content.lines()));
		List<LintedFinding> linted = new ArrayList<>();
		for (Finding finding : findings) {
			linted.add(new LintedFinding(finding.rule(), finding.line(), finding.excerpt(), finding.message(),
					explained.get(finding.rule() + "\n" + finding.excerpt())));
		}
		return linted;
	}

	private void make(long partnershipId, long id, ReportingPeriod.FinancialYear year, AnnualReportTemplate template,
			AnnualReportEdition edition) {
		try {
			int parts = template.parts().size();
			int total = parts + RENDER_STEPS;
			Made made = make(partnershipId, year, edition,
					(done, all, step) -> progress(partnershipId, id, done, total, step));
			int done = parts;
			progress(partnershipId, id, done++, total, "Checking the figures with the linter");
			String findings = encode(made.findings());
			progress(partnershipId, id, done++, total, "Writing the web page");
			String html = made.renderer().html(true);
			progress(partnershipId, id, done++, total, "Laying out the PDF");
			byte[] pdf = made.renderer().pdf();
			progress(partnershipId, id, done++, total, "Writing the Word document");
			byte[] docx = made.renderer().docx();
			progress(partnershipId, id, done, total, "Keeping the files");
			this.jdbc
				.sql("""
						update annual_report_edition set status = 'READY', percent_done = 100, step = 'Ready', html = ?,
						       pdf = ?, docx = ?, findings = ?, finished_at = ? where partnership_id = ? and edition_id = ?""")
				.params(QuarterlyReportRenderer.utf8(html), pdf, docx, findings, now(), partnershipId, id)
				.update();
		}
		catch (RuntimeException ex) {
			logger.error("Annual report edition {} of partnership {} failed", id, partnershipId, ex);
			this.jdbc.sql("""
					update annual_report_edition set status = 'FAILED', percent_done = 100, failure = ?, finished_at = ?
					where partnership_id = ? and edition_id = ?""")
				.params("The report could not be made. Nothing was kept. Tell your administrator the time it "
						+ "happened, then try again.", now(), partnershipId, id)
				.update();
		}
	}

	private static String encode(List<LintedFinding> findings) {
		StringBuilder out = new StringBuilder();
		for (LintedFinding finding : findings) {
			out.append(finding.rule())
				.append('\t')
				.append(finding.line())
				.append('\t')
				.append(clean(finding.excerpt()))
				.append('\t')
				.append(clean(finding.message()))
				.append('\n');
			if (out.length() > 55_000) {
				break;
			}
		}
		return out.toString();
	}

	private static String clean(String text) {
		return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	private List<LintedFinding> decode(long partnershipId, String year, @Nullable String text) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		Map<String, String> explained = new LinkedHashMap<>();
		this.jdbc.sql("""
				select rule_code, excerpt, explanation from annual_report_explanation
				where partnership_id = ? and year_code = ? order by explanation_id""")
			.params(partnershipId, year)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> explained
				.put(rs.getString(1) + "\n" + rs.getString(2), rs.getString(3)));
		List<LintedFinding> findings = new ArrayList<>();
		for (String line : text.split("\n")) {
			String[] cells = line.split("\t", 4);
			if (cells.length == 4) {
				findings.add(new LintedFinding(cells[0], Integer.parseInt(cells[1]), cells[2], cells[3],
						explained.get(cells[0] + "\n" + cells[2])));
			}
		}
		return findings;
	}

	private void progress(long partnershipId, long id, int done, int total, String step) {
		int percent = (total > 0) ? Math.min(99, done * 100 / total) : 0;
		this.jdbc.sql(
				"update annual_report_edition set percent_done = ?, step = ? where partnership_id = ? and edition_id = ?")
			.params(percent, step.length() > 300 ? step.substring(0, 300) : step, partnershipId, id)
			.update();
	}

	/**
	 * Editions that were being made when Assure stopped will never finish: say so.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void abandonInterrupted() {
		int count = this.jdbc.sql("""
				update annual_report_edition set status = 'FAILED', percent_done = 100,
				       failure = 'Assure stopped while this edition was being made. Make it again.'
				where status = 'RUNNING'""").update();
		if (count > 0) {
			logger.warn("{} annual report editions were interrupted by a restart", count);
		}
	}

	/**
	 * An edition.
	 * @param partnershipId the partnership
	 * @param id its number
	 * @return the edition, if the partnership has it
	 */
	public Optional<Edition> edition(long partnershipId, long id) {
		return this.jdbc.sql(EDITION + " where partnership_id = ? and edition_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> edition(partnershipId, rs))
			.optional();
	}

	/**
	 * A year's editions, newest first.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the editions
	 */
	public List<Edition> editions(long partnershipId, ReportingPeriod.FinancialYear year) {
		return this.jdbc.sql(EDITION + " where partnership_id = ? and year_code = ? order by edition_id desc")
			.params(partnershipId, year.code())
			.query((rs, row) -> edition(partnershipId, rs))
			.list();
	}

	private static final String EDITION = "select edition_id, year_code, edition, requested_by, requested_at, status, "
			+ "percent_done, step, failure, findings from annual_report_edition";

	private Edition edition(long partnershipId, java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Edition(rs.getLong(1), rs.getString(2), AnnualReportEdition.valueOf(rs.getString(3)),
				rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getInt(7),
				rs.getString(8), rs.getString(9), decode(partnershipId, rs.getString(2), rs.getString(10)));
	}

	/**
	 * A made edition's file.
	 * @param partnershipId the partnership
	 * @param id the edition's number
	 * @param format which file
	 * @return its bytes, if the edition is made
	 */
	public Optional<byte[]> file(long partnershipId, long id, QuarterlyReports.Format format) {
		String column = switch (format) {
			case HTML -> "html";
			case PDF -> "pdf";
			case DOCX -> "docx";
		};
		return this.jdbc
			.sql("select " + column
					+ " from annual_report_edition where partnership_id = ? and edition_id = ? and status = 'READY'")
			.params(partnershipId, id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/**
	 * Explains a finding of the linter: it no longer blocks publication, and the
	 * explanation is kept beside it.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param rule the finding's rule
	 * @param excerpt the finding's words
	 * @param explanation why it stands
	 * @param by who
	 * @return the broken rules by field; empty when kept
	 */
	@Transactional
	public Map<String, String> explain(long partnershipId, ReportingPeriod.FinancialYear year, String rule,
			String excerpt, String explanation, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (explanation.isBlank()) {
			problems.put("explanation", "Explain why the figure stands, or fix the text and make the edition again");
		}
		else if (explanation.length() > 3000) {
			problems.put("explanation", "Write at most 3,000 characters");
		}
		if (rule.isBlank() || rule.length() > 40 || excerpt.length() > 1000) {
			problems.put("finding", "Choose a finding of the report's latest edition");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		open(partnershipId, year, AnnualReportTemplate.LSCB_2015);
		this.jdbc.sql("""
				insert into annual_report_explanation (partnership_id, year_code, rule_code, excerpt, explanation,
				       explained_by, explained_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, year.code(), rule, excerpt, explanation.strip(), by, now())
			.update();
		return Map.of();
	}

	/**
	 * The chair approves the report as it stands: the latest edition made after the last
	 * change of its text, with every finding fixed or explained.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param by who approves
	 * @return the broken rules; empty when approved
	 */
	@Transactional
	public Map<String, String> approve(long partnershipId, ReportingPeriod.FinancialYear year, String by) {
		Optional<Report> report = find(partnershipId, year);
		if (report.isEmpty() || report.get().status() != Status.DRAFT) {
			return Map.of("status", "Only a draft report can be approved");
		}
		Map<String, String> problems = readyToPass(partnershipId, year);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				update annual_report set status = 'APPROVED', approved_by = ?, approved_at = ?
				where partnership_id = ? and year_code = ? and status = 'DRAFT'""")
			.params(by, now(), partnershipId, year.code())
			.update();
		return Map.of();
	}

	/**
	 * Publishes an approved report.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param by who publishes
	 * @return the broken rules; empty when published
	 */
	@Transactional
	public Map<String, String> publish(long partnershipId, ReportingPeriod.FinancialYear year, String by) {
		Optional<Report> report = find(partnershipId, year);
		if (report.isEmpty() || report.get().status() != Status.APPROVED) {
			return Map.of("status", "The chair approves the report before it is published");
		}
		Map<String, String> problems = readyToPass(partnershipId, year);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				update annual_report set status = 'PUBLISHED', published_by = ?, published_at = ?
				where partnership_id = ? and year_code = ? and status = 'APPROVED'""")
			.params(by, now(), partnershipId, year.code())
			.update();
		return Map.of();
	}

	private Map<String, String> readyToPass(long partnershipId, ReportingPeriod.FinancialYear year) {
		Optional<Edition> latest = editions(partnershipId, year).stream()
			.filter((e) -> "READY".equals(e.status()))
			.findFirst();
		if (latest.isEmpty()) {
			return Map.of("edition", "Make an edition of the report first, so that its figures are checked");
		}
		Instant lastWritten = this.jdbc.sql("""
				select max(written_at) from (
				    select written_at from annual_report_text where partnership_id = ? and year_code = ?
				    union all
				    select written_at from annual_report_account where partnership_id = ? and year_code = ?) written""")
			.params(partnershipId, year.code(), partnershipId, year.code())
			.query((rs, row) -> instant(rs.getObject(1, OffsetDateTime.class)))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		long undecided = this.sources.undecided(partnershipId, year);
		if (undecided > 0) {
			return Map.of("figures", undecided + ((undecided == 1) ? " figure differs" : " figures differ")
					+ " from what another source published and the board has not chosen which the report gives: "
					+ "choose under 'Figures published elsewhere'");
		}
		Instant lastChosen = this.jdbc.sql("""
				select max(coalesce(chosen_at, recorded_at)) from published_figure
				where partnership_id = ? and period_code in (?, ?)""")
			.params(partnershipId, year.code(), ReportingPeriod.FinancialYear.starting(year.startYear() - 1).code())
			.query((rs, row) -> instant(rs.getObject(1, OffsetDateTime.class)))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (lastChosen != null && lastChosen.isAfter(latest.get().requestedAt())) {
			return Map.of("edition", "A figure's source has been chosen since the latest edition was made: make it "
					+ "again, so that what is approved gives the figures chosen");
		}
		if (lastWritten != null && lastWritten.isAfter(latest.get().requestedAt())) {
			return Map.of("edition", "The text has changed since the latest edition was made: make it again, so "
					+ "that the linter checks what is approved");
		}
		long unexplained = latest.get().findings().stream().filter((f) -> f.explanation() == null).count();
		if (unexplained > 0) {
			return Map.of("findings", unexplained + (unexplained == 1 ? " finding" : " findings")
					+ " of the linter neither fixed nor explained: fix the text, or explain each");
		}
		return Map.of();
	}

	/**
	 * Records that the published report was sent to a recipient.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param recipient whom
	 * @param sentOn when
	 * @param by who records it
	 * @return the broken rules by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> sent(long partnershipId, ReportingPeriod.FinancialYear year, String recipient,
			@Nullable LocalDate sentOn, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<Report> report = find(partnershipId, year);
		if (report.isEmpty() || report.get().status() != Status.PUBLISHED) {
			problems.put("recipient", "Record whom the report was sent to once it is published");
		}
		if (recipient.isBlank() || recipient.length() > 300) {
			problems.put("recipient", "Name the recipient, in at most 300 characters");
		}
		if (sentOn == null) {
			problems.put("sentOn", "Enter the date it was sent");
		}
		else if (sentOn.isAfter(LocalDate.now(this.clock))) {
			problems.put("sentOn", "The date it was sent cannot be in the future");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				insert into annual_report_recipient (partnership_id, year_code, recipient, sent_on, recorded_by,
				       recorded_at) values (?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, year.code(), recipient.strip(), sentOn, by, now())
			.update();
		return Map.of();
	}

	/**
	 * The recipients it was sent to, in the order recorded.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the recipients
	 */
	public List<Sent> recipients(long partnershipId, ReportingPeriod.FinancialYear year) {
		return this.jdbc.sql("""
				select recipient, sent_on, recorded_by from annual_report_recipient
				where partnership_id = ? and year_code = ? order by recipient_id""")
			.params(partnershipId, year.code())
			.query((rs, row) -> new Sent(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
			.list();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
