package org.assure.indicators;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;

import org.assure.shell.TextRules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's commentary on an indicator's figure for a period: what, so what, what next.
 * Rewriting it keeps the earlier text.
 */
@Service
public class Commentaries {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final Clock clock;

	Commentaries(JdbcClient jdbc, Catalogue catalogue, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/**
	 * A commentary.
	 *
	 * @param indicatorCode the indicator
	 * @param period the period's code
	 * @param what what the figures show
	 * @param soWhat what it means for children
	 * @param whatNext what will be done, by whom and when
	 * @param writtenBy who wrote it
	 * @param writtenAt when
	 */
	public record Commentary(String indicatorCode, String period, String what, String soWhat, String whatNext,
			String writtenBy, Instant writtenAt) {
	}

	/**
	 * Writes a commentary, keeping any earlier one for the same period.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @param period the period's code
	 * @param what what the figures show
	 * @param soWhat what it means
	 * @param whatNext what will be done
	 * @param username who
	 * @return the broken rules by field; empty when it was stored
	 */
	@Transactional
	public Map<String, String> write(long partnershipId, String code, String period, String what, String soWhat,
			String whatNext, String username) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.catalogue.find(partnershipId, code).isEmpty()) {
			problems.put("indicator", "There is no indicator '" + code + "' in the catalogue");
		}
		String periodCode = "";
		try {
			periodCode = ReportingPeriod.parse(period).code();
		}
		catch (IllegalArgumentException ex) {
			problems.put("commentaryPeriod", "Enter the period the commentary is about, such as 2014-07");
		}
		TextRules.require(problems, "what", what, "Say what the figures show", 2000);
		TextRules.require(problems, "soWhat", soWhat, "Say what it means for children (so what)", 2000);
		TextRules.require(problems, "whatNext", whatNext, "Say what will be done, by whom and when (what next)", 2000);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				insert into indicator_commentary (partnership_id, indicator_code, period_code, what, so_what, what_next,
				       written_by, written_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, code, periodCode, what.strip(), soWhat.strip(), whatNext.strip(), username,
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		return problems;
	}

	/**
	 * Every commentary on an indicator, newest first.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @return the commentaries
	 */
	@Transactional(readOnly = true)
	public List<Commentary> history(long partnershipId, String code) {
		return this.jdbc.sql("""
				select indicator_code, period_code, what, so_what, what_next, written_by, written_at
				from indicator_commentary where partnership_id = ? and indicator_code = ?
				order by written_at desc, commentary_id desc""")
			.params(partnershipId, code)
			.query((rs, row) -> new Commentary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The current commentary on an indicator for a period.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @param period the period's code
	 * @return the latest commentary, if any was written
	 */
	@Transactional(readOnly = true)
	public Optional<Commentary> current(long partnershipId, String code, String period) {
		return history(partnershipId, code).stream().filter((c) -> c.period().equals(period)).findFirst();
	}

	/**
	 * The indicators with a commentary for each period.
	 * @param partnershipId the partnership
	 * @return indicator code and period pairs, as "code period"
	 */
	@Transactional(readOnly = true)
	public java.util.Set<String> written(long partnershipId) {
		return new java.util.HashSet<>(this.jdbc.sql(
				"select distinct indicator_code || ' ' || period_code from indicator_commentary where partnership_id = ?")
			.param(partnershipId)
			.query(String.class)
			.list());
	}

}
