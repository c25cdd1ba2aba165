package org.assure.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.partnership.Agencies;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's budget for a financial year, as Working Together asks the annual report to
 * show it: each partner's contribution, and the board's spending by category. Totals,
 * shares and the balance are computed, never typed.
 */
@Service
public class Budget {

	/** The kind of record a budget line is, in the history of corrections. */
	public static final String LINE_RECORD = "governance.budget-line";

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final Clock clock;

	private final Corrections corrections;

	Budget(JdbcClient jdbc, Agencies agencies, Clock clock, Corrections corrections) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.clock = clock;
		this.corrections = corrections;
	}

	/** What the board spends on. */
	public enum Category {

		/** The board's staff. */
		STAFF("Staff"),
		/** Child death reviews. */
		CHILD_DEATH_REVIEWS("Child death reviews"),
		/** Serious case reviews. */
		SERIOUS_CASE_REVIEWS("Serious case reviews"),
		/** Training and learning events. */
		TRAINING("Training and learning events"),
		/** Anything else. */
		OTHER("Other");

		private final String label;

		Category(String label) {
			this.label = label;
		}

		/**
		 * The category as people read it.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

	/**
	 * One line of the budget.
	 *
	 * @param label the contributing agency, or the spending category
	 * @param amount the amount in pounds
	 * @param share its share of its side's total, in percent
	 * @param note what it is
	 */
	public record Line(String label, BigDecimal amount, double share, String note) {
	}

	/**
	 * A year's budget.
	 *
	 * @param year the financial year
	 * @param contributions each partner's contribution
	 * @param income the contributions' total
	 * @param spending the spending by category
	 * @param spent the spending's total
	 * @param balance income less spending
	 */
	public record Year(ReportingPeriod.FinancialYear year, List<Line> contributions, BigDecimal income,
			List<Line> spending, BigDecimal spent, BigDecimal balance) {
	}

	/**
	 * Records a partner's contribution.
	 * @param partnershipId the partnership
	 * @param year the year, typed
	 * @param agencyId the agency, or null when none was chosen
	 * @param amount the amount in pounds, typed
	 * @param note what it is
	 * @param username who
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> contribution(long partnershipId, String year, @Nullable Long agencyId, String amount,
			String note, String username) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (agencyId == null || this.agencies.find(partnershipId, agencyId).isEmpty()) {
			problems.put("agency", "Choose the contributing agency");
		}
		return line(partnershipId, year, "CONTRIBUTION", agencyId, null, amount, note, username, problems);
	}

	/**
	 * Records the board's spending in a category.
	 * @param partnershipId the partnership
	 * @param year the year, typed
	 * @param category the category, or null when none was chosen
	 * @param amount the amount in pounds, typed
	 * @param note what it was on
	 * @param username who
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> spending(long partnershipId, String year, @Nullable Category category, String amount,
			String note, String username) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (category == null) {
			problems.put("category", "Choose what the money was spent on");
		}
		return line(partnershipId, year, "SPENDING", null, (category != null) ? category.name() : null, amount, note,
				username, problems);
	}

	private Map<String, String> line(long partnershipId, String year, String direction, @Nullable Long agencyId,
			@Nullable String category, String amount, String note, String username, Map<String, String> problems) {
		String code = null;
		try {
			ReportingPeriod period = ReportingPeriod.parse(year.strip());
			if (period instanceof ReportingPeriod.FinancialYear) {
				code = period.code();
			}
		}
		catch (IllegalArgumentException ex) {
			code = null;
		}
		if (code == null) {
			problems.put("year", "Enter a financial year such as 2014-15");
		}
		BigDecimal pounds = pounds(amount, problems);
		if (note.length() > 500) {
			problems.put("note", "Keep the note to 500 characters");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				insert into budget_line (partnership_id, year_code, direction, agency_id, category, amount, note,
				       recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, code, direction, agencyId, category, pounds, note.strip(), username,
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		return problems;
	}

	/**
	 * A line as it was recorded, to correct or withdraw it.
	 *
	 * @param id its number
	 * @param year the financial year's code
	 * @param contribution true for a partner's contribution, false for spending
	 * @param label the contributing agency, or the spending category
	 * @param amount the amount in pounds
	 * @param note what it is
	 * @param recordedBy who recorded it
	 */
	public record Entry(long id, String year, boolean contribution, String label, BigDecimal amount, String note,
			String recordedBy) {
	}

	/**
	 * The lines recorded for a year, in the order they were recorded.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the lines, withdrawn ones left out
	 */
	@Transactional(readOnly = true)
	public List<Entry> entries(long partnershipId, ReportingPeriod.FinancialYear year) {
		return this.jdbc.sql(ENTRY + " and b.year_code = ? order by b.line_id")
			.params(partnershipId, year.code())
			.query(Budget::entry)
			.list();
	}

	/**
	 * A line as it was recorded.
	 * @param partnershipId the partnership
	 * @param id the line
	 * @return the line, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<Entry> entry(long partnershipId, long id) {
		return this.jdbc.sql(ENTRY + " and b.line_id = ?").params(partnershipId, id).query(Budget::entry).optional();
	}

	private static final String ENTRY = """
			select b.line_id, b.year_code, b.direction, a.name, b.category, b.amount, b.note, b.recorded_by
			from budget_line b left join agency a on a.partnership_id = b.partnership_id and a.agency_id = b.agency_id
			where b.partnership_id = ? and b.withdrawn_at is null""";

	private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		boolean contribution = rs.getString(3).equals("CONTRIBUTION");
		return new Entry(rs.getLong(1), rs.getString(2), contribution,
				contribution ? rs.getString(4) : Category.valueOf(rs.getString(5)).label(), rs.getBigDecimal(6),
				rs.getString(7), rs.getString(8));
	}

	/**
	 * Corrects a line's amount and note; the history keeps the old values.
	 * @param partnershipId the partnership
	 * @param id the line
	 * @param amount the amount in pounds, typed
	 * @param note what it is
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> editEntry(long partnershipId, long id, String amount, String note, String reason,
			String by) {
		Entry before = entry(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No budget line " + id));
		Map<String, String> problems = new LinkedHashMap<>();
		BigDecimal pounds = pounds(amount, problems);
		if (note.length() > 500) {
			problems.put("note", "Keep the note to 500 characters");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		List<FieldChange> changes = Corrections.changes(entryFields(before.amount(), before.note()),
				entryFields(pounds, note));
		if (changes.isEmpty()) {
			return Map.of("amount", "Nothing was changed: change the amount or the note, or go back");
		}
		if (Corrections.correctsAValue(changes)) {
			Corrections.checkReason(problems, reason);
			if (!problems.isEmpty()) {
				return problems;
			}
		}
		this.jdbc.sql("update budget_line set amount = ?, note = ? where partnership_id = ? and line_id = ?")
			.params(pounds, note.strip(), partnershipId, id)
			.update();
		this.corrections.recordEdit(partnershipId, new RecordRef(LINE_RECORD, id), changes,
				Corrections.reasonFor(changes, reason), by);
		return problems;
	}

	private static Map<String, @Nullable Object> entryFields(@Nullable BigDecimal amount, String note) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Amount", (amount != null) ? "£" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString() : null);
		fields.put("Note", note);
		return fields;
	}

	/**
	 * Withdraws a line recorded by mistake: it leaves the year's totals, shares and
	 * balance; its history stays.
	 * @param partnershipId the partnership
	 * @param id the line
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdrawEntry(long partnershipId, long id, String reason, String by) {
		entry(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No budget line " + id));
		Map<String, String> problems = new LinkedHashMap<>();
		Corrections.checkReason(problems, reason);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				update budget_line set withdrawn_at = ? where partnership_id = ? and line_id = ?
				and withdrawn_at is null""")
			.params(OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), partnershipId, id)
			.update();
		this.corrections.recordWithdrawal(partnershipId, new RecordRef(LINE_RECORD, id), reason, by);
		return problems;
	}

	/**
	 * A line's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id the line
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(LINE_RECORD, id));
	}

	private static @Nullable BigDecimal pounds(String amount, Map<String, String> problems) {
		BigDecimal pounds;
		try {
			pounds = new BigDecimal(amount.strip().replace(",", "").replace("£", ""));
			if (pounds.signum() < 0 || pounds.scale() > 2 || pounds.compareTo(new BigDecimal("1000000000")) >= 0) {
				pounds = null;
			}
		}
		catch (NumberFormatException ex) {
			pounds = null;
		}
		if (pounds == null) {
			problems.put("amount", "Enter the amount in pounds, such as 12500 or 12500.50");
		}
		return pounds;
	}

	/**
	 * A year's budget.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the contributions, spending, totals, shares and balance
	 */
	@Transactional(readOnly = true)
	public Year of(long partnershipId, ReportingPeriod.FinancialYear year) {
		Map<String, BigDecimal> contributions = new LinkedHashMap<>();
		Map<String, String> contributionNotes = new LinkedHashMap<>();
		Map<String, BigDecimal> spending = new LinkedHashMap<>();
		Map<String, String> spendingNotes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select b.direction, a.name, b.category, b.amount, b.note from budget_line b left join agency a
				  on a.partnership_id = b.partnership_id and a.agency_id = b.agency_id
				where b.partnership_id = ? and b.year_code = ? and b.withdrawn_at is null order by b.line_id""")
			.params(partnershipId, year.code())
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
				boolean income = rs.getString(1).equals("CONTRIBUTION");
				String label = income ? rs.getString(2) : Category.valueOf(rs.getString(3)).label();
				Map<String, BigDecimal> side = income ? contributions : spending;
				Map<String, String> notes = income ? contributionNotes : spendingNotes;
				side.merge(label, rs.getBigDecimal(4), BigDecimal::add);
				String note = rs.getString(5);
				if (!note.isEmpty()) {
					notes.merge(label, note, (a, b) -> a + "; " + b);
				}
			});
		BigDecimal income = contributions.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal spent = spending.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Year(year, lines(contributions, contributionNotes, income), income,
				lines(spending, spendingNotes, spent), spent, income.subtract(spent));
	}

	private static List<Line> lines(Map<String, BigDecimal> amounts, Map<String, String> notes, BigDecimal total) {
		List<Line> lines = new ArrayList<>();
		amounts.forEach((label,
				amount) -> lines.add(new Line(label, amount,
						(total.signum() > 0) ? amount.doubleValue() * 100 / total.doubleValue() : 0,
						notes.getOrDefault(label, ""))));
		return lines;
	}

}
