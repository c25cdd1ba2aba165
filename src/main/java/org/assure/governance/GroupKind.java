package org.assure.governance;

/**
 * The board itself or one of its sub-groups (programme groups).
 */
public enum GroupKind {

	/** The safeguarding children board. */
	BOARD("Board"),
	/** A sub-group or programme group of the board. */
	SUB_GROUP("Sub-group");

	private final String label;

	GroupKind(String label) {
		this.label = label;
	}

	/**
	 * The kind as people read it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
