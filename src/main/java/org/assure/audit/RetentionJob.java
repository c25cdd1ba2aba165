package org.assure.audit;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention schedule once a day ({@code assure.retention.cron}, by default at
 * 02:15; {@code assure.retention.enabled=false} turns it off). In demo mode it does not
 * run by itself: the demo partnership's records are of years long past, so the schedule
 * would dispose of the demo the first night; an administrator still runs it from its
 * page.
 */
@Component
@org.springframework.scheduling.annotation.EnableScheduling
@ConditionalOnProperty(name = "assure.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final Retention retention;

	private final Clock clock;

	private final boolean demo;

	RetentionJob(Retention retention, Clock clock, @Value("${assure.demo-mode.enabled:false}") boolean demo) {
		this.retention = retention;
		this.clock = clock;
		this.demo = demo;
	}

	@Scheduled(cron = "${assure.retention.cron:0 15 2 * * *}")
	void run() {
		LocalDate today = LocalDate.now(this.clock);
		if (this.demo) {
			log.info("Demo mode: the retention schedule of {} is left to an administrator's run from its page, since "
					+ "every demo record is of years long past", today);
			return;
		}
		for (Retention.ClassRun run : this.retention.run(today, Retention.SCHEDULE)) {
			int disposed = run.disposed().values().stream().mapToInt(Integer::intValue).sum();
			int held = run.held().values().stream().mapToInt(Integer::intValue).sum();
			if (run.failure() == null) {
				log.info("Retention schedule of {} for {}: {} disposed of, {} kept by a legal hold", run.recordClass(),
						today, disposed, held);
			}
		}
	}

}
