package org.assure.notifications;

import java.time.LocalDate;
import java.util.List;

import org.assure.partnership.PartnershipUsers.PartnershipUser;

/**
 * A module's reminders: each module that has something to remind people of (the tracker's
 * actions, the agencies' returns, the groups' chairs, the case reviews' clocks) declares
 * one bean of this type. The daily job sends what it returns, and the home page lists the
 * same reminders as what is waiting, so that a reminder never says what a page does not.
 */
public interface ReminderSource {

	/**
	 * The reminders due on a day.
	 * @param partnershipId the partnership
	 * @param today the day, in Europe/London
	 * @param users the partnership's users, to choose the recipients from
	 * @return the reminders
	 */
	List<Reminder> reminders(long partnershipId, LocalDate today, List<PartnershipUser> users);

}
