package org.assure.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.People;
import org.assure.partnership.Seat;
import org.assure.partnership.SeatKind;

import org.assure.shell.TextRules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sub-group report cards: each quarter, each programme group's critical messages,
 * progress and risks, written by its chair for the board. Rewriting a card keeps the
 * earlier text.
 */
@Service
public class ReportCards {

	private final JdbcClient jdbc;

	private final People people;

	private final Clock clock;

	/** The current cards by partnership and quarter, forgotten when a card is written. */
	private final Map<String, Map<String, Card>> kept = new java.util.concurrent.ConcurrentHashMap<>();

	ReportCards(JdbcClient jdbc, People people, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * A report card.
	 *
	 * @param group the sub-group
	 * @param period the quarter's code
	 * @param criticalMessages what the board must know
	 * @param progress what has moved on
	 * @param risks what could go wrong
	 * @param writtenBy who wrote it
	 * @param writtenAt when
	 */
	public record Card(String group, String period, String criticalMessages, String progress, String risks,
			String writtenBy, Instant writtenAt) {
	}

	/**
	 * The partnership's sub-groups: the programme groups that have a chair's seat.
	 * @param partnershipId the partnership
	 * @return their names, in order
	 */
	public List<String> groups(long partnershipId) {
		return this.people.seats(partnershipId)
			.stream()
			.filter((seat) -> seat.kind() == SeatKind.PROGRAMME_GROUP_CHAIR)
			.map(Seat::groupName)
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * Writes a card.
	 * @param partnershipId the partnership
	 * @param group the sub-group
	 * @param quarter the quarter's code, such as 2014-15-Q4
	 * @param criticalMessages what the board must know
	 * @param progress what has moved on
	 * @param risks what could go wrong
	 * @param username who
	 * @return the broken rules by field; empty when it was stored
	 */
	@Transactional
	public Map<String, String> write(long partnershipId, String group, String quarter, String criticalMessages,
			String progress, String risks, String username) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!groups(partnershipId).contains(group)) {
			problems.put("group", "Choose the sub-group");
		}
		String code = "";
		try {
			ReportingPeriod period = ReportingPeriod.parse(quarter);
			if (period instanceof ReportingPeriod.Quarter) {
				code = period.code();
			}
			else {
				problems.put("quarter", "A report card is for a quarter, such as 2014-15-Q4");
			}
		}
		catch (IllegalArgumentException ex) {
			problems.put("quarter", "A report card is for a quarter, such as 2014-15-Q4");
		}
		TextRules.require(problems, "criticalMessages", criticalMessages, "Write the critical messages for the board",
				3000);
		TextRules.require(problems, "progress", progress, "Write the progress made", 3000);
		TextRules.require(problems, "risks", risks, "Write the risks", 3000);
		if (problems.isEmpty()) {
			org.assure.shell.AfterCommit.forgetNowAndAtEnd(this.kept::clear);
			this.jdbc
				.sql("""
						insert into report_card (partnership_id, group_name, period_code, critical_messages, progress, risks,
						       written_by, written_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(partnershipId, group, code, criticalMessages.strip(), progress.strip(), risks.strip(), username,
						OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.update();
		}
		return problems;
	}

	/**
	 * The current card of each sub-group for a quarter.
	 * @param partnershipId the partnership
	 * @param quarter the quarter's code
	 * @return the cards by sub-group; a sub-group without a card is absent
	 */
	public Map<String, Card> current(long partnershipId, String quarter) {
		String key = partnershipId + " " + quarter;
		Map<String, Card> cards = this.kept.get(key);
		if (cards == null) {
			cards = read(partnershipId, quarter);
			if (this.kept.size() > 200) {
				this.kept.clear();
			}
			this.kept.put(key, cards);
		}
		return cards;
	}

	private Map<String, Card> read(long partnershipId, String quarter) {
		Map<String, Card> cards = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select group_name, period_code, critical_messages, progress, risks, written_by, written_at from report_card
					where partnership_id = ? and period_code = ? order by written_at, card_id""")
			.params(partnershipId, quarter)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> cards.put(rs.getString(1),
					new Card(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant())));
		return java.util.Collections.unmodifiableMap(cards);
	}

	/**
	 * The quarter a period ends in.
	 * @param period the period
	 * @return the quarter
	 */
	public static ReportingPeriod.Quarter quarterOf(ReportingPeriod period) {
		ReportingPeriod.FinancialYear year = ReportingPeriod.financialYearOf(period.end());
		int months = (period.end().getMonthValue() + 8) % 12;
		return year.quarter(months / 3 + 1);
	}

}
