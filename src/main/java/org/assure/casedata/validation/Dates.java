package org.assure.casedata.validation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Comparisons of dates that may be absent: a rule about two dates says nothing when one
 * is missing (another rule reports that).
 */
public final class Dates {

	private Dates() {
	}

	/**
	 * Whether both dates are given and the first is before the second.
	 * @param first the first date
	 * @param second the second date
	 * @return whether first &lt; second
	 */
	public static boolean before(@Nullable LocalDate first, @Nullable LocalDate second) {
		return first != null && second != null && first.isBefore(second);
	}

	/**
	 * Whether both dates are given and the first is after the second.
	 * @param first the first date
	 * @param second the second date
	 * @return whether first &gt; second
	 */
	public static boolean after(@Nullable LocalDate first, @Nullable LocalDate second) {
		return first != null && second != null && first.isAfter(second);
	}

	/**
	 * Whether both dates are given and equal.
	 * @param first the first date
	 * @param second the second date
	 * @return whether they are the same day
	 */
	public static boolean same(@Nullable LocalDate first, @Nullable LocalDate second) {
		return first != null && first.equals(second);
	}

	/**
	 * Whether a date falls in a span, both ends included; an open span runs to its limit.
	 * @param date the date
	 * @param start the span's start
	 * @param end the span's end, or null when open
	 * @param limit where an open span ends
	 * @return whether the date is within
	 */
	public static boolean within(@Nullable LocalDate date, @Nullable LocalDate start, @Nullable LocalDate end,
			LocalDate limit) {
		if (date == null || start == null) {
			return false;
		}
		LocalDate last = (end != null) ? end : limit;
		return !date.isBefore(start) && !date.isAfter(last);
	}

	/**
	 * The day a number of working days before another.
	 * @param date the later day
	 * @param workingDays how many working days back
	 * @param calendar the working-day calendar
	 * @return the earlier day
	 */
	public static LocalDate workingDaysBefore(LocalDate date, int workingDays,
			org.assure.calendar.WorkingDays calendar) {
		LocalDate day = date;
		int counted = 0;
		while (counted < workingDays) {
			day = day.minusDays(1);
			if (calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * Whether a day is a Saturday or a Sunday.
	 * @param date the day
	 * @return whether it is
	 */
	public static boolean weekend(@Nullable LocalDate date) {
		return date != null && date.getDayOfWeek().getValue() >= 6;
	}

}
