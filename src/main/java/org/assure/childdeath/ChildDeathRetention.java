package org.assure.childdeath;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.assure.audit.RetainedRecords;
import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of child death records: a death is anonymised
 * {@code assure.retention.child-deaths-years} (15) years after the child died, once a
 * panel has reviewed it (or it was withdrawn); a death awaiting its review is kept. No
 * national rule sets a period for the panel's own records; the default follows the rule
 * for a looked-after child who dies before 18 (Care Planning, Placement and Case Review
 * (England) Regulations 2010, regulation 50: 15 years from the death), and a partnership
 * sets its own. The child's pseudonym, the free text of the record's source and the
 * values in its history of corrections go; the age band, kind, area, dates, category and
 * factors stay, so that past years' statistics still add up. The learning register is the
 * panel's, not the child's, and stays.
 */
@Component
class ChildDeathRetention implements RetainedRecords {

	private final JdbcClient jdbc;

	private final Corrections corrections;

	private final Clock clock;

	private final int years;

	ChildDeathRetention(JdbcClient jdbc, Corrections corrections, Clock clock,
			@Value("${assure.retention.child-deaths-years:15}") int years) {
		this.jdbc = jdbc;
		this.corrections = corrections;
		this.clock = clock;
		this.years = RetainedRecords.years(years, "assure.retention.child-deaths-years");
	}

	@Override
	public String recordClass() {
		return ChildDeaths.DEATH_RECORD;
	}

	@Override
	public String label() {
		return "Child deaths";
	}

	@Override
	public String rule() {
		return "anonymised " + this.years + " years after the child died, once a panel has reviewed the death "
				+ "(or it was withdrawn); kept while the review is awaited";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Due> due(LocalDate today) {
		return this.jdbc
			.sql("select partnership_id, death_id from child_death where anonymised_at is null "
					+ "and (panel_id is not null or withdrawn_at is not null) and died_on <= ? "
					+ "order by partnership_id, death_id")
			.param(today.minusYears(this.years))
			.query((rs, row) -> new Due(rs.getLong("partnership_id"), String.valueOf(rs.getLong("death_id"))))
			.list();
	}

	@Override
	public void dispose(Due record) {
		long id = Long.parseLong(record.recordId());
		this.jdbc.sql("""
				update child_death set child_key = ?, source = case when source is null then null else ? end,
				       anonymised_at = ?
				where partnership_id = ? and death_id = ? and anonymised_at is null""")
			.params(RetainedRecords.removedKey(), REMOVED, Timestamp.from(this.clock.instant()), record.partnershipId(),
					id)
			.update();
		this.corrections.erase(record.partnershipId(), new RecordRef(ChildDeaths.DEATH_RECORD, id));
	}

}
