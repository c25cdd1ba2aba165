package org.assure.childdeath;

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
 * The panel's reminders: a death notified longer ago than the setting's months and not
 * yet reviewed. They go to the CDOP officers only and name the death by number, never the
 * child.
 */
@Component
class ChildDeathReminders implements ReminderSource {

	private final ChildDeaths deaths;

	ChildDeathReminders(ChildDeaths deaths) {
		this.deaths = deaths;
	}

	@Override
	public List<Reminder> reminders(long partnershipId, LocalDate today, List<PartnershipUser> users) {
		List<String> to = users.stream()
			.filter((u) -> u.roles().contains(Role.CDOP_OFFICER))
			.map(PartnershipUser::username)
			.toList();
		List<Reminder> reminders = new ArrayList<>();
		if (to.isEmpty()) {
			return reminders;
		}
		int months = this.deaths.settings().reviewWithinMonths();
		for (ChildDeath death : this.deaths.reviewsOverdue(partnershipId, today)) {
			reminders.add(
					new Reminder(NotificationKind.CHILD_DEATH_REVIEW_DUE, "childdeath:" + death.id() + ":review", to,
							"Child death " + death.id() + " waits for its review",
							"Child death " + death.id() + " was notified on " + death.notifiedOn() + ", more than "
									+ months + " months ago, and the panel has not reviewed it.",
							"/child-deaths/" + death.id()));
		}
		return reminders;
	}

}
