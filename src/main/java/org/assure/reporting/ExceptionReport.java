package org.assure.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Analysis;
import org.assure.indicators.Commentaries;
import org.assure.indicators.Evidence;
import org.assure.indicators.Judgement;
import org.assure.indicators.Rag;
import org.assure.indicators.Returns;
import org.assure.indicators.Theme;
import org.assure.indicators.analysis.AssuranceIcon;
import org.assure.indicators.analysis.VariationIcon;

import org.springframework.stereotype.Service;

/**
 * The exception report for the Business Delivery Group: every indicator that is red, in
 * special cause concerning, failing assurance, stale or missing a return, and whether its
 * owner has written the commentary.
 */
@Service
public class ExceptionReport {

	private final Analysis analysis;

	private final Returns returns;

	private final Commentaries commentaries;

	private final Evidence evidence;

	ExceptionReport(Analysis analysis, Returns returns, Commentaries commentaries, Evidence evidence) {
		this.analysis = analysis;
		this.returns = returns;
		this.commentaries = commentaries;
		this.evidence = evidence;
	}

	/**
	 * An indicator needing attention.
	 *
	 * @param code the indicator
	 * @param name its name
	 * @param value its latest value and period, or "No data"
	 * @param reasons why it is on the report
	 * @param commentaryPeriod the period the commentary should be about
	 * @param commentaryWritten whether the owner has written it
	 * @param theme the indicator's theme
	 * @param evidence the audits, Section 11 results, case reviews and voices on the same
	 * theme, gathered by the end of the period, newest first: what the figure is
	 * triangulated with
	 */
	public record Flagged(String code, String name, String value, List<String> reasons, String commentaryPeriod,
			boolean commentaryWritten, Theme theme, List<Evidence.Item> evidence) {
	}

	/**
	 * The report for a period.
	 * @param partnershipId the partnership
	 * @param period judge up to the end of this period
	 * @return the exceptions, in catalogue order
	 */
	public List<Flagged> of(long partnershipId, ReportingPeriod period) {
		Set<String> missing = this.returns.missing(partnershipId, ReportingPeriod.financialYearOf(period.end()), null)
			.stream()
			.filter((item) -> !ReportingPeriod.parse(item.period()).end().isAfter(period.end()) && item.late())
			.map(Returns.MissingReturn::indicatorCode)
			.collect(Collectors.toSet());
		Set<String> written = this.commentaries.written(partnershipId);
		Map<Theme, List<Evidence.Item>> onTheme = new EnumMap<>(Theme.class);
		List<Flagged> exceptions = new ArrayList<>();
		for (Judgement judgement : this.analysis.judgeAll(partnershipId, period)) {
			List<String> reasons = new ArrayList<>();
			Judgement.Point latest = judgement.latest();
			if (judgement.rag() == Rag.RED) {
				reasons.add("Red against target");
			}
			if (judgement.spc() != null && (judgement.spc().variation() == VariationIcon.CONCERNING_HIGH
					|| judgement.spc().variation() == VariationIcon.CONCERNING_LOW)) {
				reasons.add("Special cause concerning");
			}
			if (judgement.spc() != null && judgement.spc().assurance() == AssuranceIcon.CONSISTENTLY_FAILS) {
				reasons.add("Will not meet the target as it runs");
			}
			if (latest != null && ReportingPeriod.parse(latest.period())
				.end()
				.plusDays(judgement.indicator().staleAfterDays())
				.isBefore(period.end())) {
				reasons.add("Stale: the latest value is for " + latest.label());
			}
			if (missing.contains(judgement.indicator().code())) {
				reasons.add("Return late");
			}
			if (reasons.isEmpty()) {
				continue;
			}
			String commentaryPeriod = (latest != null) ? latest.period() : period.code();
			Theme theme = judgement.indicator().theme();
			List<Evidence.Item> evidence = onTheme.computeIfAbsent(theme,
					(t) -> this.evidence.onTheme(partnershipId, t)
						.stream()
						.filter((item) -> !item.date().isAfter(period.end()))
						.toList());
			exceptions.add(new Flagged(judgement.indicator().code(), judgement.indicator().name(), (latest != null)
					? Analysis.show(judgement.indicator(), latest.value()) + " (" + latest.label() + ")" : "No data",
					reasons, commentaryPeriod, written.contains(judgement.indicator().code() + " " + commentaryPeriod),
					theme, evidence));
		}
		return exceptions;
	}

}
