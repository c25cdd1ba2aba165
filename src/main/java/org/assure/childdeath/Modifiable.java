package org.assure.childdeath;

/**
 * The panel's finding on modifiable factors (DOMAIN.md §4): factors which, by means of
 * nationally or locally achievable interventions, could be modified to reduce the risk of
 * future child deaths.
 */
public enum Modifiable {

	/** Modifiable factors identified. */
	YES("Modifiable factors identified"),

	/** No modifiable factors identified. */
	NO("No modifiable factors identified"),

	/** Insufficient information to decide. */
	INSUFFICIENT("Insufficient information");

	private final String label;

	Modifiable(String label) {
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
