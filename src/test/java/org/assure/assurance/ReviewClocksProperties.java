package org.assure.assurance;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.assure.calendar.ClockState;
import org.assure.calendar.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the case review clocks for any day from 2010 to 2030 and any timescale.
 */
class ReviewClocksProperties {

	private final WorkingDays days = WorkingDays.englandAndWales();

	@Property
	void aWorkingDayClockEndsOnAWorkingDayExactlyItsLengthAway(@ForAll("days") LocalDate aware,
			@ForAll @IntRange(min = 1, max = 40) int notification, @ForAll @IntRange(min = 1, max = 40) int rapid) {
		ReviewClocks clocks = new ReviewClocks(this.days, new ReviewSettings(notification, rapid, 1, 14, 6, 5));
		LocalDate due = clocks.notificationDue(aware);
		assertThat(this.days.isWorkingDay(due)).isTrue();
		assertThat(this.days.between(aware, due)).isEqualTo(notification);
		assertThat(this.days.between(aware, clocks.rapidReviewDue(aware))).isEqualTo(rapid);
	}

	@Property
	void aLongerTimescaleNeverEndsEarlier(@ForAll("days") LocalDate aware,
			@ForAll @IntRange(min = 1, max = 39) int length) {
		ReviewClocks shorter = new ReviewClocks(this.days, new ReviewSettings(length, length, 1, 14, 6, 5));
		ReviewClocks longer = new ReviewClocks(this.days, new ReviewSettings(length + 1, length + 1, 1, 14, 6, 5));
		assertThat(longer.notificationDue(aware)).isAfter(shorter.notificationDue(aware));
	}

	@Property
	void aClockIsOpenExactlyWhenTheStepIsNotDone(@ForAll("days") LocalDate due, @ForAll("days") LocalDate today,
			@ForAll boolean done) {
		ReviewClocks clocks = new ReviewClocks(this.days, ReviewSettings.DEFAULTS);
		ReviewClocks.Clock clock = clocks.clock(ReviewClocks.Step.DECISION, due, done ? today : null, today);
		assertThat(clock.state().open()).isEqualTo(!done);
		if (!done) {
			assertThat(clock.state() == ClockState.OVERDUE).isEqualTo(today.isAfter(due));
		}
	}

	@Provide
	Arbitrary<LocalDate> days() {
		return Arbitraries.integers().between(0, 365 * 20).map((offset) -> LocalDate.of(2010, 1, 1).plusDays(offset));
	}

}
