package org.assure.assurance;

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
 * The case reviews' clocks as reminders: a step due soon or overdue, to the board
 * managers and the sub-group chairs (the serious case review group's chair among them).
 * The reviews page lists the same clocks.
 */
@Component
class CaseReviewReminders implements ReminderSource {

	private final CaseReviews reviews;

	CaseReviewReminders(CaseReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public List<Reminder> reminders(long partnershipId, LocalDate today, List<PartnershipUser> users) {
		List<String> to = users.stream()
			.filter((u) -> u.roles().contains(Role.BOARD_MANAGER) || u.roles().contains(Role.SUBGROUP_CHAIR))
			.map(PartnershipUser::username)
			.toList();
		List<Reminder> reminders = new ArrayList<>();
		for (CaseReviews.Due due : this.reviews.due(partnershipId, today)) {
			boolean overdue = due.clock().state() == ClockState.OVERDUE;
			NotificationKind kind = overdue ? NotificationKind.REVIEW_OVERDUE : NotificationKind.REVIEW_DUE;
			String on = Reminder.date(due.clock().due());
			String step = due.clock().step().label();
			reminders.add(new Reminder(kind,
					"review:" + due.review().id() + ":" + due.clock().step() + ":" + due.clock().due() + ":"
							+ (overdue ? "overdue" : "due"),
					to, (overdue ? "Overdue since " : "Due on ") + on + ": " + step + ", " + due.review().reference(),
					"Case review " + due.review().reference() + " (" + due.review().status().label() + "): '" + step
							+ "' is " + (overdue ? "overdue since " : "due on ") + on + ".",
					"/assurance/reviews/" + due.review().id()));
		}
		return reminders;
	}

}
