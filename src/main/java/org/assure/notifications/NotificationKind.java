package org.assure.notifications;

/**
 * The kinds of reminder, each of which a user can turn off.
 */
public enum NotificationKind {

	/** A return is due within the working days set (5 by default). */
	RETURN_DUE("A return is due soon", "to the owing agency's data leads", false),

	/** A return is past its deadline. */
	RETURN_LATE("A return is late", "to the owing agency's data leads", true),

	/** An action is due within the days set (7 by default). */
	ACTION_DUE("An action is due soon", "to its lead and the board managers", false),

	/** An action is past its due date. */
	ACTION_OVERDUE("An action is overdue", "to its lead and the board managers", true),

	/** A group chair's annual review is due. */
	CHAIR_REVIEW("A chair's annual review is due", "to the board managers", false),

	/**
	 * A case review's step (notification, rapid review, decision, panel, publication) is
	 * due soon.
	 */
	REVIEW_DUE("A case review's step is due soon", "to the board managers and sub-group chairs", false),

	/** A case review's step is past its date. */
	REVIEW_OVERDUE("A case review's step is overdue", "to the board managers and sub-group chairs", true),

	/**
	 * A case file audit's draft report waits for the Safeguarding Effectiveness Group's
	 * approval.
	 */
	AUDIT_TO_APPROVE("An audit's report waits for approval", "to the board managers and sub-group chairs", false),

	/** A case file audit's month has ended and it was neither held nor postponed. */
	AUDIT_OVERDUE("A scheduled audit was not held", "to the board managers, sub-group chairs and auditors", true),

	/**
	 * An agency's Section 11 self-assessment is due within the working days set for
	 * returns (5 by default) and not complete.
	 */
	SECTION11_DUE("A Section 11 self-assessment is due soon", "to the agency's data leads", false),

	/** An agency's Section 11 self-assessment is past its day and not complete. */
	SECTION11_LATE("A Section 11 self-assessment is late", "to the agency's data leads and the board managers", true),

	/**
	 * A repeat referral about the same adult, setting or child prompts an evaluation
	 * meeting not yet held.
	 */
	LADO_EVALUATION("A repeat referral prompts an evaluation meeting", "to the LADO", false),

	/** The week's list of open allegations, by how long each has been open. */
	LADO_OPEN_CASES("The week's open allegations", "to the LADO", false),

	/** A complaint's stage is due within the working days set (5 by default). */
	COMPLAINT_DUE("A complaint's response is due soon", "to the board managers", false),

	/** A complaint's stage is past its day. */
	COMPLAINT_OVERDUE("A complaint's response is overdue", "to the board managers", true),

	/** A child death notified longer ago than the months set (6) and not yet reviewed. */
	CHILD_DEATH_REVIEW_DUE("A child death is waiting for its review", "to the CDOP officers", true);

	private final String label;

	private final String to;

	private final boolean late;

	NotificationKind(String label, String to, boolean late) {
		this.label = label;
		this.to = to;
		this.late = late;
	}

	/**
	 * Whether a reminder of this kind is of something past its date.
	 * @return true for late returns and overdue actions
	 */
	public boolean late() {
		return this.late;
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
