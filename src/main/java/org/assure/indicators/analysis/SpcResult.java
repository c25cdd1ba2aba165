package org.assure.indicators.analysis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A series judged by statistical process control.
 *
 * @param groups the sets of limits, one per rebase group
 * @param points every point with its limits and flags
 * @param variation the latest point's variation icon
 * @param assurance the assurance icon against the latest limits
 * @param runLength the run length used for trends and shifts
 * @param screened whether moving ranges were screened
 * @param rules the rule set used, in words, for the report
 */
public record SpcResult(List<Group> groups, List<Point> points, VariationIcon variation, AssuranceIcon assurance,
		int runLength, boolean screened, String rules) {

	/**
	 * One set of limits.
	 *
	 * @param from the first point's position
	 * @param to the last point's position
	 * @param centreLine the mean
	 * @param averageMovingRange the average moving range
	 * @param upperLimit the upper process limit
	 * @param lowerLimit the lower process limit
	 * @param upperClose the line beyond which a point is close to the upper limit (2
	 * sigma)
	 * @param lowerClose the line beyond which a point is close to the lower limit
	 * @param trial whether the limits are trial limits (fewer than 12 points)
	 */
	public record Group(int from, int to, double centreLine, double averageMovingRange, double upperLimit,
			double lowerLimit, double upperClose, double lowerClose, boolean trial) {
	}

	/**
	 * One point.
	 *
	 * @param index its position, from 0
	 * @param value its value
	 * @param group the position of its group in {@link SpcResult#groups()}
	 * @param rule the first special-cause rule that flags it, or null
	 * @param high whether the special cause is high (true) or low (false); null without
	 * one
	 * @param improving whether the special cause is improving; null without one or for a
	 * neutral measure
	 */
	public record Point(int index, double value, int group, @Nullable SpecialCause rule, @Nullable Boolean high,
			@Nullable Boolean improving) {
	}

	/**
	 * The limits in force at the latest point.
	 * @return the last group
	 */
	public Group latest() {
		return this.groups.get(this.groups.size() - 1);
	}

}
