package org.assure.notifications;

import java.lang.management.ManagementFactory;

import org.assure.partnership.Partnership;
import org.assure.partnership.Partnerships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled job: every few minutes (a setting) it makes each partnership's reminders
 * once a day, under the database lock of {@link Notifications#claimRun}, and delivers
 * what is waiting. A partnership whose run fails is logged and the others go on.
 */
@Component
@ConditionalOnProperty(name = "assure.notifications.enabled", havingValue = "true", matchIfMissing = true)
class NotificationJob {

	private static final Logger log = LoggerFactory.getLogger(NotificationJob.class);

	private final Notifications notifications;

	private final Partnerships partnerships;

	private final String instance = ManagementFactory.getRuntimeMXBean().getName();

	NotificationJob(Notifications notifications, Partnerships partnerships) {
		this.notifications = notifications;
		this.partnerships = partnerships;
	}

	@Scheduled(initialDelayString = "${assure.notifications.initial-delay:1m}",
			fixedDelayString = "${assure.notifications.interval:15m}")
	void run() {
		for (Partnership partnership : this.partnerships.all()) {
			try {
				int made = this.notifications.runDaily(partnership.id(), this.instance);
				if (made >= 0) {
					log.info("Reminders of {} for {}: {} made", partnership.code(), this.notifications.today(), made);
				}
			}
			catch (RuntimeException ex) {
				log.error("Reminders of {} could not be made: {}", partnership.code(), ex.getMessage(), ex);
			}
		}
		try {
			this.notifications.deliver();
		}
		catch (RuntimeException ex) {
			log.error("Reminders could not be delivered: {}", ex.getMessage(), ex);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(name = "assure.notifications.enabled", havingValue = "true", matchIfMissing = true)
	static class Scheduling {

	}

}
