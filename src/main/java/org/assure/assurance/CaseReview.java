package org.assure.assurance;

import java.time.LocalDate;

import org.assure.indicators.Theme;
import org.jspecify.annotations.Nullable;

/**
 * A case considered for review: the serious incident notification, the rapid review with
 * its checklist of criteria, the decision with its rationale and the chair's endorsement,
 * the national panel informed, and publication. The case is named by a reference (such as
 * "Child L" or a case number), never by a child's name; a pseudonymised child key from
 * the case data may be kept beside it.
 *
 * @param id its number
 * @param reference the case's reference, never a name
 * @param childKey the pseudonymised child key from the case data, or null
 * @param summary what happened, briefly and without names
 * @param theme the indicators' theme it speaks to, or null
 * @param becameAwareOn when the partnership became aware of the incident
 * @param notifiedOn when the serious incident was notified, or null
 * @param criteria the criteria as the rapid review found them
 * @param rapidReviewOn when the rapid review was held, or null
 * @param decision what was decided, or null
 * @param rationale why
 * @param decidedOn when, or null
 * @param endorsedBy the chair who endorsed the decision, or null
 * @param panelInformedOn when the national panel was informed, or null
 * @param publishedOn when the review was published, or null
 * @param learning the learning themes, in words
 * @param status where it stands
 */
public record CaseReview(long id, String reference, @Nullable String childKey, String summary, @Nullable Theme theme,
		LocalDate becameAwareOn, @Nullable LocalDate notifiedOn, ReviewCriteria criteria,
		@Nullable LocalDate rapidReviewOn, @Nullable ReviewDecision decision, String rationale,
		@Nullable LocalDate decidedOn, @Nullable String endorsedBy, @Nullable LocalDate panelInformedOn,
		@Nullable LocalDate publishedOn, String learning, ReviewStatus status) {

	/**
	 * The rapid review held, with the criteria it found.
	 * @param on when it was held
	 * @param found the criteria
	 * @return the review, moved on
	 * @throws IllegalReviewMoveException when the review is past this step, or the date
	 * is before the partnership became aware
	 */
	public CaseReview rapidReview(LocalDate on, ReviewCriteria found) {
		require(ReviewStatus.RAPID_REVIEW_HELD, "record the rapid review");
		if (on.isBefore(this.becameAwareOn)) {
			throw new IllegalReviewMoveException("The rapid review cannot be held before the partnership became aware"
					+ " of the incident (" + this.becameAwareOn + ")");
		}
		return new CaseReview(this.id, this.reference, this.childKey, this.summary, this.theme, this.becameAwareOn,
				this.notifiedOn, found, on, null, "", null, null, null, null, this.learning,
				ReviewStatus.RAPID_REVIEW_HELD);
	}

	/**
	 * The decision, with its rationale and the chair's endorsement. A case that meets the
	 * criteria must be reviewed: deciding that it does not is refused.
	 * @param what the decision
	 * @param why the rationale
	 * @param on when
	 * @param chair who endorsed it
	 * @return the review, moved on
	 * @throws IllegalReviewMoveException when the rapid review is not yet held, the date
	 * is before it, or the decision contradicts the criteria
	 */
	public CaseReview decide(ReviewDecision what, String why, LocalDate on, String chair) {
		require(ReviewStatus.DECIDED, "record the decision");
		if (this.rapidReviewOn != null && on.isBefore(this.rapidReviewOn)) {
			throw new IllegalReviewMoveException(
					"The decision cannot come before the rapid review (" + this.rapidReviewOn + ")");
		}
		if (this.criteria.met(this.becameAwareOn) && what != ReviewDecision.STATUTORY_REVIEW) {
			throw new IllegalReviewMoveException("The rapid review found the criteria met, so the case must have a "
					+ ReviewDecision.STATUTORY_REVIEW.label(this.becameAwareOn).toLowerCase(java.util.Locale.UK)
					+ ": correct the checklist if it is wrong");
		}
		return new CaseReview(this.id, this.reference, this.childKey, this.summary, this.theme, this.becameAwareOn,
				this.notifiedOn, this.criteria, this.rapidReviewOn, what, why.strip(), on, chair.strip(),
				this.panelInformedOn, null, this.learning, ReviewStatus.DECIDED);
	}

	/**
	 * The national panel informed of the decision.
	 * @param on when
	 * @return the review
	 * @throws IllegalReviewMoveException when no decision is made yet, or the date is
	 * before it
	 */
	public CaseReview panelInformed(LocalDate on) {
		if (this.decidedOn == null) {
			throw new IllegalReviewMoveException("The national panel is informed of a decision: record it first");
		}
		if (on.isBefore(this.decidedOn)) {
			throw new IllegalReviewMoveException(
					"The panel cannot be informed before the decision (" + this.decidedOn + ")");
		}
		return new CaseReview(this.id, this.reference, this.childKey, this.summary, this.theme, this.becameAwareOn,
				this.notifiedOn, this.criteria, this.rapidReviewOn, this.decision, this.rationale, this.decidedOn,
				this.endorsedBy, on, this.publishedOn, this.learning, this.status);
	}

	/**
	 * The review published, with its learning.
	 * @param on when
	 * @param themes the learning themes
	 * @return the review, moved on
	 * @throws IllegalReviewMoveException when no review was decided on, or it is
	 * published already, or the date is before the decision
	 */
	public CaseReview publish(LocalDate on, String themes) {
		require(ReviewStatus.PUBLISHED, "publish it");
		if (this.decision == null || !this.decision.reviewed()) {
			throw new IllegalReviewMoveException("Only a review that was decided on is published");
		}
		if (this.decidedOn != null && on.isBefore(this.decidedOn)) {
			throw new IllegalReviewMoveException(
					"Publication cannot come before the decision (" + this.decidedOn + ")");
		}
		return new CaseReview(this.id, this.reference, this.childKey, this.summary, this.theme, this.becameAwareOn,
				this.notifiedOn, this.criteria, this.rapidReviewOn, this.decision, this.rationale, this.decidedOn,
				this.endorsedBy, this.panelInformedOn, on, themes.strip(), ReviewStatus.PUBLISHED);
	}

	/**
	 * Whether nothing more is due: published, or decided as not meeting the criteria with
	 * the panel informed.
	 * @return true when closed
	 */
	public boolean closed() {
		return this.status == ReviewStatus.PUBLISHED
				|| (this.decision == ReviewDecision.CRITERIA_NOT_MET && this.panelInformedOn != null);
	}

	/**
	 * The decision in words, as the arrangements of its day name it.
	 * @return the label, or "Not decided yet"
	 */
	public String decisionLabel() {
		return (this.decision != null) ? this.decision.label(this.becameAwareOn) : "Not decided yet";
	}

	private void require(ReviewStatus next, String what) {
		if (!this.status.next().contains(next)) {
			throw new IllegalReviewMoveException("A review that stands at '" + this.status.label() + "' cannot " + what
					+ ((this.status == ReviewStatus.NOTIFIED) ? ": hold the rapid review first" : ""));
		}
	}

}
