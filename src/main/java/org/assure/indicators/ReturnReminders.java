package org.assure.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.notifications.NotificationKind;
import org.assure.notifications.NotificationSettings;
import org.assure.notifications.Reminder;
import org.assure.notifications.ReminderSource;
import org.assure.partnership.PartnershipUsers.PartnershipUser;
import org.assure.partnership.Role;

import org.springframework.stereotype.Component;

/**
 * The chase list as reminders: a return due within the working days set (5 by default),
 * or late, of this year or the last, to the owing agency's data leads.
 */
@Component
class ReturnReminders implements ReminderSource {

	private final Returns returns;

	private final WorkingDays workingDays;

	private final NotificationSettings settings;

	ReturnReminders(Returns returns, WorkingDays workingDays, NotificationSettings settings) {
		this.returns = returns;
		this.workingDays = workingDays;
		this.settings = settings;
	}

	@Override
	public List<Reminder> reminders(long partnershipId, LocalDate today, List<PartnershipUser> users) {
		List<Reminder> reminders = new ArrayList<>();
		ReportingPeriod.FinancialYear year = ReportingPeriod.financialYearOf(today);
		List<Returns.MissingReturn> missing = new ArrayList<>(
				this.returns.missing(partnershipId, ReportingPeriod.financialYearOf(year.start().minusDays(1)), null));
		missing.addAll(this.returns.missing(partnershipId, year, null));
		for (Returns.MissingReturn owed : missing) {
			NotificationKind kind;
			if (owed.late()) {
				kind = NotificationKind.RETURN_LATE;
			}
			else if (this.workingDays.between(today, owed.due()) <= this.settings.returnDueWorkingDays()) {
				kind = NotificationKind.RETURN_DUE;
			}
			else {
				continue;
			}
			List<String> to = users.stream()
				.filter((u) -> u.roles().contains(Role.AGENCY_DATA_LEAD) && u.agencyId() != null
						&& u.agencyId() == owed.agencyId())
				.map(PartnershipUser::username)
				.toList();
			String due = Reminder.date(owed.due());
			String subject = ((kind == NotificationKind.RETURN_LATE) ? "Late: " : "Due on " + due + ": ")
					+ owed.indicatorName() + ", " + owed.periodLabel();
			String body = "The return of " + owed.agencyName() + " for " + owed.indicatorName() + ", "
					+ owed.periodLabel() + ", was due on " + due + ((kind == NotificationKind.RETURN_LATE)
							? " (" + owed.workingDaysLate() + " working days late)." : ".");
			reminders.add(new Reminder(kind, kind.name().toLowerCase(Locale.ROOT) + ":" + owed.indicatorCode() + ":"
					+ owed.agencyId() + ":" + owed.period(), to, subject, body, "/returns"));
		}
		return reminders;
	}

}
