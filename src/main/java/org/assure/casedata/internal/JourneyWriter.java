package org.assure.casedata.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.casedata.journey.Journey;
import org.assure.casedata.quality.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Writes judged journeys of one batch with JDBC batches, inside the import's transaction.
 * Ids are handed out from the partnership's highest, under the partnership's import lock,
 * so that rows can be batched without asking the database for each key. Rejected parts,
 * and everything inside them, are not written.
 */
final class JourneyWriter implements AutoCloseable {

	private static final int FLUSH_EVERY = 500;

	private final long partnershipId;

	private final long batchId;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final Counts counts = new Counts();

	private int pending;

	JourneyWriter(Connection connection, long partnershipId, long batchId) throws SQLException {
		this.partnershipId = partnershipId;
		this.batchId = batchId;
		table(connection, "child", "child_id",
				"child_key, birth_month, sex, ethnicity, disabilities, postcode_district, source_location");
		table(connection, "contact", "contact_id", "child_id, contact_date, contact_source, outcome");
		table(connection, "early_help_assessment", "early_help_id", "child_id, start_date, end_date");
		table(connection, "episode_of_need", "episode_id",
				"child_id, referral_date, referral_source, primary_need, closure_date, closure_reason, referral_nfa");
		table(connection, "assessment", "assessment_id", "episode_id, start_date, authorised_date, factors");
		table(connection, "cin_plan", "cin_plan_id", "episode_id, start_date, end_date");
		table(connection, "section47_enquiry", "section47_id",
				"episode_id, start_date, icpc_target_date, icpc_date, icpc_not_required");
		table(connection, "child_protection_plan", "plan_id",
				"episode_id, start_date, end_date, initial_category, latest_category, previous_plans");
		table(connection, "child_protection_review", "review_id", "plan_id, review_date");
		table(connection, "looked_after_episode", "la_episode_id",
				"child_id, start_date, end_date, reason_new, legal_status, placement_type, reason_ceased");
		table(connection, "missing_episode", "missing_id",
				"child_id, start_date, end_date, absence, return_interview_offered, return_interview_accepted");
		table(connection, "care_leaver", "care_leaver_id", "child_id, as_at_date, in_touch, activity, accommodation");
		table(connection, "data_quality_finding", "finding_id",
				"rule_code, severity, file_name, location, child_key, field, message");
	}

	private void table(Connection connection, String name, String idColumn, String columns) throws SQLException {
		long highest;
		try (PreparedStatement max = connection
			.prepareStatement("select coalesce(max(" + idColumn + "), 0) from " + name + " where partnership_id = ?")) {
			max.setLong(1, this.partnershipId);
			try (var rs = max.executeQuery()) {
				rs.next();
				highest = rs.getLong(1);
			}
		}
		int parameters = columns.split(",").length + 3;
		String marks = String.join(", ", java.util.Collections.nCopies(parameters, "?"));
		PreparedStatement insert = connection.prepareStatement("insert into " + name + " (partnership_id, " + idColumn
				+ ", batch_id, " + columns + ") values (" + marks + ")");
		this.tables.put(name, new Table(insert, highest));
	}

	/**
	 * Writes a child's journey, unless an error rejected the child.
	 * @param child the judged child
	 * @param key the pseudonymous key
	 * @throws SQLException when the database refuses
	 */
	void write(Journey.Child child, String key) throws SQLException {
		if (child.rejected()) {
			return;
		}
		long childId = insert("child", key, monthStart(child.birthMonth), child.sex, child.ethnicity,
				child.disabilities.isEmpty() ? null : String.join(",", child.disabilities), child.postcodeDistrict,
				truncate(child.location().place(), 300));
		this.counts.children++;
		for (Journey.Contact contact : child.contacts) {
			if (!contact.rejected()) {
				insert("contact", childId, contact.date, contact.source, contact.outcome);
				this.counts.contacts++;
			}
		}
		for (Journey.EarlyHelp help : child.earlyHelp) {
			if (!help.rejected()) {
				insert("early_help_assessment", childId, help.start, help.end);
			}
		}
		for (Journey.Episode episode : child.episodes) {
			if (episode.rejected()) {
				continue;
			}
			long episodeId = insert("episode_of_need", childId, episode.referralDate, episode.referralSource,
					episode.primaryNeed, episode.closureDate, episode.closureReason, episode.referralNfa);
			this.counts.referrals++;
			for (Journey.Assessment assessment : episode.assessments) {
				if (!assessment.rejected()) {
					insert("assessment", episodeId, assessment.start, assessment.authorised,
							assessment.factors.isEmpty() ? null : truncate(String.join(",", assessment.factors), 200));
					this.counts.assessments++;
				}
			}
			for (Journey.CinPlan plan : episode.cinPlans) {
				if (!plan.rejected()) {
					insert("cin_plan", episodeId, plan.start, plan.end);
				}
			}
			for (Journey.Section47 enquiry : episode.section47s) {
				if (!enquiry.rejected()) {
					insert("section47_enquiry", episodeId, enquiry.start, enquiry.icpcTarget, enquiry.icpcDate,
							enquiry.icpcNotRequired);
					this.counts.section47++;
				}
			}
			for (Journey.ProtectionPlan plan : episode.protectionPlans) {
				if (plan.rejected()) {
					continue;
				}
				long planId = insert("child_protection_plan", episodeId, plan.start, plan.end, plan.initialCategory,
						plan.latestCategory, plan.previousPlans);
				this.counts.cpPlans++;
				for (LocalDate review : plan.reviews) {
					insert("child_protection_review", planId, review);
				}
			}
		}
		for (Journey.LookedAfter episode : child.lookedAfter) {
			if (!episode.rejected()) {
				insert("looked_after_episode", childId, episode.start, episode.end, episode.reasonForNewEpisode,
						episode.legalStatus, episode.placementType, episode.reasonCeased);
				this.counts.lookedAfterEpisodes++;
			}
		}
		for (Journey.Missing missing : child.missing) {
			if (!missing.rejected()) {
				insert("missing_episode", childId, missing.start, missing.end, missing.absence,
						missing.returnInterviewOffered, missing.returnInterviewAccepted);
			}
		}
		for (Journey.CareLeaver leaver : child.careLeaver) {
			if (!leaver.rejected()) {
				insert("care_leaver", childId, leaver.asAt, leaver.inTouch, leaver.activity, leaver.accommodation);
			}
		}
		afterChild();
	}

	/**
	 * Writes findings.
	 * @param findings what the rules found
	 * @throws SQLException when the database refuses
	 */
	void write(List<Finding> findings) throws SQLException {
		for (Finding finding : findings) {
			insert("data_quality_finding", finding.rule(), finding.severity().name(),
					truncate(finding.location().file(), 300), truncate(finding.location().place(), 300),
					finding.childKey(), truncate(finding.field(), 100), truncate(finding.message(), 500));
		}
		afterChild();
	}

	Counts counts() {
		return this.counts;
	}

	void flush() throws SQLException {
		for (Table table : this.tables.values()) {
			if (table.pending > 0) {
				table.insert.executeBatch();
				table.pending = 0;
			}
		}
		this.pending = 0;
	}

	private void afterChild() throws SQLException {
		if (++this.pending >= FLUSH_EVERY) {
			flush();
		}
	}

	private long insert(String name, @Nullable Object... values) throws SQLException {
		Table table = this.tables.get(name);
		long id = ++table.highest;
		PreparedStatement insert = table.insert;
		insert.setLong(1, this.partnershipId);
		insert.setLong(2, id);
		insert.setLong(3, this.batchId);
		for (int i = 0; i < values.length; i++) {
			set(insert, i + 4, values[i]);
		}
		insert.addBatch();
		table.pending++;
		return id;
	}

	private static void set(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
		}
		else if (value instanceof LocalDate date) {
			statement.setDate(index, Date.valueOf(date));
		}
		else if (value instanceof Boolean flag) {
			statement.setBoolean(index, flag);
		}
		else if (value instanceof Integer number) {
			statement.setInt(index, number);
		}
		else if (value instanceof Long number) {
			statement.setLong(index, number);
		}
		else {
			statement.setString(index, value.toString());
		}
	}

	private static @Nullable LocalDate monthStart(java.time.@Nullable YearMonth month) {
		return (month != null) ? month.atDay(1) : null;
	}

	private static @Nullable String truncate(@Nullable String value, int length) {
		return (value != null && value.length() > length) ? value.substring(0, length) : value;
	}

	@Override
	public void close() throws SQLException {
		List<SQLException> failures = new ArrayList<>();
		for (Table table : this.tables.values()) {
			try {
				table.insert.close();
			}
			catch (SQLException ex) {
				failures.add(ex);
			}
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}

	private static final class Table {

		private final PreparedStatement insert;

		private long highest;

		private int pending;

		Table(PreparedStatement insert, long highest) {
			this.insert = insert;
			this.highest = highest;
		}

	}

	/** Rows written, for the summary. */
	static final class Counts {

		long children;

		long contacts;

		long referrals;

		long assessments;

		long section47;

		long cpPlans;

		long lookedAfterEpisodes;

	}

}
