package org.assure.assurance;

import java.time.LocalDate;

import org.assure.calendar.ClockState;
import org.assure.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case review's lifecycle refuses illegal moves and says why; the criteria follow the
 * arrangements in force; the clocks count working days across weekends and bank holidays.
 */
class CaseReviewUnitTests {

	private static final LocalDate EASTER_WEEK = LocalDate.of(2015, 4, 1);

	private static final ReviewCriteria SERIOUS = new ReviewCriteria(true, false, true, true, false);

	private static final ReviewCriteria HARM_WITHOUT_CONCERN = new ReviewCriteria(true, false, true, false, false);

	private final ReviewClocks clocks = new ReviewClocks(WorkingDays.englandAndWales(), ReviewSettings.DEFAULTS);

	@Test
	void aReviewMovesFromNotificationToPublication() {
		CaseReview review = notified(EASTER_WEEK).rapidReview(LocalDate.of(2015, 4, 20), SERIOUS)
			.decide(ReviewDecision.STATUTORY_REVIEW, "Criteria met", LocalDate.of(2015, 4, 28), "Independent Chair")
			.panelInformed(LocalDate.of(2015, 4, 30))
			.publish(LocalDate.of(2015, 10, 1), "Supervision of front-line staff");
		assertThat(review.status()).isEqualTo(ReviewStatus.PUBLISHED);
		assertThat(review.closed()).isTrue();
		assertThat(review.decisionLabel()).isEqualTo("Serious case review");
	}

	@Test
	void aDecisionBeforeTheRapidReviewIsRefusedAndSaysWhy() {
		assertThatThrownBy(() -> notified(EASTER_WEEK).decide(ReviewDecision.LEARNING_REVIEW, "Why",
				LocalDate.of(2015, 4, 10), "Chair"))
			.isInstanceOf(IllegalReviewMoveException.class)
			.hasMessage("A review that stands at 'Notified' cannot record the decision: hold the rapid review first");
	}

	@Test
	void aCaseThatMeetsTheCriteriaCannotBeDecidedAgainstAReview() {
		CaseReview held = notified(EASTER_WEEK).rapidReview(LocalDate.of(2015, 4, 20), SERIOUS);
		assertThatThrownBy(() -> held.decide(ReviewDecision.CRITERIA_NOT_MET, "No", LocalDate.of(2015, 4, 28), "Chair"))
			.isInstanceOf(IllegalReviewMoveException.class)
			.hasMessageContaining("criteria met, so the case must have a serious case review");
		assertThat(notified(EASTER_WEEK).rapidReview(LocalDate.of(2015, 4, 20), HARM_WITHOUT_CONCERN)
			.decide(ReviewDecision.LEARNING_REVIEW, "Agencies worked well together", LocalDate.of(2015, 4, 28), "Chair")
			.status()).isEqualTo(ReviewStatus.DECIDED);
	}

	@Test
	void datesOutOfOrderAndMovesPastTheEndAreRefused() {
		assertThatThrownBy(() -> notified(EASTER_WEEK).rapidReview(EASTER_WEEK.minusDays(1), SERIOUS))
			.isInstanceOf(IllegalReviewMoveException.class)
			.hasMessageContaining("before the partnership became aware");
		CaseReview notMet = notified(EASTER_WEEK).rapidReview(LocalDate.of(2015, 4, 20), ReviewCriteria.NONE)
			.decide(ReviewDecision.CRITERIA_NOT_MET, "No abuse or neglect", LocalDate.of(2015, 4, 28), "Chair");
		assertThatThrownBy(() -> notMet.publish(LocalDate.of(2015, 6, 1), "Nothing"))
			.isInstanceOf(IllegalReviewMoveException.class)
			.hasMessage("Only a review that was decided on is published");
		assertThatThrownBy(() -> notMet.panelInformed(LocalDate.of(2015, 4, 27)))
			.hasMessageContaining("before the decision");
		assertThat(notMet.closed()).isFalse();
		assertThat(notMet.panelInformed(LocalDate.of(2015, 5, 5)).closed()).isTrue();
		assertThatThrownBy(() -> notified(EASTER_WEEK).panelInformed(LocalDate.of(2015, 5, 5)))
			.hasMessageContaining("record it first");
	}

	@Test
	void harmWithoutConcernIsSeriousOnlyUnderTheNewArrangements() {
		assertThat(HARM_WITHOUT_CONCERN.met(LocalDate.of(2015, 1, 1))).isFalse();
		assertThat(HARM_WITHOUT_CONCERN.met(ReviewCriteria.NEW_ARRANGEMENTS)).isTrue();
		assertThat(new ReviewCriteria(false, false, false, false, true).met(LocalDate.of(2015, 1, 1))).isTrue();
		assertThat(new ReviewCriteria(false, true, true, true, false).met(LocalDate.of(2020, 1, 1))).isFalse();
		assertThat(ReviewDecision.STATUTORY_REVIEW.label(LocalDate.of(2020, 1, 1)))
			.isEqualTo("Local child safeguarding practice review");
	}

	@Test
	void theNotificationAndRapidReviewClocksSkipEasterAndWeekends() {
		assertThat(this.clocks.notificationDue(EASTER_WEEK)).isEqualTo(LocalDate.of(2015, 4, 10));
		assertThat(this.clocks.rapidReviewDue(EASTER_WEEK)).isEqualTo(LocalDate.of(2015, 4, 24));
	}

	@Test
	void theNotificationClockSkipsChristmasBoxingDayAndNewYear() {
		assertThat(this.clocks.notificationDue(LocalDate.of(2015, 12, 24))).isEqualTo(LocalDate.of(2016, 1, 5));
	}

	@Test
	void eachClockSaysWhereItStands() {
		LocalDate due = LocalDate.of(2015, 4, 24);
		assertThat(this.clocks.clock(ReviewClocks.Step.RAPID_REVIEW, due, LocalDate.of(2015, 4, 24), due.plusDays(30))
			.state()).isEqualTo(ClockState.MET);
		assertThat(this.clocks.clock(ReviewClocks.Step.RAPID_REVIEW, due, LocalDate.of(2015, 4, 27), due).state())
			.isEqualTo(ClockState.LATE);
		assertThat(this.clocks.clock(ReviewClocks.Step.RAPID_REVIEW, due, null, LocalDate.of(2015, 4, 25)).state())
			.isEqualTo(ClockState.OVERDUE);
		assertThat(this.clocks.clock(ReviewClocks.Step.RAPID_REVIEW, due, null, LocalDate.of(2015, 4, 17)).state())
			.as("five working days before")
			.isEqualTo(ClockState.DUE_SOON);
		assertThat(this.clocks.clock(ReviewClocks.Step.RAPID_REVIEW, due, null, LocalDate.of(2015, 4, 16)).state())
			.isEqualTo(ClockState.RUNNING);
	}

	@Test
	void aDecidedReviewHasPanelAndPublicationClocksAndACriteriaNotMetOneNoPublication() {
		CaseReview decided = notified(EASTER_WEEK).rapidReview(LocalDate.of(2015, 4, 20), SERIOUS)
			.decide(ReviewDecision.STATUTORY_REVIEW, "Criteria met", LocalDate.of(2015, 4, 28), "Chair");
		assertThat(this.clocks.of(decided, LocalDate.of(2015, 5, 1))).extracting(ReviewClocks.Clock::step)
			.containsExactly(ReviewClocks.Step.NOTIFICATION, ReviewClocks.Step.RAPID_REVIEW, ReviewClocks.Step.DECISION,
					ReviewClocks.Step.PANEL, ReviewClocks.Step.PUBLICATION);
		assertThat(this.clocks.of(decided, LocalDate.of(2015, 5, 1)).get(4).due())
			.isEqualTo(LocalDate.of(2015, 10, 28));
		CaseReview notMet = notified(EASTER_WEEK).rapidReview(LocalDate.of(2015, 4, 20), ReviewCriteria.NONE)
			.decide(ReviewDecision.CRITERIA_NOT_MET, "No", LocalDate.of(2015, 4, 28), "Chair");
		assertThat(this.clocks.of(notMet, LocalDate.of(2015, 5, 1))).extracting(ReviewClocks.Clock::step)
			.doesNotContain(ReviewClocks.Step.PUBLICATION);
	}

	static CaseReview notified(LocalDate aware) {
		return new CaseReview(1, "Child T", null, "What happened", null, aware, aware.plusDays(1), ReviewCriteria.NONE,
				null, null, "", null, null, null, null, "", ReviewStatus.NOTIFIED);
	}

}
