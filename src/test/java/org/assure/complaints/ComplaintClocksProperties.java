package org.assure.complaints;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.assure.calendar.WorkingDays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the complaint clocks for any day from 2010 to 2030: a stage is due on a
 * working day exactly its working days away, an extension adds exactly the extra working
 * days, and a stage change starts the next clock from its own day.
 */
class ComplaintClocksProperties {

	private final WorkingDays days = WorkingDays.englandAndWales();

	private final ComplaintClocks clocks = new ComplaintClocks(this.days, ComplaintSettings.DEFAULTS);

	@Property
	void stageOneIsDueOnAWorkingDayTenOrTwentyWorkingDaysAway(@ForAll("days") LocalDate received) {
		Complaint complaint = ComplaintUnitTests.complaint(received);
		LocalDate due = this.clocks.running(complaint, received).due();
		assertThat(this.days.isWorkingDay(due)).isTrue();
		assertThat(this.days.between(received, due)).isEqualTo(10);
		LocalDate extended = this.clocks.running(complaint.extendStage1("Complex"), received).due();
		assertThat(this.days.between(due, extended)).isEqualTo(10);
	}

	@Property
	void stageTwoStartsItsOwnClockAndItsExtensionAddsForty(@ForAll("days") LocalDate received) {
		LocalDate answered = this.days.plus(received, 7);
		Complaint stage2 = ComplaintUnitTests.complaint(received)
			.respondStage1(answered, ComplaintOutcome.NOT_UPHELD)
			.startStage2(answered.plusDays(3));
		LocalDate due = this.clocks.running(stage2, answered).due();
		assertThat(this.days.between(answered.plusDays(3), due)).isEqualTo(25);
		LocalDate extended = this.clocks.running(stage2.extendStage2("Complex"), answered).due();
		assertThat(this.days.between(due, extended)).isEqualTo(40);
	}

	@Provide
	Arbitrary<LocalDate> days() {
		return Arbitraries.integers().between(0, 365 * 20).map((offset) -> LocalDate.of(2010, 1, 1).plusDays(offset));
	}

}
