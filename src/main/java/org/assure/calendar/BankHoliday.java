package org.assure.calendar;

import java.time.LocalDate;

/**
 * A bank holiday in England and Wales.
 *
 * @param date the day
 * @param name its name, with "(substitute day)" where it stands in for a weekend date
 */
public record BankHoliday(LocalDate date, String name) implements Comparable<BankHoliday> {

	@Override
	public int compareTo(BankHoliday other) {
		return this.date.compareTo(other.date);
	}

}
