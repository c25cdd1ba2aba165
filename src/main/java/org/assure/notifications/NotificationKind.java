package org.assure.notifications;

/**
 * The kinds of reminder, each of which a user can turn off.
 */
public enum NotificationKind {

	/** A return is due within the working days set (5 by default). */
	RETURN_DUE("A return is due soon", "to the owing agency's data leads"),

	/** A return is past its deadline. */
	RETURN_LATE("A return is late", "to the owing agency's data leads"),

	/** An action is due within the days set (7 by default). */
	ACTION_DUE("An action is due soon", "to its lead and the board managers"),

	/** An action is past its due date. */
	ACTION_OVERDUE("An action is overdue", "to its lead and the board managers"),

	/** A group chair's annual review is due. */
	CHAIR_REVIEW("A chair's annual review is due", "to the board managers");

	private final String label;

	private final String to;

	NotificationKind(String label, String to) {
		this.label = label;
		this.to = to;
	}

	/**
	 * The kind in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Who receives it, in words.
	 * @return the recipients
	 */
	public String to() {
		return this.to;
	}

}
