package org.assure.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Indicator;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Contribution;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;

import org.springframework.stereotype.Component;

/**
 * The appendices: what every indicator in the report counts and where its figures come
 * from, and how the figures were made.
 */
@Component
class AppendixSection implements AnnualReportSection {

	private final Catalogue catalogue;

	AppendixSection(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public AnnualReportPart part() {
		return AnnualReportPart.APPENDICES;
	}

	@Override
	public Optional<Contribution> contribute(long partnershipId, ReportingPeriod.FinancialYear year) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new AnnualReportContent.Heading("How the figures were made"));
		blocks.add(Paragraph.of("Every figure in this report was worked out by Assure from the records, returns "
				+ "and case data it held when the report was made: none was typed in. A year's value is the "
				+ "indicator's value for the financial year; where an indicator is reported by month and has no "
				+ "value for the whole year, the latest value in the year is given with its month. Percentages are "
				+ "rounded to one decimal place and changes on the year before are worked out from the unrounded "
				+ "counts."));
		blocks.add(new AnnualReportContent.Heading("Definitions"));
		List<List<Span>> rows = new ArrayList<>();
		for (Indicator indicator : this.catalogue.all(partnershipId)) {
			rows.add(List.of(Span.words(indicator.name()), Span.words(indicator.definition()),
					Span.words(indicator.reference().isBlank() ? "Assure" : indicator.reference())));
		}
		blocks.add(new AnnualReportContent.Grid("What each indicator counts",
				List.of("Indicator", "Definition", "Reference"), rows));
		return Optional.of(new Contribution("", blocks));
	}

}
