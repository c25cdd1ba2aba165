package org.assure.assurance.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.assure.assurance.Voice;
import org.assure.indicators.Theme;
import org.assure.partnership.DemoPartnershipReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode's voices, loaded once: the engagement events the seed report names, each
 * recorded as evidence on its theme.
 */
@Component
class AssuranceDemoLoader {

	private static final Logger logger = LoggerFactory.getLogger(AssuranceDemoLoader.class);

	private final Voice voice;

	AssuranceDemoLoader(Voice voice) {
		this.voice = voice;
	}

	@EventListener
	@Order(35)
	@Transactional
	void load(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		if (!this.voice.all(partnershipId).isEmpty()) {
			return;
		}
		int count = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/assurance/engagement.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] row = line.split("\t", -1);
				Map<String, String> problems = this.voice.record(partnershipId,
						new Voice.Engagement(0, Voice.Of.valueOf(row[0]), row[1], LocalDate.parse(row[2]),
								row[3].isEmpty() ? null : row[3],
								row[4].isEmpty() ? null : Theme.fromCode(row[4]).orElseThrow(),
								row[5].isEmpty() ? null : Integer.valueOf(row[5]), row[6], row[7],
								"Annual report 2014-15, seed line " + row[8]),
						"demo");
				if (!problems.isEmpty()) {
					throw new IllegalStateException("Demo engagement refused: " + problems);
				}
				count++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		logger.info("Demo assurance: {} engagement events from the annual report", count);
	}

}
