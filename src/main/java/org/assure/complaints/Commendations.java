package org.assure.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commendations children's social care receives: recorded, listed by year, corrected
 * with a reason and withdrawn when recorded by mistake, each change in the history of
 * corrections.
 */
@Service
public class Commendations {

	/** The kind of record a commendation is, in the history of corrections. */
	public static final String COMMENDATION_RECORD = "complaints.commendation";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Corrections corrections;

	private final AccessLog accessLog;

	Commendations(JdbcClient jdbc, Clock clock, Corrections corrections, AccessLog accessLog) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.corrections = corrections;
		this.accessLog = accessLog;
	}

	/**
	 * A commendation.
	 *
	 * @param id its number
	 * @param receivedOn when it was received
	 * @param serviceArea the service commended
	 * @param fromWhom who commended it
	 * @param source where the record comes from, or null when typed in
	 */
	public record Commendation(long id, LocalDate receivedOn, String serviceArea, String fromWhom,
			@Nullable String source) {
	}

	/**
	 * Records a commendation of a service.
	 * @param partnershipId the partnership
	 * @param on when it was received, or null when not given
	 * @param serviceArea the service commended
	 * @param fromWhom who commended it, such as a family or a partner agency
	 * @param source where the record comes from, or null
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> commend(long partnershipId, @Nullable LocalDate on, String serviceArea, String fromWhom,
			@Nullable String source, String by) {
		Map<String, String> problems = check(on, serviceArea, fromWhom);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				insert into commendation (partnership_id, received_on, service_area, from_whom, source, recorded_by,
				       recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, on, serviceArea.strip(), fromWhom.strip(), source, by, now())
			.update();
		return Map.of();
	}

	private Map<String, String> check(@Nullable LocalDate on, String serviceArea, String fromWhom) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (on == null) {
			problems.put("commendedOn", "Enter the day the commendation was received, such as 2015-01-12");
		}
		else if (on.isAfter(LocalDate.now(this.clock.withZone(LONDON)))) {
			problems.put("commendedOn", "The day cannot be in the future");
		}
		TextRules.require(problems, "commendedArea", serviceArea, "Name the service commended", 200);
		TextRules.require(problems, "fromWhom", fromWhom, "Say who commended it, such as a family", 200);
		return problems;
	}

	/**
	 * The commendations received in a year, the earliest first; the search is in the
	 * access log.
	 * @param partnershipId the partnership
	 * @param year the financial year
	 * @return the commendations
	 */
	@Transactional
	public List<Commendation> inYear(long partnershipId, ReportingPeriod.FinancialYear year) {
		this.accessLog.record(
				AccessEvent.of(partnershipId, AccessAction.SEARCH, COMMENDATION_RECORD, null).withDetail(year.label()));
		return this.jdbc
			.sql(SELECT + " and received_on >= ? and received_on <= ? order by received_on, commendation_id")
			.params(partnershipId, year.start(), year.end())
			.query(Commendations::commendation)
			.list();
	}

	/**
	 * How many commendations were received in a year.
	 * @param partnershipId the partnership
	 * @param year the financial year
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public int count(long partnershipId, ReportingPeriod.FinancialYear year) {
		return this.jdbc.sql("""
				select count(*) from commendation where partnership_id = ? and received_on >= ? and received_on <= ?
				and withdrawn_at is null""")
			.params(partnershipId, year.start(), year.end())
			.query(Long.class)
			.single()
			.intValue();
	}

	/**
	 * A commendation not withdrawn.
	 * @param partnershipId the partnership
	 * @param id its number
	 * @return it, if the partnership has it
	 */
	@Transactional(readOnly = true)
	public Optional<Commendation> find(long partnershipId, long id) {
		return this.jdbc.sql(SELECT + " and commendation_id = ?")
			.params(partnershipId, id)
			.query(Commendations::commendation)
			.optional();
	}

	/**
	 * Corrects a commendation; the history keeps the old values, who changed them and
	 * why.
	 * @param partnershipId the partnership
	 * @param id its number
	 * @param on when it was received, or null when not given
	 * @param serviceArea the service commended
	 * @param fromWhom who commended it
	 * @param reason why it is corrected
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> edit(long partnershipId, long id, @Nullable LocalDate on, String serviceArea,
			String fromWhom, String reason, String by) {
		Commendation before = find(partnershipId, id)
			.orElseThrow(() -> new IllegalArgumentException("No commendation " + id));
		Map<String, String> problems = check(on, serviceArea, fromWhom);
		if (!problems.isEmpty()) {
			return problems;
		}
		List<FieldChange> changes = Corrections.changes(
				fields(before.receivedOn(), before.serviceArea(), before.fromWhom()),
				fields(Objects.requireNonNull(on), serviceArea.strip(), fromWhom.strip()));
		problems.putAll(Corrections.refusal(changes, reason, "commendedArea"));
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				update commendation set received_on = ?, service_area = ?, from_whom = ?
				where partnership_id = ? and commendation_id = ?""")
			.params(on, serviceArea.strip(), fromWhom.strip(), partnershipId, id)
			.update();
		this.corrections.recordEdit(partnershipId, new RecordRef(COMMENDATION_RECORD, id), changes,
				Corrections.reasonFor(changes, reason), by);
		return problems;
	}

	private static Map<String, @Nullable Object> fields(LocalDate on, String area, String fromWhom) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Received on", on);
		fields.put("Service commended", area);
		fields.put("From whom", fromWhom);
		return fields;
	}

	/**
	 * Withdraws a commendation recorded by mistake: it leaves the list and the counts;
	 * its history stays.
	 * @param partnershipId the partnership
	 * @param id its number
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No commendation " + id));
		return this.corrections.withdraw(partnershipId, new RecordRef(COMMENDATION_RECORD, id), reason, by,
				() -> this.jdbc
					.sql("update commendation set withdrawn_at = ? where partnership_id = ? and commendation_id = ?"
							+ " and withdrawn_at is null")
					.params(now(), partnershipId, id)
					.update());
	}

	/**
	 * A commendation's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id its number
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(COMMENDATION_RECORD, id));
	}

	void bringBack(long partnershipId, long id) {
		this.jdbc.sql("update commendation set withdrawn_at = null where partnership_id = ? and commendation_id = ?")
			.params(partnershipId, id)
			.update();
	}

	Optional<String> describe(long partnershipId, long id) {
		return this.jdbc
			.sql("select service_area, received_on from commendation where partnership_id = ? and commendation_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> "Commendation of " + rs.getString(1) + ", received "
					+ Corrections.text(rs.getObject(2, LocalDate.class)))
			.optional();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static final String SELECT = """
			select commendation_id, received_on, service_area, from_whom, source from commendation
			where partnership_id = ? and withdrawn_at is null""";

	private static Commendation commendation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Commendation(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
				rs.getString(5));
	}

}
