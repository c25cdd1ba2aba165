package org.assure.assurance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * The voice of children and of practitioners: each engagement activity, what was said and
 * what changed because of it, tagged to a theme and a business plan priority. Each one is
 * recorded as evidence on its theme, so that it shows beside the indicators of that theme
 * and in the reports.
 */
@Service
public class Voice {

	private final JdbcClient jdbc;

	private final Evidence evidence;

	private final Corrections corrections;

	/** The kind of record an engagement is, in the history of corrections. */
	public static final String ENGAGEMENT_RECORD = "assurance.engagement";

	private final Clock clock;

	Voice(JdbcClient jdbc, Evidence evidence, Clock clock, Corrections corrections) {
		this.corrections = corrections;
		this.jdbc = jdbc;
		this.evidence = evidence;
		this.clock = clock;
	}

	/** Whose voice. */
	public enum Of {

		/** Children and young people. */
		CHILDREN("Children and young people", Evidence.Kind.VOICE_OF_CHILD),
		/** Practitioners. */
		PRACTITIONERS("Practitioners", Evidence.Kind.VOICE_OF_PRACTITIONERS);

		private final String label;

		private final Evidence.Kind kind;

		Of(String label, Evidence.Kind kind) {
			this.label = label;
			this.kind = kind;
		}

		/**
		 * Whose voice, as people read it.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

	/**
	 * An engagement activity and what came of it.
	 *
	 * @param id its number
	 * @param voice whose voice
	 * @param activity what the engagement was
	 * @param heldOn when
	 * @param dateNote what to know about the date (such as "month only"), or null
	 * @param theme the indicators' theme it speaks to, or null
	 * @param priorityNumber the business plan priority it informs, or null
	 * @param whatSaid what was said
	 * @param whatChanged what changed because of it
	 * @param source where the record comes from, or null
	 */
	public record Engagement(long id, Of voice, String activity, LocalDate heldOn, @Nullable String dateNote,
			@Nullable Theme theme, @Nullable Integer priorityNumber, String whatSaid, String whatChanged,
			@Nullable String source) {
	}

	/**
	 * Records an engagement activity, and tags it as evidence on its theme.
	 * @param partnershipId the partnership
	 * @param engagement the activity (its id is ignored)
	 * @param username who
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> record(long partnershipId, Engagement engagement, String username) {
		Map<String, String> problems = check(engagement);
		if (!problems.isEmpty()) {
			return problems;
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into engagement (partnership_id, voice, activity, held_on, date_note, theme, priority_number,
				       what_said, what_changed, source, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, engagement.voice().name(), engagement.activity().strip(), engagement.heldOn(),
					engagement.dateNote(), (engagement.theme() != null) ? engagement.theme().name() : null,
					engagement.priorityNumber(), engagement.whatSaid().strip(), engagement.whatChanged().strip(),
					engagement.source(), username, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update(keys, "engagement_id");
		long id = keys.getKeyAs(Long.class);
		tag(partnershipId, id, engagement);
		return problems;
	}

	/**
	 * Withdraws an engagement recorded by mistake: it leaves the list and the evidence on
	 * its theme; its history stays.
	 * @param partnershipId the partnership
	 * @param id the engagement
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		Corrections.checkReason(problems, reason);
		if (!problems.isEmpty()) {
			return problems;
		}
		int withdrawn = this.jdbc
			.sql("update engagement set withdrawn_at = ? where partnership_id = ? and engagement_id = ?"
					+ " and withdrawn_at is null")
			.params(OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), partnershipId, id)
			.update();
		if (withdrawn != 1) {
			throw new IllegalArgumentException("No engagement " + id);
		}
		this.evidence.tag(partnershipId, new Evidence.Item(Evidence.Kind.VOICE_OF_CHILD, "", "",
				LocalDate.now(this.clock), "assurance", "engagement-" + id, ""), EnumSet.noneOf(Theme.class));
		this.corrections.recordWithdrawal(partnershipId, new RecordRef(ENGAGEMENT_RECORD, id), reason, by);
		return problems;
	}

	/**
	 * An engagement, to correct it.
	 * @param partnershipId the partnership
	 * @param id the engagement
	 * @return it, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<Engagement> engagement(long partnershipId, long id) {
		return this.jdbc.sql(SELECT + " where partnership_id = ? and engagement_id = ? and withdrawn_at is null")
			.params(partnershipId, id)
			.query(Voice::engagement)
			.optional();
	}

	/**
	 * Corrects an engagement; its evidence on its theme follows, and the history keeps
	 * the old values, who changed them and why.
	 * @param partnershipId the partnership
	 * @param id the engagement
	 * @param change the engagement as corrected (its id and source are ignored)
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> edit(long partnershipId, long id, Engagement change, String reason, String by) {
		Engagement before = engagement(partnershipId, id)
			.orElseThrow(() -> new IllegalArgumentException("No engagement " + id));
		Map<String, String> problems = check(change);
		List<FieldChange> changes = Corrections.changes(fields(before), fields(change));
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
				update engagement set voice = ?, activity = ?, held_on = ?, theme = ?, priority_number = ?,
				       what_said = ?, what_changed = ? where partnership_id = ? and engagement_id = ?""")
			.params(change.voice().name(), change.activity().strip(), change.heldOn(),
					(change.theme() != null) ? change.theme().name() : null, change.priorityNumber(),
					change.whatSaid().strip(), change.whatChanged().strip(), partnershipId, id)
			.update();
		tag(partnershipId, id, change);
		this.corrections.recordEdit(partnershipId, new RecordRef(ENGAGEMENT_RECORD, id), changes,
				Corrections.reasonFor(changes, reason), by);
		return problems;
	}

	private static Map<String, @Nullable Object> fields(Engagement engagement) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Whose voice", engagement.voice().label());
		fields.put("Activity", engagement.activity());
		fields.put("Held on", engagement.heldOn());
		fields.put("Theme", (engagement.theme() != null) ? engagement.theme().label() : null);
		fields.put("Priority", engagement.priorityNumber());
		fields.put("What was said", engagement.whatSaid());
		fields.put("What changed", engagement.whatChanged());
		return fields;
	}

	/**
	 * An engagement's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id the engagement
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(ENGAGEMENT_RECORD, id));
	}

	/**
	 * Brings back an engagement withdrawn in error, with its evidence on its theme.
	 * @param partnershipId the partnership
	 * @param id the engagement
	 */
	void bringBack(long partnershipId, long id) {
		this.jdbc.sql("update engagement set withdrawn_at = null where partnership_id = ? and engagement_id = ?")
			.params(partnershipId, id)
			.update();
		engagement(partnershipId, id).ifPresent((engagement) -> tag(partnershipId, id, engagement));
	}

	/**
	 * A withdrawn engagement, as the register of withdrawn records names it.
	 * @param partnershipId the partnership
	 * @param id the engagement
	 * @return its activity and date, if the partnership has it
	 */
	Optional<String> describe(long partnershipId, long id) {
		return this.jdbc.sql(SELECT + " where partnership_id = ? and engagement_id = ?")
			.params(partnershipId, id)
			.query(Voice::engagement)
			.optional()
			.map((e) -> e.activity() + " (" + e.voice().label() + ", " + Corrections.text(e.heldOn()) + ")");
	}

	private void tag(long partnershipId, long id, Engagement engagement) {
		this.evidence.tag(partnershipId,
				new Evidence.Item(engagement.voice().kind, engagement.activity().strip(),
						"What was said: " + engagement.whatSaid().strip() + " What changed: "
								+ engagement.whatChanged().strip(),
						engagement.heldOn(), "assurance", "engagement-" + id, "/assurance/voice#engagement-" + id),
				(engagement.theme() != null) ? EnumSet.of(engagement.theme()) : EnumSet.noneOf(Theme.class));
	}

	private static Map<String, String> check(Engagement engagement) {
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "activity", engagement.activity(), "Say what the engagement was", 300);
		TextRules.require(problems, "whatSaid", engagement.whatSaid(), "Say what was said", 3000);
		TextRules.require(problems, "whatChanged", engagement.whatChanged(),
				"Say what changed because of it, or that nothing has yet", 3000);
		if (engagement.priorityNumber() != null
				&& (engagement.priorityNumber() < 1 || engagement.priorityNumber() > 99)) {
			problems.put("priorityNumber", "Enter the priority's number, from 1 to 99");
		}
		return problems;
	}

	/**
	 * Every engagement activity, newest first.
	 * @param partnershipId the partnership
	 * @return the activities
	 */
	@Transactional(readOnly = true)
	public List<Engagement> all(long partnershipId) {
		return this.jdbc
			.sql(SELECT
					+ " where partnership_id = ? and withdrawn_at is null order by held_on desc, engagement_id desc")
			.param(partnershipId)
			.query(Voice::engagement)
			.list();
	}

	/**
	 * The engagement activities that inform a business plan priority.
	 * @param partnershipId the partnership
	 * @param priorityNumber the priority
	 * @return the activities, newest first
	 */
	@Transactional(readOnly = true)
	public List<Engagement> onPriority(long partnershipId, int priorityNumber) {
		return this.jdbc
			.sql(SELECT + " where partnership_id = ? and priority_number = ? and withdrawn_at is null"
					+ " order by held_on desc, engagement_id desc")
			.params(partnershipId, priorityNumber)
			.query(Voice::engagement)
			.list();
	}

	private static final String SELECT = "select engagement_id, voice, activity, held_on, date_note, theme, "
			+ "priority_number, what_said, what_changed, source from engagement";

	private static Engagement engagement(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		int priority = rs.getInt(7);
		Integer priorityNumber = rs.wasNull() ? null : priority;
		return new Engagement(rs.getLong(1), Of.valueOf(rs.getString(2)), rs.getString(3),
				rs.getObject(4, LocalDate.class), rs.getString(5),
				(rs.getString(6) != null) ? Theme.valueOf(rs.getString(6)) : null, priorityNumber, rs.getString(8),
				rs.getString(9), rs.getString(10));
	}

}
