package org.assure.complaints;

/**
 * Where a complaint stands.
 */
public enum ComplaintStatus {

	/** At stage 1, local resolution by a team or service manager. */
	STAGE_1("Stage 1: local resolution"),

	/**
	 * At stage 2, investigation by an investigating officer and an independent person.
	 */
	STAGE_2("Stage 2: investigation"),

	/** At stage 3, the independent review panel. */
	STAGE_3("Stage 3: review panel"),

	/** Answered, and not taken further. */
	RESOLVED("Resolved"),

	/** Withdrawn by the complainant. */
	WITHDRAWN("Withdrawn by the complainant");

	private final String label;

	ComplaintStatus(String label) {
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
