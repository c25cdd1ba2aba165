package org.assure.training;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A place booked on a course, the attendee by pseudonym only.
 *
 * @param id its number
 * @param courseId the course
 * @param attendeeKey the attendee's pseudonym
 * @param sector the attendee's workforce sector
 * @param area where the attendee works
 * @param competencyLevel the attendee's competency level, from 1, or null when not given
 * @param status where it stands
 * @param bookedOn when it was booked
 */
public record Booking(long id, long courseId, String attendeeKey, WorkforceSector sector, String area,
		@Nullable Integer competencyLevel, BookingStatus status, LocalDate bookedOn) {

	/**
	 * Checks that attendance can be recorded: the course has run and the booking is still
	 * a booking.
	 * @param runsOn the course's day
	 * @param today today
	 * @throws IllegalTrainingMoveException when it cannot
	 */
	public void checkAttendance(LocalDate runsOn, LocalDate today) {
		if (this.status != BookingStatus.BOOKED) {
			throw new IllegalTrainingMoveException(
					"This booking is " + this.status.label().toLowerCase(java.util.Locale.UK) + " already");
		}
		if (runsOn.isAfter(today)) {
			throw new IllegalTrainingMoveException("Attendance is recorded once the course has run, on " + runsOn);
		}
	}

	/**
	 * Checks that the booking can be cancelled on a day: it is still a booking and the
	 * day is not after the course.
	 * @param on the day it was cancelled
	 * @param runsOn the course's day
	 * @throws IllegalTrainingMoveException when it cannot
	 */
	public void checkCancellation(LocalDate on, LocalDate runsOn) {
		if (this.status != BookingStatus.BOOKED) {
			throw new IllegalTrainingMoveException(
					"This booking is " + this.status.label().toLowerCase(java.util.Locale.UK) + " already");
		}
		if (on.isAfter(runsOn)) {
			throw new IllegalTrainingMoveException(
					"A booking is cancelled before the course; after it, record a no-show instead");
		}
	}

	/**
	 * Checks that a stage of the evaluation can be recorded on a day: before the course
	 * for the first stage; after it, and only for an attendee, for the others, each no
	 * sooner than its months after the course.
	 * @param stage the stage
	 * @param on the day the evaluation was given
	 * @param runsOn the course's day
	 * @throws IllegalTrainingMoveException when it cannot
	 */
	public void checkEvaluation(EvaluationStage stage, LocalDate on, LocalDate runsOn) {
		if (stage == EvaluationStage.BEFORE) {
			if (on.isAfter(runsOn)) {
				throw new IllegalTrainingMoveException(
						"The evaluation before the course is given on or before " + runsOn);
			}
			if (this.status == BookingStatus.CANCELLED) {
				throw new IllegalTrainingMoveException("This booking was cancelled");
			}
			return;
		}
		if (this.status != BookingStatus.ATTENDED) {
			throw new IllegalTrainingMoveException(
					"Only an attendee evaluates the course after it: record the attendance first");
		}
		LocalDate earliest = runsOn.plusMonths(stage.monthsAfter());
		if (on.isBefore(earliest)) {
			throw new IllegalTrainingMoveException("The evaluation '" + stage.label().toLowerCase(java.util.Locale.UK)
					+ "' is given on or after " + earliest);
		}
	}

}
