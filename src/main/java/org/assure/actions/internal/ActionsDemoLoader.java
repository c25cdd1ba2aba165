package org.assure.actions.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.partnership.DemoPartnershipReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode's tracker, loaded once: the nine Ofsted recommendations to the LSCB of March
 * 2015, owned by the board and led by its chair, due 18 months after the inspection (the
 * report gives no date: each action says so).
 */
@Component
class ActionsDemoLoader {

	private static final Logger logger = LoggerFactory.getLogger(ActionsDemoLoader.class);

	static final LocalDate DUE = LocalDate.of(2016, 9, 30);

	private final Actions actions;

	ActionsDemoLoader(Actions actions) {
		this.actions = actions;
	}

	@EventListener
	@Order(40)
	@Transactional
	void load(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		if (!this.actions.from(partnershipId, ActionSource.OFSTED, "Ofsted, March 2015, recommendation 1").isEmpty()) {
			return;
		}
		int count = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/actions/ofsted-2015.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] row = line.split("\t", -1);
				Actions.Created created = this.actions.create(partnershipId, new Actions.NewAction(ActionSource.OFSTED,
						"Ofsted, March 2015, recommendation " + row[0], row[2],
						row[3] + ". From the annual report 2014-15, seed line " + row[1]
								+ ". The report gives no due date: the demo uses the 18 months from March 2015 within "
								+ "which the improvement notice's actions were timetabled (seed line 1540).",
						null, "LSCB Chair", DUE), "demo");
				if (created.id() == null) {
					throw new IllegalStateException("Demo action refused: " + created.problems());
				}
				count++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		logger.info("Demo tracker: {} Ofsted recommendations to the LSCB", count);
	}

}
