package org.assure.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Analysis;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Indicator;
import org.assure.indicators.IndicatorValue;
import org.assure.indicators.Indicators;
import org.assure.indicators.Judgement;
import org.assure.indicators.SpcChart;
import org.assure.reporting.AnnualReportContent.Block;
import org.assure.reporting.AnnualReportContent.Contribution;
import org.assure.reporting.AnnualReportContent.Paragraph;

import org.springframework.stereotype.Component;

/**
 * The vulnerable children: for each group the guidance names, the indicators that count
 * them, each stated for the year against the year before, with the chart of the first; a
 * group no indicator counts says that nothing is recorded.
 */
@Component
class VulnerableChildrenSection implements AnnualReportSection {

	/**
	 * The groups and the indicators that count them, in the order the report gives them.
	 */
	static final Map<String, List<String>> GROUPS = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
			Map.of("Children in need", List.of("in-need-at-end", "cin-in-period", "referrals", "re-referrals-12m"),
					"Children on a child protection plan",
					List.of("on-plan-at-end", "plans-started", "second-subsequent-plans", "plans-ended-2-years"),
					"Children looked after",
					List.of("looked-after-at-end", "looked-after-3-placements", "long-term-placement-stability"),
					"Care leavers", List.of("care-leavers-in-touch", "care-leavers-suitable-accommodation"),
					"Privately fostered children", List.of("private-fostering-notifications"),
					"Children missing and at risk of exploitation",
					List.of("cse-referrals", "missing-return-interviews-offered", "missing-return-interviews-accepted"),
					"Emotional and mental health", List.of("camhs-referrals", "camhs-seen-13-weeks"))));

	/** The order of the groups. */
	static final List<String> ORDER = List.of("Children in need", "Children on a child protection plan",
			"Children looked after", "Care leavers", "Privately fostered children",
			"Children missing and at risk of exploitation", "Emotional and mental health");

	private final Catalogue catalogue;

	private final Indicators indicators;

	private final Analysis analysis;

	private final FigureSources sources;

	VulnerableChildrenSection(Catalogue catalogue, Indicators indicators, Analysis analysis, FigureSources sources) {
		this.catalogue = catalogue;
		this.indicators = indicators;
		this.analysis = analysis;
		this.sources = sources;
	}

	@Override
	public AnnualReportPart part() {
		return AnnualReportPart.VULNERABLE_CHILDREN;
	}

	@Override
	public Optional<Contribution> contribute(long partnershipId, ReportingPeriod.FinancialYear year) {
		ReportingPeriod.FinancialYear last = ReportingPeriod.FinancialYear.starting(year.startYear() - 1);
		Map<String, IndicatorValue> now = this.sources.chosen(partnershipId, year.code(),
				byCode(this.indicators.stored(partnershipId, year.code())));
		Map<String, IndicatorValue> before = this.sources.chosen(partnershipId, last.code(),
				byCode(this.indicators.stored(partnershipId, last.code())));
		Map<String, Judgement> judged = this.analysis.judgeAll(partnershipId, year)
			.stream()
			.collect(Collectors.toMap((j) -> j.indicator().code(), Function.identity(), (a, b) -> a));
		Map<String, List<Paragraph>> notes = this.sources.notes(partnershipId, year);
		List<Block> blocks = new ArrayList<>();
		for (String group : ORDER) {
			blocks.add(new AnnualReportContent.Heading(group));
			List<Indicator> counted = GROUPS.get(group)
				.stream()
				.map((code) -> this.catalogue.find(partnershipId, code))
				.flatMap(Optional::stream)
				.toList();
			if (counted.isEmpty()) {
				blocks.add(Paragraph
					.of("No indicator in Assure's catalogue counts " + group.toLowerCase(java.util.Locale.UK)
							+ ", so no figure is given. Add one to the catalogue to report on them."));
				continue;
			}
			for (Indicator indicator : counted) {
				blocks.add(AnnualFigures.sentence(indicator, year, now.get(indicator.code()),
						before.get(indicator.code())));
				blocks.addAll(notes.getOrDefault(indicator.code(), List.of()));
			}
			Judgement first = judged.get(counted.get(0).code());
			if (first != null && first.points().size() >= 2) {
				List<Long> plotted = new ArrayList<>();
				for (Judgement.Point point : first.points()) {
					plotted.add((point.numerator() != null) ? point.numerator() : Math.round(point.value()));
					if (point.numerator() != null && point.denominator() != null) {
						plotted.add(point.denominator() - point.numerator());
					}
				}
				blocks.add(new AnnualReportContent.Chart(SpcChart.chart(first, "annual-" + first.indicator().code()),
						first.indicator().name() + ", by period up to " + year.label() + ". "
								+ (first.findings().isEmpty() ? "" : first.findings().get(0).split("(?<=\\.) ")[0]),
						plotted));
			}
		}
		return Optional.of(new Contribution("", blocks));
	}

	static Map<String, IndicatorValue> byCode(List<IndicatorValue> values) {
		return values.stream().collect(Collectors.toMap(IndicatorValue::code, Function.identity(), (a, b) -> a));
	}

}
