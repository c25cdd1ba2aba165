package org.assure.lado.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.lado.AllegationOutcome;
import org.assure.lado.Allegations;
import org.assure.lado.EmploymentSector;
import org.assure.lado.HarmType;
import org.assure.reporting.AnnualReportContent;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;
import org.assure.reporting.AnnualReportContent.Trace;
import org.assure.reporting.AnnualReportPart;
import org.assure.reporting.AnnualReportSection;

import org.springframework.stereotype.Component;

/**
 * The LADO's part of the annual report, worked out from the allegations recorded: the
 * referrals received in the year against the year before, by employment sector, harm and
 * outcome, and how many were resolved within the targets.
 */
@Component
class LadoAnnualSection implements AnnualReportSection {

	private final Allegations allegations;

	LadoAnnualSection(Allegations allegations) {
		this.allegations = allegations;
	}

	@Override
	public AnnualReportPart part() {
		return AnnualReportPart.LADO;
	}

	@Override
	public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
			ReportingPeriod.FinancialYear year) {
		ReportingPeriod.FinancialYear last = ReportingPeriod.FinancialYear.starting(year.startYear() - 1);
		Allegations.Report report = this.allegations.report(partnershipId, year.start(), year.end(), year.end());
		long before = this.allegations.countReceived(partnershipId, last.start(), last.end());
		Trace trace = new Trace("Referrals to the LADO received in the year", year.label(),
				"allegations recorded by the LADO in Assure",
				"/lado/reports?from=" + year.start() + "&to=" + year.end());
		List<Block> blocks = new ArrayList<>();
		if (report.referrals() == 0 && before == 0) {
			blocks
				.add(Paragraph.of("No allegation is recorded in Assure for " + year.label() + " or the year before."));
			return Optional.of(new AnnualReportContent.Contribution("", blocks));
		}
		List<Span> spans = new ArrayList<>();
		spans.add(Span.words("The LADO received "));
		spans.add(Span.count(report.referrals(), trace));
		spans.add(Span.words(" referrals in " + year.label()));
		if (before > 0) {
			spans.add(Span.words(", against "));
			spans.add(Span.count(before, new Trace(trace.definition(), last.label(), trace.source(),
					"/lado/reports?from=" + last.start() + "&to=" + last.end())));
			spans.add(Span.words(" in " + last.label()));
		}
		spans.add(Span.words("."));
		blocks.add(new Paragraph(spans));
		if (report.referrals() > 0) {
			List<Integer> targets = report.targets();
			blocks.add(new AnnualReportContent.Grid("Referrals resolved within the targets",
					List.of("Resolved within", "Referrals", "Share", "Target"),
					List.of(resolved("One month", report.withinOneMonth(), targets.get(0), trace),
							resolved("Three months", report.withinThreeMonths(), targets.get(1), trace),
							resolved("Twelve months", report.withinTwelveMonths(), targets.get(2), trace))));
			Map<String, Integer> sectors = new LinkedHashMap<>();
			report.bySector().forEach((EmploymentSector sector, Integer n) -> sectors.put(sector.label(), n));
			blocks.add(AnnualReportContent.CountTable.byCategory("Referrals by the adult's employment sector", "Sector",
					"Referrals", sectors, trace));
			Map<String, Integer> harms = new LinkedHashMap<>();
			report.byHarm().forEach((HarmType harm, Integer n) -> harms.put(harm.label(), n));
			blocks.add(AnnualReportContent.CountTable.byCategory("Referrals by the harm alleged", "Harm", "Referrals",
					harms, trace));
			Map<String, Integer> outcomes = new LinkedHashMap<>();
			report.outcomes()
				.forEach((AllegationOutcome outcome, Allegations.Share share) -> outcomes.put(outcome.label(),
						share.count()));
			outcomes.put(
					"Still open at " + year.end()
						.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)),
					report.open().count());
			blocks.add(AnnualReportContent.CountTable.byCategory("Outcomes of the referrals received in the year",
					"Outcome", "Referrals", outcomes, trace));
		}
		return Optional.of(new AnnualReportContent.Contribution("", blocks));
	}

	private static List<Span> resolved(String within, Allegations.Share share, int target, Trace trace) {
		return List.of(Span.words(within), Span.count(share.count(), trace),
				Span.percent(share.count(), share.base(), trace), Span.words(target + "%"));
	}

}
