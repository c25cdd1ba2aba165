package org.assure.reporting;

/**
 * The parts of a safeguarding annual report, each filled by the module that holds its
 * evidence. The order and the titles are the template's ({@link AnnualReportTemplate}).
 */
public enum AnnualReportPart {

	/** The chair's foreword: written, not computed. */
	FOREWORD,
	/** The local area and its children. */
	CONTEXT,
	/**
	 * Children in need, on a plan, looked after, leaving care, privately fostered,
	 * missing.
	 */
	VULNERABLE_CHILDREN,
	/** The board or the partners: membership, meetings, attendance. */
	GOVERNANCE,
	/** The sub-groups' year, in results-based accountability form. */
	SUB_GROUPS,
	/** The indicators against their targets, with analysis and commentary. */
	EFFECTIVENESS,
	/** Multi-agency audits and Section 11. */
	ASSURANCE,
	/** Allegations against people who work with children. */
	LADO,
	/** Children's statutory complaints. */
	COMPLAINTS,
	/** Multi-agency training. */
	TRAINING,
	/** The child death overview panel. */
	CHILD_DEATHS,
	/** Serious case reviews, rapid reviews and practice reviews. */
	CASE_REVIEWS,
	/** Weaknesses, their causes and the action taken: the challenges. */
	CHALLENGES,
	/** The business plan's priorities and progress. */
	BUSINESS_PLAN,
	/** Contributions and spending. */
	BUDGET,
	/** Definitions, sources, membership. */
	APPENDICES

}
