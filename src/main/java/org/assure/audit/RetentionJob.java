package org.assure.audit;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention schedule once a day ({@code assure.retention.cron}, by default at
 * 02:15; {@code assure.retention.enabled=false} turns it off).
 */
@Component
@org.springframework.scheduling.annotation.EnableScheduling
@ConditionalOnProperty(name = "assure.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final Retention retention;

	private final Clock clock;

	RetentionJob(Retention retention, Clock clock) {
		this.retention = retention;
		this.clock = clock;
	}

	@Scheduled(cron = "${assure.retention.cron:0 15 2 * * *}")
	void run() {
		LocalDate today = LocalDate.now(this.clock);
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
