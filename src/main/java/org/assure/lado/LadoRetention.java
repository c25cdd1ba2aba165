package org.assure.lado;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.audit.RetainedRecords;
import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of LADO records (Working Together; Keeping Children Safe in Education):
 * an allegation is kept until the later of {@code assure.retention.lado-years} (10) years
 * after its outcome (or its referral, while it is open) and the person's normal
 * retirement date. The LADO records that date where known; until it is recorded the
 * record is kept. Then the record is anonymised: its free text, the pseudonyms of the
 * person, the setting and the children, and the values in its history of corrections are
 * removed; its sector, harm, dates and outcome stay, so that past years' statistics still
 * add up.
 */
@Component
public class LadoRetention implements RetainedRecords {

	private final JdbcClient jdbc;

	private final Corrections corrections;

	private final AccessLog accessLog;

	private final Clock clock;

	private final int years;

	LadoRetention(JdbcClient jdbc, Corrections corrections, AccessLog accessLog, Clock clock,
			@Value("${assure.retention.lado-years:10}") int years) {
		this.jdbc = jdbc;
		this.corrections = corrections;
		this.accessLog = accessLog;
		this.clock = clock;
		this.years = RetainedRecords.years(years, "assure.retention.lado-years");
	}

	@Override
	public String recordClass() {
		return Allegations.ALLEGATION_RECORD;
	}

	@Override
	public String label() {
		return "LADO allegations";
	}

	@Override
	public String rule() {
		return "anonymised at the later of " + this.years
				+ " years after the outcome (or the referral while open) and the person's normal retirement date; "
				+ "kept while that date is not recorded";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Due> due(LocalDate today) {
		return this.jdbc.sql("""
				select partnership_id, allegation_id from allegation
				where anonymised_at is null and coalesce(concluded_on, received_on) <= ?
				  and retire_on is not null and retire_on <= ?
				order by partnership_id, allegation_id""")
			.params(today.minusYears(this.years), today)
			.query((rs, row) -> new Due(rs.getLong("partnership_id"), String.valueOf(rs.getLong("allegation_id"))))
			.list();
	}

	@Override
	public void dispose(Due record) {
		long id = Long.parseLong(record.recordId());
		this.jdbc.sql("""
				update allegation set referrer = ?, adult_role = ?, setting = ?, setting_key = ?, adult_key = ?,
				       summary = ?,
				       evaluation_prompt = case when evaluation_prompt is null then null else ? end,
				       source = case when source is null then null else ? end,
				       regulator = case when regulator is null then null else ? end, anonymised_at = ?
				where partnership_id = ? and allegation_id = ? and anonymised_at is null""")
			.params(REMOVED, REMOVED, REMOVED, RetainedRecords.removedKey(), RetainedRecords.removedKey(), REMOVED,
					REMOVED, REMOVED, REMOVED, Timestamp.from(this.clock.instant()), record.partnershipId(), id)
			.update();
		this.jdbc.sql("delete from allegation_child where partnership_id = ? and allegation_id = ?")
			.params(record.partnershipId(), id)
			.update();
		this.corrections.erase(record.partnershipId(), new RecordRef(Allegations.ALLEGATION_RECORD, id));
	}

	/**
	 * Until when an allegation is kept, as the schedule judges it today.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @return its retention, if the allegation is the partnership's
	 */
	@Transactional(readOnly = true)
	public Optional<Kept> kept(long partnershipId, long id) {
		return this.jdbc.sql("""
				select coalesce(concluded_on, received_on) as basis, retire_on, anonymised_at from allegation
				where partnership_id = ? and allegation_id = ?""").params(partnershipId, id).query((rs, row) -> {
			LocalDate basis = rs.getDate("basis").toLocalDate();
			java.sql.Date retire = rs.getDate("retire_on");
			LocalDate retireOn = (retire != null) ? retire.toLocalDate() : null;
			LocalDate after = basis.plusYears(this.years);
			LocalDate until = (retireOn == null) ? null : (retireOn.isAfter(after) ? retireOn : after);
			return new Kept(after, retireOn, until, rs.getTimestamp("anonymised_at") != null);
		}).optional();
	}

	/**
	 * Records the person's normal retirement date.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @param retireOn the date
	 * @return problems by field, empty when recorded
	 */
	@Transactional
	public Map<String, String> retireOn(long partnershipId, long id, @Nullable LocalDate retireOn) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (retireOn == null) {
			problems.put("retireOn", "Enter the person's normal retirement date, such as 2041-06-30");
			return problems;
		}
		if (retireOn.isBefore(LocalDate.of(1950, 1, 1)) || retireOn.isAfter(LocalDate.now(this.clock).plusYears(60))) {
			problems.put("retireOn", "Enter a retirement date between 1950 and 60 years from now");
			return problems;
		}
		int updated = this.jdbc.sql(
				"update allegation set retire_on = ? where partnership_id = ? and allegation_id = ? and anonymised_at is null")
			.params(retireOn, partnershipId, id)
			.update();
		if (updated == 0) {
			problems.put("retireOn", "This record has been anonymised under the retention schedule");
			return problems;
		}
		this.accessLog.record(
				AccessEvent.of(partnershipId, AccessAction.CHANGE, Allegations.ALLEGATION_RECORD, String.valueOf(id))
					.withDetail("retirement date for retention recorded"));
		return problems;
	}

	/**
	 * An allegation's retention.
	 *
	 * @param tenYearsAfter the day the set years after its outcome (or referral) end
	 * @param retireOn the person's normal retirement date, or null when not recorded
	 * @param keptUntil the later of the two, or null while the retirement date is not
	 * known
	 * @param anonymised whether it has been anonymised
	 */
	public record Kept(LocalDate tenYearsAfter, @Nullable LocalDate retireOn, @Nullable LocalDate keptUntil,
			boolean anonymised) {
	}

}
