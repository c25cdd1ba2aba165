package org.assure.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A reminder a module asks to be made: what kind, for whom, and what it says. The same
 * reminder made again for the same thing (its key) is not sent twice.
 *
 * @param kind its kind, which each person can turn off
 * @param key what it is about, unique among the partnership's reminders (such as
 * {@code action_due:12:2015-06-30}); a changed date makes a new reminder
 * @param to the user names it goes to
 * @param subject its subject, as the e-mail and the home page show it
 * @param body its text
 * @param link the page to act on it, a path such as {@code /actions/12}
 */
public record Reminder(NotificationKind kind, String key, List<String> to, String subject, String body, String link) {

	public Reminder {
		if (!link.startsWith("/")) {
			throw new IllegalArgumentException("A reminder's link is a path that starts with '/': " + link);
		}
		to = List.copyOf(to);
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/**
	 * A date as reminders write it.
	 * @param date the date
	 * @return such as "30 June 2015"
	 */
	public static String date(LocalDate date) {
		return DATE.format(date);
	}

}
