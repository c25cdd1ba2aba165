package org.assure.shell;

/**
 * The board's functions, by which the navigation is grouped, in the order a board works:
 * knowing its partners, judging performance, assuring practice, holding to account.
 */
public enum BoardFunction {

	/** The partnership itself: agencies, people, the board. */
	PARTNERSHIP,

	/** Performance: indicators, dashboard, reports. */
	PERFORMANCE,

	/** Quality assurance: audits, reviews, voice of the child. */
	ASSURANCE,

	/** Governance: meetings, business plan, actions. */
	GOVERNANCE,

	/** Statutory casework: LADO, child deaths, complaints, training. */
	CASEWORK,

	/** Administration: users, settings, the access log. */
	ADMINISTRATION

}
