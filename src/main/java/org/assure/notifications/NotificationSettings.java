package org.assure.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reminders are made and sent.
 *
 * @param enabled whether the scheduled job runs at all
 * @param sender the address reminders come from
 * @param baseUrl the address of Assure that links in reminders start with
 * @param returnDueWorkingDays a return is due soon this many working days before its
 * deadline
 * @param actionDueDays an action is due soon this many days before its due date
 * @param maxAttempts how many times a message is tried before it is marked failed
 * @param firstRetry the wait after the first failure; each later wait doubles
 */
@ConfigurationProperties("assure.notifications")
public record NotificationSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue("assure@localhost") String sender, @DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("5") int returnDueWorkingDays, @DefaultValue("7") int actionDueDays,
		@DefaultValue("6") int maxAttempts, @DefaultValue("5m") Duration firstRetry) {

	/**
	 * How long to wait before the next attempt after failed attempts: the first retry's
	 * wait, doubled after each further failure (5, 10, 20, 40 minutes by default).
	 * @param failedAttempts how many attempts have failed, at least one
	 * @return the wait
	 */
	public Duration retryAfter(int failedAttempts) {
		if (failedAttempts < 1) {
			throw new IllegalArgumentException("At least one attempt has failed before a retry: " + failedAttempts);
		}
		return this.firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
	}

	/**
	 * Whether a message is given up after so many failed attempts.
	 * @param failedAttempts how many attempts have failed
	 * @return true when no attempt is left
	 */
	public boolean givesUpAfter(int failedAttempts) {
		return failedAttempts >= this.maxAttempts;
	}

}
