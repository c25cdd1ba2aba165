package org.assure.assurance;

import java.util.Set;

/**
 * Where a multi-agency case file audit stands, in the order the seed's process runs. Each
 * status names the statuses it may move to; an audit not yet held may be postponed.
 */
public enum AuditStatus {

	/** On the schedule for its month. */
	SCHEDULED("Scheduled", 0),

	/** The case to audit was identified. */
	CASE_IDENTIFIED("Case identified", 1),

	/** The key lines of enquiry and the agencies' lead auditors were agreed. */
	LINES_AGREED("Lines of enquiry agreed", 2),

	/** Practitioners and lead auditors were invited. */
	INVITATIONS_SENT("Invitations sent", 3),

	/** The audit meeting took place: grades and findings are recorded. */
	MEETING_HELD("Audit meeting held", 4),

	/** The draft report was written and is with the Safeguarding Effectiveness Group. */
	DRAFT_REPORT("Draft report", 5),

	/** The Safeguarding Effectiveness Group approved the report. */
	APPROVED("Approved", 6),

	/** The report's learning went to the leads and practitioners: nothing more is due. */
	DISSEMINATED("Disseminated", 7),

	/** Postponed with a reason; its slot may be rescheduled into a new month. */
	POSTPONED("Postponed", -1);

	private final String label;

	private final int step;

	AuditStatus(String label, int step) {
		this.label = label;
		this.step = step;
	}

	/**
	 * The status in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the audit meeting took place (this status or any after it).
	 * @return true when held
	 */
	public boolean held() {
		return this.step >= MEETING_HELD.step;
	}

	/**
	 * Whether the audit may still be postponed: it is on the schedule and not yet held.
	 * @return true before the meeting
	 */
	public boolean postponable() {
		return this.step >= 0 && this.step < MEETING_HELD.step;
	}

	/**
	 * Whether grades and findings may be recorded: after the meeting, before approval.
	 * @return true at the meeting and the draft report
	 */
	public boolean gradable() {
		return this == MEETING_HELD || this == DRAFT_REPORT;
	}

	/**
	 * The statuses this one may move to.
	 * @return the next statuses
	 */
	public Set<AuditStatus> next() {
		return switch (this) {
			case SCHEDULED -> Set.of(CASE_IDENTIFIED, POSTPONED);
			case CASE_IDENTIFIED -> Set.of(LINES_AGREED, POSTPONED);
			case LINES_AGREED -> Set.of(INVITATIONS_SENT, POSTPONED);
			case INVITATIONS_SENT -> Set.of(MEETING_HELD, POSTPONED);
			case MEETING_HELD -> Set.of(DRAFT_REPORT);
			case DRAFT_REPORT -> Set.of(APPROVED);
			case APPROVED -> Set.of(DISSEMINATED);
			case DISSEMINATED, POSTPONED -> Set.of();
		};
	}

}
