package org.assure.calendar;

import java.time.LocalDate;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysUnitTests {

	private final WorkingDays calendar = WorkingDays.englandAndWales();

	@Test
	void countsTheEndButNotTheStartByDefault() {
		// Monday 7 July 2014 to Tuesday 8 July 2014.
		assertThat(this.calendar.between(LocalDate.of(2014, 7, 7), LocalDate.of(2014, 7, 8))).isEqualTo(1);
		assertThat(this.calendar.between(LocalDate.of(2014, 7, 7), LocalDate.of(2014, 7, 7))).isZero();
	}

	@Test
	void skipsWeekendsAndBankHolidays() {
		// Thursday 24 December 2015 to Tuesday 29 December 2015: 25 and 28 are bank
		// holidays.
		assertThat(this.calendar.between(LocalDate.of(2015, 12, 24), LocalDate.of(2015, 12, 29))).isEqualTo(1);
		// Easter 2015: Thursday 2 April to Tuesday 7 April.
		assertThat(this.calendar.between(LocalDate.of(2015, 4, 2), LocalDate.of(2015, 4, 7))).isEqualTo(1);
	}

	@Test
	void setsA45WorkingDayDeadlineFromAReferral() {
		// A referral on Monday 7 July 2014: 45 working days later, with the August bank
		// holiday.
		LocalDate deadline = this.calendar.plus(LocalDate.of(2014, 7, 7), 45);
		assertThat(deadline).isEqualTo(LocalDate.of(2014, 9, 9));
		assertThat(this.calendar.between(LocalDate.of(2014, 7, 7), deadline)).isEqualTo(45);
	}

	@Test
	void countsBothEndsWhenConfiguredSo() {
		WorkingDays inclusive = new WorkingDays(Set.of(), CountingConvention.START_IS_DAY_ONE);
		assertThat(inclusive.between(LocalDate.of(2014, 7, 7), LocalDate.of(2014, 7, 8))).isEqualTo(2);
		assertThat(inclusive.between(LocalDate.of(2014, 7, 5), LocalDate.of(2014, 7, 7))).isEqualTo(1);
	}

	@Test
	void skipsLocalClosureDays() {
		WorkingDays closed = new WorkingDays(Set.of(LocalDate.of(2014, 12, 24)), CountingConvention.START_IS_DAY_ZERO);
		assertThat(closed.between(LocalDate.of(2014, 12, 23), LocalDate.of(2014, 12, 29))).isEqualTo(1);
		assertThat(this.calendar.between(LocalDate.of(2014, 12, 23), LocalDate.of(2014, 12, 29))).isEqualTo(2);
	}

	@Property
	void countsAsADayByDayWalkWould(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 0, max = 800) int span) {
		LocalDate end = start.plusDays(span);
		long walked = 0;
		for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
			if (this.calendar.isWorkingDay(day)) {
				walked++;
			}
		}
		assertThat(this.calendar.between(start, end)).isEqualTo(walked);
	}

	@Property
	void plusIsTheInverseOfBetween(@ForAll("dates") LocalDate start, @ForAll @IntRange(min = 1, max = 400) int days,
			@ForAll CountingConvention convention) {
		WorkingDays calendar = new WorkingDays(Set.of(LocalDate.of(2015, 12, 24)), convention);
		LocalDate deadline = calendar.plus(start, days);
		assertThat(calendar.isWorkingDay(deadline)).isTrue();
		assertThat(calendar.between(start, deadline)).isEqualTo(days);
		assertThat(calendar.between(start, deadline.minusDays(1))).isLessThan(days);
	}

	@Property
	void spansAddUp(@ForAll("dates") LocalDate a, @ForAll @IntRange(min = 0, max = 300) int first,
			@ForAll @IntRange(min = 0, max = 300) int second) {
		LocalDate b = a.plusDays(first);
		LocalDate c = b.plusDays(second);
		assertThat(this.calendar.between(a, b) + this.calendar.between(b, c)).isEqualTo(this.calendar.between(a, c));
		assertThat(this.calendar.between(c, a)).isEqualTo(-this.calendar.between(a, c));
	}

	@Property
	void countsTheSameInsideAndOutsideTheIndexedYears(@ForAll("anyDates") LocalDate start,
			@ForAll @IntRange(min = -900, max = 900) int span) {
		LocalDate end = start.plusDays(span);
		long walked = 0;
		LocalDate from = span >= 0 ? start : end;
		LocalDate to = span >= 0 ? end : start;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (this.calendar.isWorkingDay(day)) {
				walked++;
			}
		}
		assertThat(this.calendar.between(start, end)).isEqualTo(span >= 0 ? walked : -walked);
	}

	@Provide
	Arbitrary<LocalDate> anyDates() {
		return Arbitraries.oneOf(
				Arbitraries.integers().between(-800, 800).map((offset) -> WorkingDays.INDEX_FROM.plusDays(offset)),
				Arbitraries.integers().between(-800, 800).map((offset) -> WorkingDays.INDEX_TO.plusDays(offset)));
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.integers().between(0, 365 * 20).map((offset) -> LocalDate.of(2008, 1, 1).plusDays(offset));
	}

}
