package org.assure.governance;

/**
 * How a member was at a meeting.
 */
public enum Attendance {

	/** There in person. */
	PRESENT("Present"),
	/** Sent a named deputy. */
	DEPUTY("Deputy"),
	/** Sent apologies. */
	APOLOGIES("Apologies"),
	/** Neither there nor sent apologies. */
	ABSENT("Absent");

	private final String label;

	Attendance(String label) {
		this.label = label;
	}

	/**
	 * The attendance as people read it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the member's seat was filled: present, or by a deputy when deputies count.
	 * @param deputiesCount whether a deputy counts as attending
	 * @return true when the seat was filled
	 */
	public boolean attended(boolean deputiesCount) {
		return this == PRESENT || (deputiesCount && this == DEPUTY);
	}

}
