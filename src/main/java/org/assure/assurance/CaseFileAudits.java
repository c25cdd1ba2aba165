package org.assure.assurance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.calendar.ReportingPeriod;
import org.assure.casedata.ImportBatches;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Evidence;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's multi-agency case file audits: the schedule, each audit's flow (its
 * own moves, {@link CaseFileAudit}), grades and findings, the summary the Safeguarding
 * Effectiveness Group reads, and what the board learns, as evidence on the audit's theme
 * once the report is approved. Every read and change is in the access log.
 */
@Service
public class CaseFileAudits {

	/**
	 * The kind of record an audit is, in the history of corrections and the access log.
	 */
	public static final String AUDIT_RECORD = "assurance.case-file-audit";

	/** The kind of record a finding is, in the access log. */
	public static final String FINDING_RECORD = "assurance.audit-finding";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Pattern CHILD_KEY = Pattern.compile("[0-9a-f]{64}");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Corrections corrections;

	private final Evidence evidence;

	private final AccessLog accessLog;

	private final Agencies agencies;

	private final ImportBatches caseData;

	private final AuditSettings settings;

	CaseFileAudits(JdbcClient jdbc, Clock clock, Corrections corrections, Evidence evidence, AccessLog accessLog,
			Agencies agencies, ImportBatches caseData, AuditSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.corrections = corrections;
		this.evidence = evidence;
		this.accessLog = accessLog;
		this.agencies = agencies;
		this.caseData = caseData;
		this.settings = settings;
	}

	/**
	 * An audit to put on the schedule.
	 *
	 * @param month the month, or null when not given
	 * @param format the form it takes, or null when not chosen
	 * @param topic what it looks at
	 * @param theme the indicators' theme, or null
	 * @param themeSource where the theme came from, or null
	 * @param source where the record comes from, or null
	 */
	public record NewAudit(@Nullable YearMonth month, @Nullable AuditFormat format, String topic, @Nullable Theme theme,
			@Nullable AuditThemeSource themeSource, @Nullable String source) {
	}

	/**
	 * What scheduling did.
	 *
	 * @param id the new audit's number, or null when refused
	 * @param problems the broken rules by field
	 */
	public record Created(@Nullable Long id, Map<String, String> problems) {
	}

	/**
	 * A finding of an audit.
	 *
	 * @param id its number
	 * @param auditId the audit
	 * @param area the question it answers, or another area
	 * @param strength true for a strength, false for an area for development
	 * @param text what was found
	 */
	public record Finding(long id, long auditId, String area, boolean strength, String text) {
	}

	/**
	 * The span a summary covers: a calendar year (the schedule's year, as "2014") or a
	 * financial year ("2014-15").
	 *
	 * @param start its first day
	 * @param end its last day
	 * @param label how it is named
	 * @param code how it is written
	 */
	public record Span(LocalDate start, LocalDate end, String label, String code) {

		/**
		 * Reads a span: a calendar year such as 2014, or a financial year such as
		 * 2014-15.
		 * @param code the span as written
		 * @return the span
		 * @throws IllegalArgumentException naming the forms accepted
		 */
		public static Span parse(String code) {
			String text = code.strip();
			if (text.matches("\\d{4}")) {
				int year = Integer.parseInt(text);
				return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), text, text);
			}
			try {
				ReportingPeriod period = ReportingPeriod.parse(text);
				if (period instanceof ReportingPeriod.FinancialYear year) {
					return new Span(year.start(), year.end(), year.label(), year.code());
				}
			}
			catch (IllegalArgumentException ex) {
				// falls through to the message below
			}
			throw new IllegalArgumentException(
					"Enter a calendar year such as 2014 or a financial year such as 2014-15");
		}

		/**
		 * Whether a month falls in the span.
		 * @param month the month
		 * @return true when its first day does
		 */
		public boolean contains(YearMonth month) {
			LocalDate first = month.atDay(1);
			return !first.isBefore(this.start) && !first.isAfter(this.end);
		}

	}

	/**
	 * How many audits of one format were scheduled in a span, and what became of them.
	 *
	 * @param format the format
	 * @param scheduled slots on the schedule
	 * @param held audits held (the meeting took place)
	 * @param postponed audits postponed
	 * @param pending audits neither held nor postponed yet
	 */
	public record FormatCount(AuditFormat format, int scheduled, int held, int postponed, int pending) {
	}

	/**
	 * Audits on one theme in a span.
	 *
	 * @param theme the theme, or null for audits without one
	 * @param scheduled slots on the schedule
	 * @param held audits held
	 */
	public record ThemeCount(@Nullable Theme theme, int scheduled, int held) {
	}

	/**
	 * An area for development found in more than one audit of the span.
	 *
	 * @param area the question or area
	 * @param audits the audits it was found in, by title
	 * @param findings the findings, in words
	 */
	public record Recurring(String area, List<String> audits, List<String> findings) {
	}

	/**
	 * The summary of a span's audits.
	 *
	 * @param span the span
	 * @param scheduled every slot on the schedule
	 * @param held audits held, of every format
	 * @param caseFileAuditsHeld case file and thematic audits held
	 * @param postponed audits postponed
	 * @param byFormat counts by format
	 * @param postponedBy postponements by reason
	 * @param byTheme counts by theme
	 * @param questions the questions graded on
	 * @param grades the count of each grade, by agency name and question
	 * @param recurring areas for development found in more than one audit
	 */
	public record Summary(Span span, int scheduled, int held, int caseFileAuditsHeld, int postponed,
			List<FormatCount> byFormat, Map<Postponement, Integer> postponedBy, List<ThemeCount> byTheme,
			List<String> questions, Map<String, Map<String, Map<AuditGrade, Integer>>> grades,
			List<Recurring> recurring) {
	}

	/**
	 * The questions each agency is graded on.
	 * @return the questions
	 */
	public List<String> questions() {
		return this.settings.questions();
	}

	/**
	 * Today in Europe/London.
	 * @return today
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(LONDON));
	}

	/**
	 * Puts an audit on the schedule.
	 * @param partnershipId the partnership
	 * @param audit the audit
	 * @param by who schedules it
	 * @return the new audit's number, or the problems by field
	 */
	@Transactional
	public Created schedule(long partnershipId, NewAudit audit, String by) {
		Map<String, String> problems = check(audit);
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		long id = insert(partnershipId,
				new CaseFileAudit(0, Objects.requireNonNull(audit.month()), Objects.requireNonNull(audit.format()),
						audit.topic().strip(), audit.theme(), audit.themeSource(), null, "", "", List.of(), List.of(),
						null, null, null, null, "", null, null, null, "", null, "", null, AuditStatus.SCHEDULED),
				audit.source(), by);
		return new Created(id, Map.of());
	}

	private long insert(long partnershipId, CaseFileAudit audit, @Nullable String source, String by) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into case_file_audit (partnership_id, scheduled_month, audit_format, topic, theme, theme_source,
				       child_key, case_summary, lines_of_enquiry, report_summary, dissemination, postponement_note,
				       status, source, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', 'SCHEDULED', ?, ?, ?)""")
			.params(partnershipId, audit.scheduledMonth().atDay(1), audit.format().name(), audit.topic(),
					name(audit.theme()), name(audit.themeSource()), audit.childKey(), audit.caseSummary(),
					audit.linesOfEnquiry(), source, by, now())
			.update(keys, "audit_id");
		long id = Objects.requireNonNull(keys.getKeyAs(Long.class));
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CREATE, AUDIT_RECORD, String.valueOf(id)));
		return id;
	}

	private static Map<String, String> check(NewAudit audit) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (audit.month() == null) {
			problems.put("month", "Enter the month it is scheduled for, such as 2015-06");
		}
		if (audit.format() == null) {
			problems.put("format", "Choose the form the audit takes");
		}
		TextRules.require(problems, "topic", audit.topic(),
				"Say what the audit looks at, such as a child who goes " + "missing from home", 300);
		return problems;
	}

	/**
	 * An audit, its reading recorded in the access log.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @return the audit, if the partnership has it and it is not withdrawn
	 */
	@Transactional
	public Optional<CaseFileAudit> read(long partnershipId, long id) {
		Optional<CaseFileAudit> audit = find(partnershipId, id);
		audit.ifPresent((found) -> this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.READ, AUDIT_RECORD, String.valueOf(id))));
		return audit;
	}

	/**
	 * An audit, for the module's own checks (not logged).
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @return the audit, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<CaseFileAudit> find(long partnershipId, long id) {
		List<CaseFileAudit> found = load(partnershipId, " and audit_id = ?", id);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/**
	 * The schedule: every audit, by month, its listing recorded in the access log.
	 * @param partnershipId the partnership
	 * @return the audits, the latest month first
	 */
	@Transactional
	public List<CaseFileAudit> all(long partnershipId) {
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, AUDIT_RECORD, null));
		return load(partnershipId, "");
	}

	private List<CaseFileAudit> load(long partnershipId, String where, Object... more) {
		List<Object> params = new ArrayList<>();
		params.add(partnershipId);
		params.addAll(List.of(more));
		List<CaseFileAudit> audits = this.jdbc.sql(SELECT + where + " order by scheduled_month desc, audit_id desc")
			.params(params)
			.query(CaseFileAudits::audit)
			.list();
		if (audits.isEmpty()) {
			return audits;
		}
		Map<Long, List<CaseFileAudit.Participant>> participants = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		this.agencies.of(partnershipId).forEach((agency) -> names.put(agency.id(), agency.name()));
		this.jdbc
			.sql("select audit_id, agency_id, lead_auditor from audit_agency where partnership_id = ?"
					+ " order by audit_id, agency_id")
			.param(partnershipId)
			.query((rs) -> {
				participants.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new CaseFileAudit.Participant(rs.getLong(2), names.getOrDefault(rs.getLong(2), "Agency"),
							rs.getString(3)));
			});
		Map<Long, List<CaseFileAudit.Grading>> grades = new HashMap<>();
		this.jdbc.sql("select audit_id, agency_id, question, grade from audit_grade where partnership_id = ?")
			.param(partnershipId)
			.query((rs) -> {
				grades.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new CaseFileAudit.Grading(rs.getLong(2), rs.getString(3),
							AuditGrade.valueOf(rs.getString(4))));
			});
		List<CaseFileAudit> complete = new ArrayList<>(audits.size());
		for (CaseFileAudit a : audits) {
			complete.add(new CaseFileAudit(a.id(), a.scheduledMonth(), a.format(), a.topic(), a.theme(),
					a.themeSource(), a.childKey(), a.caseSummary(), a.linesOfEnquiry(),
					participants.getOrDefault(a.id(), List.of()), grades.getOrDefault(a.id(), List.of()),
					a.invitationsSentOn(), a.practitionersInvited(), a.heldOn(), a.draftedOn(), a.reportSummary(),
					a.approvedOn(), a.approvedBy(), a.disseminatedOn(), a.dissemination(), a.postponement(),
					a.postponementNote(), a.rescheduledTo(), a.status()));
		}
		return complete;
	}

	/**
	 * Records the case identified for the audit.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param childKey the pseudonymised child key from the case data, or blank
	 * @param summary the case in brief, without names
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> identifyCase(long partnershipId, long id, String childKey, String summary, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		String key = childKey.strip().toLowerCase(java.util.Locale.ROOT);
		if (!key.isEmpty()) {
			if (!CHILD_KEY.matcher(key).matches()) {
				problems.put("childKey", "A child key is the 64 letters and digits the case data gives a child: "
						+ "copy it from an indicator's children, never a name or the authority's own id");
			}
			else if (!this.caseData.holdsChild(partnershipId, key)) {
				problems.put("childKey", "No child in the partnership's case data has this key");
			}
		}
		TextRules.require(problems, "caseSummary", summary, "Describe the case briefly, without names", 2000);
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (audit) -> audit.identifyCase(key.isEmpty() ? null : key, summary), by, false);
	}

	/**
	 * Records the key lines of enquiry and the agencies taking part, with their lead
	 * auditors.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param lines the lines of enquiry
	 * @param leadAuditors each agency taking part and its lead auditor
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> agreeLines(long partnershipId, long id, String lines, Map<Long, String> leadAuditors,
			String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "linesOfEnquiry", lines, "Give the key lines of enquiry", 3000);
		List<CaseFileAudit.Participant> taking = new ArrayList<>();
		for (Map.Entry<Long, String> entry : leadAuditors.entrySet()) {
			Optional<Agency> agency = this.agencies.find(partnershipId, entry.getKey());
			if (agency.isEmpty()) {
				problems.put("agencies", "Choose agencies of the partnership");
				continue;
			}
			if (entry.getValue().isBlank() || entry.getValue().length() > 200) {
				problems.put("lead-" + entry.getKey(),
						"Name the lead auditor from " + agency.get().name() + " (at most 200 characters)");
				continue;
			}
			taking.add(new CaseFileAudit.Participant(entry.getKey(), agency.get().name(), entry.getValue().strip()));
		}
		if (leadAuditors.isEmpty()) {
			problems.put("agencies", "Choose at least one agency taking part, and name its lead auditor");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (audit) -> audit.agreeLines(lines, taking), by, true);
	}

	/**
	 * Records the invitations sent to practitioners and lead auditors.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param on when, or null when not given
	 * @param practitioners how many practitioners were invited, or null when not recorded
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> sendInvitations(long partnershipId, long id, @Nullable LocalDate on,
			@Nullable Integer practitioners, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		past(problems, "invitationsSentOn", on, "Enter the day the invitations were sent, such as 2015-06-01");
		if (practitioners != null && practitioners < 0) {
			problems.put("practitionersInvited", "Enter how many practitioners were invited, as a whole number");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (audit) -> audit.sendInvitations(on, practitioners), by, false);
	}

	/**
	 * Records the audit meeting.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param on when, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> holdMeeting(long partnershipId, long id, @Nullable LocalDate on, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		past(problems, "heldOn", on, "Enter the day the audit meeting took place, such as 2015-06-18");
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (audit) -> audit.holdMeeting(on), by, false);
	}

	/**
	 * Records the agencies' grades on the questions, as given: a grade replaces the one
	 * the agency had on the question.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param grades the grades given, by agency and question
	 * @param by who records them
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> grade(long partnershipId, long id, Map<Long, Map<String, AuditGrade>> grades,
			String by) {
		if (grades.values().stream().allMatch(Map::isEmpty)) {
			return Map.of("grades", "Choose at least one grade");
		}
		for (Map<String, AuditGrade> each : grades.values()) {
			for (String question : each.keySet()) {
				if (!questions().contains(question)) {
					return Map.of("grades", "Grade the questions the partnership asks");
				}
			}
		}
		return move(partnershipId, id, (audit) -> {
			CaseFileAudit graded = audit;
			for (Map.Entry<Long, Map<String, AuditGrade>> agency : grades.entrySet()) {
				for (Map.Entry<String, AuditGrade> question : agency.getValue().entrySet()) {
					graded = graded.grade(agency.getKey(), question.getKey(), question.getValue());
				}
			}
			return graded;
		}, by, false);
	}

	/**
	 * Records a finding: a strength, or an area for development.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param area the question it answers, or another area
	 * @param strength true for a strength
	 * @param text what was found
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> addFinding(long partnershipId, long id, String area, boolean strength, String text,
			String by) {
		CaseFileAudit audit = find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No audit " + id));
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "area", area, "Choose the question the finding answers, or name the area", 200);
		TextRules.require(problems, "finding", text, "Say what the audit found", 2000);
		if (!problems.isEmpty()) {
			return problems;
		}
		if (!audit.status().gradable()) {
			return Map.of("move", "Findings are recorded after the audit meeting and before approval: this audit "
					+ "stands at '" + audit.status().label() + "'");
		}
		this.jdbc.sql("""
				insert into audit_finding (partnership_id, audit_id, area, finding_kind, finding, recorded_by,
				       recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, id, area.strip(), strength ? "STRENGTH" : "DEVELOPMENT", text.strip(), by, now())
			.update();
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, AUDIT_RECORD, String.valueOf(id))
			.withDetail("finding recorded"));
		return Map.of();
	}

	/**
	 * An audit's findings, in the order recorded.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @return the findings
	 */
	@Transactional(readOnly = true)
	public List<Finding> findings(long partnershipId, long id) {
		return this.jdbc.sql("""
				select finding_id, audit_id, area, finding_kind, finding from audit_finding
				where partnership_id = ? and audit_id = ? and withdrawn_at is null order by finding_id""")
			.params(partnershipId, id)
			.query((rs, row) -> new Finding(rs.getLong(1), rs.getLong(2), rs.getString(3),
					"STRENGTH".equals(rs.getString(4)), rs.getString(5)))
			.list();
	}

	/**
	 * Records the draft report.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param on when, or null when not given
	 * @param summary the report's key messages
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> draftReport(long partnershipId, long id, @Nullable LocalDate on, String summary,
			String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		past(problems, "draftedOn", on, "Enter the day the draft report was written, such as 2015-07-01");
		TextRules.require(problems, "reportSummary", summary, "Give the report's key messages", 3000);
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (audit) -> audit.draftReport(on, summary), by, false);
	}

	/**
	 * Records the Safeguarding Effectiveness Group's approval of the report.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param on when, or null when not given
	 * @param approvedBy who approved it
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> approve(long partnershipId, long id, @Nullable LocalDate on, String approvedBy,
			String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		past(problems, "approvedOn", on, "Enter the day the report was approved, such as 2015-07-15");
		TextRules.require(problems, "approvedBy", approvedBy,
				"Say who approved it, such as the Safeguarding Effectiveness Group of 15 July 2015", 200);
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (audit) -> audit.approve(on, approvedBy, questions()), by, false);
	}

	/**
	 * Records the dissemination of the report's learning.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param on when, or null when not given
	 * @param how to whom and how
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> disseminate(long partnershipId, long id, @Nullable LocalDate on, String how, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		past(problems, "disseminatedOn", on, "Enter the day the learning was disseminated, such as 2015-09-01");
		TextRules.require(problems, "dissemination", how,
				"Say to whom and how, such as briefings for managers and practitioners", 1000);
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (audit) -> audit.disseminate(on, how), by, false);
	}

	/**
	 * Postpones an audit not yet held.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param why the reason, or null when none was chosen
	 * @param note more on it
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> postpone(long partnershipId, long id, @Nullable Postponement why, String note,
			String by) {
		if (why == null) {
			return Map.of("postponement", "Choose why the audit is postponed");
		}
		if (note.length() > 1000) {
			return Map.of("postponementNote", "Keep the note to 1000 characters");
		}
		return move(partnershipId, id, (audit) -> audit.postpone(why, note), by, false);
	}

	/**
	 * Reschedules a postponed audit into a later month: a new slot on the schedule, with
	 * the same topic, theme, case and lines of enquiry; the postponed one keeps its place
	 * in its own month's figures.
	 * @param partnershipId the partnership
	 * @param id the postponed audit
	 * @param month the new month, or null when not given
	 * @param by who reschedules it
	 * @return the new audit's number, or the problems by field
	 */
	@Transactional
	public Created reschedule(long partnershipId, long id, @Nullable YearMonth month, String by) {
		if (month == null) {
			return new Created(null, Map.of("month", "Enter the month it is rescheduled to, such as 2015-06"));
		}
		CaseFileAudit audit = find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No audit " + id));
		CaseFileAudit slot;
		try {
			slot = audit.rescheduleAs(month);
		}
		catch (IllegalAuditMoveException ex) {
			return new Created(null, Map.of("move", Objects.requireNonNull(ex.getMessage())));
		}
		long newId = insert(partnershipId, slot, "Rescheduled from " + audit.title(), by);
		this.jdbc.sql("update case_file_audit set rescheduled_to = ? where partnership_id = ? and audit_id = ?")
			.params(newId, partnershipId, id)
			.update();
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, AUDIT_RECORD, String.valueOf(id))
			.withDetail("rescheduled"));
		return new Created(newId, Map.of());
	}

	private Map<String, String> move(long partnershipId, long id, UnaryOperator<CaseFileAudit> step, String by,
			boolean participantsChange) {
		CaseFileAudit audit = find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No audit " + id));
		CaseFileAudit moved;
		try {
			moved = step.apply(audit);
		}
		catch (IllegalAuditMoveException ex) {
			return Map.of("move", Objects.requireNonNull(ex.getMessage()));
		}
		save(partnershipId, moved, participantsChange, !moved.grades().equals(audit.grades()));
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, AUDIT_RECORD, String.valueOf(id))
			.withDetail(moved.status().label()));
		return Map.of();
	}

	private void save(long partnershipId, CaseFileAudit audit, boolean participants, boolean grades) {
		this.jdbc
			.sql("""
					update case_file_audit set scheduled_month = ?, audit_format = ?, topic = ?, theme = ?, theme_source = ?,
					       child_key = ?, case_summary = ?, lines_of_enquiry = ?, invitations_sent_on = ?,
					       practitioners_invited = ?, held_on = ?, drafted_on = ?, report_summary = ?, approved_on = ?,
					       approved_by = ?, disseminated_on = ?, dissemination = ?, postponement = ?,
					       postponement_note = ?, status = ?
					where partnership_id = ? and audit_id = ?""")
			.params(audit.scheduledMonth().atDay(1), audit.format().name(), audit.topic(), name(audit.theme()),
					name(audit.themeSource()), audit.childKey(), audit.caseSummary(), audit.linesOfEnquiry(),
					audit.invitationsSentOn(), audit.practitionersInvited(), audit.heldOn(), audit.draftedOn(),
					audit.reportSummary(), audit.approvedOn(), audit.approvedBy(), audit.disseminatedOn(),
					audit.dissemination(), name(audit.postponement()), audit.postponementNote(), audit.status().name(),
					partnershipId, audit.id())
			.update();
		if (participants) {
			this.jdbc.sql("delete from audit_grade where partnership_id = ? and audit_id = ?")
				.params(partnershipId, audit.id())
				.update();
			this.jdbc.sql("delete from audit_agency where partnership_id = ? and audit_id = ?")
				.params(partnershipId, audit.id())
				.update();
			for (CaseFileAudit.Participant participant : audit.participants()) {
				this.jdbc
					.sql("insert into audit_agency (partnership_id, audit_id, agency_id, lead_auditor)"
							+ " values (?, ?, ?, ?)")
					.params(partnershipId, audit.id(), participant.agencyId(), participant.leadAuditor())
					.update();
			}
		}
		if (grades) {
			this.jdbc.sql("delete from audit_grade where partnership_id = ? and audit_id = ?")
				.params(partnershipId, audit.id())
				.update();
			for (CaseFileAudit.Grading grading : audit.grades()) {
				this.jdbc
					.sql("insert into audit_grade (partnership_id, audit_id, agency_id, question, grade)"
							+ " values (?, ?, ?, ?, ?)")
					.params(partnershipId, audit.id(), grading.agencyId(), grading.question(), grading.grade().name())
					.update();
			}
		}
		tag(partnershipId, audit);
	}

	/**
	 * An approved audit is evidence on its theme: its report's key messages and its areas
	 * for development show beside the indicators of that theme. A draft, a postponed or a
	 * withdrawn audit is not.
	 */
	private void tag(long partnershipId, CaseFileAudit audit) {
		boolean shown = audit.approvedOn() != null && audit.theme() != null;
		StringBuilder summary = new StringBuilder(audit.format().label()).append(". ").append(audit.reportSummary());
		List<Finding> development = findings(partnershipId, audit.id()).stream().filter((f) -> !f.strength()).toList();
		if (!development.isEmpty()) {
			summary.append(" Areas for development: ");
			summary.append(String.join("; ", development.stream().map((f) -> f.area() + ": " + f.text()).toList()));
		}
		String text = (summary.length() > 3900) ? summary.substring(0, 3900) + "…" : summary.toString();
		this.evidence.tag(partnershipId,
				new Evidence.Item(Evidence.Kind.AUDIT, "Case file audit: " + audit.title(), text,
						(audit.approvedOn() != null) ? audit.approvedOn() : audit.scheduledMonth().atDay(1),
						"assurance", "audit-" + audit.id(), "/assurance/audits/" + audit.id()),
				shown ? EnumSet.of(Objects.requireNonNull(audit.theme())) : EnumSet.noneOf(Theme.class));
	}

	/**
	 * Corrects what the schedule recorded: month, format, topic, theme and its source.
	 * The history keeps the old values, who changed them and why.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param change the corrected values
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> edit(long partnershipId, long id, NewAudit change, String reason, String by) {
		CaseFileAudit before = find(partnershipId, id)
			.orElseThrow(() -> new IllegalArgumentException("No audit " + id));
		Map<String, String> problems = check(change);
		if (!problems.isEmpty()) {
			return problems;
		}
		List<FieldChange> changes = Corrections.changes(
				fields(before.scheduledMonth(), before.format(), before.topic(), before.theme(), before.themeSource()),
				fields(change.month(), change.format(), change.topic().strip(), change.theme(), change.themeSource()));
		problems.putAll(Corrections.refusal(changes, reason, "topic"));
		if (!problems.isEmpty()) {
			return problems;
		}
		CaseFileAudit after = new CaseFileAudit(id, Objects.requireNonNull(change.month()),
				Objects.requireNonNull(change.format()), change.topic().strip(), change.theme(), change.themeSource(),
				before.childKey(), before.caseSummary(), before.linesOfEnquiry(), before.participants(),
				before.grades(), before.invitationsSentOn(), before.practitionersInvited(), before.heldOn(),
				before.draftedOn(), before.reportSummary(), before.approvedOn(), before.approvedBy(),
				before.disseminatedOn(), before.dissemination(), before.postponement(), before.postponementNote(),
				before.rescheduledTo(), before.status());
		save(partnershipId, after, false, false);
		this.corrections.recordEdit(partnershipId, new RecordRef(AUDIT_RECORD, id), changes,
				Corrections.reasonFor(changes, reason), by);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, AUDIT_RECORD, String.valueOf(id))
			.withDetail("corrected"));
		return problems;
	}

	private static Map<String, @Nullable Object> fields(@Nullable YearMonth month, @Nullable AuditFormat format,
			String topic, @Nullable Theme theme, @Nullable AuditThemeSource source) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Month", (month != null) ? CaseFileAudit.monthLabel(month) : null);
		fields.put("Format", (format != null) ? format.label() : null);
		fields.put("Topic", topic);
		fields.put("Theme", (theme != null) ? theme.label() : null);
		fields.put("Where the theme came from", (source != null) ? source.label() : null);
		return fields;
	}

	/**
	 * Withdraws an audit recorded by mistake: it leaves the schedule, the summaries and
	 * the evidence; its history stays.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No audit " + id));
		return this.corrections.withdraw(partnershipId, new RecordRef(AUDIT_RECORD, id), reason, by, () -> {
			this.jdbc.sql(
					"update case_file_audit set withdrawn_at = ? where partnership_id = ? and audit_id = ? and withdrawn_at is null")
				.params(now(), partnershipId, id)
				.update();
			this.evidence.tag(partnershipId,
					new Evidence.Item(Evidence.Kind.AUDIT, "", "", today(), "assurance", "audit-" + id, ""),
					EnumSet.noneOf(Theme.class));
			this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, AUDIT_RECORD, String.valueOf(id))
				.withDetail("withdrawn"));
		});
	}

	/**
	 * Brings back an audit withdrawn in error, with its evidence.
	 * @param partnershipId the partnership
	 * @param id the audit
	 */
	void bringBack(long partnershipId, long id) {
		this.jdbc.sql("update case_file_audit set withdrawn_at = null where partnership_id = ? and audit_id = ?")
			.params(partnershipId, id)
			.update();
		find(partnershipId, id).ifPresent((audit) -> tag(partnershipId, audit));
	}

	/**
	 * A withdrawn audit as the register names it: its month and topic.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @return its title, if the partnership has it
	 */
	Optional<String> describe(long partnershipId, long id) {
		return this.jdbc
			.sql("select scheduled_month, topic from case_file_audit where partnership_id = ? and audit_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> CaseFileAudit.monthLabel(YearMonth.from(rs.getObject(1, LocalDate.class))) + ": "
					+ rs.getString(2))
			.optional();
	}

	/**
	 * An audit's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id the audit
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(AUDIT_RECORD, id));
	}

	/**
	 * Audits whose draft report waits for the Safeguarding Effectiveness Group's
	 * approval.
	 * @param partnershipId the partnership
	 * @return the audits, the oldest draft first
	 */
	@Transactional(readOnly = true)
	public List<CaseFileAudit> awaitingApproval(long partnershipId) {
		List<CaseFileAudit> waiting = new ArrayList<>(
				load(partnershipId, " and status = ?", AuditStatus.DRAFT_REPORT.name()));
		waiting.sort(java.util.Comparator.comparing((CaseFileAudit a) -> Objects.requireNonNull(a.draftedOn())));
		return waiting;
	}

	/**
	 * Audits whose month has ended that were neither held nor postponed.
	 * @param partnershipId the partnership
	 * @param today the day
	 * @return the audits, the oldest month first
	 */
	@Transactional(readOnly = true)
	public List<CaseFileAudit> overdue(long partnershipId, LocalDate today) {
		List<CaseFileAudit> overdue = new ArrayList<>(
				load(partnershipId, " and scheduled_month < ?", YearMonth.from(today).atDay(1)));
		overdue.removeIf((audit) -> !audit.overdue(today));
		overdue.sort(java.util.Comparator.comparing(CaseFileAudit::scheduledMonth));
		return overdue;
	}

	/**
	 * The summary of the audits scheduled in a span: held against scheduled by format,
	 * postponements by reason, counts by theme, the grades given by agency and question,
	 * and the areas for development found in more than one audit.
	 * @param partnershipId the partnership
	 * @param span the span
	 * @return the summary
	 */
	@Transactional(readOnly = true)
	public Summary summary(long partnershipId, Span span) {
		List<CaseFileAudit> audits = new ArrayList<>(load(partnershipId, ""));
		audits.removeIf((audit) -> !span.contains(audit.scheduledMonth()));
		Map<AuditFormat, int[]> formats = new EnumMap<>(AuditFormat.class);
		Map<Postponement, Integer> postponedBy = new EnumMap<>(Postponement.class);
		Map<Theme, int[]> themes = new EnumMap<>(Theme.class);
		int[] noTheme = new int[2];
		int held = 0;
		int caseFileHeld = 0;
		int postponed = 0;
		Map<Long, String> names = new LinkedHashMap<>();
		this.agencies.of(partnershipId).forEach((agency) -> names.put(agency.id(), agency.name()));
		Map<String, Map<String, Map<AuditGrade, Integer>>> grades = new TreeMap<>();
		Map<String, Set<String>> areaAudits = new LinkedHashMap<>();
		Map<String, List<String>> areaFindings = new LinkedHashMap<>();
		for (CaseFileAudit audit : audits) {
			int[] count = formats.computeIfAbsent(audit.format(), (f) -> new int[4]);
			int[] theme = (audit.theme() != null) ? themes.computeIfAbsent(audit.theme(), (t) -> new int[2]) : noTheme;
			count[0]++;
			theme[0]++;
			if (audit.status().held()) {
				count[1]++;
				theme[1]++;
				held++;
				if (audit.format().caseFileAudit()) {
					caseFileHeld++;
				}
				for (CaseFileAudit.Grading grading : audit.grades()) {
					grades
						.computeIfAbsent(names.getOrDefault(grading.agencyId(), "Agency"), (k) -> new LinkedHashMap<>())
						.computeIfAbsent(grading.question(), (k) -> new EnumMap<>(AuditGrade.class))
						.merge(grading.grade(), 1, Integer::sum);
				}
				for (Finding finding : findings(partnershipId, audit.id())) {
					if (!finding.strength()) {
						areaAudits.computeIfAbsent(finding.area(), (k) -> new LinkedHashSet<>()).add(audit.title());
						areaFindings.computeIfAbsent(finding.area(), (k) -> new ArrayList<>())
							.add(audit.title() + ": " + finding.text());
					}
				}
			}
			else if (audit.status() == AuditStatus.POSTPONED) {
				count[2]++;
				postponed++;
				postponedBy.merge(Objects.requireNonNull(audit.postponement()), 1, Integer::sum);
			}
			else {
				count[3]++;
			}
		}
		List<FormatCount> byFormat = new ArrayList<>();
		formats.forEach((format, c) -> byFormat.add(new FormatCount(format, c[0], c[1], c[2], c[3])));
		List<ThemeCount> byTheme = new ArrayList<>();
		themes.forEach((theme, c) -> byTheme.add(new ThemeCount(theme, c[0], c[1])));
		if (noTheme[0] > 0) {
			byTheme.add(new ThemeCount(null, noTheme[0], noTheme[1]));
		}
		List<Recurring> recurring = new ArrayList<>();
		areaAudits.forEach((area, titles) -> {
			if (titles.size() > 1) {
				recurring.add(new Recurring(area, List.copyOf(titles), areaFindings.get(area)));
			}
		});
		recurring.sort(java.util.Comparator.comparing((Recurring r) -> -r.audits().size()));
		return new Summary(span, audits.size(), held, caseFileHeld, postponed, byFormat, postponedBy, byTheme,
				questions(), grades, recurring);
	}

	private void past(Map<String, String> problems, String field, @Nullable LocalDate on, String missing) {
		if (on == null) {
			problems.put(field, missing);
		}
		else if (on.isAfter(today())) {
			problems.put(field, "The day cannot be in the future");
		}
	}

	private static final String SELECT = """
			select audit_id, scheduled_month, audit_format, topic, theme, theme_source, child_key, case_summary,
			       lines_of_enquiry, invitations_sent_on, practitioners_invited, held_on, drafted_on, report_summary,
			       approved_on, approved_by, disseminated_on, dissemination, postponement, postponement_note,
			       rescheduled_to, status
			from case_file_audit where partnership_id = ? and withdrawn_at is null""";

	private static CaseFileAudit audit(ResultSet rs, int row) throws SQLException {
		return new CaseFileAudit(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
				AuditFormat.valueOf(rs.getString(3)), rs.getString(4),
				(rs.getString(5) != null) ? Theme.valueOf(rs.getString(5)) : null,
				(rs.getString(6) != null) ? AuditThemeSource.valueOf(rs.getString(6)) : null, rs.getString(7),
				rs.getString(8), rs.getString(9), List.of(), List.of(), rs.getObject(10, LocalDate.class),
				(Integer) rs.getObject(11, Integer.class), rs.getObject(12, LocalDate.class),
				rs.getObject(13, LocalDate.class), rs.getString(14), rs.getObject(15, LocalDate.class),
				rs.getString(16), rs.getObject(17, LocalDate.class), rs.getString(18),
				(rs.getString(19) != null) ? Postponement.valueOf(rs.getString(19)) : null, rs.getString(20),
				(Long) rs.getObject(21, Long.class), AuditStatus.valueOf(rs.getString(22)));
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
