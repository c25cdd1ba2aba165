package org.assure.assurance;

/**
 * Where an audit's theme came from, as the seed's process names them.
 */
public enum AuditThemeSource {

	/** A national serious case review or practice review. */
	NATIONAL_REVIEW("National review"),

	/** A local serious case review or learning review. */
	LOCAL_REVIEW("Local review"),

	/** An Ofsted thematic issue. */
	OFSTED("Ofsted theme"),

	/** One of the board's priorities. */
	BOARD_PRIORITY("Board priority"),

	/** A local safeguarding issue. */
	LOCAL_ISSUE("Local safeguarding issue");

	private final String label;

	AuditThemeSource(String label) {
		this.label = label;
	}

	/**
	 * The source in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
