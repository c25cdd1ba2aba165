package org.assure.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each sub-group's account of its year for the annual report, written as the seed's board
 * writes it, in results-based accountability form: how much did we do, how well did we do
 * it, is anyone better off, and the evidence. Every version is kept; the report gives the
 * latest. Writing one takes an approved report back to draft, as any of its text does.
 */
@Service
public class GroupAccounts {

	/** The most a field holds. */
	static final int LONGEST = 5000;

	private final JdbcClient jdbc;

	private final ReportCards cards;

	private final Clock clock;

	GroupAccounts(JdbcClient jdbc, ReportCards cards, Clock clock) {
		this.jdbc = jdbc;
		this.cards = cards;
		this.clock = clock;
	}

	/**
	 * A sub-group's account of a year.
	 *
	 * @param group the sub-group
	 * @param howMuch how much did we do
	 * @param howWell how well did we do it
	 * @param betterOff is anyone better off
	 * @param evidence the evidence
	 * @param writtenBy who wrote this version
	 * @param writtenAt when
	 */
	public record Account(String group, String howMuch, String howWell, String betterOff, String evidence,
			String writtenBy, Instant writtenAt) {
	}

	/**
	 * The partnership's sub-groups.
	 * @param partnershipId the partnership
	 * @return their names
	 */
	public List<String> groups(long partnershipId) {
		return this.cards.groups(partnershipId);
	}

	/**
	 * The latest account of each sub-group that wrote one for the year.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the accounts by sub-group
	 */
	public Map<String, Account> current(long partnershipId, ReportingPeriod.FinancialYear year) {
		Map<String, Account> latest = new LinkedHashMap<>();
		this.jdbc.sql(SELECT + " where partnership_id = ? and year_code = ? order by account_id")
			.params(partnershipId, year.code())
			.query(GroupAccounts::account)
			.list()
			.forEach((account) -> latest.put(account.group(), account));
		return latest;
	}

	/**
	 * Every version of a sub-group's account of the year, newest first.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param group the sub-group
	 * @return the versions
	 */
	public List<Account> versions(long partnershipId, ReportingPeriod.FinancialYear year, String group) {
		return this.jdbc
			.sql(SELECT + " where partnership_id = ? and year_code = ? and group_name = ? order by account_id desc")
			.params(partnershipId, year.code(), group)
			.query(GroupAccounts::account)
			.list();
	}

	/**
	 * Writes a new version of a sub-group's account.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @param group the sub-group
	 * @param howMuch how much did we do
	 * @param howWell how well did we do it
	 * @param betterOff is anyone better off
	 * @param evidence the evidence
	 * @param by who
	 * @return the broken rules by field; empty when written
	 */
	@Transactional
	public Map<String, String> write(long partnershipId, ReportingPeriod.FinancialYear year, String group,
			String howMuch, String howWell, String betterOff, String evidence, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<String> status = this.jdbc
			.sql("select status from annual_report where partnership_id = ? and year_code = ?")
			.params(partnershipId, year.code())
			.query(String.class)
			.optional();
		if (status.isEmpty()) {
			problems.put("group", "Start the year's report first");
		}
		else if (AnnualReports.Status.PUBLISHED.name().equals(status.get())) {
			problems.put("group", "The report is published; its text no longer changes");
		}
		if (!groups(partnershipId).contains(group)) {
			problems.put("group", "Choose one of the partnership's sub-groups");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("howMuch", howMuch);
		fields.put("howWell", howWell);
		fields.put("betterOff", betterOff);
		fields.put("evidence", evidence);
		if (fields.values().stream().allMatch(String::isBlank)) {
			problems.put("howMuch", "Write at least how much the group did");
		}
		fields.forEach((field, text) -> {
			if (text.strip().length() > LONGEST) {
				problems.put(field, "Write at most 5,000 characters");
			}
		});
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc
			.sql("""
					insert into annual_report_account (partnership_id, year_code, group_name, how_much, how_well, better_off,
					       evidence, written_by, written_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, year.code(), group, howMuch.strip(), howWell.strip(), betterOff.strip(),
					evidence.strip(), by, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		AnnualReports.backToDraft(this.jdbc, partnershipId, year);
		return Map.of();
	}

	private static final String SELECT = "select group_name, how_much, how_well, better_off, evidence, written_by, "
			+ "written_at from annual_report_account";

	private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Account(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant());
	}

}
