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

}
