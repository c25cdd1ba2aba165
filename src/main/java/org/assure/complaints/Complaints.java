package org.assure.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.assure.calendar.ClockState;
import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Indicators;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's children's statutory complaints: each complaint and its stages, their
 * clocks, commendations, and the year's report with its equality tables. Every read and
 * change of a complaint is in the access log, never with its content.
 */
@Service
public class Complaints {

	/**
	 * The kind of record a complaint is, in the history of corrections and the access
	 * log.
	 */
	public static final String COMPLAINT_RECORD = "complaints.complaint";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Corrections corrections;

	private final AccessLog accessLog;

	private final ComplaintClocks clocks;

	private final Indicators indicators;

	private final Commendations commendations;

	private final EarlierYears earlierYears;

	Complaints(JdbcClient jdbc, Clock clock, Corrections corrections, AccessLog accessLog, WorkingDays workingDays,
			ComplaintSettings settings, Indicators indicators, Commendations commendations, EarlierYears earlierYears) {
		this.commendations = commendations;
		this.earlierYears = earlierYears;
		this.jdbc = jdbc;
		this.clock = clock;
		this.corrections = corrections;
		this.accessLog = accessLog;
		this.clocks = new ComplaintClocks(workingDays, settings);
		this.indicators = indicators;
	}

	/**
	 * A complaint as it is received.
	 *
	 * @param receivedOn when, or null when not given
	 * @param category who made it, or null when not chosen
	 * @param byChild whether a child or young person made it directly
	 * @param serviceUsers how many service users it concerns, or null when not given
	 * @param disabledUsers how many of them have a disability, or null when not given
	 * @param lookedAfterUsers how many of them are looked after or recently left care, or
	 * null when not given
	 * @param gender the gender of the complainant or service user, or null when not
	 * chosen
	 * @param ethnicity the ethnicity, or null when not chosen
	 * @param serviceArea the service complained about
	 * @param reason why, or null when not chosen
	 * @param summary the complaint in brief, without names
	 * @param source where the record comes from, or null
	 */
	public record NewComplaint(@Nullable LocalDate receivedOn, @Nullable ComplainantCategory category, boolean byChild,
			@Nullable Integer serviceUsers, @Nullable Integer disabledUsers, @Nullable Integer lookedAfterUsers,
			@Nullable Gender gender, @Nullable Ethnicity ethnicity, String serviceArea,
			@Nullable ComplaintReason reason, String summary, @Nullable String source) {
	}

	/**
	 * What recording a complaint did.
	 *
	 * @param id the new complaint's number, or null when refused
	 * @param problems the broken rules by field
	 */
	public record Created(@Nullable Long id, Map<String, String> problems) {
	}

	/**
	 * A count and its share of a base, to one decimal place.
	 *
	 * @param count the count
	 * @param base what it is a share of
	 */
	public record Share(int count, int base) {

		/**
		 * The share in percent, to one decimal place.
		 * @return such as "52.5%", or "–" when the base is nothing
		 */
		public String percent() {
			return (this.base == 0) ? "–"
					: String.format(Locale.UK, "%.1f%%", Math.round(this.count * 1000.0 / this.base) / 10.0);
		}

	}

	/**
	 * A complaint whose running step is due soon or overdue.
	 *
	 * @param complaint the complaint
	 * @param clock the running clock
	 */
	public record Due(Complaint complaint, ComplaintClocks.Clock clock) {
	}

	/**
	 * A year's equality monitoring.
	 *
	 * @param year the financial year
	 * @param received the complaints received
	 * @param gender each gender's complaints
	 * @param ethnicity each ethnicity's complaints
	 * @param serviceUsers the service users the complaints concern, or null when an
	 * earlier report did not give them
	 * @param disabled the service users with a disability, or null when not given
	 * @param lookedAfter the service users looked after or recently left care, or null
	 * when not given
	 * @param source where the figures come from when they are an earlier report's (see
	 * {@link EarlierYears}); null when computed from the complaints recorded
	 * @param notes where an earlier report's figures disagree with each other
	 */
	public record Equality(ReportingPeriod.FinancialYear year, @Nullable Integer received, Map<Gender, Share> gender,
			Map<Ethnicity, Share> ethnicity, @Nullable Integer serviceUsers, @Nullable Share disabled,
			@Nullable Share lookedAfter, @Nullable String source, List<String> notes) {
	}

	/**
	 * A year's count and, when it is an earlier report's, where it comes from.
	 *
	 * @param count the count, or null when not known
	 * @param source the source of an earlier report's count; null when counted from
	 * records
	 */
	public record Counted(@Nullable Integer count, @Nullable String source) {
	}

	/**
	 * The year's report.
	 *
	 * @param year the financial year
	 * @param received the complaints received in it
	 * @param serviceUsers the service users they concern
	 * @param byChildren the complaints made directly by children and young people
	 * @param withdrawn the complaints withdrawn by the complainant
	 * @param stage1Answered the complaints answered at stage 1
	 * @param stage1Open the complaints still waiting for a stage 1 response
	 * @param withinTen answered at stage 1 within 10 working days, of those answered
	 * @param withinTimescale answered at stage 1 within its timescale (20 working days
	 * when extended), of those answered
	 * @param withinTwenty answered at stage 1 within 20 working days, of those answered
	 * @param averageWorkingDays the average working days to a stage 1 response, to one
	 * decimal place
	 * @param stage2 the complaints taken to stage 2 (accepted there directly included)
	 * @param stage2Bypassed of them, accepted at stage 2 without a stage 1 response
	 * @param stage2WithinTimescale of them, answered within stage 2's timescale
	 * @param stage3 the complaints taken to a review panel
	 * @param ombudsman the complaints taken to the Ombudsman
	 * @param outcomes each outcome, of the complaints answered
	 * @param reasons each reason, of the complaints received
	 * @param serviceAreas each service area, of the complaints received, the most first
	 * @param equality the equality monitoring of this year and the three before
	 * @param commendations the commendations received in this year and the two before
	 */
	public record Report(ReportingPeriod.FinancialYear year, int received, int serviceUsers, int byChildren,
			int withdrawn, int stage1Answered, int stage1Open, Share withinTen, Share withinTimescale,
			Share withinTwenty, String averageWorkingDays, int stage2, int stage2Bypassed, int stage2WithinTimescale,
			int stage3, int ombudsman, Map<ComplaintOutcome, Share> outcomes, Map<ComplaintReason, Share> reasons,
			Map<String, Share> serviceAreas, List<Equality> equality,
			Map<ReportingPeriod.FinancialYear, Counted> commendations) {
	}

	/**
	 * The clocks' rules in force.
	 * @return the clocks
	 */
	public ComplaintClocks clocks() {
		return this.clocks;
	}

	/**
	 * Today in Europe/London.
	 * @return today
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(LONDON));
	}

	/**
	 * Records a complaint received.
	 * @param partnershipId the partnership
	 * @param complaint the complaint
	 * @param by who records it
	 * @return the new complaint's number, or the problems by field
	 */
	@Transactional
	public Created record(long partnershipId, NewComplaint complaint, String by) {
		Map<String, String> problems = check(complaint);
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into complaint (partnership_id, received_on, category, by_child, service_users, disabled_users,
				       looked_after_users, gender, ethnicity, service_area, reason, summary, status, source,
				       recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'STAGE_1', ?, ?, ?)""")
			.params(partnershipId, complaint.receivedOn(), Objects.requireNonNull(complaint.category()).name(),
					complaint.byChild(), complaint.serviceUsers(), complaint.disabledUsers(),
					complaint.lookedAfterUsers(), Objects.requireNonNull(complaint.gender()).name(),
					Objects.requireNonNull(complaint.ethnicity()).name(), complaint.serviceArea().strip(),
					Objects.requireNonNull(complaint.reason()).name(), complaint.summary().strip(), complaint.source(),
					by, now())
			.update(keys, "complaint_id");
		long id = Objects.requireNonNull(keys.getKeyAs(Long.class));
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CREATE, COMPLAINT_RECORD, String.valueOf(id)));
		publishIndicators(partnershipId);
		return new Created(id, Map.of());
	}

	private Map<String, String> check(NewComplaint c) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (c.receivedOn() == null) {
			problems.put("receivedOn", "Enter the day the complaint was received, such as 2015-01-12");
		}
		else if (c.receivedOn().isAfter(today())) {
			problems.put("receivedOn", "The day cannot be in the future");
		}
		if (c.category() == null) {
			problems.put("category", "Choose who made the complaint");
		}
		if (c.serviceUsers() == null || c.serviceUsers() < 1) {
			problems.put("serviceUsers", "Enter how many service users the complaint concerns: one or more");
		}
		else {
			if (c.disabledUsers() == null || c.disabledUsers() < 0 || c.disabledUsers() > c.serviceUsers()) {
				problems.put("disabledUsers", "Enter how many of the " + c.serviceUsers()
						+ " service users have a disability: 0 to " + c.serviceUsers());
			}
			if (c.lookedAfterUsers() == null || c.lookedAfterUsers() < 0 || c.lookedAfterUsers() > c.serviceUsers()) {
				problems.put("lookedAfterUsers", "Enter how many of the " + c.serviceUsers()
						+ " service users are looked after or recently left care: 0 to " + c.serviceUsers());
			}
		}
		if (c.gender() == null) {
			problems.put("gender", "Choose the gender, or not declared");
		}
		if (c.ethnicity() == null) {
			problems.put("ethnicity", "Choose the ethnicity, or not declared");
		}
		TextRules.require(problems, "serviceArea", c.serviceArea(), "Name the service complained about", 200);
		if (c.reason() == null) {
			problems.put("complaintReason", "Choose the reason for the complaint");
		}
		TextRules.require(problems, "summary", c.summary(), "Describe the complaint briefly, without names", 2000);
		return problems;
	}

	/**
	 * How many complaints were received in a year: a count, read without the access log,
	 * for the module's own checks (the demo loads once).
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long countReceived(long partnershipId, ReportingPeriod.FinancialYear year) {
		return this.jdbc.sql("""
				select count(*) from complaint where partnership_id = ? and received_on >= ? and received_on <= ?
				and withdrawn_at is null""").params(partnershipId, year.start(), year.end()).query(Long.class).single();
	}

	/**
	 * A complaint, its reading recorded in the access log.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @return the complaint, if the partnership has it and it is not withdrawn
	 */
	@Transactional
	public Optional<Complaint> read(long partnershipId, long id) {
		Optional<Complaint> found = find(partnershipId, id);
		found.ifPresent((c) -> this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.READ, COMPLAINT_RECORD, String.valueOf(id))));
		return found;
	}

	/**
	 * A complaint, for the module's own checks (not logged).
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @return the complaint, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<Complaint> find(long partnershipId, long id) {
		return this.jdbc.sql(SELECT + " and complaint_id = ?")
			.params(partnershipId, id)
			.query(Complaints::complaint)
			.optional();
	}

	/**
	 * Every complaint, the latest first, its listing recorded in the access log.
	 * @param partnershipId the partnership
	 * @return the complaints
	 */
	@Transactional
	public List<Complaint> all(long partnershipId) {
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, COMPLAINT_RECORD, null));
		return list(partnershipId);
	}

	private List<Complaint> list(long partnershipId) {
		return this.jdbc.sql(SELECT + " order by received_on desc, complaint_id desc")
			.param(partnershipId)
			.query(Complaints::complaint)
			.list();
	}

	/**
	 * The open complaints whose running step is due soon or overdue, the earliest first.
	 * @param partnershipId the partnership
	 * @param today the day
	 * @return the complaints and their clocks
	 */
	@Transactional(readOnly = true)
	public List<Due> due(long partnershipId, LocalDate today) {
		List<Due> due = new ArrayList<>();
		for (Complaint complaint : this.jdbc
			.sql(SELECT + " and status in ('STAGE_1', 'STAGE_2', 'STAGE_3') order by received_on")
			.param(partnershipId)
			.query(Complaints::complaint)
			.list()) {
			ComplaintClocks.Clock running = this.clocks.running(complaint, today);
			if (running != null && (running.state() == ClockState.DUE_SOON || running.state() == ClockState.OVERDUE)) {
				due.add(new Due(complaint, running));
			}
		}
		due.sort(Comparator.comparing((Due d) -> d.clock().due()));
		return due;
	}

	/**
	 * Extends stage 1.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param why the reason given to the complainant
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> extendStage1(long partnershipId, long id, String why, String by) {
		return reasoned("stage1Extension", why, (c) -> c.extendStage1(why), partnershipId, id, by);
	}

	/**
	 * Extends stage 2.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param why the reason given to the complainant in writing
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> extendStage2(long partnershipId, long id, String why, String by) {
		return reasoned("stage2Extension", why, (c) -> c.extendStage2(why), partnershipId, id, by);
	}

	private Map<String, String> reasoned(String field, String why, UnaryOperator<Complaint> step, long partnershipId,
			long id, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, field, why, "Give the reason for the extension, as the complainant is told it",
				500);
		return problems.isEmpty() ? move(partnershipId, id, step, by) : problems;
	}

	/**
	 * Records a stage's response, or the council's final response at stage 3.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param on when, or null when not given
	 * @param outcome the outcome, or null when not chosen
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> respond(long partnershipId, long id, @Nullable LocalDate on,
			@Nullable ComplaintOutcome outcome, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (on == null) {
			problems.put("respondedOn", "Enter the day of the response, such as 2015-02-10");
		}
		if (outcome == null) {
			problems.put("outcome", "Choose the outcome");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (c) -> switch (c.status()) {
			case STAGE_2 -> c.respondStage2(notFuture(on), outcome);
			case STAGE_3 -> c.respondStage3(notFuture(on), outcome);
			default -> c.respondStage1(notFuture(on), outcome);
		}, by);
	}

	/**
	 * Takes a complaint to stage 2.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param on when stage 2 starts, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> startStage2(long partnershipId, long id, @Nullable LocalDate on, String by) {
		return dated("stage2StartedOn", on, (day) -> (c) -> c.startStage2(day), partnershipId, id, by);
	}

	/**
	 * Records the request for a review panel.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param on when, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> requestStage3(long partnershipId, long id, @Nullable LocalDate on, String by) {
		return dated("stage3RequestedOn", on, (day) -> (c) -> c.requestStage3(day), partnershipId, id, by);
	}

	/**
	 * Records the review panel's meeting.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param on when, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> holdPanel(long partnershipId, long id, @Nullable LocalDate on, String by) {
		return dated("panelOn", on, (day) -> (c) -> c.holdPanel(day), partnershipId, id, by);
	}

	/**
	 * Records the panel's report.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param on when, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> issuePanelReport(long partnershipId, long id, @Nullable LocalDate on, String by) {
		return dated("panelReportOn", on, (day) -> (c) -> c.issuePanelReport(day), partnershipId, id, by);
	}

	/**
	 * Records the complainant's withdrawal of the complaint.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param on when, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> withdrawnByComplainant(long partnershipId, long id, @Nullable LocalDate on, String by) {
		return dated("withdrawnOn", on, (day) -> (c) -> c.withdrawByComplainant(day), partnershipId, id, by);
	}

	/**
	 * Records that the complaint went to the Ombudsman.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param on when, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> toOmbudsman(long partnershipId, long id, @Nullable LocalDate on, String by) {
		return dated("ombudsmanOn", on, (day) -> (c) -> c.toOmbudsman(day), partnershipId, id, by);
	}

	private Map<String, String> dated(String field, @Nullable LocalDate on,
			java.util.function.Function<LocalDate, UnaryOperator<Complaint>> step, long partnershipId, long id,
			String by) {
		if (on == null) {
			return Map.of(field, "Enter the day, such as 2015-02-10");
		}
		return move(partnershipId, id, (c) -> step.apply(notFuture(on)).apply(c), by);
	}

	private LocalDate notFuture(LocalDate day) {
		if (day.isAfter(today())) {
			throw new IllegalComplaintMoveException("The day cannot be in the future");
		}
		return day;
	}

	private Map<String, String> move(long partnershipId, long id, UnaryOperator<Complaint> step, String by) {
		Complaint complaint = find(partnershipId, id)
			.orElseThrow(() -> new IllegalArgumentException("No complaint " + id));
		Complaint moved;
		try {
			moved = step.apply(complaint);
		}
		catch (IllegalComplaintMoveException ex) {
			return Map.of("move", Objects.requireNonNull(ex.getMessage()));
		}
		this.jdbc.sql("""
				update complaint set stage1_extension = ?, stage1_responded_on = ?, stage1_outcome = ?,
				       stage2_started_on = ?, stage2_extension = ?, stage2_responded_on = ?, stage2_outcome = ?,
				       stage3_requested_on = ?, panel_on = ?, panel_report_on = ?, final_response_on = ?,
				       stage3_outcome = ?, withdrawn_on = ?, ombudsman_on = ?, status = ?
				where partnership_id = ? and complaint_id = ?""")
			.params(moved.stage1Extension(), moved.stage1RespondedOn(), name(moved.stage1Outcome()),
					moved.stage2StartedOn(), moved.stage2Extension(), moved.stage2RespondedOn(),
					name(moved.stage2Outcome()), moved.stage3RequestedOn(), moved.panelOn(), moved.panelReportOn(),
					moved.finalResponseOn(), name(moved.stage3Outcome()), moved.withdrawnOn(), moved.ombudsmanOn(),
					moved.status().name(), partnershipId, id)
			.update();
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, COMPLAINT_RECORD, String.valueOf(id))
			.withDetail(moved.describe()));
		publishIndicators(partnershipId);
		return Map.of();
	}

	/**
	 * Corrects what was recorded when the complaint was received: the day, who made it,
	 * the service users, equality monitoring, service area, reason and summary. The
	 * history keeps the old values, who changed them and why; the summary's words are
	 * kept out of it.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param change the corrected values
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> edit(long partnershipId, long id, NewComplaint change, String reason, String by) {
		Complaint before = find(partnershipId, id)
			.orElseThrow(() -> new IllegalArgumentException("No complaint " + id));
		Map<String, String> problems = check(change);
		if (!problems.isEmpty()) {
			return problems;
		}
		LocalDate received = Objects.requireNonNull(change.receivedOn());
		LocalDate firstStep = java.util.stream.Stream
			.of(before.stage1RespondedOn(), before.stage2StartedOn(), before.withdrawnOn())
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
		if (firstStep != null && firstStep.isBefore(received)) {
			return Map.of("receivedOn", "A stage was recorded on " + firstStep + ": the complaint came before it");
		}
		List<org.assure.corrections.FieldChange> changes = Corrections.changes(
				fields(before.receivedOn(), before.category(), before.byChild(), before.serviceUsers(),
						before.disabledUsers(), before.lookedAfterUsers(), before.gender(), before.ethnicity(),
						before.serviceArea(), before.reason(), before.summary()),
				fields(received, change.category(), change.byChild(), change.serviceUsers(), change.disabledUsers(),
						change.lookedAfterUsers(), change.gender(), change.ethnicity(), change.serviceArea().strip(),
						change.reason(), change.summary().strip()));
		problems.putAll(Corrections.refusal(changes, reason, "summary"));
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				update complaint set received_on = ?, category = ?, by_child = ?, service_users = ?, disabled_users = ?,
				       looked_after_users = ?, gender = ?, ethnicity = ?, service_area = ?, reason = ?, summary = ?
				where partnership_id = ? and complaint_id = ?""")
			.params(received, Objects.requireNonNull(change.category()).name(), change.byChild(), change.serviceUsers(),
					change.disabledUsers(), change.lookedAfterUsers(), Objects.requireNonNull(change.gender()).name(),
					Objects.requireNonNull(change.ethnicity()).name(), change.serviceArea().strip(),
					Objects.requireNonNull(change.reason()).name(), change.summary().strip(), partnershipId, id)
			.update();
		List<org.assure.corrections.FieldChange> recorded = changes.stream()
			.map((c) -> c.field().equals("Summary")
					? new org.assure.corrections.FieldChange("Summary", "(earlier wording)", "(corrected)") : c)
			.toList();
		this.corrections.recordEdit(partnershipId, new RecordRef(COMPLAINT_RECORD, id), recorded,
				Corrections.reasonFor(changes, reason), by);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, COMPLAINT_RECORD, String.valueOf(id))
			.withDetail("corrected"));
		publishIndicators(partnershipId);
		return problems;
	}

	private static Map<String, @Nullable Object> fields(LocalDate received, @Nullable ComplainantCategory category,
			boolean byChild, @Nullable Integer users, @Nullable Integer disabled, @Nullable Integer lookedAfter,
			@Nullable Gender gender, @Nullable Ethnicity ethnicity, String area, @Nullable ComplaintReason reason,
			String summary) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Received on", received);
		fields.put("Who made it", (category != null) ? category.label() : null);
		fields.put("Made by a child", byChild ? "Yes" : "No");
		fields.put("Service users", users);
		fields.put("With a disability", disabled);
		fields.put("Looked after or left care", lookedAfter);
		fields.put("Gender", (gender != null) ? gender.label() : null);
		fields.put("Ethnicity", (ethnicity != null) ? ethnicity.label() : null);
		fields.put("Service area", area);
		fields.put("Reason", (reason != null) ? reason.label() : null);
		fields.put("Summary", summary);
		return fields;
	}

	/**
	 * Withdraws a complaint recorded by mistake (not one the complainant withdrew): it
	 * leaves the lists and the reports; its history stays.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No complaint " + id));
		return this.corrections.withdraw(partnershipId, new RecordRef(COMPLAINT_RECORD, id), reason, by, () -> {
			this.jdbc
				.sql("update complaint set withdrawn_at = ? where partnership_id = ? and complaint_id = ?"
						+ " and withdrawn_at is null")
				.params(now(), partnershipId, id)
				.update();
			this.accessLog
				.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, COMPLAINT_RECORD, String.valueOf(id))
					.withDetail("withdrawn"));
			publishIndicators(partnershipId);
		});
	}

	/**
	 * Brings back a complaint withdrawn in error.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 */
	void bringBack(long partnershipId, long id) {
		this.jdbc.sql("update complaint set withdrawn_at = null where partnership_id = ? and complaint_id = ?")
			.params(partnershipId, id)
			.update();
		publishIndicators(partnershipId);
	}

	/**
	 * The complaints' indicators in the catalogue, computed again from every complaint
	 * recorded: complaints received, and stage 1 answers within their timescale, by month
	 * and year of receipt.
	 */
	private void publishIndicators(long partnershipId) {
		List<Complaint> all = list(partnershipId);
		String source = "complaints recorded";
		this.indicators.recordCasework(partnershipId, "complaints-received", source,
				Indicators.byPeriod(all, Complaint::receivedOn, null));
		this.indicators.recordCasework(partnershipId, "complaints-stage1-on-time", source,
				Indicators.byPeriod(all.stream().filter((c) -> c.stage1RespondedOn() != null).toList(),
						Complaint::receivedOn, (c) -> this.clocks.workingDays(c.receivedOn(),
								Objects.requireNonNull(c.stage1RespondedOn())) <= this.clocks.stage1Allowed(c)));
	}

	/**
	 * A withdrawn complaint as the register names it: its number, service area and day.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @return its description, if the partnership has it
	 */
	Optional<String> describe(long partnershipId, long id) {
		return this.jdbc
			.sql("select service_area, received_on from complaint where partnership_id = ? and complaint_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> "Complaint " + id + " (" + rs.getString(1) + ", received "
					+ Corrections.text(rs.getObject(2, LocalDate.class)) + ")")
			.optional();
	}

	/**
	 * A complaint's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id the complaint
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(COMPLAINT_RECORD, id));
	}

	/**
	 * The report of a financial year: what was received, how quickly stage 1 answered,
	 * stages 2 and 3, outcomes, reasons and service areas, equality monitoring for the
	 * year and the three before, and commendations.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the report
	 */
	@Transactional
	public Report report(long partnershipId, ReportingPeriod.FinancialYear year) {
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, COMPLAINT_RECORD, null)
			.withDetail("report " + year.code()));
		List<Complaint> all = list(partnershipId);
		List<Complaint> received = all.stream().filter((c) -> year.contains(c.receivedOn())).toList();
		int users = 0;
		int byChildren = 0;
		int withdrawn = 0;
		int answered = 0;
		int open = 0;
		int ten = 0;
		int timescale = 0;
		int twenty = 0;
		long days = 0;
		int stage2 = 0;
		int bypassed = 0;
		int stage2OnTime = 0;
		int stage3 = 0;
		int ombudsman = 0;
		Map<ComplaintOutcome, Integer> outcomes = new EnumMap<>(ComplaintOutcome.class);
		Map<ComplaintReason, Integer> reasons = new EnumMap<>(ComplaintReason.class);
		Map<String, Integer> areas = new TreeMap<>();
		for (Complaint c : received) {
			users += c.serviceUsers();
			byChildren += c.byChild() ? 1 : 0;
			withdrawn += (c.status() == ComplaintStatus.WITHDRAWN) ? 1 : 0;
			reasons.merge(c.reason(), 1, Integer::sum);
			areas.merge(c.serviceArea(), 1, Integer::sum);
			if (c.stage1RespondedOn() != null) {
				answered++;
				long taken = this.clocks.workingDays(c.receivedOn(), c.stage1RespondedOn());
				days += taken;
				ten += (taken <= this.clocks.settings().stage1()) ? 1 : 0;
				timescale += (taken <= this.clocks.stage1Allowed(c)) ? 1 : 0;
				twenty += (taken <= this.clocks.settings().stage1Extended()) ? 1 : 0;
			}
			else if (c.status() == ComplaintStatus.STAGE_1) {
				open++;
			}
			if (c.stage2StartedOn() != null) {
				stage2++;
				bypassed += c.bypassedStage1() ? 1 : 0;
				if (c.stage2RespondedOn() != null && this.clocks.workingDays(c.stage2StartedOn(),
						c.stage2RespondedOn()) <= this.clocks.stage2Allowed(c)) {
					stage2OnTime++;
				}
			}
			stage3 += (c.stage3RequestedOn() != null) ? 1 : 0;
			ombudsman += (c.ombudsmanOn() != null) ? 1 : 0;
			if (c.outcome() != null) {
				outcomes.merge(c.outcome(), 1, Integer::sum);
			}
		}
		int withOutcome = outcomes.values().stream().mapToInt(Integer::intValue).sum();
		Map<ComplaintOutcome, Share> outcomeShares = new EnumMap<>(ComplaintOutcome.class);
		for (ComplaintOutcome outcome : ComplaintOutcome.values()) {
			outcomeShares.put(outcome, new Share(outcomes.getOrDefault(outcome, 0), withOutcome));
		}
		Map<ComplaintReason, Share> reasonShares = new EnumMap<>(ComplaintReason.class);
		for (ComplaintReason reason : ComplaintReason.values()) {
			reasonShares.put(reason, new Share(reasons.getOrDefault(reason, 0), received.size()));
		}
		Map<String, Share> areaShares = new LinkedHashMap<>();
		areas.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach((e) -> areaShares.put(e.getKey(), new Share(e.getValue(), received.size())));
		List<EarlierYears.Figures> earlier = this.earlierYears.all(partnershipId)
			.stream()
			.map(EarlierYears.Kept::figures)
			.toList();
		List<Equality> equality = new ArrayList<>();
		for (int back = 3; back >= 0; back--) {
			ReportingPeriod.FinancialYear each = ReportingPeriod.FinancialYear.starting(year.startYear() - back);
			Optional<EarlierYears.Figures> given = earlier.stream().filter((f) -> each.equals(f.year())).findFirst();
			boolean recorded = all.stream().anyMatch((c) -> each.contains(c.receivedOn()));
			equality.add((given.isPresent() && !recorded) ? equality(given.get()) : equality(all, each));
		}
		Map<ReportingPeriod.FinancialYear, Counted> commendations = new LinkedHashMap<>();
		for (int back = 2; back >= 0; back--) {
			ReportingPeriod.FinancialYear each = ReportingPeriod.FinancialYear.starting(year.startYear() - back);
			int counted = this.commendations.count(partnershipId, each);
			Optional<EarlierYears.Figures> given = earlier.stream()
				.filter((f) -> each.equals(f.year()) && f.commendations() != null)
				.findFirst();
			commendations.put(each, (counted == 0 && given.isPresent())
					? new Counted(given.get().commendations(), given.get().source()) : new Counted(counted, null));
		}
		String average = (answered == 0) ? "–"
				: String.format(Locale.UK, "%.1f", Math.round(days * 10.0 / answered) / 10.0);
		return new Report(year, received.size(), users, byChildren, withdrawn, answered, open, new Share(ten, answered),
				new Share(timescale, answered), new Share(twenty, answered), average, stage2, bypassed, stage2OnTime,
				stage3, ombudsman, outcomeShares, reasonShares, areaShares, equality, commendations);
	}

	private static Equality equality(List<Complaint> all, ReportingPeriod.FinancialYear year) {
		List<Complaint> inYear = all.stream().filter((c) -> year.contains(c.receivedOn())).toList();
		Map<Gender, Integer> genders = new EnumMap<>(Gender.class);
		Map<Ethnicity, Integer> ethnicities = new EnumMap<>(Ethnicity.class);
		int users = 0;
		int disabled = 0;
		int lookedAfter = 0;
		for (Complaint c : inYear) {
			genders.merge(c.gender(), 1, Integer::sum);
			ethnicities.merge(c.ethnicity(), 1, Integer::sum);
			users += c.serviceUsers();
			disabled += c.disabledUsers();
			lookedAfter += c.lookedAfterUsers();
		}
		Map<Gender, Share> genderShares = new EnumMap<>(Gender.class);
		for (Gender gender : Gender.values()) {
			genderShares.put(gender, new Share(genders.getOrDefault(gender, 0), inYear.size()));
		}
		Map<Ethnicity, Share> ethnicityShares = new EnumMap<>(Ethnicity.class);
		for (Ethnicity ethnicity : Ethnicity.values()) {
			ethnicityShares.put(ethnicity, new Share(ethnicities.getOrDefault(ethnicity, 0), inYear.size()));
		}
		return new Equality(year, inYear.size(), genderShares, ethnicityShares, users, new Share(disabled, users),
				new Share(lookedAfter, users), null, List.of());
	}

	private static Equality equality(EarlierYears.Figures given) {
		Map<Gender, Share> genderShares = new EnumMap<>(Gender.class);
		given.gender().forEach((g, n) -> genderShares.put(g, new Share(n, given.genderTotal())));
		Map<Ethnicity, Share> ethnicityShares = new EnumMap<>(Ethnicity.class);
		given.ethnicity().forEach((e, n) -> ethnicityShares.put(e, new Share(n, given.ethnicityTotal())));
		Integer users = given.serviceUsers();
		return new Equality(Objects.requireNonNull(given.year()), given.received(), genderShares, ethnicityShares,
				users, (users != null && given.disabled() != null) ? new Share(given.disabled(), users) : null,
				(users != null && given.lookedAfter() != null) ? new Share(given.lookedAfter(), users) : null,
				given.source(), given.disagreements());
	}

	private static final String SELECT = """
			select complaint_id, received_on, category, by_child, service_users, disabled_users, looked_after_users,
			       gender, ethnicity, service_area, reason, summary, stage1_extension, stage1_responded_on,
			       stage1_outcome, stage2_started_on, stage2_extension, stage2_responded_on, stage2_outcome,
			       stage3_requested_on, panel_on, panel_report_on, final_response_on, stage3_outcome, withdrawn_on,
			       ombudsman_on, status
			from complaint where partnership_id = ? and withdrawn_at is null""";

	private static Complaint complaint(ResultSet rs, int row) throws SQLException {
		return new Complaint(rs.getLong(1), rs.getObject(2, LocalDate.class),
				ComplainantCategory.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getInt(5), rs.getInt(6),
				rs.getInt(7), Gender.valueOf(rs.getString(8)), Ethnicity.valueOf(rs.getString(9)), rs.getString(10),
				ComplaintReason.valueOf(rs.getString(11)), rs.getString(12), rs.getString(13),
				rs.getObject(14, LocalDate.class), outcome(rs.getString(15)), rs.getObject(16, LocalDate.class),
				rs.getString(17), rs.getObject(18, LocalDate.class), outcome(rs.getString(19)),
				rs.getObject(20, LocalDate.class), rs.getObject(21, LocalDate.class), rs.getObject(22, LocalDate.class),
				rs.getObject(23, LocalDate.class), outcome(rs.getString(24)), rs.getObject(25, LocalDate.class),
				rs.getObject(26, LocalDate.class), ComplaintStatus.valueOf(rs.getString(27)));
	}

	private static @Nullable ComplaintOutcome outcome(@Nullable String name) {
		return (name != null) ? ComplaintOutcome.valueOf(name) : null;
	}

	private static @Nullable String name(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
