package org.assure.childdeath;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The age bands at their edges: 27 and 28 days, the first birthday, a birthday on 29
 * February, and the 18th birthday, outside a child death review's scope.
 */
class AgeBandUnitTests {

	private static final LocalDate BORN = LocalDate.of(2014, 1, 10);

	@Test
	void theNeonatalBandEndsAtTwentyEightDays() {
		assertThat(AgeBand.of(BORN, BORN)).isEqualTo(AgeBand.NEONATAL);
		assertThat(AgeBand.of(BORN, BORN.plusDays(27))).isEqualTo(AgeBand.NEONATAL);
		assertThat(AgeBand.of(BORN, BORN.plusDays(28))).isEqualTo(AgeBand.INFANT);
	}

	@Test
	void eachBandStartsOnItsBirthday() {
		assertThat(AgeBand.of(BORN, BORN.plusYears(1).minusDays(1))).isEqualTo(AgeBand.INFANT);
		assertThat(AgeBand.of(BORN, BORN.plusYears(1))).isEqualTo(AgeBand.AGE_1_4);
		assertThat(AgeBand.of(BORN, BORN.plusYears(5).minusDays(1))).isEqualTo(AgeBand.AGE_1_4);
		assertThat(AgeBand.of(BORN, BORN.plusYears(5))).isEqualTo(AgeBand.AGE_5_9);
		assertThat(AgeBand.of(BORN, BORN.plusYears(10))).isEqualTo(AgeBand.AGE_10_14);
		assertThat(AgeBand.of(BORN, BORN.plusYears(15))).isEqualTo(AgeBand.AGE_15_17);
		assertThat(AgeBand.of(BORN, BORN.plusYears(18).minusDays(1))).isEqualTo(AgeBand.AGE_15_17);
	}

	@Test
	void aLeapDayBirthdayTurnsOnTheFirstOfMarch() {
		LocalDate leap = LocalDate.of(2012, 2, 29);
		assertThat(AgeBand.of(leap, LocalDate.of(2013, 2, 28))).isEqualTo(AgeBand.INFANT);
		assertThat(AgeBand.of(leap, LocalDate.of(2013, 3, 1))).isEqualTo(AgeBand.AGE_1_4);
	}

	@Test
	void deathsOutsideTheScopeAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> AgeBand.of(BORN, BORN.plusYears(18)))
			.withMessage("A child death review covers children who die before their 18th birthday");
		assertThatIllegalArgumentException().isThrownBy(() -> AgeBand.of(BORN, BORN.minusDays(1)))
			.withMessage("The day of death is before the day of birth");
	}

	@Test
	void aDeathIsReviewedOnceAndNotAtAPanelBeforeItsNotification() {
		ChildDeath death = new ChildDeath(1, "k", LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 2), null,
				DeathKind.EXPECTED, "Area", false, null, null, null, null, java.util.Set.of());
		org.assertj.core.api.Assertions.assertThatExceptionOfType(IllegalChildDeathMoveException.class)
			.isThrownBy(() -> death.checkReview(LocalDate.of(2014, 6, 1)))
			.withMessage("The panel of 2014-06-01 was held before the death was notified on 2014-06-02: "
					+ "choose a later panel");
		death.checkReview(LocalDate.of(2014, 6, 2));
		ChildDeath reviewed = new ChildDeath(1, "k", LocalDate.of(2014, 6, 1), LocalDate.of(2014, 6, 2), null,
				DeathKind.EXPECTED, "Area", false, 3L, LocalDate.of(2014, 7, 1), null, Modifiable.NO,
				java.util.Set.of());
		org.assertj.core.api.Assertions.assertThatExceptionOfType(IllegalChildDeathMoveException.class)
			.isThrownBy(() -> reviewed.checkReview(LocalDate.of(2014, 8, 1)))
			.withMessageStartingWith("This death was reviewed at the panel of 2014-07-01");
	}

}
