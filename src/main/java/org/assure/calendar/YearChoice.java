package org.assure.calendar;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The financial year a page shows, as a person chose it: any period code inside the year
 * (2014-15, 2014-15-Q3, 2014-11), or this year when none is typed or the typed one cannot
 * be read, with the problem to show.
 *
 * @param year the year to show
 * @param problem what was wrong with what was typed, or null
 */
public record YearChoice(ReportingPeriod.FinancialYear year, @Nullable String problem) {

	/**
	 * The year a page's year field chose.
	 * @param typed what was typed, or null
	 * @param today today, whose year is shown when nothing usable was typed
	 * @return the choice
	 */
	public static YearChoice of(@Nullable String typed, LocalDate today) {
		ReportingPeriod.FinancialYear current = ReportingPeriod.financialYearOf(today);
		if (typed == null || typed.isBlank()) {
			return new YearChoice(current, null);
		}
		try {
			return new YearChoice(ReportingPeriod.financialYearOf(ReportingPeriod.parse(typed.strip()).end()), null);
		}
		catch (IllegalArgumentException ex) {
			return new YearChoice(current, "Enter a financial year such as 2014-15");
		}
	}

	/**
	 * A whole financial year typed in a form's field, such as 2013-14.
	 * @param params the form's fields
	 * @param field the field
	 * @param problems where a problem is put, by field
	 * @return the year, or null when blank or not a whole financial year
	 */
	public static ReportingPeriod.@Nullable FinancialYear typed(Map<String, String> params, String field,
			Map<String, String> problems) {
		String text = params.getOrDefault(field, "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			if (ReportingPeriod.parse(text) instanceof ReportingPeriod.FinancialYear year) {
				return year;
			}
			problems.put(field, "Enter a whole financial year, such as 2013-14");
		}
		catch (IllegalArgumentException ex) {
			problems.put(field, "Enter a financial year, such as 2013-14");
		}
		return null;
	}

}
