package org.assure.assurance;

import java.util.Set;

/**
 * Where a case review stands. Each status names the statuses it may move to.
 */
public enum ReviewStatus {

	/** The serious incident was notified; the rapid review is to be held. */
	NOTIFIED("Notified"),

	/** The rapid review was held; the decision is to be made. */
	RAPID_REVIEW_HELD("Rapid review held"),

	/**
	 * The decision was made and endorsed by the chair; the review (if any) is in
	 * progress.
	 */
	DECIDED("Decided"),

	/** The review was published: nothing more is due. */
	PUBLISHED("Published");

	private final String label;

	ReviewStatus(String label) {
		this.label = label;
	}

	/**
	 * The status in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The statuses this one may move to.
	 * @return the next statuses
	 */
	public Set<ReviewStatus> next() {
		return switch (this) {
			case NOTIFIED -> Set.of(RAPID_REVIEW_HELD);
			case RAPID_REVIEW_HELD -> Set.of(DECIDED);
			case DECIDED -> Set.of(PUBLISHED);
			case PUBLISHED -> Set.of();
		};
	}

}
