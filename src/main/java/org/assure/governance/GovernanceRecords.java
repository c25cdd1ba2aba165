package org.assure.governance;

import java.util.Optional;
import java.util.Set;

import org.assure.corrections.CorrectableRecords;
import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Governance's records in the register of withdrawn records: members, meetings, business
 * plan activities and reviews, and budget lines.
 */
@Component
class GovernanceRecords implements CorrectableRecords {

	private final JdbcClient jdbc;

	GovernanceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(Governance.MEMBER_RECORD, Governance.MEETING_RECORD, BusinessPlan.ACTIVITY_RECORD,
				BusinessPlan.REVIEW_RECORD, Budget.LINE_RECORD);
	}

	@Override
	public String what(String kind) {
		return switch (kind) {
			case Governance.MEMBER_RECORD -> "member";
			case Governance.MEETING_RECORD -> "meeting";
			case BusinessPlan.ACTIVITY_RECORD -> "business plan activity";
			case BusinessPlan.REVIEW_RECORD -> "progress review";
			default -> "budget line";
		};
	}

	@Override
	public Optional<String> describe(long partnershipId, RecordRef record) {
		return switch (record.kind()) {
			case Governance.MEMBER_RECORD -> this.jdbc.sql("""
					select m.seat, m.person_name, g.name from group_member m join board_group g
					  on g.partnership_id = m.partnership_id and g.group_id = m.group_id
					where m.partnership_id = ? and m.member_id = ?""")
				.params(partnershipId, record.id())
				.query((rs, row) -> rs.getString(1) + ((rs.getString(2) != null) ? " (" + rs.getString(2) + ")" : "")
						+ ", " + rs.getString(3))
				.optional();
			case Governance.MEETING_RECORD -> this.jdbc.sql("""
					select g.name, m.meeting_date, m.title from meeting m join board_group g
					  on g.partnership_id = m.partnership_id and g.group_id = m.group_id
					where m.partnership_id = ? and m.meeting_id = ?""")
				.params(partnershipId, record.id())
				.query((rs, row) -> rs.getString(1) + ", "
						+ Corrections.text(rs.getObject(2, java.time.LocalDate.class)) + ": " + rs.getString(3))
				.optional();
			case BusinessPlan.ACTIVITY_RECORD -> this.jdbc.sql("""
					select p.number, a.code, a.activity from plan_activity a join plan_priority p
					  on p.partnership_id = a.partnership_id and p.priority_id = a.priority_id
					where a.partnership_id = ? and a.activity_id = ?""")
				.params(partnershipId, record.id())
				.query((rs, row) -> "Priority " + rs.getInt(1) + ", activity " + rs.getString(2) + ": "
						+ rs.getString(3))
				.optional();
			case BusinessPlan.REVIEW_RECORD -> this.jdbc.sql("""
					select p.number, a.code, r.quarter, r.progress from plan_review r
					join plan_activity a on a.partnership_id = r.partnership_id and a.activity_id = r.activity_id
					join plan_priority p on p.partnership_id = a.partnership_id and p.priority_id = a.priority_id
					where r.partnership_id = ? and r.review_id = ?""")
				.params(partnershipId, record.id())
				.query((rs, row) -> "Priority " + rs.getInt(1) + ", activity " + rs.getString(2) + ", "
						+ rs.getString(3) + ": " + PlanProgress.valueOf(rs.getString(4)).label())
				.optional();
			default -> this.jdbc.sql("""
					select b.year_code, b.direction, a.name, b.category, b.amount from budget_line b left join agency a
					  on a.partnership_id = b.partnership_id and a.agency_id = b.agency_id
					where b.partnership_id = ? and b.line_id = ?""")
				.params(partnershipId, record.id())
				.query((rs, row) -> rs.getString(1) + ", "
						+ (rs.getString(2).equals("CONTRIBUTION") ? "contribution: " + rs.getString(3)
								: "spending: " + Budget.Category.valueOf(rs.getString(4)).label())
						+ ", £" + rs.getBigDecimal(5).toPlainString())
				.optional();
		};
	}

	@Override
	public @Nullable String path(long partnershipId, RecordRef record) {
		return switch (record.kind()) {
			case Governance.MEMBER_RECORD -> groupOf("group_member", "member_id", partnershipId, record.id());
			case Governance.MEETING_RECORD -> groupOf("meeting", "meeting_id", partnershipId, record.id());
			case BusinessPlan.REVIEW_RECORD ->
				this.jdbc.sql("select activity_id from plan_review where partnership_id = ? and review_id = ?")
					.params(partnershipId, record.id())
					.query(Long.class)
					.optional()
					.map((activity) -> "/governance/plan/activities/" + activity)
					.orElse(null);
			case BusinessPlan.ACTIVITY_RECORD -> "/governance/plan";
			default -> "/governance/budget";
		};
	}

	private @Nullable String groupOf(String table, String idColumn, long partnershipId, long id) {
		return this.jdbc.sql("select group_id from " + table + " where partnership_id = ? and " + idColumn + " = ?")
			.params(partnershipId, id)
			.query(Long.class)
			.optional()
			.map((group) -> "/governance/groups/" + group)
			.orElse(null);
	}

	@Override
	public void restore(long partnershipId, RecordRef record) {
		String table = switch (record.kind()) {
			case Governance.MEMBER_RECORD -> "group_member where partnership_id = ? and member_id = ?";
			case Governance.MEETING_RECORD -> "meeting where partnership_id = ? and meeting_id = ?";
			case BusinessPlan.ACTIVITY_RECORD -> "plan_activity where partnership_id = ? and activity_id = ?";
			case BusinessPlan.REVIEW_RECORD -> "plan_review where partnership_id = ? and review_id = ?";
			default -> "budget_line where partnership_id = ? and line_id = ?";
		};
		this.jdbc.sql("update " + table.replaceFirst(" where ", " set withdrawn_at = null where "))
			.params(partnershipId, record.id())
			.update();
	}

}
