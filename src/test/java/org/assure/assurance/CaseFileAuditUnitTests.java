package org.assure.assurance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case file audit moves through the seed's process only in order, refuses illegal moves
 * and says why, is graded all or nothing, and is postponed only before it is held.
 */
class CaseFileAuditUnitTests {

	private static final YearMonth JUNE = YearMonth.of(2015, 6);

	private static final List<String> QUESTIONS = AuditSettings.DEFAULTS.questions();

	private final AuditBuilder audit = AuditBuilder.scheduledFor(JUNE);

	@Test
	void anAuditMovesFromTheScheduleToDissemination() {
		CaseFileAudit held = this.audit.held();
		CaseFileAudit graded = held;
		for (String question : QUESTIONS) {
			graded = graded.grade(1, question, AuditGrade.GOOD).grade(2, question, AuditGrade.REQUIRES_IMPROVEMENT);
		}
		CaseFileAudit done = graded.draftReport(this.audit.day(28), "Return interviews were late")
			.approve(JUNE.plusMonths(1).atDay(15), "Safeguarding Effectiveness Group", QUESTIONS)
			.disseminate(JUNE.plusMonths(2).atDay(1), "Briefings for practitioners");
		assertThat(done.status()).isEqualTo(AuditStatus.DISSEMINATED);
		assertThat(done.status().held()).isTrue();
		assertThat(done.grades()).hasSize(10);
		assertThat(done.gradeOf(2, "Risk assessment")).isEqualTo(AuditGrade.REQUIRES_IMPROVEMENT);
		assertThat(done.title()).isEqualTo("June 2015: A child who goes missing from home");
	}

	@Test
	void stepsOutOfOrderAreRefusedWithTheStepToTakeFirst() {
		assertThatThrownBy(() -> this.audit.scheduled().holdMeeting(this.audit.day(10)))
			.isInstanceOf(IllegalAuditMoveException.class)
			.hasMessage(
					"An audit that stands at 'Scheduled' cannot have its meeting recorded: identify the case first");
		assertThatThrownBy(() -> this.audit.held().approve(this.audit.day(30), "SEG", QUESTIONS))
			.isInstanceOf(IllegalAuditMoveException.class)
			.hasMessage("An audit that stands at 'Audit meeting held' cannot be approved: draft the report first");
		assertThatThrownBy(() -> this.audit.drafted().disseminate(this.audit.day(30), "Briefings"))
			.hasMessageContaining("the Safeguarding Effectiveness Group approves it first");
	}

	@Test
	void datesBeforeTheStepBeforeAreRefused() {
		assertThatThrownBy(() -> this.audit.invited().holdMeeting(this.audit.day(1)))
			.isInstanceOf(IllegalAuditMoveException.class)
			.hasMessageContaining("before the invitations");
		assertThatThrownBy(() -> this.audit.held().draftReport(this.audit.day(15), "Too early"))
			.hasMessageContaining("before the meeting");
		assertThatThrownBy(() -> this.audit.drafted().approve(this.audit.day(27), "SEG", QUESTIONS))
			.hasMessageContaining("before it was drafted");
	}

	@Test
	void aMultiAgencyAuditNeedsAnAgencyTakingPart() {
		CaseFileAudit identified = this.audit.scheduled().identifyCase(null, "A case");
		assertThatThrownBy(() -> identified.agreeLines("Lines", List.of()))
			.isInstanceOf(IllegalAuditMoveException.class)
			.hasMessageContaining("Name at least one agency taking part");
	}

	@Test
	void gradesAreGivenOnlyToAgenciesTakingPartAfterTheMeetingAndBeforeApproval() {
		assertThatThrownBy(() -> this.audit.invited().grade(1, "Risk assessment", AuditGrade.GOOD))
			.hasMessageContaining("after the audit meeting and before approval");
		assertThatThrownBy(() -> this.audit.held().grade(99, "Risk assessment", AuditGrade.GOOD))
			.hasMessage("Only an agency taking part in the audit is graded");
		CaseFileAudit regraded = this.audit.held()
			.grade(1, "Risk assessment", AuditGrade.GOOD)
			.grade(1, "Risk assessment", AuditGrade.INADEQUATE);
		assertThat(regraded.grades()).singleElement()
			.isEqualTo(new CaseFileAudit.Grading(1, "Risk assessment", AuditGrade.INADEQUATE));
	}

	@Test
	void gradingIsAllOrNothingWhenTheReportIsApproved() {
		CaseFileAudit partly = this.audit.held()
			.grade(1, "Risk assessment", AuditGrade.GOOD)
			.draftReport(this.audit.day(28), "Messages");
		assertThat(partly.missingGrades(QUESTIONS)).hasSize(9).contains("Health: Voice of the child");
		assertThatThrownBy(() -> partly.approve(this.audit.day(30), "SEG", QUESTIONS))
			.isInstanceOf(IllegalAuditMoveException.class)
			.hasMessageStartingWith("Grade every agency taking part on every question before approval: 9 missing "
					+ "(Police: Voice of the child; Police: Information sharing; Police: Management oversight; …)");
		assertThat(this.audit.drafted().approve(this.audit.day(30), "SEG", QUESTIONS).status())
			.as("an audit graded on nothing is approved, and shows no grades")
			.isEqualTo(AuditStatus.APPROVED);
	}

	@Test
	void anAuditIsPostponedOnlyBeforeItIsHeldAndRescheduledOnceIntoALaterMonth() {
		CaseFileAudit postponed = this.audit.invited().postpone(Postponement.APOLOGIES, "");
		assertThat(postponed.status()).isEqualTo(AuditStatus.POSTPONED);
		assertThat(postponed.postponement()).isEqualTo(Postponement.APOLOGIES);
		assertThatThrownBy(() -> this.audit.held().postpone(Postponement.TIME, ""))
			.hasMessage("An audit that stands at 'Audit meeting held' cannot be postponed: only one not yet held is");
		assertThatThrownBy(() -> this.audit.scheduled().postpone(Postponement.OTHER, " "))
			.hasMessage("Say what the other reason for the postponement is");
		assertThatThrownBy(() -> postponed.holdMeeting(this.audit.day(20)))
			.hasMessageContaining("it was postponed; reschedule it");
		assertThatThrownBy(() -> postponed.rescheduleAs(JUNE)).hasMessage("Reschedule it to a month after June 2015");
		CaseFileAudit slot = postponed.rescheduleAs(YearMonth.of(2015, 9));
		assertThat(slot.status()).isEqualTo(AuditStatus.SCHEDULED);
		assertThat(slot.topic()).isEqualTo(postponed.topic());
		assertThat(slot.participants()).isEmpty();
		assertThatThrownBy(() -> this.audit.scheduled().rescheduleAs(YearMonth.of(2015, 9)))
			.hasMessage("Only a postponed audit is rescheduled");
	}

	@Test
	void anAuditIsOverdueOnlyAfterItsMonthWhileNeitherHeldNorPostponed() {
		LocalDate july = JUNE.plusMonths(1).atDay(1);
		assertThat(this.audit.scheduled().overdue(JUNE.atEndOfMonth())).isFalse();
		assertThat(this.audit.invited().overdue(july)).isTrue();
		assertThat(this.audit.held().overdue(july)).isFalse();
		assertThat(this.audit.scheduled().postpone(Postponement.TIME, "").overdue(july)).isFalse();
	}

	@Test
	void spansAreCalendarOrFinancialYears() {
		CaseFileAudits.Span calendar = CaseFileAudits.Span.parse("2014");
		CaseFileAudits.Span financial = CaseFileAudits.Span.parse("2014-15");
		assertThat(calendar.contains(YearMonth.of(2014, 1))).isTrue();
		assertThat(calendar.contains(YearMonth.of(2015, 1))).isFalse();
		assertThat(financial.contains(YearMonth.of(2015, 3))).isTrue();
		assertThat(financial.contains(YearMonth.of(2014, 3))).isFalse();
		assertThat(financial.label()).isEqualTo("2014-15");
		assertThatThrownBy(() -> CaseFileAudits.Span.parse("2014-16"))
			.hasMessage("Enter a calendar year such as 2014 or a financial year such as 2014-15");
	}

}
