package org.assure.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assure.calendar.ClockState;
import org.assure.calendar.WorkingDays;
import org.jspecify.annotations.Nullable;

/**
 * The clocks of a case review: each statutory step's due date, counted from the day the
 * partnership became aware (in working days where Working Together counts them so, in
 * months or days where it does not), and whether it was met, is running, due soon or
 * overdue.
 */
public final class ReviewClocks {

	private final WorkingDays workingDays;

	private final ReviewSettings settings;

	/**
	 * Clocks under settings.
	 * @param workingDays the working-day calendar
	 * @param settings the timescales
	 */
	public ReviewClocks(WorkingDays workingDays, ReviewSettings settings) {
		this.workingDays = workingDays;
		this.settings = settings;
	}

	/** A step of a review. */
	public enum Step {

		/** The serious incident notification. */
		NOTIFICATION("Serious incident notified"),
		/** The rapid review. */
		RAPID_REVIEW("Rapid review held"),
		/** The decision, endorsed by the chair. */
		DECISION("Decision made"),
		/** The national panel informed of the decision. */
		PANEL("National panel informed"),
		/** The review published. */
		PUBLICATION("Review published");

		private final String label;

		Step(String label) {
			this.label = label;
		}

		/**
		 * The step in words.
		 * @return the label
		 */
		public String label() {
			return this.label;
		}

	}

	/**
	 * A clock.
	 *
	 * @param step the step
	 * @param due when it is due
	 * @param done when it was done, or null
	 * @param state where it stands
	 */
	public record Clock(Step step, LocalDate due, @Nullable LocalDate done, ClockState state) {
	}

	/**
	 * The day the serious incident notification is due.
	 * @param becameAwareOn when the partnership became aware
	 * @return the due date, a working day
	 */
	public LocalDate notificationDue(LocalDate becameAwareOn) {
		return this.workingDays.plus(becameAwareOn, this.settings.notificationWorkingDays());
	}

	/**
	 * The day the rapid review is due.
	 * @param becameAwareOn when the partnership became aware
	 * @return the due date, a working day
	 */
	public LocalDate rapidReviewDue(LocalDate becameAwareOn) {
		return this.workingDays.plus(becameAwareOn, this.settings.rapidReviewWorkingDays());
	}

	/**
	 * A review's clocks on a day: notification, rapid review and decision always; the
	 * panel once decided; publication once a review was decided on.
	 * @param review the review
	 * @param today the day
	 * @return the clocks, in the order of the steps
	 */
	public List<Clock> of(CaseReview review, LocalDate today) {
		List<Clock> clocks = new ArrayList<>();
		LocalDate aware = review.becameAwareOn();
		clocks.add(clock(Step.NOTIFICATION, notificationDue(aware), review.notifiedOn(), today));
		clocks.add(clock(Step.RAPID_REVIEW, rapidReviewDue(aware), review.rapidReviewOn(), today));
		clocks.add(clock(Step.DECISION, aware.plusMonths(this.settings.decisionMonths()), review.decidedOn(), today));
		if (review.decidedOn() != null) {
			clocks.add(clock(Step.PANEL, review.decidedOn().plusDays(this.settings.panelDays()),
					review.panelInformedOn(), today));
			if (review.decision() != null && review.decision().reviewed()) {
				clocks.add(clock(Step.PUBLICATION, review.decidedOn().plusMonths(this.settings.publicationMonths()),
						review.publishedOn(), today));
			}
		}
		return clocks;
	}

	/**
	 * Where one clock stands.
	 * @param step the step
	 * @param due when it is due
	 * @param done when it was done, or null
	 * @param today the day
	 * @return the clock
	 */
	public Clock clock(Step step, LocalDate due, @Nullable LocalDate done, LocalDate today) {
		return new Clock(step, due, done,
				ClockState.of(due, done, today, this.workingDays, this.settings.dueSoonWorkingDays()));
	}

}
