package org.assure.complaints;

/**
 * What a stage's response found.
 */
public enum ComplaintOutcome {

	/** The complaint was upheld. */
	UPHELD("Upheld"),

	/** The complaint was upheld in part. */
	PARTLY_UPHELD("Partly upheld"),

	/** The complaint was not upheld. */
	NOT_UPHELD("Not upheld");

	private final String label;

	ComplaintOutcome(String label) {
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
