package org.assure.shell;

/**
 * What a permission is about: a kind of record or a part of the board's work. A role is a
 * set of grants, each a resource, an {@link Operation} and a {@link Scope}; see the
 * partnership module's {@code Grants}.
 */
public enum Resource {

	/** The indicators, their figures, targets, commentary and the dashboard. */
	INDICATORS("Indicators and the dashboard"),

	/**
	 * Agencies' returns of figures and case-level extracts, and the children behind them.
	 */
	CASE_DATA("Returns and case-level data"),

	/** Quarterly and annual reports. */
	REPORTS("Performance and annual reports"),

	/**
	 * The annual report's internal edition: every figure, for the board's members only.
	 */
	INTERNAL_REPORTS("The annual report's internal edition"),

	/** Sub-groups' report cards and their accounts in the annual report. */
	REPORT_CARDS("Report cards"),

	/** The tracker of actions. */
	ACTIONS("Actions"),

	/** Board and sub-groups, meetings, attendance, business plan and budget. */
	GOVERNANCE("Governance, business plan and budget"),

	/** The voice of children, young people and practitioners. */
	VOICE("Voice of children and practitioners"),

	/** Multi-agency case file audits. */
	AUDITS("Case file audits"),

	/** Section 11 self-assessment rounds and their answers. */
	SECTION_11("Section 11 audits"),

	/** Serious case reviews, rapid reviews and local reviews. */
	CASE_REVIEWS("Case reviews"),

	/** Allegations against people who work with children. */
	LADO("LADO allegations"),

	/** Child deaths and the Child Death Overview Panel's reviews. */
	CHILD_DEATHS("Child deaths"),

	/** Complaints and commendations. */
	COMPLAINTS("Complaints"),

	/** Multi-agency training: courses, bookings, attendance and evaluations. */
	TRAINING("Training"),

	/** Reminders sent by e-mail. */
	NOTIFICATIONS("Reminders sent"),

	/** Agencies, people and agencies' API tokens. */
	AGENCIES("Agencies and people"),

	/** User accounts and their roles. */
	USERS("Users"),

	/** Withdrawn records, retention and legal holds. */
	RECORDS("Withdrawn records, retention and legal holds"),

	/** The access log: who has seen which record. */
	ACCESS_LOG("Access log"),

	/** The partnerships a deployment serves. */
	PARTNERSHIPS("Partnerships");

	private final String label;

	Resource(String label) {
		this.label = label;
	}

	/**
	 * The resource as people say it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
