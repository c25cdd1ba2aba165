package org.assure.indicators;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.analysis.BetterDirection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the RAG rating and of reporting frequencies.
 */
class RagAndFrequencyProperties {

	@Property
	void everyDateFallsInThePeriodOfEachFrequency(@ForAll("dates") LocalDate date) {
		for (Frequency frequency : Frequency.values()) {
			ReportingPeriod period = frequency.periodOf(date);
			assertThat(period.contains(date)).as(frequency + " " + period.code()).isTrue();
			assertThat(frequency.periodOf(period.start()).code()).isEqualTo(period.code());
		}
	}

	@Property
	void periodsBetweenTwoDatesFollowOnWithoutGapsOrOverlaps(@ForAll("dates") LocalDate from,
			@ForAll("dates") LocalDate to) {
		for (Frequency frequency : Frequency.values()) {
			List<ReportingPeriod> periods = frequency.periodsBetween(from, to);
			if (to.isBefore(frequency.periodOf(from).start())) {
				assertThat(periods).isEmpty();
				continue;
			}
			assertThat(periods.get(0).contains(from)).isTrue();
			assertThat(periods.get(periods.size() - 1).contains(to) || to.isBefore(from)).isTrue();
			for (int i = 1; i < periods.size(); i++) {
				assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
			}
		}
	}

	@Property
	void ratingNeverImprovesAsTheValueGetsWorse(@ForAll("values") double value, @ForAll("values") double step,
			@ForAll("values") double target, @ForAll("tolerances") double tolerance) {
		double worse = value - Math.abs(step);
		assertThat(Rag.of(worse, BetterDirection.UP, target, tolerance).ordinal())
			.isGreaterThanOrEqualTo(Rag.of(value, BetterDirection.UP, target, tolerance).ordinal());
		double higher = value + Math.abs(step);
		assertThat(Rag.of(higher, BetterDirection.DOWN, target, tolerance).ordinal())
			.isGreaterThanOrEqualTo(Rag.of(value, BetterDirection.DOWN, target, tolerance).ordinal());
	}

	@Property
	void upAndDownAreMirrors(@ForAll("values") double value, @ForAll("values") double target,
			@ForAll("tolerances") double tolerance) {
		assertThat(Rag.of(value, BetterDirection.UP, target, tolerance))
			.isEqualTo(Rag.of(-value, BetterDirection.DOWN, -target, tolerance));
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.integers().between(0, 365 * 30).map((days) -> LocalDate.of(2005, 1, 1).plusDays(days));
	}

	@Provide
	Arbitrary<Double> values() {
		return Arbitraries.integers().between(-2000, 2000).map((tenths) -> tenths / 10.0);
	}

	@Provide
	Arbitrary<Double> tolerances() {
		return Arbitraries.integers().between(0, 100).map((tenths) -> tenths / 10.0);
	}

}
