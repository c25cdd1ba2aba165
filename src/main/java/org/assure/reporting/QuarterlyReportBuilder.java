package org.assure.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Analysis;
import org.assure.indicators.Commentaries;
import org.assure.indicators.Evidence;
import org.assure.indicators.Judgement;
import org.assure.indicators.Rag;
import org.assure.indicators.SpcChart;
import org.assure.indicators.Theme;
import org.assure.partnership.Partnerships;

import org.springframework.stereotype.Component;

/**
 * Gathers what a quarterly performance report says: the dashboard's judgements up to the
 * period for the themes chosen, each indicator's chart, findings and commentary, the
 * exception report and the sub-groups' report cards.
 */
@Component
class QuarterlyReportBuilder {

	/** How many of an indicator's latest values the report lists beside its chart. */
	static final int VALUES_SHOWN = 12;

	private final Analysis analysis;

	private final Commentaries commentaries;

	private final ExceptionReport exceptions;

	private final ReportCards cards;

	private final Partnerships partnerships;

	private final Clock clock;

	private final Evidence evidence;

	QuarterlyReportBuilder(Analysis analysis, Commentaries commentaries, ExceptionReport exceptions, ReportCards cards,
			Partnerships partnerships, Clock clock, Evidence evidence) {
		this.evidence = evidence;
		this.analysis = analysis;
		this.commentaries = commentaries;
		this.exceptions = exceptions;
		this.cards = cards;
		this.partnerships = partnerships;
		this.clock = clock;
	}

	/** Told how far the report has got. */
	@FunctionalInterface
	interface Progress {

		/**
		 * Progress so far.
		 * @param done steps done
		 * @param total steps in all
		 * @param step what is being done now
		 */
		void progressed(int done, int total, String step);

	}

	/**
	 * The report's content.
	 * @param partnershipId the partnership
	 * @param period judge up to the end of this period
	 * @param themes the themes to report on
	 * @param username who asked for it
	 * @param extraSteps steps that follow this one (the renderings), counted in the total
	 * @param progress told as each indicator is written up
	 * @return the content
	 */
	QuarterlyReportContent build(long partnershipId, ReportingPeriod period, Set<Theme> themes, String username,
			int extraSteps, Progress progress) {
		progress.progressed(0, 1 + extraSteps, "Judging the indicators");
		List<Judgement> judgements = this.analysis.judgeAll(partnershipId, period)
			.stream()
			.filter((judgement) -> themes.contains(judgement.indicator().theme()))
			.toList();
		int total = 1 + judgements.size() + extraSteps;
		progress.progressed(1, total, "Judging the indicators");
		Map<Theme, List<QuarterlyReportContent.Item>> byTheme = new LinkedHashMap<>();
		for (Theme theme : Theme.values()) {
			if (themes.contains(theme)) {
				byTheme.put(theme, new ArrayList<>());
			}
		}
		long red = 0;
		long concerning = 0;
		long noData = 0;
		int done = 1;
		for (Judgement judgement : judgements) {
			progress.progressed(done, total, "Writing up " + judgement.indicator().name());
			DashboardRow row = DashboardRow.of(judgement);
			red += (row.rag() == Rag.RED) ? 1 : 0;
			concerning += row.concerning() ? 1 : 0;
			noData += judgement.points().isEmpty() ? 1 : 0;
			byTheme.get(judgement.indicator().theme()).add(item(partnershipId, period, judgement, row));
			done++;
		}
		List<QuarterlyReportContent.Section> sections = byTheme.entrySet()
			.stream()
			.map((entry) -> new QuarterlyReportContent.Section(entry.getKey().label(), List.copyOf(entry.getValue()),
					this.evidence.onTheme(partnershipId, entry.getKey())))
			.toList();
		Set<String> codes = new java.util.HashSet<>();
		judgements.forEach((judgement) -> codes.add(judgement.indicator().code()));
		List<ExceptionReport.Flagged> flagged = this.exceptions.of(partnershipId, period)
			.stream()
			.filter((each) -> codes.contains(each.code()))
			.toList();
		String quarter = ReportCards.quarterOf(period).code();
		String name = this.partnerships.findById(partnershipId).map((p) -> p.name()).orElse("");
		progress.progressed(done, total, "Laying out the report");
		return new QuarterlyReportContent(name, period.code(), period.label(),
				themes.stream().sorted().map(Theme::label).toList(), this.clock.instant(), username, red, concerning,
				noData, List.copyOf(this.cards.current(partnershipId, quarter).values()), flagged, sections);
	}

	private QuarterlyReportContent.Item item(long partnershipId, ReportingPeriod period, Judgement judgement,
			DashboardRow row) {
		Judgement.Point latest = judgement.latest();
		String commentaryPeriod = (latest != null) ? latest.period() : period.code();
		QuarterlyReportContent.Commentary commentary = this.commentaries
			.current(partnershipId, judgement.indicator().code(), commentaryPeriod)
			.map((c) -> new QuarterlyReportContent.Commentary(c.what(), c.soWhat(), c.whatNext(), c.writtenBy()))
			.orElse(null);
		List<Judgement.Point> points = judgement.points();
		List<QuarterlyReportContent.Value> values = points
			.subList(Math.max(0, points.size() - VALUES_SHOWN), points.size())
			.stream()
			.map((point) -> new QuarterlyReportContent.Value(point.label(),
					Analysis.show(judgement.indicator(), point.value()), point.rag().label()))
			.toList();
		return new QuarterlyReportContent.Item(row, SpcChart.chart(judgement, "chart-" + judgement.indicator().code()),
				String.join(" ", judgement.findings()), judgement.findings(),
				(latest != null) ? latest.label() : period.label(), commentary, values);
	}

}
