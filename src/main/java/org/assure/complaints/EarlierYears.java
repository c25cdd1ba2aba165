package org.assure.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of years before the partnership kept its complaints in Assure, as its earlier
 * reports gave them, each with its source: complaints received, commendations and the
 * equality tables. The year-on-year tables show them beside the years computed from
 * records, marked with their source; a year with complaints recorded is always computed
 * from its records, so it cannot be given here.
 */
@Service
public class EarlierYears {

	/** The kind of record a year's earlier figures are, in the history of corrections. */
	public static final String EARLIER_YEAR_RECORD = "complaints.earlier-year";

	/** The largest count accepted. */
	static final int MOST = 100_000;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Corrections corrections;

	EarlierYears(JdbcClient jdbc, Clock clock, Corrections corrections) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.corrections = corrections;
	}

	/**
	 * A year's figures as an earlier report gave them; a figure not given is null (or
	 * absent from a table).
	 *
	 * @param year the financial year
	 * @param received the complaints received
	 * @param commendations the commendations received
	 * @param serviceUsers the service users the complaints concerned
	 * @param disabled of them, those with a disability
	 * @param lookedAfter of them, those looked after or recently left care
	 * @param gender the gender table's counts
	 * @param ethnicity the ethnicity table's counts
	 * @param source where the figures come from, such as "Annual report 2013-14, page 41"
	 */
	public record Figures(ReportingPeriod.@Nullable FinancialYear year, @Nullable Integer received,
			@Nullable Integer commendations, @Nullable Integer serviceUsers, @Nullable Integer disabled,
			@Nullable Integer lookedAfter, Map<Gender, Integer> gender, Map<Ethnicity, Integer> ethnicity,
			String source) {

		/**
		 * Whether any figure is given.
		 * @return true when at least one is
		 */
		public boolean anyGiven() {
			return this.received != null || this.commendations != null || this.serviceUsers != null
					|| this.disabled != null || this.lookedAfter != null || !this.gender.isEmpty()
					|| !this.ethnicity.isEmpty();
		}

		/**
		 * What the gender table's counts add up to.
		 * @return the total
		 */
		public int genderTotal() {
			return this.gender.values().stream().mapToInt(Integer::intValue).sum();
		}

		/**
		 * What the ethnicity table's counts add up to.
		 * @return the total
		 */
		public int ethnicityTotal() {
			return this.ethnicity.values().stream().mapToInt(Integer::intValue).sum();
		}

		/**
		 * Where the figures disagree with each other, in words a reader can check: a
		 * table whose counts do not add up to the complaints received, say. Assure shows
		 * the figures as given, with these notes, and computes each share from the
		 * counts.
		 * @return the notes, empty when the figures agree
		 */
		public List<String> disagreements() {
			List<String> notes = new ArrayList<>();
			if (this.received != null && !this.gender.isEmpty() && genderTotal() != this.received) {
				notes.add(String.format(Locale.UK,
						"The gender counts add up to %d, not the %d complaints received; each share is of %d.",
						genderTotal(), this.received, genderTotal()));
			}
			if (this.received != null && !this.ethnicity.isEmpty() && ethnicityTotal() != this.received) {
				notes.add(String.format(Locale.UK,
						"The ethnicity counts add up to %d, not the %d complaints received; each share is of %d.",
						ethnicityTotal(), this.received, ethnicityTotal()));
			}
			return notes;
		}

	}

	/**
	 * A year's figures as kept.
	 *
	 * @param id their number
	 * @param figures the figures
	 */
	public record Kept(long id, Figures figures) {
	}

	/**
	 * Every year's earlier figures, the earliest year first.
	 * @param partnershipId the partnership
	 * @return the years' figures
	 */
	@Transactional(readOnly = true)
	public List<Kept> all(long partnershipId) {
		List<Kept> rows = this.jdbc.sql(SELECT + " order by year_start")
			.params(partnershipId)
			.query((rs, row) -> new Kept(rs.getLong(1), figures(rs)))
			.list();
		return rows.stream().map((k) -> new Kept(k.id(), withCounts(partnershipId, k.id(), k.figures()))).toList();
	}

	/**
	 * One year's earlier figures.
	 * @param partnershipId the partnership
	 * @param id their number
	 * @return them, if the partnership has them and they are not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<Kept> find(long partnershipId, long id) {
		return this.jdbc.sql(SELECT + " and earlier_year_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> new Kept(rs.getLong(1), figures(rs)))
			.optional()
			.map((k) -> new Kept(k.id(), withCounts(partnershipId, k.id(), k.figures())));
	}

	/**
	 * The earlier figures of a year, if it has them.
	 * @param partnershipId the partnership
	 * @param year the financial year
	 * @return its figures
	 */
	@Transactional(readOnly = true)
	public Optional<Figures> of(long partnershipId, ReportingPeriod.FinancialYear year) {
		return all(partnershipId).stream().map(Kept::figures).filter((f) -> year.equals(f.year())).findFirst();
	}

	/**
	 * Keeps a year's figures.
	 * @param partnershipId the partnership
	 * @param figures the figures
	 * @param by who gives them
	 * @return the problems by field; empty when kept
	 */
	@Transactional
	public Map<String, String> give(long partnershipId, Figures figures, String by) {
		Map<String, String> problems = check(partnershipId, figures, null);
		if (!problems.isEmpty()) {
			return problems;
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into complaint_earlier_year (partnership_id, year_start, received, commendations, service_users,
				       disabled_users, looked_after_users, source, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, Objects.requireNonNull(figures.year()).startYear(), figures.received(),
					figures.commendations(), figures.serviceUsers(), figures.disabled(), figures.lookedAfter(),
					figures.source().strip(), by, OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.update(keys, "earlier_year_id");
		writeCounts(partnershipId, Objects.requireNonNull(keys.getKeyAs(Long.class)), figures);
		return Map.of();
	}

	/**
	 * Corrects a year's figures; the history keeps the old values, who changed them and
	 * why.
	 * @param partnershipId the partnership
	 * @param id their number
	 * @param figures the corrected figures
	 * @param reason why
	 * @param by who corrects them
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> edit(long partnershipId, long id, Figures figures, String reason, String by) {
		Figures before = find(partnershipId, id)
			.orElseThrow(() -> new IllegalArgumentException("No earlier figures " + id))
			.figures();
		Map<String, String> problems = check(partnershipId, figures, id);
		if (!problems.isEmpty()) {
			return problems;
		}
		List<FieldChange> changes = Corrections.changes(fields(before), fields(figures));
		if (changes.isEmpty()) {
			return Map.of("source", "Nothing was changed: change a figure, or go back");
		}
		if (Corrections.correctsAValue(changes)) {
			Corrections.checkReason(problems, reason);
			if (!problems.isEmpty()) {
				return problems;
			}
		}
		this.jdbc.sql("""
				update complaint_earlier_year set year_start = ?, received = ?, commendations = ?, service_users = ?,
				       disabled_users = ?, looked_after_users = ?, source = ?
				where partnership_id = ? and earlier_year_id = ?""")
			.params(Objects.requireNonNull(figures.year()).startYear(), figures.received(), figures.commendations(),
					figures.serviceUsers(), figures.disabled(), figures.lookedAfter(), figures.source().strip(),
					partnershipId, id)
			.update();
		this.jdbc.sql("delete from complaint_earlier_year_count where partnership_id = ? and earlier_year_id = ?")
			.params(partnershipId, id)
			.update();
		writeCounts(partnershipId, id, figures);
		this.corrections.recordEdit(partnershipId, new RecordRef(EARLIER_YEAR_RECORD, id), changes,
				Corrections.reasonFor(changes, reason), by);
		return problems;
	}

	/**
	 * Withdraws a year's figures given by mistake: they leave the tables; their history
	 * stays.
	 * @param partnershipId the partnership
	 * @param id their number
	 * @param reason why
	 * @param by who withdraws them
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No earlier figures " + id));
		return this.corrections.withdraw(partnershipId, new RecordRef(EARLIER_YEAR_RECORD, id), reason, by,
				() -> this.jdbc.sql("""
						update complaint_earlier_year set withdrawn_at = ?
						where partnership_id = ? and earlier_year_id = ? and withdrawn_at is null""")
					.params(OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC), partnershipId, id)
					.update());
	}

	/**
	 * A year's figures' corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id their number
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(EARLIER_YEAR_RECORD, id));
	}

	Optional<String> describe(long partnershipId, long id) {
		return this.jdbc.sql(
				"select year_start, source from complaint_earlier_year where partnership_id = ? and earlier_year_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> "Complaint figures of " + ReportingPeriod.FinancialYear.starting(rs.getInt(1)).label()
					+ ", from " + rs.getString(2))
			.optional();
	}

	Optional<String> whyNotBack(long partnershipId, long id) {
		Integer start = this.jdbc
			.sql("select year_start from complaint_earlier_year where partnership_id = ? and earlier_year_id = ?")
			.params(partnershipId, id)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (start == null) {
			return Optional.empty();
		}
		ReportingPeriod.FinancialYear year = ReportingPeriod.FinancialYear.starting(start);
		if (of(partnershipId, year).isPresent()) {
			return Optional.of(year.label() + " has other earlier figures now: withdraw them first");
		}
		if (complaintsIn(partnershipId, year) > 0) {
			return Optional.of(year.label() + " has complaints recorded now: its figures come from them");
		}
		return Optional.empty();
	}

	void bringBack(long partnershipId, long id) {
		this.jdbc.sql(
				"update complaint_earlier_year set withdrawn_at = null where partnership_id = ? and earlier_year_id = ?")
			.params(partnershipId, id)
			.update();
	}

	private Map<String, String> check(long partnershipId, Figures figures, @Nullable Long self) {
		Map<String, String> problems = new LinkedHashMap<>();
		ReportingPeriod.FinancialYear year = figures.year();
		if (year == null) {
			problems.put("year", "Enter the financial year, such as 2013-14");
		}
		else if (!year.end().isBefore(LocalDate.now(this.clock.withZone(LONDON)))) {
			problems.put("year", year.label() + " has not ended: give figures of a year that has");
		}
		else if (complaintsIn(partnershipId, year) > 0) {
			problems.put("year", year.label()
					+ " has complaints recorded in Assure: its figures come from them, so they cannot be given here");
		}
		else {
			this.all(partnershipId)
				.stream()
				.filter((k) -> year.equals(k.figures().year()) && !Long.valueOf(k.id()).equals(self))
				.findFirst()
				.ifPresent((k) -> problems.put("year",
						year.label() + " has earlier figures already: correct those instead"));
		}
		range(problems, "received", figures.received());
		range(problems, "commendations", figures.commendations());
		range(problems, "serviceUsers", figures.serviceUsers());
		range(problems, "disabled", figures.disabled());
		range(problems, "lookedAfter", figures.lookedAfter());
		figures.gender().forEach((g, n) -> range(problems, "gender." + g.name(), n));
		figures.ethnicity().forEach((e, n) -> range(problems, "ethnicity." + e.name(), n));
		within(problems, "disabled", figures.disabled(), figures.serviceUsers(), "with a disability");
		within(problems, "lookedAfter", figures.lookedAfter(), figures.serviceUsers(),
				"looked after or recently left care");
		TextRules.require(problems, "source", figures.source(),
				"Say where the figures come from, such as the annual report and its page", 300);
		if (!figures.anyGiven()) {
			problems.put("received", "Give at least one figure");
		}
		return problems;
	}

	private static void range(Map<String, String> problems, String field, @Nullable Integer value) {
		if (value != null && (value < 0 || value > MOST)) {
			problems.put(field, String.format(Locale.UK, "Enter a whole number from 0 to %,d", MOST));
		}
	}

	private static void within(Map<String, String> problems, String field, @Nullable Integer part,
			@Nullable Integer whole, String what) {
		if (part == null || problems.containsKey(field)) {
			return;
		}
		if (whole == null) {
			problems.put(field, "Give the number of service users too: the share " + what + " is of them");
		}
		else if (part > whole) {
			problems.put(field, "Cannot be more than the " + whole + " service users");
		}
	}

	private int complaintsIn(long partnershipId, ReportingPeriod.FinancialYear year) {
		return this.jdbc.sql("""
				select count(*) from complaint where partnership_id = ? and received_on >= ? and received_on <= ?
				and withdrawn_at is null""")
			.params(partnershipId, year.start(), year.end())
			.query(Long.class)
			.single()
			.intValue();
	}

	private void writeCounts(long partnershipId, long id, Figures figures) {
		figures.gender().forEach((g, n) -> insertCount(partnershipId, id, "GENDER", g.name(), n));
		figures.ethnicity().forEach((e, n) -> insertCount(partnershipId, id, "ETHNICITY", e.name(), n));
	}

	private void insertCount(long partnershipId, long id, String dimension, String category, int people) {
		this.jdbc.sql("""
				insert into complaint_earlier_year_count (partnership_id, earlier_year_id, dimension, category, people)
				values (?, ?, ?, ?, ?)""").params(partnershipId, id, dimension, category, people).update();
	}

	private Figures withCounts(long partnershipId, long id, Figures figures) {
		Map<Gender, Integer> gender = new EnumMap<>(Gender.class);
		Map<Ethnicity, Integer> ethnicity = new EnumMap<>(Ethnicity.class);
		this.jdbc.sql("""
				select dimension, category, people from complaint_earlier_year_count
				where partnership_id = ? and earlier_year_id = ?""").params(partnershipId, id).query((rs) -> {
			if ("GENDER".equals(rs.getString(1))) {
				gender.put(Gender.valueOf(rs.getString(2)), rs.getInt(3));
			}
			else {
				ethnicity.put(Ethnicity.valueOf(rs.getString(2)), rs.getInt(3));
			}
		});
		return new Figures(figures.year(), figures.received(), figures.commendations(), figures.serviceUsers(),
				figures.disabled(), figures.lookedAfter(), gender, ethnicity, figures.source());
	}

	private static Map<String, @Nullable Object> fields(Figures f) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Year", (f.year() != null) ? f.year().label() : null);
		fields.put("Complaints received", f.received());
		fields.put("Commendations", f.commendations());
		fields.put("Service users", f.serviceUsers());
		fields.put("With a disability", f.disabled());
		fields.put("Looked after or left care", f.lookedAfter());
		for (Gender g : Gender.values()) {
			fields.put("Gender: " + g.label(), f.gender().get(g));
		}
		for (Ethnicity e : Ethnicity.values()) {
			fields.put("Ethnicity: " + e.label(), f.ethnicity().get(e));
		}
		fields.put("Source", f.source().strip());
		return fields;
	}

	private static final String SELECT = """
			select earlier_year_id, year_start, received, commendations, service_users, disabled_users,
			       looked_after_users, source
			from complaint_earlier_year where partnership_id = ? and withdrawn_at is null""";

	private static Figures figures(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Figures(ReportingPeriod.FinancialYear.starting(rs.getInt(2)), rs.getObject(3, Integer.class),
				rs.getObject(4, Integer.class), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
				rs.getObject(7, Integer.class), Map.of(), Map.of(), rs.getString(8));
	}

}
