package org.assure.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention schedule: every class of sensitive record ({@link RetainedRecords}) is
 * disposed of when its time has passed, unless a legal hold keeps it; holds are placed
 * and released with a reason; each run is recorded, and each record disposed of is in the
 * access log (never its content).
 */
@Service
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	/** The name runs of the schedule are recorded under when no person started them. */
	public static final String SCHEDULE = "retention-schedule";

	private final List<RetainedRecords> classes;

	private final JdbcClient jdbc;

	private final AccessLog accessLog;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Retention(List<RetainedRecords> classes, JdbcClient jdbc, AccessLog accessLog,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.classes = List.copyOf(classes);
		this.jdbc = jdbc;
		this.accessLog = accessLog;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * The classes of record kept for a set time, with their schedules.
	 * @return the classes
	 */
	public List<RetainedRecords> classes() {
		return this.classes;
	}

	/**
	 * Runs the schedule for a day: each class in its own transaction, so that one class's
	 * failure leaves the others done and itself as it was.
	 * @param today the day
	 * @param by who started it ({@link #SCHEDULE} for the daily job)
	 * @return per class, what was disposed of and what was held
	 */
	public List<ClassRun> run(LocalDate today, String by) {
		return run(today, by, null);
	}

	/**
	 * Runs the schedule for a day in one partnership, or in every one.
	 * @param today the day
	 * @param by who started it
	 * @param partnershipId the partnership, or null for every one
	 * @return per class, what was disposed of and what was held
	 */
	public List<ClassRun> run(LocalDate today, String by, @org.jspecify.annotations.Nullable Long partnershipId) {
		List<ClassRun> runs = new ArrayList<>();
		for (RetainedRecords records : this.classes) {
			try {
				runs.add(this.transactions.execute((status) -> runClass(records, today, by, partnershipId)));
			}
			catch (RuntimeException ex) {
				log.error("The retention schedule of {} failed and changed nothing: {}", records.recordClass(),
						ex.getMessage(), ex);
				runs.add(new ClassRun(records.recordClass(), Map.of(), Map.of(), ex.getMessage()));
			}
		}
		return runs;
	}

	private ClassRun runClass(RetainedRecords records, LocalDate today, String by,
			@org.jspecify.annotations.Nullable Long partnershipId) {
		Map<Long, Integer> disposed = new LinkedHashMap<>();
		Map<Long, Integer> held = new LinkedHashMap<>();
		Set<String> holds = new HashSet<>(this.jdbc
			.sql("select partnership_id, record_id from retention_hold where record_class = ? and released_at is null")
			.param(records.recordClass())
			.query((rs, row) -> rs.getLong("partnership_id") + "/" + rs.getString("record_id"))
			.list());
		for (RetainedRecords.Due due : records.due(today)) {
			if (partnershipId != null && due.partnershipId() != partnershipId) {
				continue;
			}
			if (holds.contains(due.partnershipId() + "/" + due.recordId())) {
				held.merge(due.partnershipId(), 1, Integer::sum);
				continue;
			}
			records.dispose(due);
			disposed.merge(due.partnershipId(), 1, Integer::sum);
			this.accessLog.record(new AccessEvent(due.partnershipId(), by, AccessAction.DISPOSE, records.recordClass(),
					due.recordId(), AccessOutcome.SUCCESS, "under the retention schedule: " + records.rule()));
		}
		Instant now = this.clock.instant();
		Set<Long> partnerships = new HashSet<>(disposed.keySet());
		partnerships.addAll(held.keySet());
		for (Long each : partnerships) {
			this.jdbc.sql("""
					insert into retention_run (partnership_id, ran_on, ran_at, record_class, disposed, held)
					values (?, ?, ?, ?, ?, ?)""")
				.params(each, today, Timestamp.from(now), records.recordClass(), disposed.getOrDefault(each, 0),
						held.getOrDefault(each, 0))
				.update();
		}
		return new ClassRun(records.recordClass(), disposed, held, null);
	}

	/**
	 * Places a legal hold on a record: the schedule keeps it until the hold is released.
	 * @param partnershipId the partnership
	 * @param recordClass the record's class
	 * @param recordId the record
	 * @param reason why (required)
	 * @param by who
	 * @return the hold's id
	 */
	public long hold(long partnershipId, String recordClass, String recordId, String reason, String by) {
		if (this.classes.stream().noneMatch((c) -> c.recordClass().equals(recordClass))) {
			throw new IllegalArgumentException("No class of record is called '" + recordClass + "'");
		}
		if (reason.isBlank() || recordId.isBlank()) {
			throw new IllegalArgumentException("A hold needs the record's id and a reason");
		}
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into retention_hold (partnership_id, record_class, record_id, reason, placed_by, placed_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, recordClass, recordId.strip(), reason.strip(), by,
					Timestamp.from(this.clock.instant()))
			.update(keys, "hold_id");
		long id = keys.getKeyAs(Long.class);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, recordClass, recordId.strip())
			.withDetail("legal hold placed"));
		return id;
	}

	/**
	 * Releases a hold: the record is disposed of at the next run if its time has passed.
	 * @param partnershipId the partnership
	 * @param holdId the hold
	 * @param by who
	 * @return true when a hold in force was released
	 */
	public boolean release(long partnershipId, long holdId, String by) {
		Optional<Hold> hold = holds(partnershipId).stream().filter((h) -> h.holdId() == holdId).findFirst();
		if (hold.isEmpty()) {
			return false;
		}
		this.jdbc.sql("""
				update retention_hold set released_by = ?, released_at = ?
				where partnership_id = ? and hold_id = ? and released_at is null""")
			.params(by, Timestamp.from(this.clock.instant()), partnershipId, holdId)
			.update();
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, hold.get().recordClass(), hold.get().recordId())
				.withDetail("legal hold released"));
		return true;
	}

	/**
	 * A partnership's holds in force.
	 * @param partnershipId the partnership
	 * @return the holds, newest first
	 */
	public List<Hold> holds(long partnershipId) {
		return this.jdbc.sql("""
				select hold_id, record_class, record_id, reason, placed_by, placed_at from retention_hold
				where partnership_id = ? and released_at is null order by hold_id desc""")
			.param(partnershipId)
			.query((rs, row) -> new Hold(rs.getLong("hold_id"), rs.getString("record_class"), rs.getString("record_id"),
					rs.getString("reason"), rs.getString("placed_by"), rs.getTimestamp("placed_at").toInstant()))
			.list();
	}

	/**
	 * A partnership's latest runs that disposed of or held something.
	 * @param partnershipId the partnership
	 * @return up to 20 runs, newest first
	 */
	public List<Run> runs(long partnershipId) {
		return this.jdbc.sql("""
				select ran_on, ran_at, record_class, disposed, held from retention_run
				where partnership_id = ? order by run_id desc fetch first 20 rows only""")
			.param(partnershipId)
			.query((rs, row) -> new Run(rs.getDate("ran_on").toLocalDate(), rs.getTimestamp("ran_at").toInstant(),
					rs.getString("record_class"), rs.getInt("disposed"), rs.getInt("held")))
			.list();
	}

	/**
	 * What a run did for one class.
	 *
	 * @param recordClass the class
	 * @param disposed per partnership, the records disposed of
	 * @param held per partnership, the records kept by a hold
	 * @param failure why it failed, or null
	 */
	public record ClassRun(String recordClass, Map<Long, Integer> disposed, Map<Long, Integer> held,
			@org.jspecify.annotations.Nullable String failure) {
	}

	/**
	 * A legal hold in force.
	 *
	 * @param holdId its id
	 * @param recordClass the record's class
	 * @param recordId the record
	 * @param reason why
	 * @param placedBy who placed it
	 * @param placedAt when
	 */
	public record Hold(long holdId, String recordClass, String recordId, String reason, String placedBy,
			Instant placedAt) {
	}

	/**
	 * A recorded run.
	 *
	 * @param ranOn the day it judged
	 * @param ranAt when it ran
	 * @param recordClass the class
	 * @param disposed records disposed of
	 * @param held records kept by a hold
	 */
	public record Run(LocalDate ranOn, Instant ranAt, String recordClass, int disposed, int held) {
	}

}
