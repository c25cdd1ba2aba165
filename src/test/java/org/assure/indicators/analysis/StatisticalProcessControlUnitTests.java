package org.assure.indicators.analysis;

import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The check values and rules of ANALYSIS.md, recomputed independently there.
 */
class StatisticalProcessControlUnitTests {

	private static final SpcOptions UP = SpcOptions.defaults(BetterDirection.UP, null);

	@Test
	void reproducesTheLimitsOfOneToTen() {
		SpcResult.Group group = analyse(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).latest();
		assertThat(group.centreLine()).isCloseTo(5.5, within(1e-9));
		assertThat(group.lowerLimit()).isCloseTo(2.84, within(1e-9));
		assertThat(group.upperLimit()).isCloseTo(8.16, within(1e-9));
		assertThat(group.lowerClose()).isCloseTo(3.72667, within(1e-5));
		assertThat(group.upperClose()).isCloseTo(7.27333, within(1e-5));
		assertThat(group.trial()).isTrue();
	}

	@Test
	void reproducesTheLimitsOfThreeOneFour() {
		SpcResult.Group group = analyse(3, 1, 4, 1, 5, 9, 2).latest();
		assertThat(group.centreLine()).isCloseTo(3.571429, within(1e-6));
		assertThat(group.lowerLimit()).isCloseTo(-6.625238, within(1e-6));
		assertThat(group.upperLimit()).isCloseTo(13.768095, within(1e-6));
	}

	@Test
	void reproducesScreenedAndUnscreenedLimits() {
		double[] series = { 1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1 };
		SpcResult.Group plain = StatisticalProcessControl.analyse(series, UP).latest();
		assertThat(plain.centreLine()).isCloseTo(1.9444, within(1e-4));
		assertThat(plain.lowerLimit()).isCloseTo(-3.0626, within(1e-4));
		assertThat(plain.upperLimit()).isCloseTo(6.9515, within(1e-4));
		SpcResult.Group screened = StatisticalProcessControl
			.analyse(series, new SpcOptions(BetterDirection.UP, null, 7, true, List.of(), 0))
			.latest();
		assertThat(screened.lowerLimit()).isCloseTo(-0.7156, within(1e-4));
		assertThat(screened.upperLimit()).isCloseTo(4.6044, within(1e-4));
		assertThat(screened.trial()).isFalse();
	}

	@Test
	void findsATrendOfSevenRisingPoints() {
		SpcResult result = analyse(1, 2, 3, 4, 5, 6, 7);
		// 1 and 7 lie beyond the limits (mean 4, limits 1.34 and 6.66): that rule is
		// tried first.
		assertThat(result.points().subList(1, 6)).allSatisfy((point) -> {
			assertThat(point.rule()).isEqualTo(SpecialCause.TREND);
			assertThat(point.high()).isTrue();
		});
		assertThat(result.points()).allSatisfy((point) -> assertThat(point.rule()).isNotNull());
		assertThat(result.variation()).isEqualTo(VariationIcon.IMPROVING_HIGH);
	}

	@Test
	void aTieBreaksATrend() {
		SpcResult result = analyse(1, 2, 3, 3, 4, 5, 6);
		assertThat(result.points()).noneMatch((point) -> point.rule() == SpecialCause.TREND);
	}

	@Test
	void sixIsATrendOnlyWhenTheRunLengthIsSix() {
		double[] six = { 5, 1, 2, 3, 4, 5, 6, 2 };
		assertThat(StatisticalProcessControl.analyse(six, UP).points())
			.noneMatch((point) -> point.rule() == SpecialCause.TREND);
		assertThat(
				StatisticalProcessControl.analyse(six, new SpcOptions(BetterDirection.UP, null, 6, false, List.of(), 0))
					.points())
			.anyMatch((point) -> point.rule() == SpecialCause.TREND);
	}

	@Test
	void pointsCloseToOppositeLimitsAreCommonCause() {
		// ±1 alternating, with 5.5 and −5.5 on opposite sides of the mean.
		double[] series = { 1, -1, 1, -1, 1, -1, 5.5, -5.5, 1, -1, 1, -1, 1, -1 };
		SpcResult result = StatisticalProcessControl.analyse(series, UP);
		assertThat(result.points()).allSatisfy((point) -> assertThat(point.rule()).isNull());
		assertThat(result.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

	@Test
	void flagsOnlyThePointsCloseToALimitInTwoOfThree() {
		double[] series = new double[30];
		for (int i = 0; i < series.length; i++) {
			series[i] = (i % 2 == 0) ? 10 : 11;
		}
		series[12] = 12.8;
		series[14] = 12.8;
		SpcResult result = StatisticalProcessControl.analyse(series, SpcOptions.defaults(BetterDirection.DOWN, null));
		SpcResult.Group group = result.latest();
		assertThat(series[12]).isGreaterThan(group.upperClose()).isLessThanOrEqualTo(group.upperLimit());
		assertThat(series[13]).isGreaterThan(group.centreLine()).isLessThan(group.upperClose());
		assertThat(result.points().get(12).rule()).isEqualTo(SpecialCause.TWO_OF_THREE_CLOSE_TO_LIMIT);
		assertThat(result.points().get(14).rule()).isEqualTo(SpecialCause.TWO_OF_THREE_CLOSE_TO_LIMIT);
		assertThat(result.points().get(13).rule()).isNull();
		assertThat(result.points().get(14).improving()).isFalse();
	}

	@Test
	void findsAShiftAndAPointOnTheMeanBreaksIt() {
		double[] shifted = { 1, 9, 1, 9, 1, 9, 1, 6, 6, 6, 6, 6, 6, 6 };
		SpcResult result = StatisticalProcessControl.analyse(shifted, SpcOptions.defaults(BetterDirection.DOWN, null));
		assertThat(result.points().subList(7, 14)).allSatisfy((point) -> {
			assertThat(point.rule()).isEqualTo(SpecialCause.SHIFT);
			assertThat(point.high()).isTrue();
		});
		assertThat(result.variation()).isEqualTo(VariationIcon.CONCERNING_HIGH);
		double[] broken = shifted.clone();
		// The value that is the mean of the series it is in: (67 + x) / 14 = x.
		broken[10] = 67.0 / 13;
		assertThat(StatisticalProcessControl.analyse(broken, UP).latest().centreLine()).isCloseTo(broken[10],
				within(1e-12));
		assertThat(StatisticalProcessControl.analyse(broken, UP).points())
			.noneMatch((point) -> point.rule() == SpecialCause.SHIFT);
	}

	@Test
	void judgesAssuranceWithStrictBoundaries() {
		SpcResult.Group group = analyse(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).latest();
		assertThat(icon(BetterDirection.UP, 8.17)).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
		assertThat(icon(BetterDirection.UP, group.upperLimit())).isEqualTo(AssuranceIcon.HIT_AND_MISS);
		assertThat(icon(BetterDirection.UP, 2.83)).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);
		assertThat(icon(BetterDirection.UP, group.lowerLimit())).isEqualTo(AssuranceIcon.HIT_AND_MISS);
		assertThat(icon(BetterDirection.DOWN, 8.17)).isEqualTo(AssuranceIcon.CONSISTENTLY_PASSES);
		assertThat(icon(BetterDirection.DOWN, 2.83)).isEqualTo(AssuranceIcon.CONSISTENTLY_FAILS);
		assertThat(icon(BetterDirection.UP, null)).isEqualTo(AssuranceIcon.NONE);
		assertThat(icon(BetterDirection.NEUTRAL, 5.0)).isEqualTo(AssuranceIcon.NONE);
	}

	@Test
	void theAppendixDAssessmentBacklogHasTrialLimitsAndNoSpecialCause() {
		// Appendix (d): % of assessments open at month end beyond 45 days, May 2014 to
		// January 2015.
		SpcResult result = StatisticalProcessControl.analyse(
				new double[] { 17.8, 21.7, 41.3, 42.6, 21.2, 21.8, 28.4, 30.8, 9.5 },
				SpcOptions.defaults(BetterDirection.DOWN, 20.0));
		assertThat(result.latest().trial()).isTrue();
		assertThat(result.points()).allSatisfy((point) -> assertThat(point.rule()).isNull());
		assertThat(result.variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
		assertThat(result.assurance()).isEqualTo(AssuranceIcon.HIT_AND_MISS);
	}

	@Test
	void startsNewLimitsAtARebase() {
		SpcResult result = StatisticalProcessControl.analyse(new double[] { 1, 2, 1, 2, 1, 11, 12, 11, 12, 11 },
				new SpcOptions(BetterDirection.UP, null, 7, false, List.of(5), 0));
		assertThat(result.groups()).hasSize(2);
		assertThat(result.groups().get(0).centreLine()).isCloseTo(1.4, within(1e-9));
		assertThat(result.groups().get(1).centreLine()).isCloseTo(11.4, within(1e-9));
		assertThat(result.points()).allSatisfy((point) -> assertThat(point.rule()).isNull());
	}

	@Test
	void refusesTooFewOrNonFinitePoints() {
		assertThatIllegalArgumentException().isThrownBy(() -> analyse(1));
		assertThatIllegalArgumentException().isThrownBy(() -> analyse(1, Double.NaN))
			.withMessage("Point 2 is not a finite number");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SpcOptions(BetterDirection.UP, null, 5, false, List.of(), 0));
	}

	@Property
	void limitsAreSymmetricAndMoveWithTheSeries(
			@ForAll @Size(min = 2, max = 60) List<@DoubleRange(min = -1e4, max = 1e4) Double> values,
			@ForAll @DoubleRange(min = -1e3, max = 1e3) double shift) {
		double[] series = values.stream().mapToDouble(Double::doubleValue).toArray();
		double[] moved = IntStream.range(0, series.length).mapToDouble((i) -> series[i] + shift).toArray();
		SpcResult.Group group = StatisticalProcessControl.analyse(series, UP).latest();
		SpcResult.Group movedGroup = StatisticalProcessControl.analyse(moved, UP).latest();
		assertThat(group.upperLimit() - group.centreLine()).isCloseTo(group.centreLine() - group.lowerLimit(),
				within(1e-6));
		assertThat(group.lowerClose()).isBetween(group.lowerLimit(), group.centreLine());
		assertThat(movedGroup.centreLine()).isCloseTo(group.centreLine() + shift, within(1e-6));
		assertThat(movedGroup.averageMovingRange()).isCloseTo(group.averageMovingRange(), within(1e-6));
	}

	@Property
	void aConstantSeriesIsCommonCause(@ForAll @DoubleRange(min = -100, max = 100) double value,
			@ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 40) int length) {
		double[] series = new double[length];
		java.util.Arrays.fill(series, value);
		SpcResult result = StatisticalProcessControl.analyse(series, UP);
		assertThat(result.points()).allSatisfy((point) -> assertThat(point.rule()).isNull());
	}

	private static SpcResult analyse(double... values) {
		return StatisticalProcessControl.analyse(values, UP);
	}

	private static AssuranceIcon icon(BetterDirection better, Double target) {
		return StatisticalProcessControl
			.analyse(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, SpcOptions.defaults(better, target))
			.assurance();
	}

}
