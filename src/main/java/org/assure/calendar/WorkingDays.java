package org.assure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Working-day arithmetic for statutory timescales: Monday to Friday, except the bank
 * holidays of England and Wales and the partnership's local closure days.
 *
 * <p>
 * With {@link CountingConvention#START_IS_DAY_ZERO} (the default), "within 45 working
 * days" means {@code between(referral, authorised) <= 45}.
 */
public final class WorkingDays {

	private final Set<LocalDate> localClosures;

	private final CountingConvention convention;

	/** The first day the index covers. */
	static final LocalDate INDEX_FROM = LocalDate.of(1970, 1, 1);

	/** The day after the last the index covers. */
	static final LocalDate INDEX_TO = LocalDate.of(2100, 1, 1);

	/**
	 * For each day from {@link #INDEX_FROM}, the working days from then to that day
	 * inclusive: a span is then a subtraction. Built on first use.
	 */
	private volatile int @Nullable [] index;

	/**
	 * A calendar with local closure days and a counting convention.
	 * @param localClosures extra days on which the partnership does not work
	 * @param convention how spans are counted
	 */
	public WorkingDays(Set<LocalDate> localClosures, CountingConvention convention) {
		this.localClosures = Set.copyOf(new TreeSet<>(localClosures));
		this.convention = convention;
	}

	/**
	 * The England and Wales calendar with no local closures, counting from day 0.
	 * @return the calendar
	 */
	public static WorkingDays englandAndWales() {
		return new WorkingDays(Set.of(), CountingConvention.START_IS_DAY_ZERO);
	}

	public CountingConvention convention() {
		return this.convention;
	}

	public Set<LocalDate> localClosures() {
		return this.localClosures;
	}

	/**
	 * Whether a day is a working day.
	 * @param date the day
	 * @return true from Monday to Friday unless a bank holiday or local closure
	 */
	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !BankHolidays.isBankHoliday(date)
				&& !this.localClosures.contains(date);
	}

	/**
	 * The working days from one date to another under the counting convention. Negative
	 * when the end is before the start.
	 * @param start the first date (a referral, a strategy discussion)
	 * @param end the last date (an authorisation, a conference)
	 * @return the span in working days
	 */
	public long between(LocalDate start, LocalDate end) {
		if (end.isBefore(start)) {
			return -between(end, start);
		}
		long count = inIndex(start) && inIndex(end) ? indexed(end) - indexed(start) : countInHalfOpen(start, end);
		if (this.convention == CountingConvention.START_IS_DAY_ONE && isWorkingDay(start)) {
			count++;
		}
		return count;
	}

	/**
	 * The date a number of working days after a start, as a deadline is set: for
	 * {@code n >= 1}, under either convention,
	 * {@code between(start, plus(start, n)) == n} and the result is a working day.
	 * {@code plus(start, 0)} is the start itself.
	 * @param start the first date
	 * @param workingDays how many working days, zero or more
	 * @return the date
	 */
	public LocalDate plus(LocalDate start, long workingDays) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("working days must not be negative: " + workingDays);
		}
		long toCount = workingDays;
		if (this.convention == CountingConvention.START_IS_DAY_ONE && isWorkingDay(start) && toCount > 0) {
			toCount--;
		}
		LocalDate date = start;
		while (toCount > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				toCount--;
			}
		}
		return date;
	}

	private static boolean inIndex(LocalDate date) {
		return !date.isBefore(INDEX_FROM) && date.isBefore(INDEX_TO);
	}

	private int indexed(LocalDate date) {
		int[] days = this.index;
		if (days == null) {
			days = new int[(int) ChronoUnit.DAYS.between(INDEX_FROM, INDEX_TO)];
			int working = 0;
			LocalDate day = INDEX_FROM;
			for (int i = 0; i < days.length; i++, day = day.plusDays(1)) {
				if (isWorkingDay(day)) {
					working++;
				}
				days[i] = working;
			}
			this.index = days;
		}
		return days[(int) (date.toEpochDay() - INDEX_FROM.toEpochDay())];
	}

	// Weekdays in (start, end], less the holidays and closures that fall on them.
	private long countInHalfOpen(LocalDate start, LocalDate end) {
		long days = ChronoUnit.DAYS.between(start, end);
		long fullWeeks = days / 7;
		long weekdays = fullWeeks * 5;
		LocalDate cursor = start.plusWeeks(fullWeeks);
		while (cursor.isBefore(end)) {
			cursor = cursor.plusDays(1);
			DayOfWeek day = cursor.getDayOfWeek();
			if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
				weekdays++;
			}
		}
		long closed = 0;
		for (int year = start.getYear(); year <= end.getYear(); year++) {
			for (LocalDate holiday : BankHolidays.dates(year)) {
				if (holiday.isAfter(start) && !holiday.isAfter(end) && isWeekday(holiday)) {
					closed++;
				}
			}
		}
		for (LocalDate closure : this.localClosures) {
			if (closure.isAfter(start) && !closure.isAfter(end) && isWeekday(closure)
					&& !BankHolidays.isBankHoliday(closure)) {
				closed++;
			}
		}
		return weekdays - closed;
	}

	private static boolean isWeekday(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

}
