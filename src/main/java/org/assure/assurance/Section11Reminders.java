package org.assure.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.assure.calendar.WorkingDays;
import org.assure.notifications.NotificationKind;
import org.assure.notifications.NotificationSettings;
import org.assure.notifications.Reminder;
import org.assure.notifications.ReminderSource;
import org.assure.partnership.PartnershipUsers.PartnershipUser;
import org.assure.partnership.Role;

import org.springframework.stereotype.Component;

/**
 * Section 11 self-assessments as reminders: an agency that has not answered every
 * standard of an open round is reminded in the working days before its day (as many as a
 * return's, 5 by default), through its data leads; once the day has passed the board
 * managers are told too.
 */
@Component
class Section11Reminders implements ReminderSource {

	private final Section11Audits audits;

	private final WorkingDays workingDays;

	private final NotificationSettings settings;

	Section11Reminders(Section11Audits audits, WorkingDays workingDays, NotificationSettings settings) {
		this.audits = audits;
		this.workingDays = workingDays;
		this.settings = settings;
	}

	@Override
	public List<Reminder> reminders(long partnershipId, LocalDate today, List<PartnershipUser> users) {
		List<Reminder> reminders = new ArrayList<>();
		for (Section11Round round : this.audits.rounds(partnershipId)) {
			if (round.published() || today.isBefore(round.opensOn())) {
				continue;
			}
			boolean late = today.isAfter(round.closesOn());
			boolean dueSoon = !late
					&& this.workingDays.between(today, round.closesOn()) <= this.settings.returnDueWorkingDays();
			if (!late && !dueSoon) {
				continue;
			}
			for (Section11Audits.Progress progress : this.audits.progress(partnershipId, round)) {
				if (progress.complete()) {
					continue;
				}
				long agencyId = progress.agency().id();
				List<String> to = users.stream()
					.filter((u) -> (u.roles().contains(Role.AGENCY_DATA_LEAD) && Objects.equals(u.agencyId(), agencyId))
							|| (late && u.roles().contains(Role.BOARD_MANAGER)))
					.map(PartnershipUser::username)
					.toList();
				String day = Reminder.date(round.closesOn());
				String what = "the Section 11 self-assessment " + round.name() + " of " + progress.agency().name();
				reminders.add(new Reminder(late ? NotificationKind.SECTION11_LATE : NotificationKind.SECTION11_DUE,
						"section11:" + round.id() + ":" + agencyId + ":" + (late ? "late" : "due"), to,
						(late ? "Late since " : "Due on ") + day + ": " + what,
						"Of " + what + ", " + progress.answered() + " of " + progress.standards()
								+ " standards are answered; the answers are " + (late ? "late since " : "due on ") + day
								+ ".",
						"/assurance/section11/" + round.id() + "/agencies/" + agencyId));
			}
		}
		return reminders;
	}

}
