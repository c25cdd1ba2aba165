package org.assure.lado;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the resolution clock for any referral from 2010 to 2030: a later outcome
 * never falls in an earlier band, and each band ends exactly where KCSIE's months say.
 */
class ResolutionProperties {

	@Property
	void aLaterOutcomeNeverFallsInAnEarlierBand(@ForAll("days") LocalDate received,
			@ForAll @IntRange(min = 0, max = 800) int days, @ForAll @IntRange(min = 1, max = 60) int later) {
		Resolution sooner = Resolution.of(received, received.plusDays(days));
		Resolution afterwards = Resolution.of(received, received.plusDays(days + later));
		assertThat(afterwards.ordinal()).isGreaterThanOrEqualTo(sooner.ordinal());
	}

	@Property
	void eachBandEndsOnItsMonthsAnniversary(@ForAll("days") LocalDate received) {
		assertThat(Resolution.of(received, received.plusMonths(1))).isEqualTo(Resolution.ONE_MONTH);
		assertThat(Resolution.of(received, received.plusMonths(1).plusDays(1))).isEqualTo(Resolution.THREE_MONTHS);
		assertThat(Resolution.of(received, received.plusMonths(3))).isEqualTo(Resolution.THREE_MONTHS);
		assertThat(Resolution.of(received, received.plusMonths(3).plusDays(1))).isEqualTo(Resolution.TWELVE_MONTHS);
		assertThat(Resolution.of(received, received.plusMonths(12))).isEqualTo(Resolution.TWELVE_MONTHS);
		assertThat(Resolution.of(received, received.plusMonths(12).plusDays(1))).isEqualTo(Resolution.LONGER);
	}

	@Provide
	Arbitrary<LocalDate> days() {
		return Arbitraries.integers().between(0, 365 * 20).map((offset) -> LocalDate.of(2010, 1, 1).plusDays(offset));
	}

}
