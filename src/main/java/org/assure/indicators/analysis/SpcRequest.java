package org.assure.indicators.analysis;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A request to analyse a series, as the API and the command line take it.
 *
 * @param values the series, oldest first
 * @param better up, down or neutral (default neutral)
 * @param target the target, if any
 * @param runLength 7 (default) or 6
 * @param screen whether to screen moving ranges (default no)
 * @param rebaseAt positions (from 0) where new limits start
 * @param baselinePoints compute limits from the first this many points of each group (0
 * for all)
 */
public record SpcRequest(@Nullable List<Double> values, @Nullable String better, @Nullable Double target,
		@Nullable Integer runLength, @Nullable Boolean screen, @Nullable List<Integer> rebaseAt,
		@Nullable Integer baselinePoints) {

	/**
	 * Checks the request and analyses the series.
	 * @return the analysis
	 * @throws IllegalArgumentException with a message for the caller when the request is
	 * wrong
	 */
	public SpcResult analyse() {
		if (this.values == null || this.values.size() < 2) {
			throw new IllegalArgumentException("Give at least 2 values");
		}
		double[] series = new double[this.values.size()];
		for (int i = 0; i < series.length; i++) {
			Double value = this.values.get(i);
			if (value == null) {
				throw new IllegalArgumentException("Value " + (i + 1) + " is empty");
			}
			series[i] = value;
		}
		return StatisticalProcessControl.analyse(series,
				new SpcOptions(direction(this.better), this.target, (this.runLength != null) ? this.runLength : 7,
						Boolean.TRUE.equals(this.screen), (this.rebaseAt != null) ? this.rebaseAt : List.of(),
						(this.baselinePoints != null) ? this.baselinePoints : 0));
	}

	/**
	 * Reads a better direction.
	 * @param text up, down or neutral (any case); null for neutral
	 * @return the direction
	 */
	public static BetterDirection direction(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return BetterDirection.NEUTRAL;
		}
		try {
			return BetterDirection.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The better direction is up, down or neutral, not '" + text + "'", ex);
		}
	}

}
