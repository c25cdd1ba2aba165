package org.assure.training;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over any counts: a no-show rate is a share from 0 to 100 that rises with the no-shows
 * and falls with the attendances.
 */
class TrainingFiguresProperties {

	@Property
	void theNoShowRateIsAShareThatMovesTheRightWay(@ForAll @IntRange(min = 0, max = 5000) int attended,
			@ForAll @IntRange(min = 0, max = 5000) int noShows) {
		Double rate = TrainingFigures.noShowRate(attended, noShows);
		if (attended + noShows == 0) {
			assertThat(rate).isNull();
			return;
		}
		assertThat(rate).isBetween(0.0, 100.0);
		assertThat(TrainingFigures.noShowRate(attended, noShows + 1)).isGreaterThanOrEqualTo(rate);
		assertThat(TrainingFigures.noShowRate(attended + 1, noShows)).isLessThanOrEqualTo(rate);
	}

}
