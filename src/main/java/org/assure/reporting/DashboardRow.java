package org.assure.reporting;

import org.assure.indicators.Analysis;
import org.assure.indicators.Comparators;
import org.assure.indicators.Indicator;
import org.assure.indicators.Judgement;
import org.assure.indicators.Rag;
import org.assure.indicators.SpcChart;
import org.assure.indicators.analysis.AssuranceIcon;
import org.assure.indicators.analysis.BetterDirection;
import org.assure.indicators.analysis.VariationIcon;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One indicator as the dashboard shows it, everything already in words.
 *
 * @param code the indicator
 * @param name its name
 * @param period the latest period's label, or empty without values
 * @param value the latest value, or "No data"
 * @param target the target in words, or empty
 * @param rag the latest value's rating
 * @param variation the variation icon in words
 * @param concerning whether the variation is special cause concerning
 * @param assurance the assurance icon in words, or empty
 * @param sparkline the sparkline's SVG, or empty
 * @param change the change from the previous period, in words, or empty
 * @param yearOnYear the change from the same period a year before, in words, or empty
 * @param comparator the comparator for the latest year, in words, or empty
 * @param trial whether the limits are trial limits
 * @param redPeriods the periods of the series that were red, in words, or empty
 * @param withheld why the latest period's value is not shown (its definition looks back
 * further than the case data goes), or empty; such a value is judged neither against the
 * target nor by SPC
 * @param quality what the data-quality rules found in the case data behind the latest
 * value (which rules, how many children), or empty
 */
public record DashboardRow(String code, String name, String period, String value, String target, Rag rag,
		String variation, boolean concerning, String assurance, String sparkline, String change, String yearOnYear,
		String comparator, boolean trial, String redPeriods, String withheld, String quality) {

	/**
	 * The row of a judgement.
	 * @param judgement the judgement
	 * @return the row
	 */
	public static DashboardRow of(Judgement judgement) {
		Indicator indicator = judgement.indicator();
		Judgement.Point latest = judgement.latest();
		String target = "";
		if (indicator.target() != null && indicator.better() != BetterDirection.NEUTRAL) {
			target = ((indicator.better() == BetterDirection.UP) ? "At least " : "At most ")
					+ Analysis.show(indicator, indicator.target());
		}
		VariationIcon variation = (judgement.spc() != null) ? judgement.spc().variation() : null;
		AssuranceIcon assurance = (judgement.spc() != null) ? judgement.spc().assurance() : AssuranceIcon.NONE;
		Judgement.Withheld withheld = judgement.withheld();
		String comparator = "";
		String shownPeriod = (latest != null) ? latest.period() : ((withheld != null) ? withheld.period() : null);
		if (shownPeriod != null) {
			String year = org.assure.calendar.ReportingPeriod
				.financialYearOf(org.assure.calendar.ReportingPeriod.parse(shownPeriod).end())
				.code();
			for (Comparators.Comparator each : judgement.comparators()) {
				if (each.period().equals(year)) {
					comparator = each.area() + " " + Analysis.show(indicator, each.value()) + " (" + each.period()
							+ ")";
					break;
				}
			}
		}
		if (withheld != null) {
			return new DashboardRow(indicator.code(), indicator.name(), withheld.label(), NOT_ENOUGH_HISTORY, target,
					Rag.NONE, "Not judged", false, "", SpcChart.sparkline(judgement), "", "", comparator, false,
					redPeriods(judgement), withheld.reason(), "");
		}
		return new DashboardRow(indicator.code(), indicator.name(), (latest != null) ? latest.label() : "",
				(latest != null) ? Analysis.show(indicator, latest.value()) : "No data", target, judgement.rag(),
				words(variation),
				variation == VariationIcon.CONCERNING_HIGH || variation == VariationIcon.CONCERNING_LOW,
				words(assurance), SpcChart.sparkline(judgement), change(indicator, judgement.changeFromPrevious()),
				change(indicator, judgement.changeFromLastYear()), comparator,
				judgement.spc() != null && judgement.spc().latest().trial(), redPeriods(judgement), "",
				(latest != null && latest.quality() != null) ? latest.quality() : "");
	}

	/** What the dashboard shows in place of a value its definition cannot support. */
	public static final String NOT_ENOUGH_HISTORY = "Not enough history";

	/**
	 * The rating in words: "Not judged" when the value is withheld.
	 * @return the rating's label
	 */
	public String rating() {
		return this.withheld.isEmpty() ? this.rag.label() : "Not judged";
	}

	/**
	 * The variation in words, saying when the limits are only trial limits.
	 * @return the variation, such as "Common cause (Trial limits: fewer than 12 values)"
	 */
	public String variationAndLimits() {
		return this.trial ? this.variation + " (Trial limits: fewer than 12 values)" : this.variation;
	}

	static String redPeriods(Judgement judgement) {
		List<String> red = judgement.points()
			.stream()
			.filter((point) -> point.rag() == Rag.RED)
			.map(Judgement.Point::label)
			.toList();
		if (red.isEmpty()) {
			return "";
		}
		return "Red in " + red.size() + " of " + judgement.points().size() + ": " + String.join(", ", red);
	}

	static String words(@Nullable VariationIcon icon) {
		if (icon == null) {
			return "Too few values";
		}
		return switch (icon) {
			case COMMON_CAUSE -> "Common cause";
			case IMPROVING_HIGH -> "Special cause: improving (high)";
			case IMPROVING_LOW -> "Special cause: improving (low)";
			case CONCERNING_HIGH -> "Special cause: concerning (high)";
			case CONCERNING_LOW -> "Special cause: concerning (low)";
			case NEUTRAL_HIGH -> "Special cause (high)";
			case NEUTRAL_LOW -> "Special cause (low)";
		};
	}

	static String words(AssuranceIcon icon) {
		return switch (icon) {
			case CONSISTENTLY_FAILS -> "Will not meet the target";
			case CONSISTENTLY_PASSES -> "Will meet the target";
			case HIT_AND_MISS -> "Hit and miss";
			case NONE -> "";
		};
	}

	static String change(Indicator indicator, @Nullable Double change) {
		if (change == null) {
			return "";
		}
		String amount = indicator.percent() ? String.format(java.util.Locale.ROOT, "%.1f points", Math.abs(change))
				: Analysis.show(indicator, Math.abs(change));
		if (Math.abs(change) < 1e-9) {
			return "No change";
		}
		return ((change > 0) ? "Up " : "Down ") + amount;
	}

}
