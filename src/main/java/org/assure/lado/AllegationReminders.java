package org.assure.lado;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import org.assure.notifications.NotificationKind;
import org.assure.notifications.Reminder;
import org.assure.notifications.ReminderSource;
import org.assure.partnership.PartnershipUsers.PartnershipUser;
import org.assure.partnership.Role;

import org.springframework.stereotype.Component;

/**
 * The LADO's reminders: an evaluation meeting prompted by a repeat referral and not yet
 * held, and once a week the list of open allegations by how long each has been open. They
 * go to the LADO only, and name allegations by number, never by their content.
 */
@Component
class AllegationReminders implements ReminderSource {

	private final Allegations allegations;

	AllegationReminders(Allegations allegations) {
		this.allegations = allegations;
	}

	@Override
	public List<Reminder> reminders(long partnershipId, LocalDate today, List<PartnershipUser> users) {
		List<String> to = users.stream()
			.filter((u) -> u.roles().contains(Role.LADO))
			.map(PartnershipUser::username)
			.toList();
		List<Reminder> reminders = new ArrayList<>();
		if (to.isEmpty()) {
			return reminders;
		}
		for (Allegation allegation : this.allegations.evaluationsDue(partnershipId)) {
			reminders.add(new Reminder(NotificationKind.LADO_EVALUATION, "lado:" + allegation.id() + ":evaluation", to,
					"Evaluation meeting prompted: allegation " + allegation.id(),
					String.valueOf(allegation.evaluationPrompt()) + " (allegation " + allegation.id()
							+ "): consider an evaluation meeting on the history of concerns.",
					"/lado/allegations/" + allegation.id()));
		}
		List<Allegation> open = this.allegations.openCases(partnershipId);
		if (!open.isEmpty()) {
			String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
			StringBuilder body = new StringBuilder(open.size() + " allegations are open, the longest open first:\n");
			for (Allegation allegation : open) {
				body.append("Allegation ")
					.append(allegation.id())
					.append(": ")
					.append(allegation.daysOpen(today))
					.append(" days (")
					.append(Allegations.ageBand(allegation.receivedOn(), today).toLowerCase(java.util.Locale.UK))
					.append(")\n");
			}
			reminders.add(new Reminder(NotificationKind.LADO_OPEN_CASES, "lado:open:" + week, to,
					"Open allegations, week " + week + ": " + open.size(), body.toString(), "/lado/allegations"));
		}
		return reminders;
	}

}
