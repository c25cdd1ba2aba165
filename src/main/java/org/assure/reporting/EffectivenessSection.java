package org.assure.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Commentaries;
import org.assure.indicators.Indicator;
import org.assure.indicators.IndicatorValue;
import org.assure.indicators.Indicators;
import org.assure.indicators.Rag;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Contribution;
import org.assure.reporting.AnnualReportContent.Paragraph;
import org.assure.reporting.AnnualReportContent.Span;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The effectiveness of safeguarding: every indicator's value for the year beside the year
 * before, its target, its rating and its variation, theme by theme, then the analysis and
 * the owner's commentary on each that is red or whose variation concerns.
 */
@Component
class EffectivenessSection implements AnnualReportSection {

	private final Dashboard dashboard;

	private final Catalogue catalogue;

	private final Indicators indicators;

	private final Commentaries commentaries;

	private final org.assure.indicators.Analysis analysis;

	private final FigureSources sources;

	EffectivenessSection(Dashboard dashboard, Catalogue catalogue, Indicators indicators, Commentaries commentaries,
			org.assure.indicators.Analysis analysis, FigureSources sources) {
		this.analysis = analysis;
		this.sources = sources;
		this.dashboard = dashboard;
		this.catalogue = catalogue;
		this.indicators = indicators;
		this.commentaries = commentaries;
	}

	@Override
	public AnnualReportPart part() {
		return AnnualReportPart.EFFECTIVENESS;
	}

	@Override
	public Optional<Contribution> contribute(long partnershipId, ReportingPeriod.FinancialYear year) {
		ReportingPeriod.FinancialYear last = ReportingPeriod.FinancialYear.starting(year.startYear() - 1);
		Map<String, IndicatorValue> now = this.sources.chosen(partnershipId, year.code(),
				VulnerableChildrenSection.byCode(this.indicators.stored(partnershipId, year.code())));
		Map<String, IndicatorValue> before = this.sources.chosen(partnershipId, last.code(),
				VulnerableChildrenSection.byCode(this.indicators.stored(partnershipId, last.code())));
		Dashboard.View view = this.dashboard.view(partnershipId, year, null, null);
		Map<String, org.assure.indicators.Judgement> judged = new java.util.HashMap<>();
		this.analysis.judgeAll(partnershipId, year).forEach((j) -> judged.put(j.indicator().code(), j));
		Map<String, List<Paragraph>> notes = this.sources.notes(partnershipId, year);
		List<Block> blocks = new ArrayList<>();
		int rows = view.groups().stream().mapToInt((group) -> group.rows().size()).sum();
		blocks.add(new Paragraph(List.of(Span.words("The board follows "), Span.figure(String.valueOf(rows), null),
				Span.words(" indicators. Judged over the year to "
						+ year.end()
							.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
						+ ", "),
				Span.figure(String.valueOf(view.red()), null), Span.words(" were red against their target, "),
				Span.figure(String.valueOf(view.concerning()), null),
				Span.words(" showed special cause variation that concerns, and "),
				Span.figure(String.valueOf(view.noData()), null), Span.words(" had no value."))));
		List<DashboardRow> attention = new ArrayList<>();
		for (Dashboard.Group group : view.groups()) {
			List<List<Span>> grid = new ArrayList<>();
			for (DashboardRow row : group.rows()) {
				Indicator indicator = this.catalogue.find(partnershipId, row.code()).orElse(null);
				if (indicator == null) {
					continue;
				}
				grid.add(List.of(Span.words(row.name()),
						value(indicator, now.get(row.code()), year, judged.get(row.code())),
						value(indicator, before.get(row.code()), last, judged.get(row.code())),
						Span.words(row.target().isEmpty() ? "None" : row.target()), Span.words(row.rating()),
						Span.words(row.variation())));
				if (row.rag() == Rag.RED || row.concerning()) {
					attention.add(row);
				}
			}
			blocks.add(new AnnualReportContent.Grid(group.theme().label(),
					List.of("Indicator", year.label(), last.label(), "Target", "Rating", "Variation"), grid));
			for (DashboardRow row : group.rows()) {
				blocks.addAll(notes.getOrDefault(row.code(), List.of()));
			}
		}
		if (!attention.isEmpty()) {
			blocks.add(new AnnualReportContent.Heading("What needs the board's attention"));
		}
		for (DashboardRow row : attention) {
			List<Span> spans = new ArrayList<>();
			spans.add(Span.words(row.name() + ": " + row.rating().toLowerCase(java.util.Locale.UK)
					+ (row.target().isEmpty() ? "" : " against a target of " + lowerFirst(row.target())) + "; "
					+ lowerFirst(row.variation()) + "."));
			blocks.add(new Paragraph(spans));
			Optional<Commentaries.Commentary> commentary = this.commentaries.current(partnershipId, row.code(),
					year.code());
			if (commentary.isEmpty()) {
				blocks.add(Paragraph.of("The owner has not written a commentary on " + year.label() + "."));
			}
			else {
				Commentaries.Commentary c = commentary.get();
				blocks.add(Paragraph.of("What the figures show: " + c.what()));
				blocks.add(Paragraph.of("So what: " + c.soWhat()));
				blocks.add(Paragraph.of("What next: " + c.whatNext()));
			}
		}
		return Optional.of(new Contribution("", blocks));
	}

	/**
	 * A year's value: the stored value of the year, or, for an indicator reported by
	 * month or quarter without a value for the whole year, the latest value in the year
	 * with its period.
	 */
	private static Span value(Indicator indicator, @Nullable IndicatorValue value, ReportingPeriod.FinancialYear year,
			org.assure.indicators.@Nullable Judgement judgement) {
		if (value != null && value.withheld() != null) {
			return Span.words("Not given");
		}
		if (value == null || value.value() == null) {
			org.assure.indicators.Judgement.Point latest = null;
			if (judgement != null) {
				for (org.assure.indicators.Judgement.Point point : judgement.points()) {
					try {
						if (year.contains(ReportingPeriod.parse(point.period()).end())) {
							latest = point;
						}
					}
					catch (IllegalArgumentException ex) {
						// a period Assure cannot read is not in the year
					}
				}
			}
			if (latest == null) {
				return Span.words("No value");
			}
			List<Long> counts = new java.util.ArrayList<>();
			if (latest.numerator() != null) {
				counts.add(latest.numerator());
				if (latest.denominator() != null) {
					counts.add(latest.denominator() - latest.numerator());
				}
			}
			else if ("count".equals(indicator.unit())) {
				counts.add(Math.round(latest.value()));
			}
			return new Span(
					org.assure.indicators.Analysis.show(indicator, latest.value()) + " (" + latest.label() + ")",
					counts,
					new AnnualReportContent.Trace(indicator.name() + ": " + indicator.definition(), latest.label(),
							latest.provenance(), "/indicators/" + indicator.code() + "?period=" + latest.period()));
		}
		AnnualReportContent.Trace trace = AnnualFigures.trace(indicator, value, year);
		if (indicator.percent()) {
			List<Long> counts = (value.denominator() != null)
					? List.of(value.numerator(), value.denominator() - value.numerator()) : List.of();
			return new Span(String.format(java.util.Locale.UK, "%.1f%%", value.value()), counts, trace);
		}
		if ("count".equals(indicator.unit())) {
			return Span.count(Math.round(value.value()), trace);
		}
		return Span.figure(org.assure.indicators.Analysis.show(indicator, value.value()), trace);
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
