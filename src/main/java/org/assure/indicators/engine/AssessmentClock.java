package org.assure.indicators.engine;

/**
 * Where the 45 working days of a single assessment are counted from.
 */
public enum AssessmentClock {

	/** From the referral: Working Together 2013 and the DfE's CIN census. */
	REFERRAL("from the referral"),

	/** From the assessment's start, as some authorities report locally. */
	ASSESSMENT_START("from the start of the assessment");

	private final String label;

	AssessmentClock(String label) {
		this.label = label;
	}

	/**
	 * The clock in words, for the indicator's definition.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
