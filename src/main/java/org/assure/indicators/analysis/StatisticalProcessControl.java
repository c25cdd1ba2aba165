package org.assure.indicators.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * XmR charts and the special-cause rules of NHS England's "Making Data Count", exactly as
 * ANALYSIS.md states them.
 */
public final class StatisticalProcessControl {

	/**
	 * Process limits are the centre line plus or minus this many average moving ranges (3
	 * sigma).
	 */
	public static final double LIMIT = 2.66;

	/**
	 * A point beyond this many average moving ranges is close to a limit: 2 sigma, two
	 * thirds of 2.66.
	 */
	public static final double CLOSE = LIMIT * 2 / 3;

	/** Moving ranges of this many averages or more are dropped when screening. */
	public static final double SCREEN = 3.267;

	/** Fewer points than this give trial limits. */
	public static final int TRIAL_BELOW = 12;

	private StatisticalProcessControl() {
	}

	/**
	 * Analyses a series.
	 * @param values the series, oldest first; at least two points
	 * @param options how to analyse it
	 * @return limits, flags and icons
	 */
	public static SpcResult analyse(double[] values, SpcOptions options) {
		if (values.length < 2) {
			throw new IllegalArgumentException("An SPC chart needs at least 2 points, not " + values.length);
		}
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				throw new IllegalArgumentException("Point " + (i + 1) + " is not a finite number");
			}
		}
		List<SpcResult.Group> groups = groups(values, options);
		List<Map<SpecialCause, Boolean>> causes = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			causes.add(new EnumMap<>(SpecialCause.class));
		}
		int[] groupOf = new int[values.length];
		for (int g = 0; g < groups.size(); g++) {
			SpcResult.Group group = groups.get(g);
			for (int i = group.from(); i <= group.to(); i++) {
				groupOf[i] = g;
			}
			outsideLimits(values, group, causes);
			trends(values, group, options.runLength(), causes);
			twoOfThree(values, group, causes);
			shifts(values, group, options.runLength(), causes);
		}
		List<SpcResult.Point> points = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			Map<SpecialCause, Boolean> found = causes.get(i);
			if (found.isEmpty()) {
				points.add(new SpcResult.Point(i, values[i], groupOf[i], null, null, null));
				continue;
			}
			SpecialCause first = found.keySet().iterator().next();
			boolean high = found.get(first);
			Boolean improving = null;
			if (options.better() != BetterDirection.NEUTRAL) {
				boolean anyImproving = found.values().stream().anyMatch((h) -> improving(h, options.better()));
				improving = anyImproving;
				if (anyImproving) {
					high = found.values()
						.stream()
						.filter((h) -> improving(h, options.better()))
						.findFirst()
						.orElse(high);
				}
			}
			points.add(new SpcResult.Point(i, values[i], groupOf[i], first, high, improving));
		}
		SpcResult.Point last = points.get(points.size() - 1);
		String rules = "Making Data Count: limits at mean ± 2.66 × average moving range"
				+ (options.screenMovingRanges() ? " (moving ranges screened)" : "")
				+ "; rules: a point beyond a limit; a trend of " + options.runLength()
				+ " rising or falling points; two of three points close to a limit; a shift of " + options.runLength()
				+ " points on one side of the mean";
		return new SpcResult(groups, points, variation(last, options.better()),
				assurance(groups.get(groups.size() - 1), options), options.runLength(), options.screenMovingRanges(),
				rules);
	}

	private static boolean improving(boolean high, BetterDirection better) {
		return (better == BetterDirection.UP) == high;
	}

	private static List<SpcResult.Group> groups(double[] values, SpcOptions options) {
		TreeSet<Integer> starts = new TreeSet<>();
		starts.add(0);
		for (int rebase : options.rebaseAt()) {
			if (rebase > 0 && rebase < values.length) {
				starts.add(rebase);
			}
		}
		List<SpcResult.Group> groups = new ArrayList<>();
		List<Integer> ordered = new ArrayList<>(starts);
		for (int g = 0; g < ordered.size(); g++) {
			int from = ordered.get(g);
			int to = (g + 1 < ordered.size()) ? ordered.get(g + 1) - 1 : values.length - 1;
			groups.add(limits(values, from, to, options));
		}
		return groups;
	}

	static SpcResult.Group limits(double[] values, int from, int to, SpcOptions options) {
		int size = to - from + 1;
		int baselineTo = (options.baselinePoints() > 1 && options.baselinePoints() < size)
				? from + options.baselinePoints() - 1 : to;
		double sum = 0;
		for (int i = from; i <= baselineTo; i++) {
			sum += values[i];
		}
		double mean = sum / (baselineTo - from + 1);
		List<Double> ranges = new ArrayList<>();
		for (int i = from + 1; i <= baselineTo; i++) {
			ranges.add(Math.abs(values[i] - values[i - 1]));
		}
		double averageRange = average(ranges);
		if (options.screenMovingRanges() && !ranges.isEmpty()) {
			double cut = SCREEN * averageRange;
			List<Double> kept = ranges.stream().filter((range) -> range < cut).toList();
			if (!kept.isEmpty()) {
				averageRange = average(kept);
			}
		}
		return new SpcResult.Group(from, to, mean, averageRange, mean + LIMIT * averageRange,
				mean - LIMIT * averageRange, mean + CLOSE * averageRange, mean - CLOSE * averageRange,
				(baselineTo - from + 1) < TRIAL_BELOW);
	}

	private static double average(List<Double> values) {
		return values.isEmpty() ? 0 : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
	}

	// Floating-point noise must not make a signal: a difference this small counts as
	// none.
	private static double tolerance(SpcResult.Group group) {
		return 1e-9 * Math.max(1, Math.max(Math.abs(group.centreLine()), group.averageMovingRange()));
	}

	private static boolean above(double value, double line, SpcResult.Group group) {
		return value - line > tolerance(group);
	}

	private static boolean below(double value, double line, SpcResult.Group group) {
		return line - value > tolerance(group);
	}

	private static void outsideLimits(double[] values, SpcResult.Group group, List<Map<SpecialCause, Boolean>> causes) {
		for (int i = group.from(); i <= group.to(); i++) {
			if (above(values[i], group.upperLimit(), group)) {
				causes.get(i).putIfAbsent(SpecialCause.OUTSIDE_LIMITS, true);
			}
			else if (below(values[i], group.lowerLimit(), group)) {
				causes.get(i).putIfAbsent(SpecialCause.OUTSIDE_LIMITS, false);
			}
		}
	}

	private static void trends(double[] values, SpcResult.Group group, int runLength,
			List<Map<SpecialCause, Boolean>> causes) {
		for (int direction : new int[] { 1, -1 }) {
			int runStart = group.from();
			for (int i = group.from() + 1; i <= group.to() + 1; i++) {
				boolean continues = i <= group.to() && Math.signum(values[i] - values[i - 1]) == direction;
				if (!continues) {
					if (i - runStart >= runLength) {
						for (int j = runStart; j < i; j++) {
							causes.get(j).putIfAbsent(SpecialCause.TREND, direction > 0);
						}
					}
					runStart = i;
				}
			}
		}
	}

	private static void twoOfThree(double[] values, SpcResult.Group group, List<Map<SpecialCause, Boolean>> causes) {
		for (int start = group.from(); start + 2 <= group.to(); start++) {
			for (boolean upper : new boolean[] { true, false }) {
				int close = 0;
				boolean sameSide = true;
				for (int i = start; i < start + 3; i++) {
					sameSide &= upper ? above(values[i], group.centreLine(), group)
							: below(values[i], group.centreLine(), group);
					if (closeTo(values[i], group, upper)) {
						close++;
					}
				}
				if (sameSide && close >= 2) {
					for (int i = start; i < start + 3; i++) {
						if (closeTo(values[i], group, upper)) {
							causes.get(i).putIfAbsent(SpecialCause.TWO_OF_THREE_CLOSE_TO_LIMIT, upper);
						}
					}
				}
			}
		}
	}

	private static boolean closeTo(double value, SpcResult.Group group, boolean upper) {
		return upper ? above(value, group.upperClose(), group) && !above(value, group.upperLimit(), group)
				: below(value, group.lowerClose(), group) && !below(value, group.lowerLimit(), group);
	}

	private static void shifts(double[] values, SpcResult.Group group, int runLength,
			List<Map<SpecialCause, Boolean>> causes) {
		int runStart = group.from();
		int side = side(values[group.from()], group);
		for (int i = group.from() + 1; i <= group.to() + 1; i++) {
			int current = (i <= group.to()) ? side(values[i], group) : 0;
			if (i > group.to() || current != side || current == 0) {
				if (side != 0 && i - runStart >= runLength) {
					for (int j = runStart; j < i; j++) {
						causes.get(j).putIfAbsent(SpecialCause.SHIFT, side > 0);
					}
				}
				runStart = i;
				side = current;
			}
		}
	}

	private static int side(double value, SpcResult.Group group) {
		return above(value, group.centreLine(), group) ? 1 : below(value, group.centreLine(), group) ? -1 : 0;
	}

	private static VariationIcon variation(SpcResult.Point last, BetterDirection better) {
		if (last.rule() == null || last.high() == null) {
			return VariationIcon.COMMON_CAUSE;
		}
		boolean high = last.high();
		if (better == BetterDirection.NEUTRAL) {
			return high ? VariationIcon.NEUTRAL_HIGH : VariationIcon.NEUTRAL_LOW;
		}
		if (Boolean.TRUE.equals(last.improving())) {
			return high ? VariationIcon.IMPROVING_HIGH : VariationIcon.IMPROVING_LOW;
		}
		return high ? VariationIcon.CONCERNING_HIGH : VariationIcon.CONCERNING_LOW;
	}

	static AssuranceIcon assurance(SpcResult.Group latest, SpcOptions options) {
		Double target = options.target();
		if (target == null || options.better() == BetterDirection.NEUTRAL) {
			return AssuranceIcon.NONE;
		}
		boolean higherIsBetter = options.better() == BetterDirection.UP;
		if (target > latest.upperLimit()) {
			return higherIsBetter ? AssuranceIcon.CONSISTENTLY_FAILS : AssuranceIcon.CONSISTENTLY_PASSES;
		}
		if (target < latest.lowerLimit()) {
			return higherIsBetter ? AssuranceIcon.CONSISTENTLY_PASSES : AssuranceIcon.CONSISTENTLY_FAILS;
		}
		return AssuranceIcon.HIT_AND_MISS;
	}

}
