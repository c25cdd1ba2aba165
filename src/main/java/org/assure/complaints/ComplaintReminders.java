package org.assure.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assure.calendar.ClockState;
import org.assure.notifications.NotificationKind;
import org.assure.notifications.Reminder;
import org.assure.notifications.ReminderSource;
import org.assure.partnership.PartnershipUsers.PartnershipUser;
import org.assure.partnership.Role;

import org.springframework.stereotype.Component;

/**
 * The complaints' clocks as reminders: a response due soon or overdue, to the board
 * managers, who manage complaints. The complaints page lists the same clocks; a reminder
 * names the complaint by number and step only.
 */
@Component
class ComplaintReminders implements ReminderSource {

	private final Complaints complaints;

	ComplaintReminders(Complaints complaints) {
		this.complaints = complaints;
	}

	@Override
	public List<Reminder> reminders(long partnershipId, LocalDate today, List<PartnershipUser> users) {
		List<String> to = users.stream()
			.filter((u) -> u.roles().contains(Role.BOARD_MANAGER))
			.map(PartnershipUser::username)
			.toList();
		List<Reminder> reminders = new ArrayList<>();
		for (Complaints.Due due : this.complaints.due(partnershipId, today)) {
			boolean overdue = due.clock().state() == ClockState.OVERDUE;
			String on = Reminder.date(due.clock().due());
			String step = due.clock().step().label();
			reminders.add(new Reminder(overdue ? NotificationKind.COMPLAINT_OVERDUE : NotificationKind.COMPLAINT_DUE,
					"complaint:" + due.complaint().id() + ":" + due.clock().step() + ":" + due.clock().due() + ":"
							+ (overdue ? "overdue" : "due"),
					to,
					(overdue ? "Overdue since " : "Due on ") + on + ": " + step + ", complaint " + due.complaint().id(),
					"Complaint " + due.complaint().id() + " (" + due.complaint().describe() + "): the "
							+ step.toLowerCase(java.util.Locale.UK) + " is " + (overdue ? "overdue since " : "due on ")
							+ on + ".",
					"/complaints/" + due.complaint().id()));
		}
		return reminders;
	}

}
