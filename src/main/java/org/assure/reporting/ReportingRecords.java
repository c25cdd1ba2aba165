package org.assure.reporting;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reporting's records in the register of withdrawn records: sub-group report cards.
 */
@Component
class ReportingRecords implements CorrectableRecords {

	private final JdbcClient jdbc;

	private final ReportCards cards;

	ReportingRecords(JdbcClient jdbc, ReportCards cards) {
		this.jdbc = jdbc;
		this.cards = cards;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(ReportCards.CARD_RECORD);
	}

	@Override
	public String what(String kind) {
		return "report card";
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return this.jdbc.sql("select group_name, period_code from report_card where partnership_id = ? and card_id = ?")
			.params(partnershipId, record.id())
			.query((rs, row) -> rs.getString(1) + ", " + rs.getString(2))
			.optional();
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return this.jdbc.sql("select period_code from report_card where partnership_id = ? and card_id = ?")
			.params(partnershipId, record.id())
			.query(String.class)
			.optional()
			.map((quarter) -> "/reports/cards?quarter=" + quarter)
			.orElse(null);
	}

	@Override
	public Optional<String> whyNot(long partnershipId, RecordRef record) {
		Integer since = this.jdbc
			.sql("""
					select count(*) from report_card c join report_card w
					  on w.partnership_id = c.partnership_id and w.group_name = c.group_name and w.period_code = c.period_code
					where w.partnership_id = ? and w.card_id = ? and c.card_id <> w.card_id and c.withdrawn_at is null""")
			.params(partnershipId, record.id())
			.query(Integer.class)
			.single();
		return (since > 0)
				? Optional.of("A card of the same sub-group for the same quarter was written since: withdraw it first")
				: Optional.empty();
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		this.jdbc.sql("update report_card set withdrawn_at = null where partnership_id = ? and card_id = ?")
			.params(partnershipId, record.id())
			.update();
		this.cards.forget();
	}

}
