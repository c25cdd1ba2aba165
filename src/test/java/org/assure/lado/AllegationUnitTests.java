package org.assure.lado;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An allegation refuses moves out of order and says why; its resolution falls in KCSIE's
 * bands by calendar months from the referral; a setting is matched without case or
 * punctuation.
 */
class AllegationUnitTests {

	private static final LocalDate RECEIVED = LocalDate.of(2015, 1, 31);

	@Test
	void aReferralThatMeetsNoThresholdIsConcludedAtOnceAnyOtherOutcomeAfterAStrategyDiscussion() {
		assertThat(referral().conclude(AllegationOutcome.THRESHOLD_NOT_MET, RECEIVED.plusDays(2)).open()).isFalse();
		assertThatThrownBy(() -> referral().conclude(AllegationOutcome.SUBSTANTIATED, RECEIVED.plusDays(9)))
			.isInstanceOf(IllegalAllegationMoveException.class)
			.hasMessage("An allegation is found substantiated after a strategy discussion or an evaluation meeting: "
					+ "record it first");
		Allegation concluded = referral().holdStrategy(RECEIVED.plusDays(1), true)
			.conclude(AllegationOutcome.SUBSTANTIATED, RECEIVED.plusDays(40));
		assertThat(concluded.outcome()).isEqualTo(AllegationOutcome.SUBSTANTIATED);
		assertThat(concluded.policeInvolved()).isTrue();
		assertThat(concluded.resolution()).isEqualTo(Resolution.THREE_MONTHS);
		assertThatThrownBy(() -> concluded.holdEvaluation(RECEIVED.plusDays(50)))
			.hasMessage("The allegation was concluded on 2015-03-12 (substantiated): it cannot have an evaluation "
					+ "meeting recorded");
	}

	@Test
	void daysBeforeTheStepBeforeAreRefused() {
		assertThatThrownBy(() -> referral().holdStrategy(RECEIVED.minusDays(1), false))
			.hasMessage("The day cannot be before the referral (2015-01-31)");
		assertThatThrownBy(() -> referral().holdStrategy(RECEIVED.plusDays(5), false)
			.conclude(AllegationOutcome.UNSUBSTANTIATED, RECEIVED.plusDays(4)))
			.hasMessage("The day cannot be before the strategy discussion (2015-02-05)");
	}

	@Test
	void aDbsReferralFollowsAnOutcomeOnceAndNeverADisprovedOne() {
		assertThatThrownBy(() -> referral().referToDbs(RECEIVED.plusDays(3)))
			.hasMessage("The LADO advises on a DBS referral at the end of a case: record the outcome first");
		Allegation substantiated = referral().holdStrategy(RECEIVED, true)
			.conclude(AllegationOutcome.SUBSTANTIATED, RECEIVED.plusDays(20))
			.referToDbs(RECEIVED.plusDays(25));
		assertThat(substantiated.dbsReferredOn()).isEqualTo(RECEIVED.plusDays(25));
		assertThatThrownBy(() -> substantiated.referToDbs(RECEIVED.plusDays(30)))
			.hasMessage("The adult was referred to the DBS on 2015-02-25");
		assertThatThrownBy(() -> referral().holdStrategy(RECEIVED, true)
			.conclude(AllegationOutcome.MALICIOUS, RECEIVED.plusDays(20))
			.referToDbs(RECEIVED.plusDays(25)))
			.hasMessage("An allegation found malicious is not a ground for a DBS referral");
		Allegation told = substantiated.referToRegulator(RECEIVED.plusDays(26), " Ofsted ");
		assertThat(told.regulator()).isEqualTo("Ofsted");
		assertThatThrownBy(() -> told.referToRegulator(RECEIVED.plusDays(27), "Ofsted"))
			.hasMessage("Ofsted was told on 2015-02-26 already");
	}

	@Test
	void resolutionCountsCalendarMonthsFromTheReferral() {
		assertThat(Resolution.of(RECEIVED, LocalDate.of(2015, 2, 28))).as("31 January to 28 February is one month")
			.isEqualTo(Resolution.ONE_MONTH);
		assertThat(Resolution.of(RECEIVED, LocalDate.of(2015, 3, 1))).isEqualTo(Resolution.THREE_MONTHS);
		assertThat(Resolution.of(RECEIVED, LocalDate.of(2015, 4, 30))).isEqualTo(Resolution.THREE_MONTHS);
		assertThat(Resolution.of(RECEIVED, LocalDate.of(2015, 5, 1))).isEqualTo(Resolution.TWELVE_MONTHS);
		assertThat(Resolution.of(RECEIVED, LocalDate.of(2016, 1, 31))).isEqualTo(Resolution.TWELVE_MONTHS);
		assertThat(Resolution.of(RECEIVED, LocalDate.of(2016, 2, 1))).isEqualTo(Resolution.LONGER);
		assertThatThrownBy(() -> Resolution.of(RECEIVED, RECEIVED.minusDays(1)))
			.hasMessage("An outcome cannot come before its referral");
	}

	@Test
	void openCasesFallInAgeBandsAndSettingsMatchWithoutCaseOrPunctuation() {
		assertThat(Allegations.ageBand(RECEIVED, LocalDate.of(2015, 4, 29))).isEqualTo("Under 3 months");
		assertThat(Allegations.ageBand(RECEIVED, LocalDate.of(2015, 4, 30))).as("three months open to the day")
			.isEqualTo("3 to 6 months");
		assertThat(Allegations.ageBand(RECEIVED, LocalDate.of(2015, 7, 30))).isEqualTo("3 to 6 months");
		assertThat(Allegations.ageBand(RECEIVED, LocalDate.of(2015, 7, 31))).isEqualTo("6 to 12 months");
		assertThat(Allegations.ageBand(RECEIVED, LocalDate.of(2016, 1, 31))).isEqualTo("6 to 12 months");
		assertThat(Allegations.ageBand(RECEIVED, LocalDate.of(2016, 2, 1))).isEqualTo("Over 12 months");
		assertThat(Allegations.settingKey("St. Mary's  Primary")).isEqualTo(Allegations.settingKey("st marys primary"))
			.isNotEqualTo(Allegations.settingKey("St Mary's Secondary"));
	}

	@Test
	void aShareIsOfItsBaseToOneDecimalPlace() {
		assertThat(new Allegations.Share(133, 214).percent()).isEqualTo("62.1%");
		assertThat(new Allegations.Share(16, 27).percent()).isEqualTo("59.3%");
		assertThat(new Allegations.Share(0, 0).percent()).isEqualTo("–");
		assertThat(new Allegations.Share(171, 214).meets(80)).isFalse();
		assertThat(new Allegations.Share(172, 214).meets(80)).isTrue();
	}

	private static Allegation referral() {
		return new Allegation(1, RECEIVED, "Head teacher", EmploymentSector.EDUCATION, "Teaching assistant",
				"St Mary's Primary", "a".repeat(64), List.of(), HarmType.PHYSICAL, false, false, "Grabbed a pupil",
				null, null, false, null, null, null, null, null, null);
	}

}
