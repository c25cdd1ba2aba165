package org.assure.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Theme;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's business plan: priorities, objectives, key activities with their lead,
 * desired outcome and timescale, and each activity's quarterly progress reviews. The
 * plan's status is the latest review of every activity.
 */
@Service
public class BusinessPlan {

	/** The kind of record a key activity is, in the history of corrections. */
	public static final String ACTIVITY_RECORD = "governance.plan-activity";

	/** The kind of record a progress review is, in the history of corrections. */
	public static final String REVIEW_RECORD = "governance.plan-review";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Corrections corrections;

	BusinessPlan(JdbcClient jdbc, Clock clock, Corrections corrections) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.corrections = corrections;
	}

	/**
	 * A key activity.
	 *
	 * @param id its number
	 * @param priorityNumber the priority it serves
	 * @param priorityTitle that priority's title
	 * @param objective the objective it serves
	 * @param code its letter within the priority
	 * @param activity what is to be done
	 * @param lead who is responsible
	 * @param outcome the desired outcome
	 * @param timescale the timescale and progress review points
	 * @param theme the indicators' theme it speaks to, or null
	 * @param note how the activity was read from its source, or null
	 * @param latest its latest review, or null when never reviewed
	 */
	public record Activity(long id, int priorityNumber, String priorityTitle, String objective, String code,
			String activity, String lead, String outcome, String timescale, @Nullable Theme theme,
			@Nullable String note, @Nullable Review latest) {

		/**
		 * The activity's reference, as its actions on the tracker carry it.
		 * @return the reference, such as "Business plan, priority 3, activity c"
		 */
		public String reference() {
			return "Business plan, priority " + this.priorityNumber + ", activity " + this.code;
		}

	}

	/**
	 * A quarterly progress review.
	 *
	 * @param id its number
	 * @param quarter the quarter's code
	 * @param progress the rating
	 * @param evidence the evidence of progress
	 * @param commentary what it means and what happens next
	 * @param by who reviewed it
	 * @param at when
	 */
	public record Review(long id, String quarter, PlanProgress progress, String evidence, String commentary, String by,
			Instant at) {
	}

	/**
	 * A priority with its objectives, each with its activities.
	 *
	 * @param number its number
	 * @param title its title
	 * @param objectives its objectives and their activities, in order
	 */
	public record Priority(int number, String title, Map<String, List<Activity>> objectives) {
	}

	/**
	 * An activity to add.
	 *
	 * @param priorityNumber the priority's number
	 * @param priorityTitle the priority's title, used when the priority is new
	 * @param objective the objective
	 * @param code the activity's letter
	 * @param activity what is to be done
	 * @param lead who is responsible
	 * @param outcome the desired outcome
	 * @param timescale the timescale
	 * @param theme the indicators' theme, or null
	 * @param note a note, or null
	 * @param source where it comes from, or null
	 */
	public record NewActivity(int priorityNumber, String priorityTitle, String objective, String code, String activity,
			String lead, String outcome, String timescale, @Nullable Theme theme, @Nullable String note,
			@Nullable String source) {
	}

	/**
	 * Adds an activity, and its priority when the priority is new.
	 * @param partnershipId the partnership
	 * @param activity the activity
	 * @return the problems by field; empty when added
	 */
	@Transactional
	public Map<String, String> add(long partnershipId, NewActivity activity) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (activity.priorityNumber() < 1 || activity.priorityNumber() > 99) {
			problems.put("priorityNumber", "Enter the priority's number, from 1 to 99");
		}
		Long priorityId = priorityId(partnershipId, activity.priorityNumber());
		if (priorityId == null) {
			TextRules.require(problems, "priorityTitle", activity.priorityTitle(), "Enter the new priority's title",
					300);
		}
		checkActivity(problems, activity);
		if (!problems.isEmpty()) {
			return problems;
		}
		if (priorityId == null) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("insert into plan_priority (partnership_id, number, title) values (?, ?, ?)")
				.params(partnershipId, activity.priorityNumber(), activity.priorityTitle().strip())
				.update(keys, "priority_id");
			priorityId = keys.getKeyAs(Long.class);
		}
		this.jdbc.sql("""
				insert into plan_activity (partnership_id, priority_id, objective, code, activity, lead, outcome,
				       timescale, theme, note, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, priorityId, activity.objective().strip(), activity.code().strip(),
					activity.activity().strip(), activity.lead().strip(), activity.outcome().strip(),
					activity.timescale().strip(), (activity.theme() != null) ? activity.theme().name() : null,
					activity.note(), activity.source())
			.update();
		return problems;
	}

	private static void checkActivity(Map<String, String> problems, NewActivity activity) {
		TextRules.require(problems, "objective", activity.objective(), "Enter the objective the activity serves", 2000);
		TextRules.require(problems, "code", activity.code(), "Enter the activity's letter, such as a", 10);
		TextRules.require(problems, "activity", activity.activity(), "Say what is to be done", 2000);
		TextRules.require(problems, "lead", activity.lead(), "Say who leads it", 1000);
		TextRules.require(problems, "outcome", activity.outcome(), "Say what outcome is wanted", 3000);
		TextRules.require(problems, "timescale", activity.timescale(), "Give the timescale", 1000);
	}

	/**
	 * Corrects a key activity's wording, lead, outcome, timescale and theme. Changing a
	 * recorded value needs a reason; the history keeps the old value.
	 * @param partnershipId the partnership
	 * @param activityId the activity
	 * @param change the activity as corrected (its priority is not moved)
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> editActivity(long partnershipId, long activityId, NewActivity change, String reason,
			String by) {
		Activity before = activity(partnershipId, activityId)
			.orElseThrow(() -> new IllegalArgumentException("No activity " + activityId));
		Map<String, String> problems = new LinkedHashMap<>();
		checkActivity(problems, change);
		List<FieldChange> changes = Corrections.changes(
				activityFields(before.objective(), before.code(), before.activity(), before.lead(), before.outcome(),
						before.timescale(), before.theme()),
				activityFields(change.objective(), change.code(), change.activity(), change.lead(), change.outcome(),
						change.timescale(), change.theme()));
		if (problems.isEmpty() && changes.isEmpty()) {
			problems.put("activity", "Nothing was changed: change a field, or go back");
		}
		if (problems.isEmpty() && Corrections.correctsAValue(changes)) {
			Corrections.checkReason(problems, reason);
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				update plan_activity set objective = ?, code = ?, activity = ?, lead = ?, outcome = ?, timescale = ?,
				       theme = ? where partnership_id = ? and activity_id = ?""")
			.params(change.objective().strip(), change.code().strip(), change.activity().strip(), change.lead().strip(),
					change.outcome().strip(), change.timescale().strip(),
					(change.theme() != null) ? change.theme().name() : null, partnershipId, activityId)
			.update();
		this.corrections.recordEdit(partnershipId, new RecordRef(ACTIVITY_RECORD, activityId), changes,
				Corrections.reasonFor(changes, reason), by);
		return problems;
	}

	private static Map<String, @Nullable Object> activityFields(String objective, String code, String activity,
			String lead, String outcome, String timescale, @Nullable Theme theme) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Objective", objective);
		fields.put("Letter", code);
		fields.put("Activity", activity);
		fields.put("Lead", lead);
		fields.put("Outcome", outcome);
		fields.put("Timescale", timescale);
		fields.put("Theme", (theme != null) ? theme.label() : null);
		return fields;
	}

	/**
	 * Withdraws a key activity recorded by mistake, with its reviews: it leaves the plan
	 * and its status; its history stays.
	 * @param partnershipId the partnership
	 * @param activityId the activity
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdrawActivity(long partnershipId, long activityId, String reason, String by) {
		activity(partnershipId, activityId)
			.orElseThrow(() -> new IllegalArgumentException("No activity " + activityId));
		return withdraw(partnershipId, "plan_activity", "activity_id", new RecordRef(ACTIVITY_RECORD, activityId),
				reason, by);
	}

	/**
	 * Withdraws a progress review recorded by mistake: the activity's status falls back
	 * to its review before; the history stays.
	 * @param partnershipId the partnership
	 * @param activityId the activity
	 * @param reviewId the review
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdrawReview(long partnershipId, long activityId, long reviewId, String reason,
			String by) {
		if (reviews(partnershipId, activityId).stream().noneMatch((review) -> review.id() == reviewId)) {
			throw new IllegalArgumentException("No review " + reviewId + " of activity " + activityId);
		}
		return withdraw(partnershipId, "plan_review", "review_id", new RecordRef(REVIEW_RECORD, reviewId), reason, by);
	}

	private Map<String, String> withdraw(long partnershipId, String table, String idColumn, RecordRef record,
			String reason, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		Corrections.checkReason(problems, reason);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc
			.sql("update " + table + " set withdrawn_at = ? where partnership_id = ? and " + idColumn
					+ " = ? and withdrawn_at is null")
			.params(OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), partnershipId, record.id())
			.update();
		this.corrections.recordWithdrawal(partnershipId, record, reason, by);
		return problems;
	}

	/**
	 * An activity's corrections, oldest first (a withdrawn review shows in the register
	 * of withdrawn records).
	 * @param partnershipId the partnership
	 * @param activityId the activity
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long activityId) {
		return this.corrections.history(partnershipId, new RecordRef(ACTIVITY_RECORD, activityId));
	}

	private @Nullable Long priorityId(long partnershipId, int number) {
		return this.jdbc.sql("select priority_id from plan_priority where partnership_id = ? and number = ?")
			.params(partnershipId, number)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The whole plan: priorities, objectives and activities, each with its latest review.
	 * @param partnershipId the partnership
	 * @return the priorities in number order
	 */
	@Transactional(readOnly = true)
	public List<Priority> plan(long partnershipId) {
		Map<Integer, Priority> priorities = new LinkedHashMap<>();
		for (Activity activity : activities(partnershipId, null)) {
			Priority priority = priorities.computeIfAbsent(activity.priorityNumber(),
					(number) -> new Priority(number, activity.priorityTitle(), new LinkedHashMap<>()));
			priority.objectives().computeIfAbsent(activity.objective(), (o) -> new ArrayList<>()).add(activity);
		}
		return List.copyOf(priorities.values());
	}

	/**
	 * The plan at a glance: how many activities stand at each rating, and how many have
	 * no review yet.
	 * @param plan the plan
	 * @return the counts by rating, with null for not reviewed
	 */
	public static Map<@Nullable PlanProgress, Integer> glance(List<Priority> plan) {
		Map<@Nullable PlanProgress, Integer> counts = new LinkedHashMap<>();
		for (PlanProgress progress : PlanProgress.values()) {
			counts.put(progress, 0);
		}
		counts.put(null, 0);
		for (Priority priority : plan) {
			for (List<Activity> activities : priority.objectives().values()) {
				for (Activity activity : activities) {
					PlanProgress progress = (activity.latest() != null) ? activity.latest().progress() : null;
					counts.merge(progress, 1, Integer::sum);
				}
			}
		}
		return counts;
	}

	/**
	 * An activity.
	 * @param partnershipId the partnership
	 * @param id the activity
	 * @return the activity, if the partnership has it
	 */
	@Transactional(readOnly = true)
	public Optional<Activity> activity(long partnershipId, long id) {
		return activities(partnershipId, id).stream().findFirst();
	}

	/**
	 * Records a quarterly progress review of an activity.
	 * @param partnershipId the partnership
	 * @param activityId the activity
	 * @param quarter the quarter, typed
	 * @param progress the rating, or null when none was chosen
	 * @param evidence the evidence of progress
	 * @param commentary what it means and what happens next
	 * @param username who
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> review(long partnershipId, long activityId, String quarter,
			@Nullable PlanProgress progress, String evidence, String commentary, String username) {
		Map<String, String> problems = new LinkedHashMap<>();
		String code = null;
		try {
			ReportingPeriod period = ReportingPeriod.parse(quarter.strip());
			if (period instanceof ReportingPeriod.Quarter) {
				code = period.code();
			}
		}
		catch (IllegalArgumentException ex) {
			code = null;
		}
		if (code == null) {
			problems.put("quarter", "Enter the quarter reviewed, such as 2015-16-Q1");
		}
		if (progress == null) {
			problems.put("progress", "Choose how the activity stands");
		}
		TextRules.require(problems, "evidence", evidence, "Give the evidence of progress", 3000);
		TextRules.require(problems, "commentary", commentary, "Say what it means and what happens next", 3000);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				insert into plan_review (partnership_id, activity_id, quarter, progress, evidence, commentary,
				       reviewed_by, reviewed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, activityId, code, progress.name(), evidence.strip(), commentary.strip(), username,
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		return problems;
	}

	/**
	 * An activity's reviews, newest first.
	 * @param partnershipId the partnership
	 * @param activityId the activity
	 * @return the reviews
	 */
	@Transactional(readOnly = true)
	public List<Review> reviews(long partnershipId, long activityId) {
		return this.jdbc.sql("""
				select review_id, quarter, progress, evidence, commentary, reviewed_by, reviewed_at from plan_review
				where partnership_id = ? and activity_id = ? and withdrawn_at is null
				order by quarter desc, review_id desc""")
			.params(partnershipId, activityId)
			.query((rs, row) -> review(rs))
			.list();
	}

	private static Review review(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Review(rs.getLong(1), rs.getString(2), PlanProgress.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant());
	}

	private List<Activity> activities(long partnershipId, @Nullable Long only) {
		Map<Long, Review> latest = new HashMap<>();
		this.jdbc.sql("""
				select activity_id, review_id, quarter, progress, evidence, commentary, reviewed_by, reviewed_at
				from plan_review where partnership_id = ? and withdrawn_at is null order by quarter, review_id""")
			.param(partnershipId)
			.query((RowCallbackHandler) (rs) -> latest.put(rs.getLong(1),
					new Review(rs.getLong(2), rs.getString(3), PlanProgress.valueOf(rs.getString(4)), rs.getString(5),
							rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant())));
		String where = " and a.withdrawn_at is null" + ((only != null) ? " and a.activity_id = ?" : "");
		List<Object> params = new ArrayList<>(List.of(partnershipId));
		if (only != null) {
			params.add(only);
		}
		return this.jdbc
			.sql("""
					select a.activity_id, p.number, p.title, a.objective, a.code, a.activity, a.lead, a.outcome, a.timescale,
					       a.theme, a.note from plan_activity a join plan_priority p
					  on p.partnership_id = a.partnership_id and p.priority_id = a.priority_id
					where a.partnership_id = ?"""
					+ where + " order by p.number, a.activity_id")
			.params(params)
			.query((rs, row) -> new Activity(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					(rs.getString(10) != null) ? Theme.valueOf(rs.getString(10)) : null, rs.getString(11),
					latest.get(rs.getLong(1))))
			.list();
	}

	/**
	 * How many activities the plan has at each rating, for other modules' summaries.
	 * @param partnershipId the partnership
	 * @return the counts by rating, with null for not reviewed
	 */
	@Transactional(readOnly = true)
	public Map<@Nullable PlanProgress, Integer> status(long partnershipId) {
		return glance(plan(partnershipId));
	}

}
