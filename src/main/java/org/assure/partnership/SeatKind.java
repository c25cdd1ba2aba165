package org.assure.partnership;

/**
 * Where a seat is: on the board, at the head of a programme group, or in the board's
 * team.
 */
public enum SeatKind {

	/** A statutory or advisory member of the board. */
	STATUTORY_MEMBER("Board member"),

	/** The chair of a programme group or sub-group. */
	PROGRAMME_GROUP_CHAIR("Programme group chair"),

	/** An officer of the board's support team. */
	BOARD_OFFICER("Board officer");

	private final String label;

	SeatKind(String label) {
		this.label = label;
	}

	/**
	 * The kind as people say it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
