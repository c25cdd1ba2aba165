package org.assure.governance;

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
 * A group chair's annual review coming due (within the days the governance settings
 * give), to the board managers.
 */
@Component
class ChairReviewReminders implements ReminderSource {

	private final Governance governance;

	ChairReviewReminders(Governance governance) {
		this.governance = governance;
	}

	@Override
	public List<Reminder> reminders(long partnershipId, LocalDate today, List<PartnershipUser> users) {
		List<String> managers = users.stream()
			.filter((u) -> u.roles().contains(Role.BOARD_MANAGER))
			.map(PartnershipUser::username)
			.toList();
		List<Reminder> reminders = new ArrayList<>();
		int reminderDays = this.governance.settings().chairReviewReminderDays();
		for (BoardGroup group : this.governance.groups(partnershipId)) {
			LocalDate review = group.chairReviewDate();
			if (review == null || !group.chairReviewDue(today, reminderDays)) {
				continue;
			}
			String on = Reminder.date(review);
			reminders.add(new Reminder(NotificationKind.CHAIR_REVIEW, "chair-review:" + group.id() + ":" + review,
					managers, "The chair's annual review of " + group.name() + " is due on " + on,
					"The chair of " + group.name() + " (" + ((group.chair() != null) ? group.chair() : "not recorded")
							+ ") is due an annual review on " + on + ".",
					"/governance/groups/" + group.id()));
		}
		return reminders;
	}

}
