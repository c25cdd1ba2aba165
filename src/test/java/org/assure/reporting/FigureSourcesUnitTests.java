package org.assure.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a published value is read as typed, and when two values are the same as a report
 * shows them.
 */
class FigureSourcesUnitTests {

	@Test
	void readsNumbersAsPeopleTypeThem() {
		assertThat(FigureSources.number("2,211")).isEqualTo(2211.0);
		assertThat(FigureSources.number(" 16.6% ")).isEqualTo(16.6);
		assertThat(FigureSources.number("0")).isEqualTo(0.0);
		assertThat(FigureSources.number("-3")).isNull();
		assertThat(FigureSources.number("two thousand")).isNull();
		assertThat(FigureSources.number("1e9")).isNull();
		assertThat(FigureSources.number("")).isNull();
	}

}
