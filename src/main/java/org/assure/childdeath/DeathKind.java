package org.assure.childdeath;

/**
 * Whether a death was expected, unexpected (DOMAIN.md §4: not anticipated as a
 * significant possibility 24 hours before) or neonatal, as the panel counts its reviews.
 */
public enum DeathKind {

	/** A neonatal death (under 28 days). */
	NEONATAL("Neonatal"),

	/** An expected death. */
	EXPECTED("Expected"),

	/** An unexpected death: it calls for a joint agency response. */
	UNEXPECTED("Unexpected");

	private final String label;

	DeathKind(String label) {
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
