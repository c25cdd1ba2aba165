package org.assure.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assure.notifications.NotificationKind;
import org.assure.notifications.NotificationSettings;
import org.assure.notifications.Reminder;
import org.assure.notifications.ReminderSource;
import org.assure.partnership.PartnershipUsers.PartnershipUser;
import org.assure.partnership.Role;

import org.springframework.stereotype.Component;

/**
 * The tracker's reminders: an outstanding action due within the days set (7 by default),
 * or overdue, to its lead (by name or user name), its agency's data leads and the board
 * managers.
 */
@Component
class ActionReminders implements ReminderSource {

	private final Actions actions;

	private final NotificationSettings settings;

	ActionReminders(Actions actions, NotificationSettings settings) {
		this.actions = actions;
		this.settings = settings;
	}

	@Override
	public List<Reminder> reminders(long partnershipId, LocalDate today, List<PartnershipUser> users) {
		List<Reminder> reminders = new ArrayList<>();
		List<String> managers = users.stream()
			.filter((u) -> u.roles().contains(Role.BOARD_MANAGER))
			.map(PartnershipUser::username)
			.toList();
		for (Action action : this.actions.list(partnershipId, Actions.Filter.ALL)) {
			if (!action.status().outstanding()) {
				continue;
			}
			NotificationKind kind;
			if (action.overdue(today)) {
				kind = NotificationKind.ACTION_OVERDUE;
			}
			else if (!action.dueDate().isAfter(today.plusDays(this.settings.actionDueDays()))) {
				kind = NotificationKind.ACTION_DUE;
			}
			else {
				continue;
			}
			Set<String> to = new LinkedHashSet<>(managers);
			for (PartnershipUser user : users) {
				boolean lead = user.displayName().equalsIgnoreCase(action.ownerPerson().strip())
						|| user.username().equalsIgnoreCase(action.ownerPerson().strip());
				boolean agencyLead = user.roles().contains(Role.AGENCY_DATA_LEAD) && user.agencyId() != null
						&& user.agencyId().equals(action.ownerAgencyId());
				if (lead || agencyLead) {
					to.add(user.username());
				}
			}
			String due = Reminder.date(action.dueDate());
			String subject = ((kind == NotificationKind.ACTION_OVERDUE) ? "Overdue since " : "Due on ") + due + ": "
					+ action.title();
			String body = "Action " + action.id() + " (" + action.source().label() + ", " + action.sourceReference()
					+ ")\nOwner: " + action.owner() + "\nDue: " + due + "\nStatus: " + action.status().label();
			reminders.add(new Reminder(kind,
					kind.name().toLowerCase(Locale.ROOT) + ":" + action.id() + ":" + action.dueDate(), List.copyOf(to),
					subject, body, "/actions/" + action.id()));
		}
		return reminders;
	}

}
