package org.assure.assurance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.assurance.CaseFileAudits;
import org.assure.assurance.CaseReviews;
import org.assure.assurance.ReviewDecision;
import org.assure.assurance.Section11Audits;
import org.assure.assurance.Section11Rating;
import org.assure.assurance.Section11Round;
import org.assure.calendar.ReportingPeriod;
import org.assure.reporting.AnnualReportContent;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;
import org.assure.reporting.AnnualReportContent.Trace;
import org.assure.reporting.AnnualReportPart;
import org.assure.reporting.AnnualReportSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The assurance module's parts of the annual report: the multi-agency audits of the year
 * and the Section 11 rounds published in it (quality assurance), and the case reviews
 * considered and published (case reviews).
 */
@Configuration(proxyBeanMethods = false)
class AssuranceAnnualSections {

	@Bean
	AnnualReportSection auditsAnnualSection(CaseFileAudits audits) {
		return new Audits(audits);
	}

	@Bean
	AnnualReportSection section11AnnualSection(Section11Audits section11) {
		return new Section11(section11);
	}

	@Bean
	AnnualReportSection caseReviewsAnnualSection(CaseReviews reviews) {
		return new Reviews(reviews);
	}

	/** The audits held in the year. */
	static final class Audits implements AnnualReportSection {

		private final CaseFileAudits audits;

		Audits(CaseFileAudits audits) {
			this.audits = audits;
		}

		@Override
		public AnnualReportPart part() {
			return AnnualReportPart.ASSURANCE;
		}

		@Override
		public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
				ReportingPeriod.FinancialYear year) {
			CaseFileAudits.Summary summary = this.audits.summary(partnershipId, CaseFileAudits.Span.parse(year.code()));
			Trace trace = new Trace("Multi-agency audits scheduled in the year", year.label(),
					"audits recorded in Assure", "/assurance/audits");
			List<Block> blocks = new ArrayList<>();
			if (summary.scheduled() == 0) {
				blocks.add(Paragraph.of("No multi-agency audit is recorded in Assure for " + year.label() + "."));
				return Optional.of(new AnnualReportContent.Contribution("Multi-agency audits", blocks));
			}
			blocks.add(new Paragraph(List.of(Span.figure(String.valueOf(summary.scheduled()), trace),
					Span.words(" multi-agency audits were scheduled in " + year.label() + ": "),
					Span.figure(String.valueOf(summary.held()), trace), Span.words(" were held (of them "),
					Span.figure(String.valueOf(summary.caseFileAuditsHeld()), trace),
					Span.words(" case file audits) and "), Span.figure(String.valueOf(summary.postponed()), trace),
					Span.words(" postponed."))));
			List<List<Span>> rows = new ArrayList<>();
			for (CaseFileAudits.FormatCount format : summary.byFormat()) {
				rows.add(List.of(Span.words(format.format().label()),
						Span.figure(String.valueOf(format.scheduled()), trace),
						Span.figure(String.valueOf(format.held()), trace),
						Span.figure(String.valueOf(format.postponed()), trace)));
			}
			blocks.add(new AnnualReportContent.Grid("Audits by format",
					List.of("Format", "Scheduled", "Held", "Postponed"), rows));
			for (CaseFileAudits.Recurring recurring : summary.recurring()) {
				blocks.add(Paragraph.of("A finding that recurs across audits, on " + recurring.area() + " ("
						+ String.join(", ", recurring.audits()) + "): " + String.join(" ", recurring.findings())));
			}
			return Optional.of(new AnnualReportContent.Contribution("Multi-agency audits", blocks));
		}

	}

	/** The Section 11 rounds published in the year. */
	static final class Section11 implements AnnualReportSection {

		private final Section11Audits section11;

		Section11(Section11Audits section11) {
			this.section11 = section11;
		}

		@Override
		public AnnualReportPart part() {
			return AnnualReportPart.ASSURANCE;
		}

		@Override
		public int order() {
			return 1;
		}

		@Override
		public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
				ReportingPeriod.FinancialYear year) {
			List<Section11Round> rounds = this.section11.rounds(partnershipId)
				.stream()
				.filter((round) -> year.contains(round.closesOn()))
				.toList();
			List<Block> blocks = new ArrayList<>();
			if (rounds.isEmpty()) {
				blocks.add(Paragraph.of("No Section 11 round closed in " + year.label() + "."));
			}
			for (Section11Round round : rounds) {
				Section11Audits.Matrix matrix = this.section11.matrix(partnershipId, round, null);
				Trace trace = new Trace("Agencies' self-assessed ratings against the Section 11 standards",
						round.name(), "Section 11 answers recorded in Assure", "/assurance/section11/" + round.id());
				blocks.add(new AnnualReportContent.Heading(round.name()));
				blocks.add(new Paragraph(List.of(Span.figure(String.valueOf(matrix.rows().size()), trace),
						Span.words(" agencies were asked to rate themselves against "),
						Span.figure(String.valueOf(round.standards().size()), trace),
						Span.words(" standards; answers were due on "
								+ round.closesOn()
									.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
											java.util.Locale.UK))
								+ "." + (round.published() ? " The board concluded: " + round.conclusion()
										: " The round's results are not yet published.")))));
				int answered = matrix.totals()
					.values()
					.stream()
					.flatMap((m) -> m.values().stream())
					.mapToInt(Integer::intValue)
					.sum();
				if (answered == 0) {
					blocks.add(Paragraph.of("No agency's ratings are recorded for this round."));
					continue;
				}
				List<String> headings = new ArrayList<>();
				headings.add("Standard");
				for (Section11Rating rating : Section11Rating.values()) {
					headings.add(rating.label());
				}
				List<List<Span>> rows = new ArrayList<>();
				for (int s = 1; s <= round.standards().size(); s++) {
					List<Span> row = new ArrayList<>();
					row.add(Span.words(s + ". " + round.standards().get(s - 1)));
					Map<Section11Rating, Integer> totals = matrix.totals().getOrDefault(s, Map.of());
					for (Section11Rating rating : Section11Rating.values()) {
						row.add(Span.figure(String.valueOf(totals.getOrDefault(rating, 0)), trace));
					}
					rows.add(row);
				}
				blocks.add(new AnnualReportContent.Grid("Agencies by rating, standard by standard", headings, rows));
			}
			return Optional.of(new AnnualReportContent.Contribution("Section 11", blocks));
		}

	}

	/** The case reviews considered and published in the year. */
	static final class Reviews implements AnnualReportSection {

		private final CaseReviews reviews;

		Reviews(CaseReviews reviews) {
			this.reviews = reviews;
		}

		@Override
		public AnnualReportPart part() {
			return AnnualReportPart.CASE_REVIEWS;
		}

		@Override
		public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
				ReportingPeriod.FinancialYear year) {
			CaseReviews.Summary summary = this.reviews.summary(partnershipId, year);
			Trace trace = new Trace("Cases notified to the partnership and considered for a review", year.label(),
					"case reviews recorded in Assure", "/assurance/reviews");
			List<Block> blocks = new ArrayList<>();
			if (summary.considered() == 0 && summary.published() == 0) {
				blocks.add(Paragraph
					.of("No case was considered for a review, and no review was published, in " + year.label() + "."));
				return Optional.of(new AnnualReportContent.Contribution("", blocks));
			}
			blocks.add(new Paragraph(List.of(Span.words("The partnership considered "),
					Span.count(summary.considered(), trace),
					Span.words(" cases for a review in " + year.label() + "; "), Span.count(summary.undecided(), trace),
					Span.words(" await a decision, and "), Span.count(summary.published(), trace),
					Span.words(" reviews were published in the year."))));
			Map<String, Integer> decisions = new LinkedHashMap<>();
			summary.byDecision()
				.forEach((ReviewDecision decision, Integer n) -> decisions.merge(decision.label(year.end()), n,
						Integer::sum));
			decisions.put("Awaiting a decision", summary.undecided());
			blocks.add(AnnualReportContent.CountTable.byCategory("Cases considered, by decision", "Decision", "Cases",
					decisions, trace));
			return Optional.of(new AnnualReportContent.Contribution("", blocks));
		}

	}

}
