package org.assure.governance;

/**
 * How a member sits on a group.
 */
public enum Membership {

	/** A statutory member (a partner with a duty to be on the board). */
	STATUTORY("Statutory member"),
	/** An advisory member. */
	ADVISORY("Advisory member"),
	/**
	 * A participating observer, such as the council's lead member: not counted for
	 * quorum.
	 */
	OBSERVER("Observer"),
	/** A lay member from the community. */
	LAY("Lay member");

	private final String label;

	Membership(String label) {
		this.label = label;
	}

	/**
	 * The kind of membership as people read it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the member counts towards the quorum: every member but an observer.
	 * @return true when counted
	 */
	public boolean countsForQuorum() {
		return this != OBSERVER;
	}

}
