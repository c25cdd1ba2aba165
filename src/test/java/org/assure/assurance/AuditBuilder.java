package org.assure.assurance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.assure.indicators.Theme;

/**
 * Test data: a case file audit scheduled for a month, taken to the step a test needs
 * through its own moves.
 */
final class AuditBuilder {

	static final CaseFileAudit.Participant POLICE = new CaseFileAudit.Participant(1, "Police", "DI Lead");

	static final CaseFileAudit.Participant HEALTH = new CaseFileAudit.Participant(2, "Health", "Named nurse");

	private final YearMonth month;

	private AuditBuilder(YearMonth month) {
		this.month = month;
	}

	static AuditBuilder scheduledFor(YearMonth month) {
		return new AuditBuilder(month);
	}

	CaseFileAudit scheduled() {
		return new CaseFileAudit(7, this.month, AuditFormat.CASE_FILE, "A child who goes missing from home",
				Theme.CSE_MISSING, AuditThemeSource.BOARD_PRIORITY, null, "", "", List.of(), List.of(), null, null,
				null, null, "", null, null, null, "", null, "", null, AuditStatus.SCHEDULED);
	}

	CaseFileAudit invited() {
		return scheduled().identifyCase(null, "Girl of 14, missing three times in a month")
			.agreeLines("Was the return interview done?", List.of(POLICE, HEALTH))
			.sendInvitations(day(2), 6);
	}

	CaseFileAudit held() {
		return invited().holdMeeting(day(16));
	}

	CaseFileAudit drafted() {
		return held().draftReport(day(28), "Return interviews were late");
	}

	LocalDate day(int day) {
		return this.month.atDay(day);
	}

}
