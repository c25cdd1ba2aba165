package org.assure.complaints;

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
 * The retention of children's complaints: a complaint that has closed (resolved or
 * withdrawn) is anonymised {@code assure.retention.complaints-years} (6) years after its
 * last response or its withdrawal. The text of its summary, the reasons for extensions
 * and its source go (an extension stays an extension: the timescales count it), with the
 * values in its history of corrections; its category, stages, dates and outcomes stay, so
 * that past years' statistics still add up. An open complaint is kept.
 */
@Component
class ComplaintsRetention implements RetainedRecords {

	private static final String CLOSED_ON = "coalesce(final_response_on, stage2_responded_on, stage1_responded_on, "
			+ "withdrawn_on)";

	private final JdbcClient jdbc;

	private final Corrections corrections;

	private final Clock clock;

	private final int years;

	ComplaintsRetention(JdbcClient jdbc, Corrections corrections, Clock clock,
			@Value("${assure.retention.complaints-years:6}") int years) {
		this.jdbc = jdbc;
		this.corrections = corrections;
		this.clock = clock;
		this.years = RetainedRecords.years(years, "assure.retention.complaints-years");
	}

	@Override
	public String recordClass() {
		return Complaints.COMPLAINT_RECORD;
	}

	@Override
	public String label() {
		return "Children's complaints";
	}

	@Override
	public String rule() {
		return "anonymised " + this.years + " years after the complaint closed (its last response or withdrawal); "
				+ "kept while open";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Due> due(LocalDate today) {
		return this.jdbc
			.sql("select partnership_id, complaint_id from complaint where anonymised_at is null "
					+ "and status in ('RESOLVED', 'WITHDRAWN') and " + CLOSED_ON + " <= ? "
					+ "order by partnership_id, complaint_id")
			.param(today.minusYears(this.years))
			.query((rs, row) -> new Due(rs.getLong("partnership_id"), String.valueOf(rs.getLong("complaint_id"))))
			.list();
	}

	@Override
	public void dispose(Due record) {
		long id = Long.parseLong(record.recordId());
		this.jdbc.sql("""
				update complaint set summary = ?,
				       stage1_extension = case when stage1_extension is null then null else ? end,
				       stage2_extension = case when stage2_extension is null then null else ? end,
				       source = case when source is null then null else ? end, anonymised_at = ?
				where partnership_id = ? and complaint_id = ? and anonymised_at is null""")
			.params(REMOVED, REMOVED, REMOVED, REMOVED, Timestamp.from(this.clock.instant()), record.partnershipId(),
					id)
			.update();
		this.corrections.erase(record.partnershipId(), new RecordRef(Complaints.COMPLAINT_RECORD, id));
	}

}
