package org.assure.assurance;

/**
 * The form an audit on the schedule takes.
 */
public enum AuditFormat {

	/** One case, in depth, with the practitioners who worked on it. */
	CASE_FILE("Multi-agency case file audit"),

	/** Several cases on one theme. */
	THEMATIC("Thematic multi-agency audit"),

	/**
	 * A serious incident looked at in the audit's slot, outside the case review process.
	 */
	SERIOUS_INCIDENT("Serious incident review process");

	private final String label;

	AuditFormat(String label) {
		this.label = label;
	}

	/**
	 * The format in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether an audit of this form counts among the case file audits held (a serious
	 * incident review in an audit's slot does not).
	 * @return true for case file and thematic audits
	 */
	public boolean caseFileAudit() {
		return this != SERIOUS_INCIDENT;
	}

}
