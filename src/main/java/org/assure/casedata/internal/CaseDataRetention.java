package org.assure.casedata.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assure.audit.RetainedRecords;
import org.assure.casedata.BatchPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention of case-level data from returns: a batch's children, their journeys, its
 * findings and the copy of last year's return it kept are deleted
 * {@code assure.retention.case-data-years} (6) years after the end of the period the
 * return covers. The batch itself stays, with its counts and its findings counted by
 * rule, and so do the indicators computed from it: they are kept as computed, and no
 * later computation touches the periods it covered. No national rule sets how long a
 * partnership keeps its pseudonymised copy of the returns; the default keeps four years
 * beyond the longest look-back an indicator needs (two years), and a partnership sets
 * what its information-sharing agreement says. A batch whose period Assure cannot read is
 * kept.
 */
@Component
class CaseDataRetention implements RetainedRecords {

	/** The record class, as holds and runs name it. */
	static final String RECORD_CLASS = "case-data-batch";

	private static final Logger logger = LoggerFactory.getLogger(CaseDataRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int years;

	CaseDataRetention(JdbcClient jdbc, Clock clock, @Value("${assure.retention.case-data-years:6}") int years) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.years = RetainedRecords.years(years, "assure.retention.case-data-years");
	}

	@Override
	public String recordClass() {
		return RECORD_CLASS;
	}

	@Override
	public String label() {
		return "Case-level data of returns";
	}

	@Override
	public String rule() {
		return "children, journeys and findings deleted " + this.years
				+ " years after the end of the period the return covers; the batch's counts and the indicators "
				+ "computed from it are kept as computed";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Due> due(LocalDate today) {
		List<Due> due = new ArrayList<>();
		this.jdbc
			.sql("select partnership_id, batch_id, period_code from import_batch where disposed_at is null "
					+ "order by partnership_id, batch_id")
			.query((rs) -> {
				String code = rs.getString("period_code");
				try {
					if (!BatchPeriod.parse(code).end().plusYears(this.years).isAfter(today)) {
						due.add(new Due(rs.getLong("partnership_id"), String.valueOf(rs.getLong("batch_id"))));
					}
				}
				catch (IllegalArgumentException ex) {
					logger.debug("Batch {} covers '{}', which is not a period: kept", rs.getLong("batch_id"), code);
				}
			});
		return due;
	}

	@Override
	public void dispose(Due record) {
		long batchId = Long.parseLong(record.recordId());
		for (String table : ImportService.CASE_LEVEL_TABLES) {
			this.jdbc.sql("delete from " + table + " where partnership_id = ? and batch_id = ?")
				.params(record.partnershipId(), batchId)
				.update();
		}
		this.jdbc.sql("update import_batch set disposed_at = ? where partnership_id = ? and batch_id = ?")
			.params(Timestamp.from(this.clock.instant()), record.partnershipId(), batchId)
			.update();
	}

}
