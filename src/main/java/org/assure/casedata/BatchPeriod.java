package org.assure.casedata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assure.calendar.ReportingPeriod;

/**
 * The period an import batch covers: one reporting period, as a statutory return does, or
 * a span of whole financial years ("2010-11 to 2014-15"), as an extract of a case
 * system's history does. Its first day is where the case data begins: events before it
 * are known only in part.
 *
 * @param first the first period
 * @param last the last period, the same as the first unless a span
 */
public record BatchPeriod(ReportingPeriod first, ReportingPeriod last) {

	private static final Pattern SPAN = Pattern.compile("(?i)\\s*(\\S+?)\\s*(?:-to-|\\s+to\\s+)\\s*(\\S+)\\s*");

	/**
	 * Reads a batch period: a period's code, or two financial years joined by " to ".
	 * @param text such as "2014-15", "2014-15-Q3" or "2010-11 to 2014-15"
	 * @return the period
	 * @throws IllegalArgumentException saying what is wrong
	 */
	public static BatchPeriod parse(String text) {
		Matcher span = SPAN.matcher(text);
		if (!span.matches()) {
			ReportingPeriod period = ReportingPeriod.parse(text);
			return new BatchPeriod(period, period);
		}
		ReportingPeriod first = ReportingPeriod.parse(span.group(1));
		ReportingPeriod last = ReportingPeriod.parse(span.group(2));
		if (!(first instanceof ReportingPeriod.FinancialYear) || !(last instanceof ReportingPeriod.FinancialYear)) {
			throw new IllegalArgumentException("A span of periods runs from one financial year to another, such as "
					+ "2010-11 to 2014-15: '" + text.trim() + "' does not");
		}
		if (last.start().isBefore(first.start())) {
			throw new IllegalArgumentException(
					"The span '" + text.trim() + "' ends before it begins: give the earlier year first");
		}
		return new BatchPeriod(first, last);
	}

	/**
	 * The code kept with the batch: the period's code, or "2010-11-to-2014-15".
	 * @return the code
	 */
	public String code() {
		return isSpan() ? this.first.code() + "-to-" + this.last.code() : this.first.code();
	}

	/**
	 * Whether the batch covers more than one period.
	 * @return whether a span
	 */
	public boolean isSpan() {
		return !this.first.equals(this.last);
	}

	public LocalDate start() {
		return this.first.start();
	}

	/**
	 * The reference date: the last day of the last period.
	 * @return the day
	 */
	public LocalDate end() {
		return this.last.end();
	}

	/**
	 * The financial years a span covers, first to last; empty for a single period that is
	 * not a financial year.
	 * @return the years
	 */
	public List<ReportingPeriod.FinancialYear> years() {
		List<ReportingPeriod.FinancialYear> years = new ArrayList<>();
		if (this.first instanceof ReportingPeriod.FinancialYear from
				&& this.last instanceof ReportingPeriod.FinancialYear to) {
			for (int year = from.startYear(); year <= to.startYear(); year++) {
				years.add(ReportingPeriod.FinancialYear.starting(year));
			}
		}
		return years;
	}

}
