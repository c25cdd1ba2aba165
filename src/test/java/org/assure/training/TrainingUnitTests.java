package org.assure.training;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The programme's figures and a booking's steps: the no-show rate, the change on last
 * year, the evaluation's averages, and when attendance, cancellation and each stage of
 * the evaluation may be recorded.
 */
class TrainingUnitTests {

	private static final LocalDate RUNS = LocalDate.of(2015, 3, 12);

	private static Booking booking(BookingStatus status) {
		return new Booking(1, 2, "key", WorkforceSector.HEALTH, "Our area only", null, status, RUNS.minusDays(10));
	}

	@Test
	void theNoShowRateIsOfThePlacesThatShouldHaveBeenUsed() {
		assertThat(TrainingFigures.percent(TrainingFigures.noShowRate(847, 64))).isEqualTo("7.0%");
		assertThat(TrainingFigures.percent(TrainingFigures.noShowRate(792, 108))).isEqualTo("12.0%");
		assertThat(TrainingFigures.noShowRate(0, 0)).isNull();
		assertThat(TrainingFigures.percent(TrainingFigures.noShowRate(0, 0))).isEqualTo("–");
		assertThat(TrainingFigures.noShowRate(0, 3)).isEqualTo(100.0);
	}

	@Test
	void theChangeOnLastYearIsOfLastYearsCount() {
		assertThat(TrainingFigures.change(792, 847)).isEqualTo("+6.9%");
		assertThat(TrainingFigures.change(100, 90)).isEqualTo("-10.0%");
		assertThat(TrainingFigures.change(0, 5)).isEqualTo("–");
		assertThat(TrainingFigures.percent(102, 847)).isEqualTo("12.0%");
		assertThat(TrainingFigures.percent(364, 847)).isEqualTo("43.0%");
		assertThat(TrainingFigures.percent(161, 847)).isEqualTo("19.0%");
	}

	@Test
	void eachStagesScoresAreAveragedApart() {
		List<TrainingFigures.Scores> given = List.of(
				new TrainingFigures.Scores(EvaluationStage.BEFORE, 4, 5, 3, Objectives.NOT_MET),
				new TrainingFigures.Scores(EvaluationStage.BEFORE, 5, 5, 4, Objectives.PARTLY),
				new TrainingFigures.Scores(EvaluationStage.AFTER, 8, 7, 8, Objectives.MET),
				new TrainingFigures.Scores(EvaluationStage.AFTER, 9, 8, 7, Objectives.PARTLY));
		TrainingFigures.StageScores before = TrainingFigures.averages(EvaluationStage.BEFORE, given);
		assertThat(before.responses()).isEqualTo(2);
		assertThat(before.knowledgeShown()).isEqualTo("4.5");
		assertThat(before.confidenceShown()).isEqualTo("3.5");
		assertThat(before.objectivesMetShare()).isEqualTo("0.0%");
		TrainingFigures.StageScores after = TrainingFigures.averages(EvaluationStage.AFTER, given);
		assertThat(after.skillsShown()).isEqualTo("7.5");
		assertThat(after.objectivesMetShare()).isEqualTo("50.0%");
		TrainingFigures.StageScores six = TrainingFigures.averages(EvaluationStage.SIX_MONTHS, given);
		assertThat(six.responses()).isZero();
		assertThat(six.knowledge()).isNull();
		assertThat(six.knowledgeShown()).isEqualTo("–");
	}

	@Test
	void attendanceIsRecordedOnceTheCourseHasRun() {
		assertThatExceptionOfType(IllegalTrainingMoveException.class)
			.isThrownBy(() -> booking(BookingStatus.BOOKED).checkAttendance(RUNS, RUNS.minusDays(1)))
			.withMessage("Attendance is recorded once the course has run, on 2015-03-12");
		booking(BookingStatus.BOOKED).checkAttendance(RUNS, RUNS);
		assertThatExceptionOfType(IllegalTrainingMoveException.class)
			.isThrownBy(() -> booking(BookingStatus.CANCELLED).checkAttendance(RUNS, RUNS))
			.withMessage("This booking is cancelled already");
	}

	@Test
	void aBookingIsCancelledUpToTheDayOfTheCourse() {
		booking(BookingStatus.BOOKED).checkCancellation(RUNS, RUNS);
		assertThatExceptionOfType(IllegalTrainingMoveException.class)
			.isThrownBy(() -> booking(BookingStatus.BOOKED).checkCancellation(RUNS.plusDays(1), RUNS))
			.withMessage("A booking is cancelled before the course; after it, record a no-show instead");
	}

	@Test
	void eachStageOfTheEvaluationHasItsDay() {
		booking(BookingStatus.BOOKED).checkEvaluation(EvaluationStage.BEFORE, RUNS, RUNS);
		assertThatExceptionOfType(IllegalTrainingMoveException.class).isThrownBy(
				() -> booking(BookingStatus.ATTENDED).checkEvaluation(EvaluationStage.BEFORE, RUNS.plusDays(1), RUNS))
			.withMessage("The evaluation before the course is given on or before 2015-03-12");
		assertThatExceptionOfType(IllegalTrainingMoveException.class)
			.isThrownBy(() -> booking(BookingStatus.NO_SHOW).checkEvaluation(EvaluationStage.AFTER, RUNS, RUNS))
			.withMessageStartingWith("Only an attendee evaluates the course after it");
		Booking attended = booking(BookingStatus.ATTENDED);
		attended.checkEvaluation(EvaluationStage.AFTER, RUNS, RUNS);
		attended.checkEvaluation(EvaluationStage.THREE_MONTHS, LocalDate.of(2015, 6, 12), RUNS);
		assertThatExceptionOfType(IllegalTrainingMoveException.class)
			.isThrownBy(() -> attended.checkEvaluation(EvaluationStage.THREE_MONTHS, LocalDate.of(2015, 6, 11), RUNS))
			.withMessage("The evaluation 'three months on' is given on or after 2015-06-12");
		attended.checkEvaluation(EvaluationStage.SIX_MONTHS, LocalDate.of(2015, 9, 12), RUNS);
		assertThatExceptionOfType(IllegalTrainingMoveException.class)
			.isThrownBy(() -> attended.checkEvaluation(EvaluationStage.SIX_MONTHS, LocalDate.of(2015, 9, 11), RUNS));
	}

}
