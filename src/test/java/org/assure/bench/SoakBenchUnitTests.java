package org.assure.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak's verdict compares the last five minutes with the first five after the warm-up
 * minute, by their medians: steady figures are flat, a heap that keeps growing or latency
 * that keeps rising is not, and one slow minute does not decide it.
 */
class SoakBenchUnitTests {

	private final SoakBench soak = new SoakBench();

	@Test
	void steadyFiguresAreFlatAndTheWarmUpMinuteIsLeftOut() {
		List<SoakBench.Minute> rows = new ArrayList<>();
		rows.add(minute(1, 900_000_000L, 400.0));
		for (int m = 2; m <= 30; m++) {
			rows.add(minute(m, 200_000_000L + (m % 3) * 5_000_000L, 20.0 + (m % 2)));
		}
		rows.set(28, minute(29, 200_000_000L, 300.0));
		Map<String, Object> summary = this.soak.summary(rows, 0, 15, 30_000);
		assertThat(summary.get("flat")).isEqualTo(true);
		assertThat((double) summary.get("heapGrowth")).isBetween(0.9, 1.1);
		assertThat(summary.get("p95FirstMillis")).isEqualTo(20.0);
		assertThat(summary.get("importSecondsAverage")).isEqualTo(2.0);
		assertThat(summary.get("requests")).isEqualTo(30 * 1000L);
	}

	@Test
	void aHeapThatKeepsGrowingIsNotFlat() {
		List<SoakBench.Minute> rows = new ArrayList<>();
		for (int m = 1; m <= 30; m++) {
			rows.add(minute(m, 200_000_000L + m * 20_000_000L, 20.0));
		}
		Map<String, Object> summary = this.soak.summary(rows, 0, 15, 30_000);
		assertThat(summary.get("flat")).isEqualTo(false);
		assertThat((double) summary.get("heapGrowth")).isGreaterThan(SoakBench.FLAT);
		assertThat((double) summary.get("p95Growth")).isEqualTo(1.0);
	}

	@Test
	void latencyThatKeepsRisingIsNotFlat() {
		List<SoakBench.Minute> rows = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			rows.add(minute(m, 200_000_000L, 10.0 * m));
		}
		Map<String, Object> summary = this.soak.summary(rows, 0, 0, 0);
		assertThat(summary.get("flat")).isEqualTo(false);
		assertThat(summary.get("importSecondsAverage")).isEqualTo(0.0);
	}

	private static SoakBench.Minute minute(int minute, long heap, double p95) {
		return new SoakBench.Minute(minute, 1000, 0, p95 / 2, p95, p95 * 2, heap, 2 * heap, 60, 120, 50_000_000L,
				minute / 2);
	}

}
