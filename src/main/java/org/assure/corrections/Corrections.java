package org.assure.corrections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of every correction, for every module: a module that edits or withdraws one
 * of its records calls {@link #recordEdit} or {@link #recordWithdrawal} in the same
 * transaction as its own change, so that the change and its history stand or fall
 * together; its pages show {@link #history} with the {@code fragments/corrections}
 * fragments.
 */
@Service
public class Corrections {

	/** The form field that carries a correction's reason. */
	public static final String REASON = "reason";

	/**
	 * The field that carries a withdrawal's reason, on a page whose edit form has a
	 * reason field of its own ({@code fragments/corrections :: withdraw}).
	 */
	public static final String WITHDRAW_REASON = "withdrawReason";

	/** The most characters a reason may have. */
	public static final int REASON_MAX = 1000;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<CorrectableRecords> modules;

	Corrections(JdbcClient jdbc, Clock clock, ObjectProvider<CorrectableRecords> modules) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.modules = modules;
	}

	/**
	 * Checks the reason a person gave for a correction: it is required, and at most
	 * {@value #REASON_MAX} characters.
	 * @param problems the problems found so far, by field; one is added under
	 * {@value #REASON} when the rule is broken
	 * @param reason what was typed
	 */
	public static void checkReason(Map<String, String> problems, String reason) {
		if (reason.isBlank()) {
			problems.put(REASON, "Say why the record is being corrected: the history keeps it");
		}
		else if (reason.strip().length() > REASON_MAX) {
			problems.put(REASON, String.format(Locale.UK, "Keep the reason to %,d characters", REASON_MAX));
		}
	}

	/**
	 * Why a correction cannot be saved as it stands: nothing was changed, or a recorded
	 * value is replaced without a reason ({@link #checkReason}).
	 * @param changes the changes, from {@link #changes}
	 * @param reason the reason given
	 * @param field the form's field to show "nothing was changed" against
	 * @return the problems by field; empty when it can be saved
	 */
	public static Map<String, String> refusal(List<FieldChange> changes, String reason, String field) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (changes.isEmpty()) {
			problems.put(field, "Nothing was changed: change a field, or go back");
		}
		else if (correctsAValue(changes)) {
			checkReason(problems, reason);
		}
		return problems;
	}

	/**
	 * A withdrawal's problems as its form shows them: the reason's under
	 * {@value #WITHDRAW_REASON}, so that they do not land on the edit form's reason.
	 * @param problems the problems by field, as a withdrawal returned them
	 * @return the problems, renamed
	 */
	public static Map<String, String> asWithdrawal(Map<String, String> problems) {
		Map<String, String> renamed = new LinkedHashMap<>();
		problems.forEach((field, message) -> renamed.put(REASON.equals(field) ? WITHDRAW_REASON : field, message));
		return renamed;
	}

	/**
	 * The fields whose values differ between two readings of a record, in the order of
	 * {@code after}. Values are compared as the history shows them ({@link #text}), so a
	 * date or number typed again the same way is no change.
	 * @param before the values before, by field label
	 * @param after the values after, by field label
	 * @return the changes, empty when nothing changed
	 */
	public static List<FieldChange> changes(Map<String, ?> before, Map<String, ?> after) {
		List<FieldChange> changes = new ArrayList<>();
		for (Map.Entry<String, ?> entry : after.entrySet()) {
			String was = text(before.get(entry.getKey()));
			String now = text(entry.getValue());
			if (!Objects.equals(was, now)) {
				changes.add(new FieldChange(entry.getKey(), was, now));
			}
		}
		return changes;
	}

	/**
	 * Whether changes replace a value that was recorded: a correction, which needs a
	 * reason. Filling in a field that had none is not.
	 * @param changes the changes
	 * @return true when any change replaces a recorded value
	 */
	public static boolean correctsAValue(List<FieldChange> changes) {
		return changes.stream().anyMatch((change) -> change.before() != null);
	}

	/**
	 * The reason to keep for changes: the one given, or, for changes that only fill in
	 * what was not recorded, that they did.
	 * @param changes the changes
	 * @param reason the reason given, perhaps blank
	 * @return the reason to record
	 */
	public static String reasonFor(List<FieldChange> changes, String reason) {
		return (reason.isBlank() && !correctsAValue(changes)) ? "First recorded" : reason;
	}

	/**
	 * A value as the history shows it: dates in words, blank as nothing.
	 * @param value the value
	 * @return its text, or null when it has none
	 */
	public static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		String text = (value instanceof LocalDate date) ? DATE.format(date) : value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * Records an edit of a record. Nothing is recorded when nothing changed.
	 * @param partnershipId the partnership
	 * @param record the record
	 * @param changes the fields that changed ({@link #changes})
	 * @param reason why
	 * @param by who made it
	 * @return whether anything was recorded
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean recordEdit(long partnershipId, RecordRef record, List<FieldChange> changes, String reason,
			String by) {
		if (changes.isEmpty()) {
			return false;
		}
		long id = insert(partnershipId, record, Correction.Kind.EDITED, reason, by);
		int position = 0;
		for (FieldChange change : changes) {
			this.jdbc.sql("""
					insert into record_correction_field (partnership_id, correction_id, position, field, before_value,
					                                     after_value)
					values (?, ?, ?, ?, ?, ?)""")
				.params(partnershipId, id, position++, clip(change.field(), 200), clip(change.before(), 4000),
						clip(change.after(), 4000))
				.update();
		}
		return true;
	}

	/**
	 * Records the withdrawal of a record: its module has marked it withdrawn, so that it
	 * counts in no figure.
	 * @param partnershipId the partnership
	 * @param record the record
	 * @param reason why
	 * @param by who withdrew it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordWithdrawal(long partnershipId, RecordRef record, String reason, String by) {
		insert(partnershipId, record, Correction.Kind.WITHDRAWN, reason, by);
	}

	/**
	 * Withdraws a record: checks the reason, takes the record out of every list and
	 * figure through the module's own step, and records the withdrawal, all in the
	 * module's transaction. Nothing is taken out when the reason is missing or too long.
	 * @param partnershipId the partnership
	 * @param record the record
	 * @param reason why
	 * @param by who withdraws it
	 * @param takeOut the module's step that marks the record withdrawn
	 * @return the problems by field (the reason's under {@value #REASON}); empty when
	 * withdrawn
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<String, String> withdraw(long partnershipId, RecordRef record, String reason, String by,
			Runnable takeOut) {
		Map<String, String> problems = new LinkedHashMap<>();
		checkReason(problems, reason);
		if (problems.isEmpty()) {
			takeOut.run();
			recordWithdrawal(partnershipId, record, reason, by);
		}
		return problems;
	}

	/**
	 * Records that a withdrawn record was brought back.
	 * @param partnershipId the partnership
	 * @param record the record
	 * @param reason why
	 * @param by who restored it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordRestoration(long partnershipId, RecordRef record, String reason, String by) {
		insert(partnershipId, record, Correction.Kind.RESTORED, reason, by);
	}

	/**
	 * Blanks the values and reasons of a record's corrections when the record itself is
	 * anonymised or deleted under the retention schedule: the one exception to this
	 * history being append-only. That it was corrected, when and by whom stays.
	 * @param partnershipId the partnership
	 * @param record the record
	 * @return the corrections blanked
	 */
	public int erase(long partnershipId, RecordRef record) {
		this.jdbc.sql("""
				update record_correction_field set before_value = null, after_value = null
				where partnership_id = ? and correction_id in (
				    select correction_id from record_correction
				    where partnership_id = ? and record_kind = ? and record_id = ?)""")
			.params(partnershipId, partnershipId, record.kind(), record.id())
			.update();
		return this.jdbc.sql("""
				update record_correction set reason = '(removed under the retention schedule)'
				where partnership_id = ? and record_kind = ? and record_id = ?""")
			.params(partnershipId, record.kind(), record.id())
			.update();
	}

	/**
	 * A record's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param record the record
	 * @return its history of corrections
	 */
	@Transactional(readOnly = true)
	public List<Correction> history(long partnershipId, RecordRef record) {
		Map<Long, List<FieldChange>> fields = new LinkedHashMap<>();
		this.jdbc.sql("""
				select f.correction_id, f.field, f.before_value, f.after_value
				from record_correction_field f
				join record_correction c on c.partnership_id = f.partnership_id and c.correction_id = f.correction_id
				where c.partnership_id = ? and c.record_kind = ? and c.record_id = ?
				order by f.correction_id, f.position""")
			.params(partnershipId, record.kind(), record.id())
			.query((rs) -> {
				fields.computeIfAbsent(rs.getLong(1), (key) -> new ArrayList<>())
					.add(new FieldChange(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		return this.jdbc.sql("""
				select correction_id, kind, reason, changed_by, changed_at from record_correction
				where partnership_id = ? and record_kind = ? and record_id = ?
				order by changed_at, correction_id""")
			.params(partnershipId, record.kind(), record.id())
			.query((rs, row) -> new Correction(Correction.Kind.valueOf(rs.getString("kind")),
					List.copyOf(fields.getOrDefault(rs.getLong("correction_id"), List.of())), rs.getString("reason"),
					rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * How many edits of each record of a kind changed any of the given fields: how often
	 * an action was re-planned, say.
	 * @param partnershipId the partnership
	 * @param kind the kind of record
	 * @param fields the field labels that count
	 * @return the count by record number; a record never so edited is absent
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> editsTouching(long partnershipId, String kind, Collection<String> fields) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		if (fields.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select c.record_id, count(distinct c.correction_id) from record_correction c
				join record_correction_field f on f.partnership_id = c.partnership_id
				     and f.correction_id = c.correction_id
				where c.partnership_id = :partnershipId and c.record_kind = :kind and c.kind = 'EDITED'
				  and f.field in (:fields)
				group by c.record_id""")
			.param("partnershipId", partnershipId)
			.param("kind", kind)
			.param("fields", List.copyOf(fields))
			.query((rs) -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	/**
	 * The register of withdrawn records: every record whose last withdrawal was not
	 * followed by a restoration, newest withdrawal first, described by its module.
	 * @param partnershipId the partnership
	 * @return the withdrawn records
	 */
	@Transactional(readOnly = true)
	public List<Withdrawn> withdrawn(long partnershipId) {
		return this.jdbc.sql("""
				select c.record_kind, c.record_id, c.reason, c.changed_by, c.changed_at from record_correction c
				where c.partnership_id = ? and c.kind = 'WITHDRAWN'
				  and not exists (select 1 from record_correction later
				                  where later.partnership_id = c.partnership_id and later.record_kind = c.record_kind
				                    and later.record_id = c.record_id and later.kind in ('WITHDRAWN', 'RESTORED')
				                    and later.correction_id > c.correction_id)
				order by c.changed_at desc, c.correction_id desc""").param(partnershipId).query((rs, row) -> {
			RecordRef record = new RecordRef(rs.getString(1), rs.getLong(2));
			CorrectableRecords module = moduleOf(record.kind());
			String what = (module != null) ? module.what(record.kind()) : record.kind();
			String description = (module != null)
					? module.describe(partnershipId, record).orElse("Record " + record.id()) : "Record " + record.id();
			String path = (module != null) ? module.path(partnershipId, record) : null;
			return new Withdrawn(record, what, description, path, rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant(), module != null);
		}).list();
	}

	/**
	 * Brings a withdrawn record back: its module puts it back into its lists and figures,
	 * and the history records who restored it and why, in one transaction.
	 * @param partnershipId the partnership
	 * @param record the record
	 * @param reason why
	 * @param by who restores it
	 * @return the problems by field ({@value #REASON}, or {@code record} when it does not
	 * stand withdrawn); empty when restored
	 */
	@Transactional
	public Map<String, String> restore(long partnershipId, RecordRef record, String reason, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		CorrectableRecords module = moduleOf(record.kind());
		boolean standsWithdrawn = withdrawn(partnershipId).stream().anyMatch((w) -> w.record().equals(record));
		if (module == null || !standsWithdrawn) {
			problems.put("record", "That record is not withdrawn, or cannot be restored here");
			return problems;
		}
		module.whyNot(partnershipId, record).ifPresent((why) -> problems.put("record", why));
		if (!problems.isEmpty()) {
			return problems;
		}
		checkReason(problems, reason);
		if (!problems.isEmpty()) {
			return problems;
		}
		module.restore(partnershipId, record);
		recordRestoration(partnershipId, record, reason, by);
		return problems;
	}

	private @Nullable CorrectableRecords moduleOf(String kind) {
		return this.modules.orderedStream().filter((m) -> m.kinds().contains(kind)).findFirst().orElse(null);
	}

	private long insert(long partnershipId, RecordRef record, Correction.Kind kind, String reason, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		checkReason(problems, reason);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(problems.get(REASON));
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into record_correction (partnership_id, record_kind, record_id, kind, reason, changed_by,
				                               changed_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, record.kind(), record.id(), kind.name(), reason.strip(), by,
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update(keys, "correction_id");
		return Objects.requireNonNull(keys.getKeyAs(Long.class));
	}

	private static @Nullable String clip(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
