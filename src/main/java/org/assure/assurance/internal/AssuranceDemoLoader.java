package org.assure.assurance.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assure.assurance.CaseReviews;
import org.assure.assurance.ReviewCriteria;
import org.assure.assurance.ReviewDecision;
import org.assure.assurance.Voice;
import org.assure.calendar.ReportingPeriod;
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

	private final CaseReviews reviews;

	AssuranceDemoLoader(Voice voice, CaseReviews reviews) {
		this.voice = voice;
		this.reviews = reviews;
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
		for (String[] row : rows("demo/assurance/engagement.tsv")) {
			refuse(this.voice.record(partnershipId,
					new Voice.Engagement(0, Voice.Of.valueOf(row[0]), row[1], LocalDate.parse(row[2]),
							row[3].isEmpty() ? null : row[3],
							row[4].isEmpty() ? null : Theme.fromCode(row[4]).orElseThrow(),
							row[5].isEmpty() ? null : Integer.valueOf(row[5]), row[6], row[7],
							"Annual report 2014-15, seed line " + row[8]),
					"demo"));
			count++;
		}
		logger.info("Demo assurance: {} engagement events from the annual report", count);
	}

	@EventListener
	@Order(36)
	@Transactional
	void loadReviews(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		if (!this.reviews.summary(partnershipId, ReportingPeriod.FinancialYear.starting(2014))
			.byDecision()
			.values()
			.stream()
			.allMatch((n) -> n == 0)) {
			return;
		}
		int count = 0;
		for (String[] row : rows("demo/assurance/case-reviews.tsv")) {
			String source = "Annual report 2014-15, seed line " + row[16] + " (dates illustrative)";
			CaseReviews.Created created = this.reviews.notify(partnershipId,
					new CaseReviews.NewReview(row[0], null, row[1], Theme.fromCode(row[2]).orElseThrow(),
							LocalDate.parse(row[3]), LocalDate.parse(row[4]), source),
					"demo");
			if (created.id() == null) {
				throw new IllegalStateException("Demo case review refused: " + created.problems());
			}
			long id = created.id();
			ReviewCriteria criteria = new ReviewCriteria(yes(row[6]), yes(row[7]), yes(row[8]), yes(row[9]),
					yes(row[10]));
			refuse(this.reviews.rapidReview(partnershipId, id, LocalDate.parse(row[5]), criteria, "demo"));
			refuse(this.reviews.decide(partnershipId, id, ReviewDecision.valueOf(row[11]), row[12],
					LocalDate.parse(row[13]), row[14], "demo"));
			refuse(this.reviews.informPanel(partnershipId, id, LocalDate.parse(row[15]), "demo"));
			count++;
		}
		logger.info("Demo assurance: {} cases considered for review in 2014-15", count);
	}

	private static boolean yes(String cell) {
		return cell.equals("y");
	}

	private static void refuse(Map<String, String> problems) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Demo record refused: " + problems);
		}
	}

	private static List<String[]> rows(String resource) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
