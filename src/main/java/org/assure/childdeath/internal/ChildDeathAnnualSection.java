package org.assure.childdeath.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.childdeath.ChildDeaths;
import org.assure.reporting.AnnualReportContent;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;
import org.assure.reporting.AnnualReportContent.Trace;
import org.assure.reporting.AnnualReportPart;
import org.assure.reporting.AnnualReportSection;

import org.springframework.stereotype.Component;

/**
 * The child death overview panel's part of the annual report: the panels held, the deaths
 * notified (and how many on time) and reviewed, the panel report's tables of counts
 * (published under disclosure control), and the campaigns started.
 */
@Component
class ChildDeathAnnualSection implements AnnualReportSection {

	private final ChildDeaths deaths;

	ChildDeathAnnualSection(ChildDeaths deaths) {
		this.deaths = deaths;
	}

	@Override
	public AnnualReportPart part() {
		return AnnualReportPart.CHILD_DEATHS;
	}

	@Override
	public Optional<AnnualReportContent.Contribution> contribute(long partnershipId,
			ReportingPeriod.FinancialYear year) {
		ChildDeaths.Report report = this.deaths.report(partnershipId, year);
		Trace trace = new Trace("Child deaths notified to and reviewed by the panel", year.label(),
				"child death records kept by the CDOP officer in Assure", "/child-deaths/reports?year=" + year.code());
		List<Block> blocks = new ArrayList<>();
		if (report.notified() == 0 && report.reviewed() == 0 && report.panels() == 0) {
			blocks.add(Paragraph
				.of("No child death notification, review or panel is recorded in Assure for " + year.label() + "."));
			return Optional.of(new AnnualReportContent.Contribution("", blocks));
		}
		blocks.add(new Paragraph(List.of(Span.words("In " + year.label() + " the panel met "),
				Span.figure(String.valueOf(report.panels()), trace), Span.words(" times and reviewed "),
				Span.count(report.reviewed(), trace), Span.words(" deaths. "), Span.count(report.notified(), trace),
				Span.words(" deaths were notified, "), Span.count(report.notifiedOnTime(), trace),
				Span.words(" of them ("), Span.percent(report.notifiedOnTime(), report.notified(), trace),
				Span.words(") within " + report.notificationDays()
						+ (report.notificationDays() == 1 ? " working day." : " working days.")))));
		for (ChildDeaths.ReportTable table : report.tables()) {
			blocks.add(new AnnualReportContent.CountTable(table.caption(), "", table.table(), trace));
		}
		if (!report.campaigns().isEmpty()) {
			blocks.add(new AnnualReportContent.Heading("Campaigns started in the year"));
			for (ChildDeaths.Campaign campaign : report.campaigns()) {
				blocks.add(Paragraph.of(campaign.title() + " (" + campaign.theme() + "): " + campaign.summary()));
			}
		}
		return Optional.of(new AnnualReportContent.Contribution("", blocks));
	}

}
