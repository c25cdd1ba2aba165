package org.assure.indicators;

import org.assure.indicators.analysis.BetterDirection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RAG at its boundaries (ANALYSIS.md): on the target is green, on the tolerance is amber,
 * beyond it red; no target or no direction gives no rating.
 */
class RagUnitTests {

	@Test
	void lowerIsBetterAtTheBoundaries() {
		assertThat(Rag.of(20.0, BetterDirection.DOWN, 20.0, 5.0)).isEqualTo(Rag.GREEN);
		assertThat(Rag.of(20.1, BetterDirection.DOWN, 20.0, 5.0)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(25.0, BetterDirection.DOWN, 20.0, 5.0)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(25.1, BetterDirection.DOWN, 20.0, 5.0)).isEqualTo(Rag.RED);
		assertThat(Rag.of(41.3, BetterDirection.DOWN, 20.0, 5.0)).isEqualTo(Rag.RED);
	}

	@Test
	void higherIsBetterAtTheBoundaries() {
		assertThat(Rag.of(80.0, BetterDirection.UP, 80.0, 2.0)).isEqualTo(Rag.GREEN);
		assertThat(Rag.of(78.0, BetterDirection.UP, 80.0, 2.0)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(77.9, BetterDirection.UP, 80.0, 2.0)).isEqualTo(Rag.RED);
	}

	@Test
	void withoutToleranceThereIsNoAmber() {
		assertThat(Rag.of(79.9, BetterDirection.UP, 80.0, null)).isEqualTo(Rag.RED);
	}

	@Test
	void noTargetOrNoDirectionGivesNoRating() {
		assertThat(Rag.of(50, BetterDirection.UP, null, null)).isEqualTo(Rag.NONE);
		assertThat(Rag.of(50, BetterDirection.NEUTRAL, 10.0, 1.0)).isEqualTo(Rag.NONE);
	}

}
