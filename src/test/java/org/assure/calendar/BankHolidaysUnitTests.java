package org.assure.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank holidays of 2011 to 2025 exactly as DOMAIN.md section 9 lists them (checked
 * there against the gov.uk data), generated from the rules and the one-off changes.
 */
class BankHolidaysUnitTests {

	/** DOMAIN.md section 9, copied as written. */
	static final String DOMAIN_LIST = """
			2011 03 Jan NYD(sub); 22 Apr GF; 25 Apr EM; 29 Apr Royal wedding; 02 May; 30 May; 29 Aug; 26 Dec Boxing; 27 Dec Xmas(sub)
			2012 02 Jan NYD(sub); 06 Apr; 09 Apr; 07 May; 04 Jun Spring(moved); 05 Jun Diamond Jubilee; 27 Aug; 25 Dec; 26 Dec
			2013 01 Jan; 29 Mar; 01 Apr; 06 May; 27 May; 26 Aug; 25 Dec; 26 Dec
			2014 01 Jan; 18 Apr; 21 Apr; 05 May; 26 May; 25 Aug; 25 Dec; 26 Dec
			2015 01 Jan; 03 Apr; 06 Apr; 04 May; 25 May; 31 Aug; 25 Dec; 28 Dec Boxing(sub)
			2016 01 Jan; 25 Mar; 28 Mar; 02 May; 30 May; 29 Aug; 26 Dec Boxing; 27 Dec Xmas(sub)
			2017 02 Jan NYD(sub); 14 Apr; 17 Apr; 01 May; 29 May; 28 Aug; 25 Dec; 26 Dec
			2018 01 Jan; 30 Mar; 02 Apr; 07 May; 28 May; 27 Aug; 25 Dec; 26 Dec
			2019 01 Jan; 19 Apr; 22 Apr; 06 May; 27 May; 26 Aug; 25 Dec; 26 Dec
			2020 01 Jan; 10 Apr; 13 Apr; 08 May EarlyMay(VE); 25 May; 31 Aug; 25 Dec; 28 Dec Boxing(sub)
			2021 01 Jan; 02 Apr; 05 Apr; 03 May; 31 May; 30 Aug; 27 Dec Xmas(sub); 28 Dec Boxing(sub)
			2022 03 Jan NYD(sub); 15 Apr; 18 Apr; 02 May; 02 Jun Spring(moved); 03 Jun Platinum Jubilee; 29 Aug; 19 Sep State funeral; 26 Dec Boxing; 27 Dec Xmas(sub)
			2023 02 Jan NYD(sub); 07 Apr; 10 Apr; 01 May; 08 May Coronation; 29 May; 28 Aug; 25 Dec; 26 Dec
			2024 01 Jan; 29 Mar; 01 Apr; 06 May; 27 May; 26 Aug; 25 Dec; 26 Dec
			2025 01 Jan; 18 Apr; 21 Apr; 05 May; 26 May; 25 Aug; 25 Dec; 26 Dec
			""";

	private static final Pattern ENTRY = Pattern.compile("(\\d{2}) ([A-Z][a-z]{2})");

	@ParameterizedTest
	@ValueSource(ints = { 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025 })
	void reproducesTheDomainListDateByDate(int year) {
		assertThat(BankHolidays.of(year)).extracting(BankHoliday::date).containsExactlyElementsOf(expected(year));
	}

	@Property
	void everyBankHolidayIsAWeekdayAndAYearHasEightToTen(@ForAll @IntRange(min = 1990, max = 2200) int year) {
		List<BankHoliday> holidays = BankHolidays.of(year);
		assertThat(holidays).hasSizeBetween(8, 10);
		assertThat(holidays).allSatisfy((holiday) -> {
			assertThat(holiday.date().getYear()).isEqualTo(year);
			assertThat(holiday.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		});
		assertThat(holidays).extracting(BankHoliday::date).doesNotHaveDuplicates().isSorted();
	}

	@Property
	void easterSundayIsASundayBetweenTheTwentySecondOfMarchAndTheTwentyFifthOfApril(
			@ForAll @IntRange(min = 1583, max = 4099) int year) {
		LocalDate easter = BankHolidays.easterSunday(year);
		assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(easter).isBetween(LocalDate.of(year, Month.MARCH, 22), LocalDate.of(year, Month.APRIL, 25));
	}

	static List<LocalDate> expected(int year) {
		String line = DOMAIN_LIST.lines()
			.filter((candidate) -> candidate.startsWith(year + " "))
			.findFirst()
			.orElseThrow();
		List<LocalDate> dates = new ArrayList<>();
		for (String entry : line.substring(5).split(";")) {
			Matcher matcher = ENTRY.matcher(entry.trim());
			assertThat(matcher.lookingAt()).as(entry).isTrue();
			Month month = Month.valueOf(java.util.Arrays.stream(Month.values())
				.filter((m) -> m.name().substring(0, 3).equalsIgnoreCase(matcher.group(2)))
				.findFirst()
				.orElseThrow()
				.name()
				.toUpperCase(Locale.ROOT));
			dates.add(LocalDate.of(year, month, Integer.parseInt(matcher.group(1))));
		}
		return dates;
	}

}
