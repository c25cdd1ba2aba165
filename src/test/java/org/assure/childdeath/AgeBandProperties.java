package org.assure.childdeath;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over any birth day and any age before 18: the band never falls as the child gets older,
 * and neonatal is exactly the first 28 days.
 */
class AgeBandProperties {

	@Property
	void theBandNeverFallsWithAge(@ForAll @DateRange(min = "2000-01-01", max = "2020-12-31") LocalDate born,
			@ForAll @IntRange(min = 0, max = 6573) int days, @ForAll @IntRange(min = 0, max = 400) int more) {
		LocalDate died = born.plusDays(days);
		LocalDate later = died.plusDays(more);
		if (!later.isBefore(born.plusYears(18))) {
			return;
		}
		assertThat(AgeBand.of(born, later)).isGreaterThanOrEqualTo(AgeBand.of(born, died));
		assertThat(AgeBand.of(born, died) == AgeBand.NEONATAL).isEqualTo(ChronoUnit.DAYS.between(born, died) < 28);
	}

}
