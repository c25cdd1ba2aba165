package org.assure.complaints;

import java.time.LocalDate;

import org.assure.calendar.ClockState;
import org.assure.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A complaint moves through its stages only in order and says why not; its clocks count
 * working days across weekends and bank holidays, and an extension lengthens its stage.
 */
class ComplaintUnitTests {

	/** The Thursday before Good Friday 2015. */
	private static final LocalDate MAUNDY_THURSDAY = LocalDate.of(2015, 4, 2);

	private final ComplaintClocks clocks = new ComplaintClocks(WorkingDays.englandAndWales(),
			ComplaintSettings.DEFAULTS);

	@Test
	void stageOneIsDueTenWorkingDaysLaterOrTwentyWhenExtendedAcrossEasterAndMayDay() {
		Complaint received = complaint(MAUNDY_THURSDAY);
		assertThat(this.clocks.of(received, MAUNDY_THURSDAY)).singleElement()
			.satisfies((clock) -> assertThat(clock.due()).as("Good Friday and Easter Monday are not working days")
				.isEqualTo(LocalDate.of(2015, 4, 20)));
		Complaint extended = received.extendStage1("An advocate is needed");
		assertThat(this.clocks.running(extended, MAUNDY_THURSDAY).due()).as("4 May 2015 is a bank holiday")
			.isEqualTo(LocalDate.of(2015, 5, 5));
		assertThatThrownBy(() -> extended.extendStage1("Again")).isInstanceOf(IllegalComplaintMoveException.class)
			.hasMessage("Stage 1 was extended already: An advocate is needed");
	}

	@Test
	void aComplaintGoesThroughItsThreeStagesInOrder() {
		Complaint answered = complaint(MAUNDY_THURSDAY).respondStage1(LocalDate.of(2015, 4, 16),
				ComplaintOutcome.NOT_UPHELD);
		assertThat(answered.status()).isEqualTo(ComplaintStatus.RESOLVED);
		assertThat(answered.describe()).isEqualTo("Answered at stage 1");
		assertThat(this.clocks.of(answered, LocalDate.of(2015, 6, 1))).singleElement()
			.satisfies((clock) -> assertThat(clock.state()).isEqualTo(ClockState.MET));
		Complaint stage2 = answered.startStage2(LocalDate.of(2015, 4, 20)).extendStage2("Complex: several services");
		assertThat(this.clocks.running(stage2, LocalDate.of(2015, 4, 20)).due())
			.isEqualTo(WorkingDays.englandAndWales().plus(LocalDate.of(2015, 4, 20), 65));
		Complaint stage3 = stage2.respondStage2(LocalDate.of(2015, 6, 1), ComplaintOutcome.PARTLY_UPHELD)
			.requestStage3(LocalDate.of(2015, 6, 10));
		assertThatThrownBy(() -> stage3.issuePanelReport(LocalDate.of(2015, 7, 1)))
			.hasMessage("The panel's report follows its meeting: record the meeting first");
		assertThatThrownBy(() -> stage3.respondStage3(LocalDate.of(2015, 7, 1), ComplaintOutcome.UPHELD))
			.hasMessage("The final response answers the panel's report: record the report first");
		Complaint done = stage3.holdPanel(LocalDate.of(2015, 7, 1))
			.issuePanelReport(LocalDate.of(2015, 7, 6))
			.respondStage3(LocalDate.of(2015, 7, 20), ComplaintOutcome.UPHELD);
		assertThat(done.outcome()).isEqualTo(ComplaintOutcome.UPHELD);
		assertThat(done.describe()).isEqualTo("Answered at stage 3");
		assertThat(this.clocks.of(done, LocalDate.of(2015, 8, 1))).extracting(ComplaintClocks.Clock::step)
			.containsExactly(ComplaintClocks.Step.STAGE_1, ComplaintClocks.Step.STAGE_2, ComplaintClocks.Step.PANEL,
					ComplaintClocks.Step.PANEL_REPORT, ComplaintClocks.Step.FINAL_RESPONSE);
		assertThat(done.toOmbudsman(LocalDate.of(2015, 9, 1)).ombudsmanOn()).isEqualTo(LocalDate.of(2015, 9, 1));
	}

	@Test
	void movesOutOfOrderAreRefusedWithTheReason() {
		Complaint received = complaint(MAUNDY_THURSDAY);
		assertThatThrownBy(() -> received.requestStage3(LocalDate.of(2015, 5, 1)))
			.hasMessage("A review panel is requested after the stage 2 response: this complaint stands at "
					+ "'Stage 1: local resolution'");
		assertThatThrownBy(() -> received.respondStage1(LocalDate.of(2015, 4, 1), ComplaintOutcome.UPHELD))
			.hasMessage("The day cannot be before the complaint was received (2015-04-02)");
		assertThatThrownBy(() -> received.toOmbudsman(LocalDate.of(2015, 5, 1)))
			.hasMessageStartingWith("A complaint goes to the Ombudsman once the council has answered it");
		Complaint withdrawn = received.withdrawByComplainant(LocalDate.of(2015, 4, 7));
		assertThat(this.clocks.of(withdrawn, LocalDate.of(2015, 6, 1))).as("no clock runs for a withdrawn complaint")
			.isEmpty();
		assertThatThrownBy(() -> withdrawn.withdrawByComplainant(LocalDate.of(2015, 4, 8))).hasMessage(
				"A complaint that stands at 'Withdrawn by the complainant' cannot be withdrawn: it is not open");
	}

	@Test
	void aComplaintAcceptedAtStageTwoBypassesStageOnesClock() {
		Complaint bypassed = complaint(MAUNDY_THURSDAY).startStage2(MAUNDY_THURSDAY);
		assertThat(bypassed.bypassedStage1()).isTrue();
		assertThat(this.clocks.of(bypassed, MAUNDY_THURSDAY)).extracting(ComplaintClocks.Clock::step)
			.containsExactly(ComplaintClocks.Step.STAGE_2);
		assertThatThrownBy(() -> bypassed.startStage2(MAUNDY_THURSDAY))
			.hasMessageContaining("cannot be taken to stage 2");
	}

	static Complaint complaint(LocalDate received) {
		return new Complaint(1, received, ComplainantCategory.PARENT, false, 1, 0, 0, Gender.FEMALE,
				Ethnicity.WHITE_BRITISH, "Child in Need service", ComplaintReason.COMMUNICATION,
				"Not told of a meeting", null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, ComplaintStatus.STAGE_1);
	}

}
