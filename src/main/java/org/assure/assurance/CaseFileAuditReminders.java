package org.assure.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assure.notifications.NotificationKind;
import org.assure.notifications.Reminder;
import org.assure.notifications.ReminderSource;
import org.assure.partnership.PartnershipUsers.PartnershipUser;
import org.assure.partnership.Role;

import org.springframework.stereotype.Component;

/**
 * The case file audits as reminders: a draft report waiting for the Safeguarding
 * Effectiveness Group's approval (a report to approve, to the board managers and the
 * sub-group chairs), and an audit whose month ended without it being held or postponed
 * (to them and the auditors). The audits page lists the same audits.
 */
@Component
class CaseFileAuditReminders implements ReminderSource {

	private final CaseFileAudits audits;

	CaseFileAuditReminders(CaseFileAudits audits) {
		this.audits = audits;
	}

	@Override
	public List<Reminder> reminders(long partnershipId, LocalDate today, List<PartnershipUser> users) {
		List<String> approvers = users.stream()
			.filter((u) -> u.roles().contains(Role.BOARD_MANAGER) || u.roles().contains(Role.SUBGROUP_CHAIR))
			.map(PartnershipUser::username)
			.toList();
		List<String> organisers = users.stream()
			.filter((u) -> u.roles().contains(Role.BOARD_MANAGER) || u.roles().contains(Role.SUBGROUP_CHAIR)
					|| u.roles().contains(Role.AUDITOR))
			.map(PartnershipUser::username)
			.toList();
		List<Reminder> reminders = new ArrayList<>();
		for (CaseFileAudit audit : this.audits.awaitingApproval(partnershipId)) {
			String drafted = Reminder.date(java.util.Objects.requireNonNull(audit.draftedOn()));
			reminders.add(new Reminder(NotificationKind.AUDIT_TO_APPROVE, "audit:" + audit.id() + ":approval",
					approvers, "To approve: the report of the case file audit " + audit.title(),
					"The draft report of the case file audit " + audit.title() + " (drafted " + drafted
							+ ") waits for the Safeguarding Effectiveness Group's approval.",
					"/assurance/audits/" + audit.id()));
		}
		for (CaseFileAudit audit : this.audits.overdue(partnershipId, today)) {
			reminders.add(new Reminder(NotificationKind.AUDIT_OVERDUE, "audit:" + audit.id() + ":overdue", organisers,
					"Not held: the case file audit " + audit.title(),
					"The case file audit " + audit.title() + " stands at '" + audit.status().label()
							+ "' after its month ended: hold it, or postpone it with a reason and reschedule it.",
					"/assurance/audits/" + audit.id()));
		}
		return reminders;
	}

}
