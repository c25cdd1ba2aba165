package org.assure.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Analysis;
import org.assure.indicators.Judgement;
import org.assure.indicators.Rag;
import org.assure.indicators.Theme;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The board's dashboard: every indicator judged up to a period, grouped by theme, with
 * what needs the board's attention counted first.
 */
@Service
public class Dashboard {

	private final Analysis analysis;

	/**
	 * The views last made, by what was asked, with the judgements they were made from: a
	 * view is made again only when the judgements change.
	 */
	private final Map<String, Made> made = new java.util.concurrent.ConcurrentHashMap<>();

	private record Made(List<Judgement> from, View view) {
	}

	Dashboard(Analysis analysis) {
		this.analysis = analysis;
	}

	/**
	 * A theme's rows.
	 *
	 * @param theme the theme
	 * @param rows its indicators
	 */
	public record Group(Theme theme, List<DashboardRow> rows) {
	}

	/**
	 * The dashboard for a period.
	 *
	 * @param period the period judged up to
	 * @param groups the themes and their indicators
	 * @param red how many indicators are red
	 * @param concerning how many show special cause concerning
	 * @param noData how many have no value
	 */
	public record View(ReportingPeriod period, List<Group> groups, long red, long concerning, long noData) {
	}

	/**
	 * The dashboard. The same view is returned for the same question until the figures
	 * behind it change, so that what is made of it can be kept as long.
	 * @param partnershipId the partnership
	 * @param period judge up to the end of this period
	 * @param theme only this theme, or null for all
	 * @param agencyId only the returns this agency owes, or null for all indicators
	 * @return the view
	 */
	public View view(long partnershipId, ReportingPeriod period, @Nullable Theme theme, @Nullable Long agencyId) {
		List<Judgement> judgements = this.analysis.judgeAll(partnershipId, period);
		String key = partnershipId + " " + period.code() + " " + theme + " " + agencyId;
		Made last = this.made.get(key);
		if (last != null && last.from() == judgements) {
			return last.view();
		}
		View view = view(judgements, period, theme, agencyId);
		if (this.made.size() > 500) {
			this.made.clear();
		}
		this.made.put(key, new Made(judgements, view));
		return view;
	}

	private static View view(List<Judgement> judgements, ReportingPeriod period, @Nullable Theme theme,
			@Nullable Long agencyId) {
		Map<Theme, List<DashboardRow>> byTheme = new LinkedHashMap<>();
		for (Theme each : Theme.values()) {
			byTheme.put(each, new ArrayList<>());
		}
		long red = 0;
		long concerning = 0;
		long noData = 0;
		for (Judgement judgement : judgements) {
			if (theme != null && judgement.indicator().theme() != theme) {
				continue;
			}
			if (agencyId != null && !agencyId.equals(judgement.indicator().returnAgencyId())) {
				continue;
			}
			DashboardRow row = DashboardRow.of(judgement);
			byTheme.get(judgement.indicator().theme()).add(row);
			red += (row.rag() == Rag.RED) ? 1 : 0;
			concerning += row.concerning() ? 1 : 0;
			noData += judgement.points().isEmpty() ? 1 : 0;
		}
		List<Group> groups = byTheme.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map((entry) -> new Group(entry.getKey(), entry.getValue()))
			.toList();
		return new View(period, groups, red, concerning, noData);
	}

	/**
	 * The period a dashboard opens on: the latest financial year with any value, or the
	 * current one.
	 * @param partnershipId the partnership
	 * @param today today
	 * @return the period
	 */
	public ReportingPeriod defaultPeriod(long partnershipId, java.time.LocalDate today) {
		return this.analysis.latestYear(partnershipId)
			.map(ReportingPeriod.class::cast)
			.orElse(ReportingPeriod.financialYearOf(today));
	}

}
