package org.assure.shell;

/**
 * How far a grant reaches. Each scope covers the ones before it: a user granted the
 * partnership may do what a user granted the own agency may, and more.
 */
public enum Scope {

	/** The user's own agency's records only. */
	OWN_AGENCY("own agency"),

	/** Every record of the user's partnership. */
	PARTNERSHIP("partnership"),

	/** Every partnership of the deployment. */
	ALL("all");

	private final String label;

	Scope(String label) {
		this.label = label;
	}

	/**
	 * The scope as people say it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether a grant of this scope is enough where another is required.
	 * @param required the scope required
	 * @return true when this scope reaches at least as far
	 */
	public boolean covers(Scope required) {
		return compareTo(required) >= 0;
	}

}
