package org.assure.assurance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.assure.calendar.ClockState;
import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Evidence;
import org.assure.indicators.Theme;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's case reviews: every case considered for review, its clocks, and what
 * the board learns from them. Each move is the review's own ({@link CaseReview}); every
 * read and change is in the access log; decided reviews are evidence on their theme.
 */
@Service
public class CaseReviews {

	/**
	 * The kind of record a case review is, in the history of corrections and the access
	 * log.
	 */
	public static final String REVIEW_RECORD = "assurance.case-review";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Corrections corrections;

	private final Evidence evidence;

	private final AccessLog accessLog;

	private final ReviewClocks clocks;

	CaseReviews(JdbcClient jdbc, Clock clock, Corrections corrections, Evidence evidence, AccessLog accessLog,
			WorkingDays workingDays, ReviewSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.corrections = corrections;
		this.evidence = evidence;
		this.accessLog = accessLog;
		this.clocks = new ReviewClocks(workingDays, settings);
	}

	/**
	 * A case to put forward for review, as the serious incident notification gives it.
	 *
	 * @param reference the case's reference, never a name
	 * @param childKey the pseudonymised child key, or null
	 * @param summary what happened, briefly and without names
	 * @param theme the indicators' theme, or null
	 * @param becameAwareOn when the partnership became aware, or null when not given
	 * @param notifiedOn when the notification was made, or null
	 * @param source where the record comes from, or null
	 */
	public record NewReview(String reference, @Nullable String childKey, String summary, @Nullable Theme theme,
			@Nullable LocalDate becameAwareOn, @Nullable LocalDate notifiedOn, @Nullable String source) {
	}

	/**
	 * What a notification did.
	 *
	 * @param id the new review's number, or null when refused
	 * @param problems the broken rules by field
	 */
	public record Created(@Nullable Long id, Map<String, String> problems) {
	}

	/**
	 * A review with a clock that needs someone: due soon or overdue.
	 *
	 * @param review the review
	 * @param clock the clock
	 */
	public record Due(CaseReview review, ReviewClocks.Clock clock) {
	}

	/**
	 * The cases considered in a year.
	 *
	 * @param year the financial year
	 * @param considered how many cases were considered (decided, or put forward and not
	 * yet decided, in the year)
	 * @param byDecision how many of them had each decision
	 * @param undecided how many wait for a decision
	 * @param published how many reviews were published in the year
	 */
	public record Summary(ReportingPeriod.FinancialYear year, int considered, Map<ReviewDecision, Integer> byDecision,
			int undecided, int published) {
	}

	/**
	 * The clocks' rules in force.
	 * @return the clocks
	 */
	public ReviewClocks clocks() {
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
	 * Records a case put forward for review.
	 * @param partnershipId the partnership
	 * @param review the case
	 * @param by who records it
	 * @return the new review's number, or the problems by field
	 */
	@Transactional
	public Created notify(long partnershipId, NewReview review, String by) {
		Map<String, String> problems = check(review.reference(), review.childKey(), review.summary(),
				review.becameAwareOn(), review.notifiedOn());
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into case_review (partnership_id, reference, child_key, summary, theme, became_aware_on,
				       notified_on, abuse_or_neglect, died, seriously_harmed, concern_working, died_in_custody,
				       rationale, learning, status, source, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, false, false, false, false, false, '', '', 'NOTIFIED', ?, ?, ?)""")
			.params(partnershipId, review.reference().strip(), blankToNull(review.childKey()), review.summary().strip(),
					(review.theme() != null) ? review.theme().name() : null, review.becameAwareOn(),
					review.notifiedOn(), review.source(), by, now())
			.update(keys, "review_id");
		long id = java.util.Objects.requireNonNull(keys.getKeyAs(Long.class));
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CREATE, REVIEW_RECORD, String.valueOf(id)));
		return new Created(id, Map.of());
	}

	private Map<String, String> check(String reference, @Nullable String childKey, String summary,
			@Nullable LocalDate becameAwareOn, @Nullable LocalDate notifiedOn) {
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "reference", reference, "Give the case's reference, such as Child L: never a name",
				100);
		if (childKey != null && childKey.length() > 100) {
			problems.put("childKey", "Keep the child key to 100 characters");
		}
		TextRules.require(problems, "summary", summary, "Say briefly what happened, without names", 2000);
		if (becameAwareOn == null) {
			problems.put("becameAwareOn", "Enter the day the partnership became aware, such as 2015-01-12");
		}
		else if (becameAwareOn.isAfter(today())) {
			problems.put("becameAwareOn", "The day the partnership became aware cannot be in the future");
		}
		if (notifiedOn != null && becameAwareOn != null && notifiedOn.isBefore(becameAwareOn)) {
			problems.put("notifiedOn", "The notification cannot come before the partnership became aware");
		}
		return problems;
	}

	/**
	 * A review, its reading recorded in the access log.
	 * @param partnershipId the partnership
	 * @param id the review
	 * @return the review, if the partnership has it and it is not withdrawn
	 */
	@Transactional
	public Optional<CaseReview> read(long partnershipId, long id) {
		Optional<CaseReview> review = find(partnershipId, id);
		review.ifPresent((found) -> this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.READ, REVIEW_RECORD, String.valueOf(id))));
		return review;
	}

	/**
	 * A review, for the module's own checks (not logged).
	 * @param partnershipId the partnership
	 * @param id the review
	 * @return the review, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<CaseReview> find(long partnershipId, long id) {
		return this.jdbc.sql(SELECT + " and review_id = ?")
			.params(partnershipId, id)
			.query(CaseReviews::review)
			.optional();
	}

	/**
	 * Every review, the most recent first, its listing recorded in the access log.
	 * @param partnershipId the partnership
	 * @return the reviews
	 */
	@Transactional
	public List<CaseReview> all(long partnershipId) {
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, REVIEW_RECORD, null));
		return list(partnershipId);
	}

	private List<CaseReview> list(long partnershipId) {
		return this.jdbc.sql(SELECT + " order by became_aware_on desc, review_id desc")
			.param(partnershipId)
			.query(CaseReviews::review)
			.list();
	}

	/**
	 * Records the rapid review and the criteria it found.
	 * @param partnershipId the partnership
	 * @param id the review
	 * @param on when it was held, or null when not given
	 * @param criteria the criteria
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> rapidReview(long partnershipId, long id, @Nullable LocalDate on, ReviewCriteria criteria,
			String by) {
		if (on == null) {
			return Map.of("rapidReviewOn", "Enter the day the rapid review was held, such as 2015-01-30");
		}
		return move(partnershipId, id, (review) -> review.rapidReview(on, criteria), by);
	}

	/**
	 * Records the decision, its rationale and the chair's endorsement.
	 * @param partnershipId the partnership
	 * @param id the review
	 * @param decision the decision, or null when none was chosen
	 * @param rationale why
	 * @param on when, or null when not given
	 * @param endorsedBy the chair who endorsed it
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> decide(long partnershipId, long id, @Nullable ReviewDecision decision, String rationale,
			@Nullable LocalDate on, String endorsedBy, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (decision == null) {
			problems.put("decision", "Choose the decision");
		}
		TextRules.require(problems, "rationale", rationale, "Give the rationale for the decision", 3000);
		if (on == null) {
			problems.put("decidedOn", "Enter the day of the decision, such as 2015-02-10");
		}
		TextRules.require(problems, "endorsedBy", endorsedBy, "Name the chair who endorsed the decision", 200);
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (review) -> review.decide(decision, rationale, on, endorsedBy), by);
	}

	/**
	 * Records the day the national panel was informed of the decision.
	 * @param partnershipId the partnership
	 * @param id the review
	 * @param on when, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> informPanel(long partnershipId, long id, @Nullable LocalDate on, String by) {
		if (on == null) {
			return Map.of("panelInformedOn", "Enter the day the national panel was informed, such as 2015-02-20");
		}
		return move(partnershipId, id, (review) -> review.panelInformed(on), by);
	}

	/**
	 * Records the review's publication and its learning themes.
	 * @param partnershipId the partnership
	 * @param id the review
	 * @param on when, or null when not given
	 * @param learning the learning themes
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> publish(long partnershipId, long id, @Nullable LocalDate on, String learning,
			String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (on == null) {
			problems.put("publishedOn", "Enter the day the review was published, such as 2015-09-30");
		}
		TextRules.require(problems, "learning", learning, "Give the learning themes the review found", 3000);
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (review) -> review.publish(on, learning), by);
	}

	private Map<String, String> move(long partnershipId, long id, UnaryOperator<CaseReview> step, String by) {
		CaseReview review = find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No review " + id));
		CaseReview moved;
		try {
			moved = step.apply(review);
		}
		catch (IllegalReviewMoveException ex) {
			return Map.of("move", ex.getMessage());
		}
		save(partnershipId, moved);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, REVIEW_RECORD, String.valueOf(id))
			.withDetail(moved.status().label()));
		return Map.of();
	}

	private void save(long partnershipId, CaseReview review) {
		ReviewCriteria c = review.criteria();
		this.jdbc.sql("""
				update case_review set reference = ?, child_key = ?, summary = ?, theme = ?, became_aware_on = ?,
				       notified_on = ?, abuse_or_neglect = ?, died = ?, seriously_harmed = ?, concern_working = ?,
				       died_in_custody = ?, rapid_review_on = ?, decision = ?, rationale = ?, decided_on = ?,
				       endorsed_by = ?, panel_informed_on = ?, published_on = ?, learning = ?, status = ?
				where partnership_id = ? and review_id = ?""")
			.params(review.reference(), review.childKey(), review.summary(),
					(review.theme() != null) ? review.theme().name() : null, review.becameAwareOn(),
					review.notifiedOn(), c.abuseOrNeglect(), c.died(), c.seriouslyHarmed(),
					c.concernAboutWorkingTogether(), c.diedInCustody(), review.rapidReviewOn(),
					(review.decision() != null) ? review.decision().name() : null, review.rationale(),
					review.decidedOn(), review.endorsedBy(), review.panelInformedOn(), review.publishedOn(),
					review.learning(), review.status().name(), partnershipId, review.id())
			.update();
		tag(partnershipId, review);
	}

	/**
	 * A decided review is evidence on its theme: its decision, rationale and learning
	 * show beside the indicators of that theme. An undecided or withdrawn one is not.
	 */
	private void tag(long partnershipId, CaseReview review) {
		boolean shown = review.decision() != null && review.theme() != null;
		String summary = review.decisionLabel() + ". " + review.rationale()
				+ (review.learning().isEmpty() ? "" : " Learning: " + review.learning());
		this.evidence.tag(partnershipId,
				new Evidence.Item(Evidence.Kind.CASE_REVIEW, "Case review: " + review.reference(), summary,
						(review.decidedOn() != null) ? review.decidedOn() : review.becameAwareOn(), "assurance",
						"case-review-" + review.id(), "/assurance/reviews/" + review.id()),
				shown ? EnumSet.of(review.theme()) : EnumSet.noneOf(Theme.class));
	}

	/**
	 * Corrects what the notification recorded: reference, child key, summary, theme and
	 * dates. The history keeps the old values, who changed them and why.
	 * @param partnershipId the partnership
	 * @param id the review
	 * @param change the corrected values
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> edit(long partnershipId, long id, NewReview change, String reason, String by) {
		CaseReview before = find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No review " + id));
		Map<String, String> problems = check(change.reference(), change.childKey(), change.summary(),
				change.becameAwareOn(), change.notifiedOn());
		if (!problems.isEmpty()) {
			return problems;
		}
		if (before.rapidReviewOn() != null && before.rapidReviewOn().isBefore(change.becameAwareOn())) {
			return Map.of("becameAwareOn", "The rapid review was held on " + before.rapidReviewOn()
					+ ": the partnership became aware before that");
		}
		List<FieldChange> changes = Corrections.changes(
				fields(before.reference(), before.childKey(), before.summary(), before.theme(), before.becameAwareOn(),
						before.notifiedOn()),
				fields(change.reference(), change.childKey(), change.summary(), change.theme(), change.becameAwareOn(),
						change.notifiedOn()));
		problems.putAll(Corrections.refusal(changes, reason, "reference"));
		if (!problems.isEmpty()) {
			return problems;
		}
		CaseReview after = new CaseReview(id, change.reference().strip(), blankToNull(change.childKey()),
				change.summary().strip(), change.theme(), change.becameAwareOn(), change.notifiedOn(),
				before.criteria(), before.rapidReviewOn(), before.decision(), before.rationale(), before.decidedOn(),
				before.endorsedBy(), before.panelInformedOn(), before.publishedOn(), before.learning(),
				before.status());
		save(partnershipId, after);
		this.corrections.recordEdit(partnershipId, new RecordRef(REVIEW_RECORD, id), changes,
				Corrections.reasonFor(changes, reason), by);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, REVIEW_RECORD, String.valueOf(id))
			.withDetail("corrected"));
		return problems;
	}

	private static Map<String, @Nullable Object> fields(String reference, @Nullable String childKey, String summary,
			@Nullable Theme theme, @Nullable LocalDate aware, @Nullable LocalDate notified) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Reference", reference);
		fields.put("Child key", childKey);
		fields.put("Summary", summary);
		fields.put("Theme", (theme != null) ? theme.label() : null);
		fields.put("Became aware on", aware);
		fields.put("Notified on", notified);
		return fields;
	}

	/**
	 * Withdraws a review recorded by mistake: it leaves the list, the summaries, the
	 * clocks and the evidence; its history stays.
	 * @param partnershipId the partnership
	 * @param id the review
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No review " + id));
		return this.corrections.withdraw(partnershipId, new RecordRef(REVIEW_RECORD, id), reason, by, () -> {
			this.jdbc.sql(
					"update case_review set withdrawn_at = ? where partnership_id = ? and review_id = ? and withdrawn_at is null")
				.params(now(), partnershipId, id)
				.update();
			this.evidence.tag(partnershipId,
					new Evidence.Item(Evidence.Kind.CASE_REVIEW, "", "", today(), "assurance", "case-review-" + id, ""),
					EnumSet.noneOf(Theme.class));
			this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, REVIEW_RECORD, String.valueOf(id))
				.withDetail("withdrawn"));
		});
	}

	/**
	 * Brings back a review withdrawn in error, with its evidence.
	 * @param partnershipId the partnership
	 * @param id the review
	 */
	void bringBack(long partnershipId, long id) {
		this.jdbc.sql("update case_review set withdrawn_at = null where partnership_id = ? and review_id = ?")
			.params(partnershipId, id)
			.update();
		find(partnershipId, id).ifPresent((review) -> tag(partnershipId, review));
	}

	/**
	 * A withdrawn review as the register names it: its reference only.
	 * @param partnershipId the partnership
	 * @param id the review
	 * @return its reference, if the partnership has it
	 */
	Optional<String> describe(long partnershipId, long id) {
		return this.jdbc
			.sql("select reference, became_aware_on from case_review where partnership_id = ? and review_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> rs.getString(1) + " (became aware " + Corrections.text(rs.getObject(2, LocalDate.class))
					+ ")")
			.optional();
	}

	/**
	 * A review's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id the review
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(REVIEW_RECORD, id));
	}

	/**
	 * The clocks that need someone on a day: due soon or overdue, the most urgent first.
	 * @param partnershipId the partnership
	 * @param today the day
	 * @return each review's clocks due soon or overdue
	 */
	@Transactional(readOnly = true)
	public List<Due> due(long partnershipId, LocalDate today) {
		List<Due> due = new ArrayList<>();
		for (CaseReview review : list(partnershipId)) {
			if (review.closed()) {
				continue;
			}
			for (ReviewClocks.Clock each : this.clocks.of(review, today)) {
				if (each.state() == ClockState.OVERDUE || each.state() == ClockState.DUE_SOON) {
					due.add(new Due(review, each));
				}
			}
		}
		due.sort(java.util.Comparator.comparing((Due d) -> d.clock().due()));
		return due;
	}

	/**
	 * The cases considered in a financial year: those decided in it, and those put
	 * forward in it and not yet decided.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the counts
	 */
	@Transactional(readOnly = true)
	public Summary summary(long partnershipId, ReportingPeriod.FinancialYear year) {
		Map<ReviewDecision, Integer> byDecision = new EnumMap<>(ReviewDecision.class);
		for (ReviewDecision decision : ReviewDecision.values()) {
			byDecision.put(decision, 0);
		}
		int considered = 0;
		int undecided = 0;
		int published = 0;
		for (CaseReview review : list(partnershipId)) {
			LocalDate when = (review.decidedOn() != null) ? review.decidedOn() : review.becameAwareOn();
			if (year.contains(when)) {
				considered++;
				if (review.decision() != null) {
					byDecision.merge(review.decision(), 1, Integer::sum);
				}
				else {
					undecided++;
				}
			}
			if (review.publishedOn() != null && year.contains(review.publishedOn())) {
				published++;
			}
		}
		return new Summary(year, considered, byDecision, undecided, published);
	}

	private static final String SELECT = """
			select review_id, reference, child_key, summary, theme, became_aware_on, notified_on, abuse_or_neglect, died,
			       seriously_harmed, concern_working, died_in_custody, rapid_review_on, decision, rationale, decided_on,
			       endorsed_by, panel_informed_on, published_on, learning, status
			from case_review where partnership_id = ? and withdrawn_at is null""";

	private static CaseReview review(ResultSet rs, int row) throws SQLException {
		return new CaseReview(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				(rs.getString(5) != null) ? Theme.valueOf(rs.getString(5)) : null, rs.getObject(6, LocalDate.class),
				rs.getObject(7, LocalDate.class),
				new ReviewCriteria(rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11),
						rs.getBoolean(12)),
				rs.getObject(13, LocalDate.class),
				(rs.getString(14) != null) ? ReviewDecision.valueOf(rs.getString(14)) : null, rs.getString(15),
				rs.getObject(16, LocalDate.class), rs.getString(17), rs.getObject(18, LocalDate.class),
				rs.getObject(19, LocalDate.class), rs.getString(20), ReviewStatus.valueOf(rs.getString(21)));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
