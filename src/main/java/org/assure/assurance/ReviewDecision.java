package org.assure.assurance;

import java.time.LocalDate;

/**
 * What the partnership decided after the rapid review (DOMAIN.md §5).
 */
public enum ReviewDecision {

	/**
	 * A serious case review (to September 2019) or a local child safeguarding practice
	 * review (from then).
	 */
	STATUTORY_REVIEW,

	/**
	 * Another learning review, such as a systems review or an alternative learning
	 * review.
	 */
	LEARNING_REVIEW,

	/** The criteria for a review were not met: no further review. */
	CRITERIA_NOT_MET;

	/**
	 * The decision in words, by the arrangements in force on a day.
	 * @param on the day the partnership became aware of the incident
	 * @return the label
	 */
	public String label(LocalDate on) {
		return switch (this) {
			case STATUTORY_REVIEW -> on.isBefore(ReviewCriteria.NEW_ARRANGEMENTS) ? "Serious case review"
					: "Local child safeguarding practice review";
			case LEARNING_REVIEW -> "Other learning review";
			case CRITERIA_NOT_MET -> "Criteria not met";
		};
	}

	/**
	 * Whether the decision leads to a review that is published.
	 * @return true for a statutory or learning review
	 */
	public boolean reviewed() {
		return this != CRITERIA_NOT_MET;
	}

}
