package org.assure.assurance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assure.indicators.Theme;
import org.jspecify.annotations.Nullable;

/**
 * A multi-agency case file audit on the board's schedule, as the seed's process runs it:
 * scheduled for a month on a theme, the case identified (by a pseudonymised child key
 * from the case data, never a name), the key lines of enquiry agreed with lead auditors
 * from the agencies taking part, practitioners invited, the audit meeting held, each
 * agency graded on the partnership's questions, a draft report, approved by the
 * Safeguarding Effectiveness Group, and disseminated. Before the meeting an audit may be
 * postponed with a reason; its slot is then rescheduled as a new audit.
 *
 * @param id its number
 * @param scheduledMonth the month it is scheduled for
 * @param format the form it takes
 * @param topic what it looks at, in words
 * @param theme the indicators' theme it speaks to, or null
 * @param themeSource where the theme came from, or null when not recorded
 * @param childKey the pseudonymised child key of the case, or null
 * @param caseSummary the case in brief, without names
 * @param linesOfEnquiry the key lines of enquiry
 * @param participants the agencies taking part and their lead auditors
 * @param grades each agency's grade on each question
 * @param invitationsSentOn when practitioners and lead auditors were invited, or null
 * @param practitionersInvited how many practitioners were invited, or null
 * @param heldOn when the audit meeting took place, or null
 * @param draftedOn when the draft report was written, or null
 * @param reportSummary the report's key messages
 * @param approvedOn when the Safeguarding Effectiveness Group approved it, or null
 * @param approvedBy who approved it (the group's meeting or chair), or null
 * @param disseminatedOn when its learning was disseminated, or null
 * @param dissemination how it was disseminated
 * @param postponement why it was postponed, or null
 * @param postponementNote more on the postponement
 * @param rescheduledTo the audit its slot was rescheduled as, or null
 * @param status where it stands
 */
public record CaseFileAudit(long id, YearMonth scheduledMonth, AuditFormat format, String topic, @Nullable Theme theme,
		@Nullable AuditThemeSource themeSource, @Nullable String childKey, String caseSummary, String linesOfEnquiry,
		List<Participant> participants, List<Grading> grades, @Nullable LocalDate invitationsSentOn,
		@Nullable Integer practitionersInvited, @Nullable LocalDate heldOn, @Nullable LocalDate draftedOn,
		String reportSummary, @Nullable LocalDate approvedOn, @Nullable String approvedBy,
		@Nullable LocalDate disseminatedOn, String dissemination, @Nullable Postponement postponement,
		String postponementNote, @Nullable Long rescheduledTo, AuditStatus status) {

	/**
	 * An agency taking part, with its lead auditor.
	 *
	 * @param agencyId the agency
	 * @param agency its name
	 * @param leadAuditor the lead auditor's name (a professional, never a child)
	 */
	public record Participant(long agencyId, String agency, String leadAuditor) {
	}

	/**
	 * An agency's grade on one question.
	 *
	 * @param agencyId the agency
	 * @param question the question, in the words it was asked
	 * @param grade the grade
	 */
	public record Grading(long agencyId, String question, AuditGrade grade) {
	}

	/**
	 * The audit copied and values read defensively.
	 */
	public CaseFileAudit {
		participants = List.copyOf(participants);
		grades = List.copyOf(grades);
	}

	/**
	 * The case identified.
	 * @param key the pseudonymised child key, or null when the case is not from the case
	 * data
	 * @param summary the case in brief, without names
	 * @return the audit, moved on
	 * @throws IllegalAuditMoveException when the audit is past this step
	 */
	public CaseFileAudit identifyCase(@Nullable String key, String summary) {
		require(AuditStatus.CASE_IDENTIFIED, "have its case identified");
		Draft next = draft(AuditStatus.CASE_IDENTIFIED);
		next.childKey = key;
		next.caseSummary = summary.strip();
		return next.build();
	}

	/**
	 * The key lines of enquiry agreed, with the agencies taking part.
	 * @param lines the lines of enquiry
	 * @param taking the agencies and their lead auditors
	 * @return the audit, moved on
	 * @throws IllegalAuditMoveException when the audit is not at this step, or no agency
	 * takes part
	 */
	public CaseFileAudit agreeLines(String lines, List<Participant> taking) {
		require(AuditStatus.LINES_AGREED, "have its lines of enquiry agreed");
		if (taking.isEmpty()) {
			throw new IllegalAuditMoveException(
					"Name at least one agency taking part, with its lead auditor: a multi-agency audit needs them");
		}
		Draft next = draft(AuditStatus.LINES_AGREED);
		next.linesOfEnquiry = lines.strip();
		next.participants = List.copyOf(taking);
		return next.build();
	}

	/**
	 * Practitioners and lead auditors invited.
	 * @param on when
	 * @param practitioners how many practitioners were invited, or null when not recorded
	 * @return the audit, moved on
	 * @throws IllegalAuditMoveException when the audit is not at this step
	 */
	public CaseFileAudit sendInvitations(LocalDate on, @Nullable Integer practitioners) {
		require(AuditStatus.INVITATIONS_SENT, "have its invitations sent");
		if (practitioners != null && practitioners < 0) {
			throw new IllegalAuditMoveException("The number of practitioners invited cannot be negative");
		}
		Draft next = draft(AuditStatus.INVITATIONS_SENT);
		next.invitationsSentOn = on;
		next.practitionersInvited = practitioners;
		return next.build();
	}

	/**
	 * The audit meeting held.
	 * @param on when
	 * @return the audit, moved on
	 * @throws IllegalAuditMoveException when the audit is not at this step, or the
	 * meeting comes before the invitations
	 */
	public CaseFileAudit holdMeeting(LocalDate on) {
		require(AuditStatus.MEETING_HELD, "have its meeting recorded");
		if (this.invitationsSentOn != null && on.isBefore(this.invitationsSentOn)) {
			throw new IllegalAuditMoveException(
					"The meeting cannot come before the invitations (" + this.invitationsSentOn + ")");
		}
		Draft next = draft(AuditStatus.MEETING_HELD);
		next.heldOn = on;
		return next.build();
	}

	/**
	 * An agency graded on a question, replacing any grade it had on it.
	 * @param agencyId the agency
	 * @param question the question
	 * @param grade the grade
	 * @return the audit with the grade
	 * @throws IllegalAuditMoveException when the audit is not held or already approved,
	 * or the agency does not take part
	 */
	public CaseFileAudit grade(long agencyId, String question, AuditGrade grade) {
		if (!this.status.gradable()) {
			throw new IllegalAuditMoveException("Grades are recorded after the audit meeting and before approval: this "
					+ "audit stands at '" + this.status.label() + "'");
		}
		if (this.participants.stream().noneMatch((p) -> p.agencyId() == agencyId)) {
			throw new IllegalAuditMoveException("Only an agency taking part in the audit is graded");
		}
		List<Grading> graded = new ArrayList<>(this.grades);
		graded.removeIf((g) -> g.agencyId() == agencyId && g.question().equals(question));
		graded.add(new Grading(agencyId, question, grade));
		Draft next = draft(this.status);
		next.grades = graded;
		return next.build();
	}

	/**
	 * The draft report written.
	 * @param on when
	 * @param summary the report's key messages
	 * @return the audit, moved on
	 * @throws IllegalAuditMoveException when the meeting is not held, or the date is
	 * before it
	 */
	public CaseFileAudit draftReport(LocalDate on, String summary) {
		require(AuditStatus.DRAFT_REPORT, "have its report drafted");
		if (this.heldOn != null && on.isBefore(this.heldOn)) {
			throw new IllegalAuditMoveException(
					"The report cannot be drafted before the meeting (" + this.heldOn + ")");
		}
		Draft next = draft(AuditStatus.DRAFT_REPORT);
		next.draftedOn = on;
		next.reportSummary = summary.strip();
		return next.build();
	}

	/**
	 * The report approved by the Safeguarding Effectiveness Group. Grading is all or
	 * nothing: an audit whose agencies were graded at all must have every agency graded
	 * on every question.
	 * @param on when
	 * @param by who approved it
	 * @param questions the questions each agency is graded on
	 * @return the audit, moved on
	 * @throws IllegalAuditMoveException when no draft waits, the date is before it, or
	 * grades are missing
	 */
	public CaseFileAudit approve(LocalDate on, String by, List<String> questions) {
		require(AuditStatus.APPROVED, "be approved");
		if (this.draftedOn != null && on.isBefore(this.draftedOn)) {
			throw new IllegalAuditMoveException(
					"The report cannot be approved before it was drafted (" + this.draftedOn + ")");
		}
		List<String> missing = missingGrades(questions);
		if (!this.grades.isEmpty() && !missing.isEmpty()) {
			throw new IllegalAuditMoveException("Grade every agency taking part on every question before approval: "
					+ missing.size() + " missing (" + String.join("; ", missing.subList(0, Math.min(3, missing.size())))
					+ ((missing.size() > 3) ? "; …" : "") + ")");
		}
		Draft next = draft(AuditStatus.APPROVED);
		next.approvedOn = on;
		next.approvedBy = by.strip();
		return next.build();
	}

	/**
	 * The report's learning disseminated.
	 * @param on when
	 * @param how to whom and how
	 * @return the audit, moved on
	 * @throws IllegalAuditMoveException when the report is not approved, or the date is
	 * before the approval
	 */
	public CaseFileAudit disseminate(LocalDate on, String how) {
		require(AuditStatus.DISSEMINATED, "be disseminated");
		if (this.approvedOn != null && on.isBefore(this.approvedOn)) {
			throw new IllegalAuditMoveException(
					"The learning cannot be disseminated before the report was approved (" + this.approvedOn + ")");
		}
		Draft next = draft(AuditStatus.DISSEMINATED);
		next.disseminatedOn = on;
		next.dissemination = how.strip();
		return next.build();
	}

	/**
	 * The audit postponed, with a reason.
	 * @param why the reason
	 * @param note more on it
	 * @return the audit, postponed
	 * @throws IllegalAuditMoveException when the audit was held already, or postponed
	 */
	public CaseFileAudit postpone(Postponement why, String note) {
		if (!this.status.postponable()) {
			throw new IllegalAuditMoveException("An audit that stands at '" + this.status.label()
					+ "' cannot be postponed: only one not yet held is");
		}
		if (why == Postponement.OTHER && note.isBlank()) {
			throw new IllegalAuditMoveException("Say what the other reason for the postponement is");
		}
		Draft next = draft(AuditStatus.POSTPONED);
		next.postponement = why;
		next.postponementNote = note.strip();
		return next.build();
	}

	/**
	 * The new slot a postponed audit is rescheduled into: the same topic, theme, case and
	 * lines of enquiry, scheduled again for a later month.
	 * @param month the new month
	 * @return the new audit, not yet saved (its id is 0)
	 * @throws IllegalAuditMoveException when the audit is not postponed, was rescheduled
	 * already, or the month is not after its own
	 */
	public CaseFileAudit rescheduleAs(YearMonth month) {
		if (this.status != AuditStatus.POSTPONED) {
			throw new IllegalAuditMoveException("Only a postponed audit is rescheduled");
		}
		if (this.rescheduledTo != null) {
			throw new IllegalAuditMoveException("This audit was rescheduled already");
		}
		if (!month.isAfter(this.scheduledMonth)) {
			throw new IllegalAuditMoveException("Reschedule it to a month after " + monthLabel(this.scheduledMonth));
		}
		return new CaseFileAudit(0, month, this.format, this.topic, this.theme, this.themeSource, this.childKey,
				this.caseSummary, this.linesOfEnquiry, List.of(), List.of(), null, null, null, null, "", null, null,
				null, "", null, "", null, AuditStatus.SCHEDULED);
	}

	/**
	 * The grades still missing, as "agency: question", agency by agency.
	 * @param questions the questions each agency is graded on
	 * @return what is missing; empty when every agency is graded on every question
	 */
	public List<String> missingGrades(List<String> questions) {
		List<String> missing = new ArrayList<>();
		for (Participant participant : this.participants) {
			for (String question : questions) {
				if (gradeOf(participant.agencyId(), question) == null) {
					missing.add(participant.agency() + ": " + question);
				}
			}
		}
		return missing;
	}

	/**
	 * An agency's grade on a question.
	 * @param agencyId the agency
	 * @param question the question
	 * @return the grade, or null when not graded
	 */
	public @Nullable AuditGrade gradeOf(long agencyId, String question) {
		return this.grades.stream()
			.filter((g) -> g.agencyId() == agencyId && g.question().equals(question))
			.map(Grading::grade)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Whether the month it was scheduled for has ended and it is neither held nor
	 * postponed.
	 * @param today the day
	 * @return true when overdue
	 */
	public boolean overdue(LocalDate today) {
		return this.status.postponable() && today.isAfter(this.scheduledMonth.atEndOfMonth());
	}

	/**
	 * How the audit is named in lists and on the tracker: its month and topic.
	 * @return the title
	 */
	public String title() {
		return monthLabel(this.scheduledMonth) + ": " + this.topic;
	}

	/**
	 * A month as people read it.
	 * @param month the month
	 * @return such as "March 2014"
	 */
	public static String monthLabel(YearMonth month) {
		return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + month.getYear();
	}

	private void require(AuditStatus next, String what) {
		if (!this.status.next().contains(next)) {
			throw new IllegalAuditMoveException(
					"An audit that stands at '" + this.status.label() + "' cannot " + what + hint());
		}
	}

	private String hint() {
		return switch (this.status) {
			case SCHEDULED -> ": identify the case first";
			case CASE_IDENTIFIED -> ": agree the lines of enquiry first";
			case LINES_AGREED -> ": send the invitations first";
			case INVITATIONS_SENT -> ": hold the audit meeting first";
			case MEETING_HELD -> ": draft the report first";
			case DRAFT_REPORT -> ": the Safeguarding Effectiveness Group approves it first";
			case APPROVED, DISSEMINATED -> "";
			case POSTPONED -> ": it was postponed; reschedule it";
		};
	}

	private Draft draft(AuditStatus next) {
		return new Draft(this, next);
	}

	/** The audit's values while one of its moves changes some of them. */
	private static final class Draft {

		private final CaseFileAudit from;

		private final AuditStatus status;

		private @Nullable String childKey;

		private String caseSummary;

		private String linesOfEnquiry;

		private List<Participant> participants;

		private List<Grading> grades;

		private @Nullable LocalDate invitationsSentOn;

		private @Nullable Integer practitionersInvited;

		private @Nullable LocalDate heldOn;

		private @Nullable LocalDate draftedOn;

		private String reportSummary;

		private @Nullable LocalDate approvedOn;

		private @Nullable String approvedBy;

		private @Nullable LocalDate disseminatedOn;

		private String dissemination;

		private @Nullable Postponement postponement;

		private String postponementNote;

		Draft(CaseFileAudit from, AuditStatus status) {
			this.from = from;
			this.status = status;
			this.childKey = from.childKey;
			this.caseSummary = from.caseSummary;
			this.linesOfEnquiry = from.linesOfEnquiry;
			this.participants = from.participants;
			this.grades = from.grades;
			this.invitationsSentOn = from.invitationsSentOn;
			this.practitionersInvited = from.practitionersInvited;
			this.heldOn = from.heldOn;
			this.draftedOn = from.draftedOn;
			this.reportSummary = from.reportSummary;
			this.approvedOn = from.approvedOn;
			this.approvedBy = from.approvedBy;
			this.disseminatedOn = from.disseminatedOn;
			this.dissemination = from.dissemination;
			this.postponement = from.postponement;
			this.postponementNote = from.postponementNote;
		}

		CaseFileAudit build() {
			CaseFileAudit f = this.from;
			return new CaseFileAudit(f.id, f.scheduledMonth, f.format, f.topic, f.theme, f.themeSource, this.childKey,
					this.caseSummary, this.linesOfEnquiry, this.participants, this.grades, this.invitationsSentOn,
					this.practitionersInvited, this.heldOn, this.draftedOn, this.reportSummary, this.approvedOn,
					this.approvedBy, this.disseminatedOn, this.dissemination, this.postponement, this.postponementNote,
					f.rescheduledTo, this.status);
		}

	}

}
