package org.assure.indicators.analysis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a series is to be analysed.
 *
 * @param better which way is better
 * @param target the target, if any
 * @param runLength the length of a trend or shift: 7 (the default) or 6
 * @param screenMovingRanges whether to drop moving ranges of 3.267 times the average or
 * more and recompute once (off by default, as in the MDC tool)
 * @param rebaseAt the positions (from 0) at which a new set of limits starts
 * @param baselinePoints compute each group's limits from its first this many points only
 * (0 for all)
 */
public record SpcOptions(BetterDirection better, @Nullable Double target, int runLength, boolean screenMovingRanges,
		List<Integer> rebaseAt, int baselinePoints) {

	public SpcOptions {
		if (runLength != 6 && runLength != 7) {
			throw new IllegalArgumentException("The run length is 7 (the default) or 6, not " + runLength);
		}
		if (baselinePoints < 0) {
			throw new IllegalArgumentException("The baseline cannot be a negative number of points");
		}
		rebaseAt = List.copyOf(rebaseAt);
	}

	/**
	 * The defaults: run length 7, no screening, no rebase, limits from every point.
	 * @param better which way is better
	 * @param target the target, if any
	 * @return the options
	 */
	public static SpcOptions defaults(BetterDirection better, @Nullable Double target) {
		return new SpcOptions(better, target, 7, false, List.of(), 0);
	}

}
