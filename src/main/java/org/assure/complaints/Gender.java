package org.assure.complaints;

/**
 * The gender of a complaint's complainant or service user, for equality monitoring.
 */
public enum Gender {

	/** Male. */
	MALE("Male"),

	/** Female. */
	FEMALE("Female"),

	/** Not declared, or not known. */
	NOT_KNOWN("Not declared or not known");

	private final String label;

	Gender(String label) {
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
