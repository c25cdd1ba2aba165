package org.assure.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period that figures are reported for: a financial year (1 April to 31 March), a
 * quarter of one, a month, or a single "as at" date such as 31 March.
 */
public sealed interface ReportingPeriod permits ReportingPeriod.FinancialYear, ReportingPeriod.Quarter,
		ReportingPeriod.CalendarMonth, ReportingPeriod.AsAt {

	/**
	 * The first day of the period.
	 * @return the first day
	 */
	LocalDate start();

	/**
	 * The last day of the period, inclusive.
	 * @return the last day
	 */
	LocalDate end();

	/**
	 * The period as a board report names it: "2014-15", "Q2 2014-15", "July 2014", "at 31
	 * March 2015".
	 * @return the label
	 */
	String label();

	/**
	 * The period as written on the command line and in files: "2014-15", "2014-15-Q2",
	 * "2014-07", "2015-03-31". A month that reads like a financial year (December 2011 as
	 * "2011-12") is written "month:2011-12".
	 * @return the code, which {@link #parse(String)} reads back
	 */
	String code();

	/**
	 * Whether a day falls in the period.
	 * @param date the day
	 * @return true from start to end inclusive
	 */
	default boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	/**
	 * Reads a period code: {@code 2014-15}, {@code 2014-15-Q2}, {@code 2014-07} (or
	 * {@code month:2014-07}) or {@code 2015-03-31}. {@code 2011-12} is the financial
	 * year; write {@code month:2011-12} for December 2011.
	 * @param code the code
	 * @return the period
	 * @throws IllegalArgumentException naming the forms accepted
	 */
	static ReportingPeriod parse(String code) {
		ReportingPeriod known = Parsed.CACHE.get(code);
		if (known != null) {
			return known;
		}
		ReportingPeriod period = read(code);
		if (Parsed.CACHE.size() > Parsed.MOST) {
			Parsed.CACHE.clear();
		}
		Parsed.CACHE.put(code, period);
		return period;
	}

	/**
	 * Periods already read: a code is read once, however many times reports and sorts ask
	 * for it. Periods are values, so sharing them is safe.
	 */
	final class Parsed {

		static final int MOST = 10_000;

		static final java.util.concurrent.ConcurrentHashMap<String, ReportingPeriod> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

		private Parsed() {
		}

	}

	private static ReportingPeriod read(String code) {
		String text = code.trim();
		Matcher year = FinancialYear.CODE.matcher(text);
		if (year.matches()) {
			FinancialYear financialYear = FinancialYear.starting(Integer.parseInt(year.group(1)));
			boolean followingYear = financialYear.code().equals(year.group(1) + "-" + year.group(2));
			if (year.group(3) != null) {
				if (!followingYear) {
					throw new IllegalArgumentException(
							"A financial year runs over two years in a row, like 2014-15-Q2: " + code);
				}
				return new Quarter(financialYear, Integer.parseInt(year.group(3)));
			}
			if (followingYear) {
				return financialYear;
			}
		}
		try {
			if (text.startsWith(CalendarMonth.PREFIX)) {
				return new CalendarMonth(YearMonth.parse(text.substring(CalendarMonth.PREFIX.length())));
			}
			if (text.length() == 7) {
				return new CalendarMonth(YearMonth.parse(text));
			}
			return new AsAt(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("A period is a financial year (2014-15), a quarter (2014-15-Q2), "
					+ "a month (2014-07) or a date (2015-03-31), not: " + code, ex);
		}
	}

	/**
	 * The financial year that contains a day.
	 * @param date the day
	 * @return its financial year
	 */
	static FinancialYear financialYearOf(LocalDate date) {
		return FinancialYear.starting((date.getMonthValue() >= 4) ? date.getYear() : date.getYear() - 1);
	}

	/**
	 * A financial year, 1 April to 31 March.
	 *
	 * @param startYear the calendar year in which it starts
	 */
	record FinancialYear(int startYear) implements ReportingPeriod {

		static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{2})(?:-Q([1-4]))?");

		/**
		 * The financial year starting on 1 April of a year.
		 * @param startYear the year
		 * @return the financial year
		 */
		public static FinancialYear starting(int startYear) {
			return new FinancialYear(startYear);
		}

		@Override
		public LocalDate start() {
			return LocalDate.of(this.startYear, Month.APRIL, 1);
		}

		@Override
		public LocalDate end() {
			return LocalDate.of(this.startYear + 1, Month.MARCH, 31);
		}

		@Override
		public String label() {
			return code();
		}

		@Override
		public String code() {
			return String.format(Locale.ROOT, "%d-%02d", this.startYear, (this.startYear + 1) % 100);
		}

		/**
		 * The year's quarters, April to June first.
		 * @param number 1 to 4
		 * @return the quarter
		 */
		public Quarter quarter(int number) {
			return new Quarter(this, number);
		}

		/**
		 * 31 March at the end of the year, the date of the DfE's snapshot counts.
		 * @return the year-end
		 */
		public AsAt yearEnd() {
			return new AsAt(end());
		}

	}

	/**
	 * A quarter of a financial year: Q1 is April to June.
	 *
	 * @param year the financial year
	 * @param number 1 to 4
	 */
	record Quarter(FinancialYear year, int number) implements ReportingPeriod {

		public Quarter {
			if (number < 1 || number > 4) {
				throw new IllegalArgumentException("A quarter is numbered 1 to 4: " + number);
			}
		}

		@Override
		public LocalDate start() {
			return this.year.start().plusMonths(3L * (this.number - 1));
		}

		@Override
		public LocalDate end() {
			return start().plusMonths(3).minusDays(1);
		}

		@Override
		public String label() {
			return "Q" + this.number + " " + this.year.code();
		}

		@Override
		public String code() {
			return this.year.code() + "-Q" + this.number;
		}

	}

	/**
	 * A calendar month.
	 *
	 * @param month the month
	 */
	record CalendarMonth(YearMonth month) implements ReportingPeriod {

		static final String PREFIX = "month:";

		private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

		@Override
		public LocalDate start() {
			return this.month.atDay(1);
		}

		@Override
		public LocalDate end() {
			return this.month.atEndOfMonth();
		}

		@Override
		public String label() {
			return this.month.format(LABEL);
		}

		@Override
		public String code() {
			boolean readsLikeAFinancialYear = this.month.getMonthValue() == (this.month.getYear() + 1) % 100;
			return readsLikeAFinancialYear ? PREFIX + this.month : this.month.toString();
		}

	}

	/**
	 * A single day on which a count is taken, such as 31 March.
	 *
	 * @param date the day
	 */
	record AsAt(LocalDate date) implements ReportingPeriod {

		private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

		@Override
		public LocalDate start() {
			return this.date;
		}

		@Override
		public LocalDate end() {
			return this.date;
		}

		@Override
		public String label() {
			return "at " + this.date.format(LABEL);
		}

		@Override
		public String code() {
			return this.date.toString();
		}

	}

}
