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
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
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

	private final Corrections corrections;

	/** The kind of record a report card is, in the history of corrections. */
	public static final String CARD_RECORD = "reporting.report-card";

	/** The current cards by partnership and quarter, forgotten when a card is written. */
	private final Map<String, Map<String, Card>> kept = new java.util.concurrent.ConcurrentHashMap<>();

	ReportCards(JdbcClient jdbc, People people, Clock clock, Corrections corrections) {
		this.corrections = corrections;
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * A report card.
	 *
	 * @param id its number
	 * @param group the sub-group
	 * @param period the quarter's code
	 * @param criticalMessages what the board must know
	 * @param progress what has moved on
	 * @param risks what could go wrong
	 * @param writtenBy who wrote it
	 * @param writtenAt when
	 */
	public record Card(long id, String group, String period, String criticalMessages, String progress, String risks,
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
		checkText(problems, criticalMessages, progress, risks);
		if (problems.isEmpty() && current(partnershipId, code).containsKey(group)) {
			problems.put("group",
					"The card of " + group + " for " + code + " is written already: correct it from the card instead");
		}
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
	 * A card, to correct it.
	 * @param partnershipId the partnership
	 * @param id the card
	 * @return the card, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<Card> card(long partnershipId, long id) {
		return this.jdbc.sql(SELECT + " and card_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> card(rs))
			.optional();
	}

	/**
	 * Corrects a card's text; the history keeps what it said before, who changed it and
	 * why.
	 * @param partnershipId the partnership
	 * @param id the card
	 * @param criticalMessages what the board must know
	 * @param progress what has moved on
	 * @param risks what could go wrong
	 * @param reason why
	 * @param by who corrects it
	 * @return the broken rules by field; empty when saved
	 */
	@Transactional
	public Map<String, String> correct(long partnershipId, long id, String criticalMessages, String progress,
			String risks, String reason, String by) {
		Card before = card(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No report card " + id));
		Map<String, String> problems = new LinkedHashMap<>();
		checkText(problems, criticalMessages, progress, risks);
		List<FieldChange> changes = Corrections.changes(
				fields(before.criticalMessages(), before.progress(), before.risks()),
				fields(criticalMessages, progress, risks));
		if (problems.isEmpty() && changes.isEmpty()) {
			problems.put("criticalMessages", "Nothing was changed: change the text, or go back");
		}
		if (problems.isEmpty()) {
			Corrections.checkReason(problems, reason);
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		org.assure.shell.AfterCommit.forgetNowAndAtEnd(this.kept::clear);
		this.jdbc.sql("""
				update report_card set critical_messages = ?, progress = ?, risks = ?
				where partnership_id = ? and card_id = ?""")
			.params(criticalMessages.strip(), progress.strip(), risks.strip(), partnershipId, id)
			.update();
		this.corrections.recordEdit(partnershipId, new RecordRef(CARD_RECORD, id), changes, reason, by);
		return problems;
	}

	private static Map<String, Object> fields(String criticalMessages, String progress, String risks) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("Critical messages", criticalMessages);
		fields.put("Progress", progress);
		fields.put("Risks", risks);
		return fields;
	}

	/**
	 * Withdraws a card written by mistake: it shows on no dashboard and in no report; its
	 * history stays.
	 * @param partnershipId the partnership
	 * @param id the card
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		card(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No report card " + id));
		Map<String, String> problems = new LinkedHashMap<>();
		Corrections.checkReason(problems, reason);
		if (!problems.isEmpty()) {
			return problems;
		}
		org.assure.shell.AfterCommit.forgetNowAndAtEnd(this.kept::clear);
		this.jdbc.sql("""
				update report_card set withdrawn_at = ? where partnership_id = ? and card_id = ?
				and withdrawn_at is null""")
			.params(OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), partnershipId, id)
			.update();
		this.corrections.recordWithdrawal(partnershipId, new RecordRef(CARD_RECORD, id), reason, by);
		return problems;
	}

	/**
	 * A card's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id the card
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(CARD_RECORD, id));
	}

	/**
	 * Forgets the cards kept in memory, after a card was brought back.
	 */
	void forget() {
		org.assure.shell.AfterCommit.forgetNowAndAtEnd(this.kept::clear);
	}

	private static final String SELECT = """
			select card_id, group_name, period_code, critical_messages, progress, risks, written_by, written_at
			from report_card where partnership_id = ? and withdrawn_at is null""";

	private static Card card(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Card(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant());
	}

	private static void checkText(Map<String, String> problems, String criticalMessages, String progress,
			String risks) {
		TextRules.require(problems, "criticalMessages", criticalMessages, "Write the critical messages for the board",
				3000);
		TextRules.require(problems, "progress", progress, "Write the progress made", 3000);
		TextRules.require(problems, "risks", risks, "Write the risks", 3000);
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
		this.jdbc.sql(SELECT + " and period_code = ? order by written_at, card_id")
			.params(partnershipId, quarter)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> cards.put(rs.getString(2), card(rs)));
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
