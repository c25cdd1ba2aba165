package org.assure.reporting.web;

import org.assure.calendar.ReportingPeriod;
import org.assure.shell.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * The period a report page shows: the one typed, or a default, with an error naming what
 * was wrong with what was typed.
 *
 * @param period the period to show
 * @param text what the period box shows again
 * @param errors the error, if what was typed is not a period
 */
record PeriodChoice(ReportingPeriod period, String text, FormErrors errors) {

	static PeriodChoice of(@Nullable String typed, java.util.function.Supplier<ReportingPeriod> fallbacks) {
		FormErrors errors = FormErrors.none();
		if (typed == null || typed.isBlank()) {
			ReportingPeriod fallback = fallbacks.get();
			return new PeriodChoice(fallback, fallback.code(), errors);
		}
		try {
			ReportingPeriod period = ReportingPeriod.parse(typed);
			return new PeriodChoice(period, period.code(), errors);
		}
		catch (IllegalArgumentException ex) {
			errors.add("period", "Enter a period such as 2014-15, 2014-15-Q2 or 2014-07");
			return new PeriodChoice(fallbacks.get(), typed, errors);
		}
	}

}
