package org.assure.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.indicators.analysis.SpcOptions;
import org.assure.indicators.analysis.SpcResult;
import org.assure.indicators.analysis.StatisticalProcessControl;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency returns: figures that partners without case data return for named indicators,
 * validated, kept in versions, and chased when they are late.
 */
@Service
public class Returns {

	private static final String COLUMNS = """
			return_id, indicator_code, agency_id, period_code, version, numerator, denominator, return_value, channel,
			submitted_by, submitted_at, reason, outside_limits_reason""";

	/** Only the highest version of each indicator, agency and period. */
	private static final String CURRENT = """
			not exists (select 1 from indicator_return later where later.partnership_id = r.partnership_id
			            and later.indicator_code = r.indicator_code and later.agency_id = r.agency_id
			            and later.period_code = r.period_code and later.version > r.version)""";

	private final Catalogue catalogue;

	private final Agencies agencies;

	private final WorkingDays workingDays;

	private final ReturnSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JudgementCache cache;

	Returns(Catalogue catalogue, Agencies agencies, WorkingDays workingDays, ReturnSettings settings, JdbcClient jdbc,
			Clock clock, JudgementCache cache) {
		this.cache = cache;
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.workingDays = workingDays;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Validates and stores a return. A figure already returned for the same indicator,
	 * agency and period is kept; the new one becomes the next version.
	 * @param partnershipId the partnership
	 * @param submission the return
	 * @param username who submits it
	 * @return the stored version
	 * @throws InvalidReturnException naming every broken rule; nothing is stored
	 */
	@Transactional
	public AgencyReturn submit(long partnershipId, ReturnSubmission submission, String username) {
		Checked checked = check(partnershipId, submission);
		if (!checked.problems().isEmpty()) {
			throw new InvalidReturnException(checked.problems());
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc
			.sql("""
					insert into indicator_return (partnership_id, indicator_code, agency_id, period_code, version, numerator,
					       denominator, return_value, channel, submitted_by, submitted_at, reason, outside_limits_reason)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, submission.indicatorCode(), submission.agencyId(), checked.period().code(),
					checked.version(), submission.numerator(), submission.denominator(), checked.value(),
					submission.channel().code(), username, now, submission.reason().strip(),
					submission.outsideLimitsReason().strip())
			.update();
		this.cache.changed(partnershipId);
		return versions(partnershipId, submission.indicatorCode(), submission.agencyId(), checked.period().code())
			.get(0);
	}

	/** The columns of a returns CSV file; agency may be left out by a data lead. */
	public static final List<String> CSV_COLUMNS = List.of("indicator", "agency", "period", "numerator", "denominator",
			"value", "reason", "outside_limits_reason");

	/**
	 * Imports returns from CSV: every row is checked, in order, as if submitted one by
	 * one; if any row breaks a rule, nothing of the file is stored.
	 * @param partnershipId the partnership
	 * @param csv the file
	 * @param fileName its name, for messages
	 * @param agencyScope the only agency the caller may return for, or null for any (then
	 * the agency column names it)
	 * @param username who
	 * @return the returns stored
	 * @throws InvalidFileException naming each row, column and rule broken
	 */
	@Transactional
	public List<AgencyReturn> importCsv(long partnershipId, java.io.Reader csv, String fileName,
			@Nullable Long agencyScope, String username) {
		List<String> problems = new ArrayList<>();
		List<AgencyReturn> stored = new ArrayList<>();
		try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(csv)) {
			List<String> header = parser.getHeaderNames()
				.stream()
				.map((name) -> name.strip().toLowerCase(java.util.Locale.ROOT).replace('\uFEFF', ' ').strip())
				.toList();
			for (String column : List.of("indicator", "period")) {
				if (!header.contains(column)) {
					problems.add(fileName + ": the column '" + column + "' is missing; the columns are "
							+ String.join(", ", CSV_COLUMNS));
				}
			}
			if (agencyScope == null && !header.contains("agency")) {
				problems.add(fileName + ": the column 'agency' is missing: name the agency of each row");
			}
			if (problems.isEmpty()) {
				int rows = 0;
				for (org.apache.commons.csv.CSVRecord record : parser) {
					rows++;
					Map<String, String> cells = new LinkedHashMap<>();
					for (int i = 0; i < header.size() && i < record.size(); i++) {
						cells.put(header.get(i), record.get(i));
					}
					String where = fileName + " row " + (record.getRecordNumber() + 1) + ": ";
					ReturnSubmission submission = csvRow(partnershipId, cells, agencyScope, where, problems);
					if (submission == null) {
						continue;
					}
					Map<String, String> broken = problems(partnershipId, submission);
					if (broken.isEmpty() && problems.isEmpty()) {
						stored.add(submit(partnershipId, submission, username));
					}
					broken.forEach((field, message) -> problems.add(where + field + ": " + message));
				}
				if (rows == 0) {
					problems.add(fileName + ": there are no rows under the header");
				}
			}
		}
		catch (java.io.IOException | java.io.UncheckedIOException | IllegalArgumentException
				| IllegalStateException ex) {
			problems.add(fileName + ": not a readable CSV file (" + ex.getMessage() + ")");
		}
		if (!problems.isEmpty()) {
			throw new InvalidFileException(problems);
		}
		return stored;
	}

	private @Nullable ReturnSubmission csvRow(long partnershipId, Map<String, String> cells, @Nullable Long agencyScope,
			String where, List<String> problems) {
		int before = problems.size();
		String agencyName = cells.getOrDefault("agency", "");
		Long agencyId = agencyScope;
		if (!agencyName.isBlank()) {
			Optional<Agency> agency = this.agencies.findByName(partnershipId, agencyName);
			if (agency.isEmpty()) {
				problems.add(where + "agency: there is no agency called '" + agencyName + "'");
			}
			else if (agencyScope != null && agency.get().id() != agencyScope) {
				problems.add(where + "agency: you may return figures only for your own agency");
			}
			else {
				agencyId = agency.get().id();
			}
		}
		else if (agencyScope == null) {
			problems.add(where + "agency: name the agency");
		}
		Long numerator = wholeNumber(cells.getOrDefault("numerator", ""), where + "numerator", problems);
		Long denominator = wholeNumber(cells.getOrDefault("denominator", ""), where + "denominator", problems);
		BigDecimal value = null;
		String valueText = cells.getOrDefault("value", "").replace("%", "").replace(",", "").strip();
		if (!valueText.isEmpty()) {
			try {
				value = new BigDecimal(valueText);
			}
			catch (NumberFormatException ex) {
				problems.add(where + "value: a number, such as 41.3, not '" + cells.get("value") + "'");
			}
		}
		if (problems.size() > before || agencyId == null) {
			return null;
		}
		return new ReturnSubmission(cells.getOrDefault("indicator", ""), agencyId, cells.getOrDefault("period", ""),
				numerator, denominator, value, cells.getOrDefault("reason", ""),
				cells.getOrDefault("outside_limits_reason", ""), ReturnChannel.CSV);
	}

	private static @Nullable Long wholeNumber(String text, String where, List<String> problems) {
		String cleaned = text.replace(",", "").strip();
		if (cleaned.isEmpty()) {
			return null;
		}
		try {
			return Long.valueOf(cleaned);
		}
		catch (NumberFormatException ex) {
			problems.add(where + ": a whole number, not '" + text + "'");
			return null;
		}
	}

	/**
	 * Checks a return against every rule without storing it.
	 * @param partnershipId the partnership
	 * @param submission the return
	 * @return the broken rules by field, empty when the return may be stored
	 */
	@Transactional(readOnly = true)
	public Map<String, String> problems(long partnershipId, ReturnSubmission submission) {
		return check(partnershipId, submission).problems();
	}

	private Checked check(long partnershipId, ReturnSubmission submission) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<Indicator> found = this.catalogue.find(partnershipId, submission.indicatorCode());
		if (found.isEmpty()) {
			problems.put("indicator", "There is no indicator '" + submission.indicatorCode() + "' in the catalogue");
		}
		else if (!found.get().returned()) {
			problems.put("indicator", "'" + found.get().name() + "' is " + found.get().source().label().toLowerCase()
					+ ", not an agency return");
		}
		Optional<Agency> agency = this.agencies.find(partnershipId, submission.agencyId());
		if (agency.isEmpty()) {
			problems.put("agency", "There is no such agency in the partnership");
		}
		ReportingPeriod period = null;
		try {
			period = ReportingPeriod.parse(submission.period());
		}
		catch (IllegalArgumentException ex) {
			problems.put("period", ex.getMessage());
		}
		LocalDate today = LocalDate.now(this.clock);
		if (period != null && found.isPresent()) {
			Frequency frequency = found.get().frequency();
			if (!frequency.periodOf(period.start()).code().equals(period.code())) {
				problems.put("period", "'" + found.get().name() + "' is returned " + frequency.label().toLowerCase()
						+ ": give a period such as " + frequency.periodOf(today.minusYears(1)).code());
			}
			else if (period.end().isAfter(today) || period.end().isEqual(today)) {
				problems.put("period", "The period " + period.label() + " has not ended yet");
			}
		}
		double value = Double.NaN;
		if (found.isPresent()) {
			value = value(found.get(), submission, problems);
		}
		int version = 1;
		if (problems.isEmpty()) {
			List<AgencyReturn> earlier = versions(partnershipId, submission.indicatorCode(), submission.agencyId(),
					period.code());
			version = earlier.isEmpty() ? 1 : earlier.get(0).version() + 1;
			if (!earlier.isEmpty() && submission.reason().isBlank()) {
				problems.put("reason", "A figure of " + format(earlier.get(0).value()) + " was returned for "
						+ period.label() + " by " + earlier.get(0).submittedBy() + ": say why it is resubmitted");
			}
			limits(partnershipId, found.get(), submission, period, value, problems);
		}
		limit(problems, "reason", submission.reason(), 1000);
		limit(problems, "outsideLimitsReason", submission.outsideLimitsReason(), 1000);
		return new Checked(problems, (period != null) ? period : ReportingPeriod.parse("2000-01"), value, version);
	}

	private double value(Indicator indicator, ReturnSubmission submission, Map<String, String> problems) {
		Long part = submission.numerator();
		Long whole = submission.denominator();
		BigDecimal stated = submission.value();
		if (part != null && part < 0) {
			problems.put("numerator", "The count cannot be negative");
		}
		if (whole != null && whole < 0) {
			problems.put("denominator", "The whole cannot be negative");
		}
		if (stated != null && stated.signum() < 0) {
			problems.put("value", "The value cannot be negative");
		}
		if (!problems.isEmpty()) {
			return Double.NaN;
		}
		if (!indicator.percent()) {
			if (whole != null) {
				problems.put("denominator",
						"'" + indicator.name() + "' is a " + indicator.unit() + ": it has no whole");
				return Double.NaN;
			}
			if (stated == null && part == null) {
				problems.put("value", "Enter the value");
				return Double.NaN;
			}
			if (indicator.unit().equals("count") && stated != null && stated.stripTrailingZeros().scale() > 0) {
				problems.put("value", "A count is a whole number, not " + stated.toPlainString());
				return Double.NaN;
			}
			if (stated != null && part != null && stated.compareTo(BigDecimal.valueOf(part)) != 0) {
				problems.put("value", "The value " + stated.toPlainString() + " differs from the count " + part);
				return Double.NaN;
			}
			return (stated != null) ? stated.doubleValue() : part.doubleValue();
		}
		if ((part == null) != (whole == null)) {
			problems.put((part == null) ? "numerator" : "denominator",
					"Give both counts of a percentage, or neither: the part and the whole");
			return Double.NaN;
		}
		if (part != null) {
			if (whole == 0) {
				problems.put("denominator", "The whole is zero: there is no percentage to return");
				return Double.NaN;
			}
			if (part > whole) {
				problems.put("numerator", "The part (" + part + ") is more than the whole (" + whole + ")");
				return Double.NaN;
			}
			double computed = 100.0 * part / whole;
			if (stated != null) {
				BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(stated.scale(), 0))
					.divide(BigDecimal.valueOf(2));
				double tolerance = half.doubleValue() + 1e-9;
				if (Math.abs(stated.doubleValue() - computed) > tolerance) {
					problems.put("value",
							"The percentage " + stated.toPlainString() + "% does not match its counts: " + part + " of "
									+ whole + " is "
									+ BigDecimal.valueOf(computed)
										.setScale(Math.max(stated.scale(), 1), RoundingMode.HALF_UP)
										.toPlainString()
									+ "%");
					return Double.NaN;
				}
			}
			return computed;
		}
		if (stated == null) {
			problems.put("value", "Enter the percentage, or its two counts");
			return Double.NaN;
		}
		if (stated.compareTo(BigDecimal.valueOf(100)) > 0) {
			problems.put("value", "A percentage is at most 100, not " + stated.toPlainString());
			return Double.NaN;
		}
		return stated.doubleValue();
	}

	private void limits(long partnershipId, Indicator indicator, ReturnSubmission submission, ReportingPeriod period,
			double value, Map<String, String> problems) {
		List<AgencyReturn> earlier = current(partnershipId, indicator.code(), submission.agencyId()).stream()
			.filter((other) -> ReportingPeriod.parse(other.period()).end().isBefore(period.start()))
			.toList();
		if (earlier.size() < this.settings.limitsCheckPoints() || !submission.outsideLimitsReason().isBlank()) {
			return;
		}
		double[] values = earlier.stream().mapToDouble(AgencyReturn::value).toArray();
		SpcResult.Group limits = StatisticalProcessControl
			.analyse(values, SpcOptions.defaults(indicator.better(), null))
			.latest();
		if (value > limits.upperLimit() || value < limits.lowerLimit()) {
			boolean high = value > limits.upperLimit();
			problems.put("outsideLimitsReason",
					format(value) + " is " + (high ? "above the upper" : "below the lower") + " process limit ("
							+ format(high ? limits.upperLimit() : limits.lowerLimit()) + ") of the " + values.length
							+ " earlier values: check the figure, and confirm it by saying why it is so "
							+ (high ? "high" : "low"));
		}
	}

	/**
	 * The versions of one return, newest first.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @param agencyId the agency
	 * @param period the period's code
	 * @return the versions
	 */
	@Transactional(readOnly = true)
	public List<AgencyReturn> versions(long partnershipId, String code, long agencyId, String period) {
		return this.jdbc
			.sql("select " + COLUMNS + " from indicator_return where partnership_id = ? and indicator_code = ?"
					+ " and agency_id = ? and period_code = ? order by version desc")
			.params(partnershipId, code, agencyId, period)
			.query(Returns::row)
			.list();
	}

	/**
	 * The current version of every return of an indicator by one agency, in period order.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @param agencyId the agency
	 * @return the returns
	 */
	@Transactional(readOnly = true)
	public List<AgencyReturn> current(long partnershipId, String code, long agencyId) {
		return sorted(this.jdbc
			.sql("select " + COLUMNS + " from indicator_return r where partnership_id = ? "
					+ "and indicator_code = ? and agency_id = ? and " + CURRENT)
			.params(partnershipId, code, agencyId)
			.query(Returns::row)
			.list());
	}

	/**
	 * The current version of every return of an indicator, by any agency, in period
	 * order.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @return the returns
	 */
	@Transactional(readOnly = true)
	public List<AgencyReturn> current(long partnershipId, String code) {
		return sorted(this.jdbc
			.sql("select " + COLUMNS + " from indicator_return r where partnership_id = ? and indicator_code = ? and "
					+ CURRENT)
			.params(partnershipId, code)
			.query(Returns::row)
			.list());
	}

	/**
	 * The current version of every return of every indicator, in period order.
	 * @param partnershipId the partnership
	 * @return the returns
	 */
	@Transactional(readOnly = true)
	public List<AgencyReturn> current(long partnershipId) {
		return sorted(
				this.jdbc.sql("select " + COLUMNS + " from indicator_return r where partnership_id = ? and " + CURRENT)
					.param(partnershipId)
					.query(Returns::row)
					.list());
	}

	/**
	 * The latest returns, newest first, every version included.
	 * @param partnershipId the partnership
	 * @param agencyScope only this agency's, or null for every agency's
	 * @param limit at most this many
	 * @return the returns
	 */
	@Transactional(readOnly = true)
	public List<AgencyReturn> latest(long partnershipId, @Nullable Long agencyScope, int limit) {
		Object[] params = (agencyScope != null) ? new Object[] { partnershipId, agencyScope, limit }
				: new Object[] { partnershipId, limit };
		return this.jdbc
			.sql("select " + COLUMNS + " from indicator_return where partnership_id = ?"
					+ ((agencyScope != null) ? " and agency_id = ?" : "")
					+ " order by submitted_at desc, return_id desc fetch first ? rows only")
			.params(params)
			.query(Returns::row)
			.list();
	}

	/**
	 * The returns of a financial year that are due or late: every period of every
	 * returned indicator with an agency that owes it, ended by today, with no return.
	 * Periods before an indicator's baseline are not expected.
	 * @param partnershipId the partnership
	 * @param year the financial year
	 * @param agencyScope only this agency's, or null for every agency's
	 * @return the missing returns, the longest overdue first
	 */
	@Transactional(readOnly = true)
	public List<MissingReturn> missing(long partnershipId, ReportingPeriod year, @Nullable Long agencyScope) {
		LocalDate today = LocalDate.now(this.clock);
		List<MissingReturn> missing = new ArrayList<>();
		for (Indicator indicator : this.catalogue.all(partnershipId)) {
			Long owner = indicator.returnAgencyId();
			if (!indicator.returned() || owner == null || (agencyScope != null && !agencyScope.equals(owner))) {
				continue;
			}
			LocalDate from = year.start();
			if (!indicator.baselinePeriod().isBlank()) {
				LocalDate baseline = ReportingPeriod.parse(indicator.baselinePeriod()).start();
				from = baseline.isAfter(from) ? baseline : from;
			}
			List<String> returned = current(partnershipId, indicator.code(), owner).stream()
				.map(AgencyReturn::period)
				.toList();
			String agencyName = this.agencies.find(partnershipId, owner).map(Agency::name).orElse("(agency removed)");
			for (ReportingPeriod period : indicator.frequency().periodsBetween(from, year.end())) {
				if (!period.end().isBefore(today) || period.start().isBefore(from)
						|| returned.contains(period.code())) {
					continue;
				}
				LocalDate due = this.workingDays.plus(period.end(), this.settings.deadlineWorkingDays());
				long late = today.isAfter(due) ? this.workingDays.between(due, today) : 0;
				missing.add(new MissingReturn(indicator.code(), indicator.name(), owner, agencyName, period.code(),
						period.label(), due, late));
			}
		}
		missing.sort(java.util.Comparator.comparing(MissingReturn::due).thenComparing(MissingReturn::indicatorName));
		return missing;
	}

	/**
	 * A return that is due or late.
	 *
	 * @param indicatorCode the indicator
	 * @param indicatorName its name
	 * @param agencyId the agency that owes it
	 * @param agencyName the agency's name
	 * @param period the period's code
	 * @param periodLabel the period as people read it
	 * @param due the deadline
	 * @param workingDaysLate working days past the deadline, 0 when not yet late
	 */
	public record MissingReturn(String indicatorCode, String indicatorName, long agencyId, String agencyName,
			String period, String periodLabel, LocalDate due, long workingDaysLate) {

		/**
		 * Whether the deadline has passed.
		 * @return true when late
		 */
		public boolean late() {
			return this.workingDaysLate > 0;
		}

	}

	private static List<AgencyReturn> sorted(List<AgencyReturn> returns) {
		return returns.stream()
			.sorted(java.util.Comparator.comparing((AgencyReturn r) -> ReportingPeriod.parse(r.period()).start())
				.thenComparing(AgencyReturn::agencyId))
			.toList();
	}

	private static void limit(Map<String, String> problems, String field, String value, int max) {
		if (value.strip().length() > max) {
			problems.putIfAbsent(field, "At most " + max + " characters");
		}
	}

	static String format(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private static AgencyReturn row(ResultSet rs, int row) throws SQLException {
		long numerator = rs.getLong("numerator");
		Long part = rs.wasNull() ? null : numerator;
		long denominator = rs.getLong("denominator");
		Long whole = rs.wasNull() ? null : denominator;
		return new AgencyReturn(rs.getLong("return_id"), rs.getString("indicator_code"), rs.getLong("agency_id"),
				rs.getString("period_code"), rs.getInt("version"), part, whole, rs.getDouble("return_value"),
				rs.getString("channel"), rs.getString("submitted_by"),
				rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
				rs.getString("outside_limits_reason"));
	}

	private record Checked(Map<String, String> problems, ReportingPeriod period, double value, int version) {
	}

}
