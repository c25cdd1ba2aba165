package org.assure.complaints.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.complaints.ComplaintOutcome;
import org.assure.complaints.ComplaintReason;
import org.assure.complaints.Complaints;
import org.assure.reporting.AnnualReportContent;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;
import org.assure.reporting.AnnualReportContent.Trace;
import org.assure.reporting.AnnualReportPart;
import org.assure.reporting.AnnualReportSection;

import org.springframework.stereotype.Component;

/**
 * Children's complaints' part of the annual report, from the complaints recorded: how
 * many were received and from children themselves, how many were answered at stage 1
 * within their timescale, how many went on to stages 2 and 3 or the Ombudsman, and the
 * outcomes and reasons.
 */
@Component
class ComplaintsAnnualSection implements AnnualReportSection {

	private final Complaints complaints;

	ComplaintsAnnualSection(Complaints complaints) {
		this.complaints = complaints;
	}

	@Override
	public AnnualReportPart part() {
		return AnnualReportPart.COMPLAINTS;
	}

	@Override
	public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
			ReportingPeriod.FinancialYear year) {
		Complaints.Report report = this.complaints.report(partnershipId, year);
		Trace trace = new Trace("Statutory complaints about children's services received in the year", year.label(),
				"complaints recorded in Assure", "/complaints/reports?year=" + year.code());
		List<Block> blocks = new ArrayList<>();
		if (report.received() == 0) {
			blocks.add(Paragraph.of("No statutory complaint is recorded in Assure for " + year.label() + "."));
			return Optional.of(new AnnualReportContent.Contribution("", blocks));
		}
		blocks.add(new Paragraph(List.of(Span.count(report.received(), trace),
				Span.words(" complaints were received in " + year.label() + ", "),
				Span.count(report.byChildren(), trace),
				Span.words(" of them made by children and young people themselves. "),
				Span.count(report.stage1Answered(), trace), Span.words(" were answered at stage 1, "),
				Span.count(report.withinTimescale().count(), trace), Span.words(" of them ("),
				Span.percent(report.withinTimescale().count(), report.withinTimescale().base(), trace),
				Span.words(") within their timescale. "), Span.count(report.stage2(), trace),
				Span.words(" went to stage 2, "), Span.count(report.stage3(), trace),
				Span.words(" to a review panel and "), Span.count(report.ombudsman(), trace),
				Span.words(" to the Ombudsman."))));
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		report.outcomes()
			.forEach(
					(ComplaintOutcome outcome, Complaints.Share share) -> outcomes.put(outcome.label(), share.count()));
		blocks.add(AnnualReportContent.CountTable.byCategory("Outcomes of the complaints answered", "Outcome",
				"Complaints", outcomes, trace));
		Map<String, Integer> reasons = new LinkedHashMap<>();
		report.reasons()
			.forEach((ComplaintReason reason, Complaints.Share share) -> reasons.put(reason.label(), share.count()));
		blocks.add(AnnualReportContent.CountTable.byCategory("Reasons for the complaints received", "Reason",
				"Complaints", reasons, trace));
		return Optional.of(new AnnualReportContent.Contribution("", blocks));
	}

}
