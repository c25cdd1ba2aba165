package org.assure.reporting;

import java.util.List;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Populations;
import org.assure.reporting.AnnualReportContent.Contribution;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;

import org.springframework.stereotype.Component;

/**
 * The local context: the area's child population for the year, with its source, as the
 * rates per 10,000 in the report use it.
 */
@Component
class ContextSection implements AnnualReportSection {

	private final Populations populations;

	ContextSection(Populations populations) {
		this.populations = populations;
	}

	@Override
	public AnnualReportPart part() {
		return AnnualReportPart.CONTEXT;
	}

	@Override
	public Optional<Contribution> contribute(long partnershipId, ReportingPeriod.FinancialYear year) {
		return Optional.of(this.populations.of(partnershipId, year)
			.map((population) -> new Contribution("", List
				.of(new Paragraph(List.of(Span.words("The area's population aged 0 to 17 in " + year.label() + " was "),
						Span.figure(String.format(java.util.Locale.UK, "%,d", population.children()),
								new AnnualReportContent.Trace("Children aged 0 to 17 living in the area", year.label(),
										population.source(), null)),
						Span.words(" (" + population.source() + ")."))))))
			.orElse(Contribution.nothingRecorded("", "No child population is recorded in Assure for " + year.label()
					+ ", so the report gives no rates per 10,000 children.")));
	}

}
