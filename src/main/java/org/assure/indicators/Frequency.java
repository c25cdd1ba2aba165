package org.assure.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;

/**
 * How often an indicator is reported.
 */
public enum Frequency {

	/** Every calendar month. */
	MONTHLY,

	/** Every quarter of the financial year. */
	QUARTERLY,

	/** Every financial year. */
	ANNUAL;

	/**
	 * The frequency's code in the catalogue file.
	 * @return the code
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The frequency as people read it.
	 * @return the label
	 */
	public String label() {
		return switch (this) {
			case MONTHLY -> "Monthly";
			case QUARTERLY -> "Quarterly";
			case ANNUAL -> "Yearly (financial year)";
		};
	}

	/**
	 * The period of this frequency that contains a date.
	 * @param date the date
	 * @return the period
	 */
	public ReportingPeriod periodOf(LocalDate date) {
		ReportingPeriod.FinancialYear year = ReportingPeriod.financialYearOf(date);
		return switch (this) {
			case MONTHLY -> new ReportingPeriod.CalendarMonth(YearMonth.from(date));
			case QUARTERLY -> year
				.quarter((int) ChronoUnit.MONTHS.between(YearMonth.from(year.start()), YearMonth.from(date)) / 3 + 1);
			case ANNUAL -> year;
		};
	}

	/**
	 * The periods of this frequency from the one containing a date to the one containing
	 * another, in order.
	 * @param from the first date
	 * @param to the last date
	 * @return the periods
	 */
	public List<ReportingPeriod> periodsBetween(LocalDate from, LocalDate to) {
		List<ReportingPeriod> periods = new ArrayList<>();
		ReportingPeriod period = periodOf(from);
		while (!period.start().isAfter(to)) {
			periods.add(period);
			period = periodOf(period.end().plusDays(1));
		}
		return periods;
	}

	/**
	 * A frequency from its code.
	 * @param code the code
	 * @return the frequency, if the code names one
	 */
	public static Optional<Frequency> fromCode(String code) {
		return Arrays.stream(values()).filter((frequency) -> frequency.code().equals(code.trim())).findFirst();
	}

}
