package org.assure.training;

/**
 * Whether an attendee's training and personal learning objectives were met.
 */
public enum Objectives {

	/** Met. */
	MET("Met"),

	/** Partly met. */
	PARTLY("Partly met"),

	/** Not met. */
	NOT_MET("Not met");

	private final String label;

	Objectives(String label) {
		this.label = label;
	}

	/**
	 * The value in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
