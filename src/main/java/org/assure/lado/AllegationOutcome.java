package org.assure.lado;

/**
 * The outcome of an allegation, as Keeping Children Safe in Education defines them
 * (DOMAIN.md §2b), and the referral that did not meet the threshold.
 */
public enum AllegationOutcome {

	/** There is sufficient evidence to prove the allegation. */
	SUBSTANTIATED("Substantiated"),

	/**
	 * There is insufficient evidence to either prove or disprove the allegation; the term
	 * does not imply guilt or innocence.
	 */
	UNSUBSTANTIATED("Unsubstantiated"),

	/** There is sufficient evidence to disprove the allegation. */
	FALSE("False"),

	/**
	 * There is sufficient evidence to disprove the allegation and there has been a
	 * deliberate act to deceive.
	 */
	MALICIOUS("Malicious"),

	/** There is no evidence or proper basis which supports the allegation. */
	UNFOUNDED("Unfounded"),

	/** The referral did not meet the threshold of harm or unsuitability. */
	THRESHOLD_NOT_MET("Did not meet the threshold");

	private final String label;

	AllegationOutcome(String label) {
		this.label = label;
	}

	/**
	 * The outcome in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
