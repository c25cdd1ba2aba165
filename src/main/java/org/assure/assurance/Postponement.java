package org.assure.assurance;

/**
 * Why an audit was postponed: the seed's three reasons, and any other.
 */
public enum Postponement {

	/** Too many of those invited sent apologies. */
	APOLOGIES("Too many apologies"),

	/** There was not the time to prepare or hold it. */
	TIME("Time constraints"),

	/** Information the audit needed was not provided in time. */
	INFORMATION("Information not provided in time"),

	/** Another reason, given in the note. */
	OTHER("Another reason");

	private final String label;

	Postponement(String label) {
		this.label = label;
	}

	/**
	 * The reason in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
