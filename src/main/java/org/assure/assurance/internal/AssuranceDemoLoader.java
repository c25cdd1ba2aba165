package org.assure.assurance.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assure.assurance.AuditFormat;
import org.assure.assurance.CaseFileAudits;
import org.assure.assurance.CaseReviews;
import org.assure.assurance.Postponement;
import org.assure.assurance.Section11Audits;
import org.assure.assurance.ReviewCriteria;
import org.assure.assurance.ReviewDecision;
import org.assure.assurance.Voice;
import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
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

	private final CaseFileAudits audits;

	private final Agencies agencies;

	private final Section11Audits section11;

	AssuranceDemoLoader(Voice voice, CaseReviews reviews, CaseFileAudits audits, Agencies agencies,
			Section11Audits section11) {
		this.voice = voice;
		this.reviews = reviews;
		this.audits = audits;
		this.agencies = agencies;
		this.section11 = section11;
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

	/**
	 * The 2014 schedule of case file audits: the nine held taken through each step to
	 * dissemination (the seed's April 2015 briefings), the three postponed with the
	 * seed's reasons. The MACFA lead of the Children's Safeguarding Unit is the lead
	 * auditor, as the seed's Appendix names that unit for MACFA.
	 */
	@EventListener
	@Order(37)
	@Transactional
	void loadAudits(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		if (this.audits.summary(partnershipId, CaseFileAudits.Span.parse("2014")).scheduled() > 0) {
			return;
		}
		Agency unit = this.agencies.findByName(partnershipId, "Children's Safeguarding Unit, LCC")
			.orElseThrow(() -> new IllegalStateException("The demo partnership has no Children's Safeguarding Unit"));
		int count = 0;
		for (String[] row : rows("demo/assurance/case-file-audits-2014.tsv")) {
			YearMonth month = YearMonth.parse(row[0]);
			String source = "Annual report 2014-15, seed line " + row[5];
			CaseFileAudits.Created created = this.audits.schedule(partnershipId,
					new CaseFileAudits.NewAudit(month, AuditFormat.valueOf(row[1]), row[2],
							row[3].isEmpty() ? null : Theme.fromCode(row[3]).orElseThrow(), null, source),
					"demo");
			if (created.id() == null) {
				throw new IllegalStateException("Demo audit refused: " + created.problems());
			}
			long id = created.id();
			if (!row[4].equals("y")) {
				refuse(this.audits.postpone(partnershipId, id, Postponement.valueOf(row[4]),
						"Which postponed month had which reason is illustrative (seed line 597)", "demo"));
				count++;
				continue;
			}
			refuse(this.audits.identifyCase(partnershipId, id, "",
					"Case identified by the Safeguarding Unit, Children's Social Care (seed line 583); the report "
							+ "gives no details of it",
					"demo"));
			refuse(this.audits.agreeLines(partnershipId, id, "Not recorded in the annual report",
					Map.of(unit.id(), "MACFA lead (seed line 1737)"), "demo"));
			refuse(this.audits.sendInvitations(partnershipId, id, month.atDay(1), null, "demo"));
			refuse(this.audits.holdMeeting(partnershipId, id, month.atDay(15), "demo"));
			refuse(this.audits.draftReport(partnershipId, id, month.atDay(28),
					"Not given in the annual report: the findings were presented to the LSCB (seed line 612)", "demo"));
			refuse(this.audits.approve(partnershipId, id, month.plusMonths(1).atEndOfMonth(),
					"Safeguarding Effectiveness Group (seed line 612; day illustrative)", "demo"));
			refuse(this.audits.disseminate(partnershipId, id, LocalDate.of(2015, 4, 30),
					"Two briefing sessions for managers and practitioners in April 2015 (seed line 614)", "demo"));
			count++;
		}
		logger.info("Demo assurance: {} case file audits on the 2014 schedule", count);
	}

	/**
	 * The 2014-15 Section 11 round as the seed reports it (line 564): conducted, with
	 * additional services asked to take part, agencies mostly compliant, a challenge
	 * session for the statutory partners. The seed gives no agency's ratings, so none are
	 * loaded: the round's matrix is empty and says so; its days are illustrative.
	 */
	@EventListener
	@Order(38)
	@Transactional
	void loadSection11(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		if (!this.section11.rounds(partnershipId).isEmpty()) {
			return;
		}
		Section11Audits.Created round = this.section11.open(partnershipId,
				new Section11Audits.NewRound("2014-15", LocalDate.of(2014, 6, 2), LocalDate.of(2014, 9, 30),
						"Annual report 2014-15, seed line 564 (days illustrative)"),
				"demo");
		if (round.id() == null) {
			throw new IllegalStateException("Demo Section 11 round refused: " + round.problems());
		}
		refuse(this.section11.challenge(partnershipId, round.id(), null, LocalDate.of(2015, 1, 20),
				"The statutory partners (seed line 564)",
				"A challenge session on the statutory partners' self-assessments was held; another with partner "
						+ "agencies and services is to be arranged on the revised 2015-16 questionnaire",
				"demo"));
		refuse(this.section11.publish(partnershipId, round.id(), LocalDate.of(2015, 3, 31),
				"Agencies were mostly compliant with the agreed standards; additional services not familiar with the "
						+ "Section 11 audit were asked to complete it for 2014-15 (seed line 564). The report gives no "
						+ "agency's ratings.",
				java.util.EnumSet.of(Theme.WORKFORCE), "demo"));
		logger.info("Demo assurance: the 2014-15 Section 11 round");
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
