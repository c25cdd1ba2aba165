package org.assure.shell;

/**
 * The board's functions, by which the navigation is grouped, in the order a board works:
 * knowing its partners, judging performance, assuring practice, holding to account.
 */
public enum BoardFunction {

	/** The partnership itself: agencies, people, the board. */
	PARTNERSHIP("Partnership"),

	/** Performance: indicators, dashboard, reports. */
	PERFORMANCE("Performance"),

	/** Quality assurance: audits, reviews, voice of the child. */
	ASSURANCE("Assurance"),

	/** Governance: meetings, business plan, actions. */
	GOVERNANCE("Governance"),

	/** Statutory casework: LADO, child deaths, complaints, training. */
	CASEWORK("Casework"),

	/** Administration: users, settings, the access log. */
	ADMINISTRATION("Administration");

	private final String label;

	BoardFunction(String label) {
		this.label = label;
	}

	/**
	 * The function as the navigation names it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
