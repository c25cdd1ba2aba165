package org.assure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The bank holidays of England and Wales, generated from their rules and the one-off
 * changes made by royal proclamation (DOMAIN.md section 9). Checked date by date against
 * the gov.uk data for 2012 to 2025.
 */
public final class BankHolidays {

	private static final Map<Integer, List<BankHoliday>> CACHE = new ConcurrentHashMap<>();

	private static final Map<Integer, Set<LocalDate>> DATES = new ConcurrentHashMap<>();

	private BankHolidays() {
	}

	/**
	 * The bank holidays of a year, in date order.
	 * @param year the calendar year
	 * @return its bank holidays
	 */
	public static List<BankHoliday> of(int year) {
		return CACHE.computeIfAbsent(year, BankHolidays::generate);
	}

	/**
	 * Whether a day is a bank holiday.
	 * @param date the day
	 * @return true on a bank holiday
	 */
	public static boolean isBankHoliday(LocalDate date) {
		return dates(date.getYear()).contains(date);
	}

	/**
	 * The dates of a year's bank holidays.
	 * @param year the calendar year
	 * @return the dates
	 */
	public static Set<LocalDate> dates(int year) {
		return DATES.computeIfAbsent(year,
				(key) -> of(key).stream().map(BankHoliday::date).collect(Collectors.toUnmodifiableSet()));
	}

	private static List<BankHoliday> generate(int year) {
		List<BankHoliday> holidays = new ArrayList<>();
		newYear(year, holidays);
		LocalDate easter = easterSunday(year);
		holidays.add(new BankHoliday(easter.minusDays(2), "Good Friday"));
		holidays.add(new BankHoliday(easter.plusDays(1), "Easter Monday"));
		holidays.add(new BankHoliday(earlyMay(year), "Early May bank holiday"));
		holidays.add(new BankHoliday(spring(year), "Spring bank holiday"));
		holidays.add(new BankHoliday(
				LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
				"Summer bank holiday"));
		christmas(year, holidays);
		extras(year, holidays);
		Collections.sort(holidays);
		return List.copyOf(holidays);
	}

	private static void newYear(int year, List<BankHoliday> holidays) {
		LocalDate day = LocalDate.of(year, Month.JANUARY, 1);
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			holidays.add(new BankHoliday(day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)),
					"New Year's Day (substitute day)"));
		}
		else {
			holidays.add(new BankHoliday(day, "New Year's Day"));
		}
	}

	private static LocalDate earlyMay(int year) {
		if (year == 1995) {
			return LocalDate.of(1995, Month.MAY, 8);
		}
		if (year == 2020) {
			// Moved to Friday 8 May for the 75th anniversary of VE Day.
			return LocalDate.of(2020, Month.MAY, 8);
		}
		return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
	}

	private static LocalDate spring(int year) {
		return switch (year) {
			case 2002 -> LocalDate.of(2002, Month.JUNE, 4);
			case 2012 -> LocalDate.of(2012, Month.JUNE, 4);
			case 2022 -> LocalDate.of(2022, Month.JUNE, 2);
			default -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
		};
	}

	private static void christmas(int year, List<BankHoliday> holidays) {
		LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
		switch (christmas.getDayOfWeek()) {
			case FRIDAY -> {
				holidays.add(new BankHoliday(christmas, "Christmas Day"));
				holidays.add(new BankHoliday(christmas.plusDays(3), "Boxing Day (substitute day)"));
			}
			case SATURDAY -> {
				holidays.add(new BankHoliday(christmas.plusDays(2), "Christmas Day (substitute day)"));
				holidays.add(new BankHoliday(christmas.plusDays(3), "Boxing Day (substitute day)"));
			}
			case SUNDAY -> {
				holidays.add(new BankHoliday(christmas.plusDays(1), "Boxing Day"));
				holidays.add(new BankHoliday(christmas.plusDays(2), "Christmas Day (substitute day)"));
			}
			default -> {
				holidays.add(new BankHoliday(christmas, "Christmas Day"));
				holidays.add(new BankHoliday(christmas.plusDays(1), "Boxing Day"));
			}
		}
	}

	private static void extras(int year, List<BankHoliday> holidays) {
		switch (year) {
			case 1999 -> holidays.add(new BankHoliday(LocalDate.of(1999, 12, 31), "Millennium celebrations"));
			case 2002 -> holidays.add(new BankHoliday(LocalDate.of(2002, 6, 3), "Queen's Golden Jubilee"));
			case 2011 -> holidays.add(new BankHoliday(LocalDate.of(2011, 4, 29), "Royal wedding"));
			case 2012 -> holidays.add(new BankHoliday(LocalDate.of(2012, 6, 5), "Queen's Diamond Jubilee"));
			case 2022 -> {
				holidays.add(new BankHoliday(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday"));
				holidays.add(new BankHoliday(LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II"));
			}
			case 2023 -> holidays.add(new BankHoliday(LocalDate.of(2023, 5, 8), "Coronation of King Charles III"));
			default -> {
			}
		}
	}

	/**
	 * Western Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
	 * @param year the year
	 * @return Easter Sunday
	 */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

}
