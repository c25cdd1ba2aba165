package org.assure.indicators;

import java.util.List;

import org.assure.indicators.analysis.SpcResult;
import org.jspecify.annotations.Nullable;

/**
 * What Assure says about an indicator: its series, each point rated against the target
 * and judged by statistical process control, the changes, the comparators, and the
 * findings in words.
 *
 * @param indicator the indicator
 * @param points the series, oldest first
 * @param spc the SPC analysis, null with fewer than two points
 * @param rag the latest point's rating
 * @param changeFromPrevious the latest value less the one before, if both exist
 * @param changeFromLastYear the latest value less the same period a year before, if both
 * exist
 * @param comparators published figures to compare with
 * @param findings what the analysis finds, in sentences, without inventing a signal
 * @param ratePer10000 the latest value per 10,000 children aged 0 to 17, for the counts
 * the DfE publishes as rates, when the area's population is recorded
 * @param population where the population behind the rate comes from
 * @param withheld why the latest period has no value although it was computed (its
 * definition looks back further than the case data goes), or null; such a period is
 * judged neither against the target nor by SPC
 */
public record Judgement(Indicator indicator, List<Point> points, @Nullable SpcResult spc, Rag rag,
		@Nullable Double changeFromPrevious, @Nullable Double changeFromLastYear,
		List<Comparators.Comparator> comparators, List<String> findings, @Nullable Double ratePer10000,
		@Nullable String population, @Nullable Withheld withheld) {

	/**
	 * A period whose value was computed but is not shown, and why.
	 *
	 * @param period the period's code
	 * @param label the period's label
	 * @param reason why, in a sentence, such as "Not enough history: the case data starts
	 * 1 April 2014; this measure needs it from 1 April 2013"
	 */
	public record Withheld(String period, String label, String reason) {

		/**
		 * The reason with the period it applies to.
		 * @return such as "Not enough history: ... (2014-15)"
		 */
		public String sentence() {
			return this.reason + " (" + this.label + ")";
		}

	}

	/**
	 * A judgement with nothing withheld.
	 * @param indicator the indicator
	 * @param points the series
	 * @param spc the SPC analysis
	 * @param rag the latest point's rating
	 * @param changeFromPrevious the change from the period before
	 * @param changeFromLastYear the change from a year before
	 * @param comparators published figures
	 * @param findings the findings in sentences
	 * @param ratePer10000 the rate per 10,000 children
	 * @param population where the population comes from
	 */
	public Judgement(Indicator indicator, List<Point> points, @Nullable SpcResult spc, Rag rag,
			@Nullable Double changeFromPrevious, @Nullable Double changeFromLastYear,
			List<Comparators.Comparator> comparators, List<String> findings, @Nullable Double ratePer10000,
			@Nullable String population) {
		this(indicator, points, spc, rag, changeFromPrevious, changeFromLastYear, comparators, findings, ratePer10000,
				population, null);
	}

	/**
	 * The latest point.
	 * @return the point, or null for an empty series
	 */
	public @Nullable Point latest() {
		return this.points.isEmpty() ? null : this.points.get(this.points.size() - 1);
	}

	/**
	 * One point of the series.
	 *
	 * @param period the period's code
	 * @param label the period as people read it
	 * @param value the value
	 * @param numerator the count or part, if known
	 * @param denominator the whole, if known
	 * @param rag its rating against the target
	 * @param spc its SPC flags, null without an analysis
	 * @param provenance where the value came from: the return and its version, or the
	 * computation and its batches
	 * @param quality what the data-quality rules found in the batches it was computed
	 * from (which rules, how many children), or null when they found nothing
	 */
	public record Point(String period, String label, double value, @Nullable Long numerator, @Nullable Long denominator,
			Rag rag, SpcResult.@Nullable Point spc, String provenance, @Nullable String quality) {

		/**
		 * A point from clean data, or returned by an agency.
		 * @param period the period's code
		 * @param label the period's label
		 * @param value the value
		 * @param numerator the count or part
		 * @param denominator the whole
		 * @param rag its rating
		 * @param spc its SPC flags
		 * @param provenance where it came from
		 */
		public Point(String period, String label, double value, @Nullable Long numerator, @Nullable Long denominator,
				Rag rag, SpcResult.@Nullable Point spc, String provenance) {
			this(period, label, value, numerator, denominator, rag, spc, provenance, null);
		}

	}

}
