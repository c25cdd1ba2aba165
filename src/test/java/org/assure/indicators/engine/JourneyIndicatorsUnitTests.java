package org.assure.indicators.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.casedata.JourneyFacts;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Indicator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's settings and boundaries without a database: the assessment clock, the
 * duration bands at their edges, and review timeliness on the day a review falls due.
 */
class JourneyIndicatorsUnitTests {

	static final ReportingPeriod YEAR = ReportingPeriod.FinancialYear.starting(2014);

	@Test
	void theAssessmentClockStartsWhereTheSettingSays() {
		WorkingDays calendar = WorkingDays.englandAndWales();
		LocalDate referred = LocalDate.of(2014, 12, 1);
		LocalDate started = LocalDate.of(2014, 12, 22);
		LocalDate authorised = calendar.plus(started, 45);
		assertThat(calendar.between(referred, authorised)).isGreaterThan(45);
		JourneyIndicators.Facts facts = facts(List.of(new JourneyFacts.Assessment("A", referred, started, authorised)));
		Indicator within = indicator("assessments-within-45-wd");
		assertThat(new JourneyIndicators(calendar).tally(within, YEAR, facts).value("").numerator()).isZero();
		assertThat(new JourneyIndicators(calendar, AssessmentClock.ASSESSMENT_START).tally(within, YEAR, facts)
			.value("")
			.numerator()).isEqualTo(1);
	}

	@Test
	void bandsAtTheirEdges() {
		assertThat(JourneyIndicators.assessmentBand(10)).isEqualTo("0 to 10 working days");
		assertThat(JourneyIndicators.assessmentBand(11)).isEqualTo("11 to 20 working days");
		assertThat(JourneyIndicators.assessmentBand(45)).isEqualTo("31 to 45 working days");
		assertThat(JourneyIndicators.assessmentBand(46)).isEqualTo("46 working days or more");
		assertThat(JourneyIndicators.conferenceBand(15)).isEqualTo("11 to 15 working days");
		assertThat(JourneyIndicators.conferenceBand(16)).isEqualTo("16 working days or more");
		LocalDate start = LocalDate.of(2012, 2, 29);
		assertThat(JourneyIndicators.planBand(start, LocalDate.of(2012, 5, 29))).isEqualTo("3 months or less");
		assertThat(JourneyIndicators.planBand(start, LocalDate.of(2012, 5, 30)))
			.isEqualTo("more than 3 months to 6 months");
		assertThat(JourneyIndicators.planBand(start, LocalDate.of(2013, 2, 27)))
			.isEqualTo("more than 6 months to under 1 year");
		assertThat(JourneyIndicators.planBand(start, LocalDate.of(2013, 2, 28))).isEqualTo("1 year to under 2 years");
		assertThat(JourneyIndicators.planBand(start, LocalDate.of(2014, 2, 28))).isEqualTo("2 years or more");
	}

	@Test
	void aReviewOnTheDayItFallsDueIsOnTime() {
		LocalDate start = LocalDate.of(2014, 6, 15);
		JourneyFacts.Plan onTheDay = new JourneyFacts.Plan("A", start, null, 0,
				List.of(LocalDate.of(2014, 9, 15), LocalDate.of(2015, 3, 15)));
		JourneyFacts.Plan dayLate = new JourneyFacts.Plan("B", start, null, 0, List.of(LocalDate.of(2014, 9, 16)));
		JourneyFacts.Plan overdueAtTheEnd = new JourneyFacts.Plan("C", start, null, 0,
				List.of(LocalDate.of(2014, 9, 1)));
		LocalDate end = LocalDate.of(2015, 3, 31);
		assertThat(JourneyIndicators.reviewsOnTime(onTheDay, end)).isTrue();
		assertThat(JourneyIndicators.reviewsOnTime(dayLate, end)).isFalse();
		assertThat(JourneyIndicators.reviewsOnTime(overdueAtTheEnd, end)).isFalse();
	}

	@Test
	void aLookBackBeyondTheDataIsNotEnoughHistoryNotZero() {
		List<JourneyFacts.Episode> episodes = List.of(
				new JourneyFacts.Episode("A", LocalDate.of(2014, 5, 1), LocalDate.of(2014, 6, 1), null),
				new JourneyFacts.Episode("B", LocalDate.of(2014, 7, 1), null, null));
		Indicator reReferrals = indicator("re-referrals-12m");
		JourneyIndicators engine = new JourneyIndicators(WorkingDays.englandAndWales());
		JourneyIndicators.Facts fromApril2014 = new JourneyIndicators.Facts(List.of(), episodes, List.of(), List.of(),
				List.of(), List.of(), List.of(), Map.of(), "", LocalDate.of(2014, 4, 1));
		var withheld = engine.tally(reReferrals, YEAR, fromApril2014).value("");
		assertThat(withheld.value()).isNull();
		assertThat(withheld.withheld()).isEqualTo(
				"Not enough history: the case data starts 1 April 2014; this measure needs it from 1 April 2013");
		JourneyIndicators.Facts fromApril2013 = new JourneyIndicators.Facts(List.of(), episodes, List.of(), List.of(),
				List.of(), List.of(), List.of(), Map.of(), "", LocalDate.of(2013, 4, 1));
		var shown = engine.tally(reReferrals, YEAR, fromApril2013).value("");
		assertThat(shown.withheld()).isNull();
		assertThat(shown.value()).isEqualTo(0.0);
		assertThat(shown.denominator()).isEqualTo(2);
		assertThat(engine.tally(indicator("assessments-within-45-wd"), YEAR, fromApril2014).value("").withheld())
			.as("a measure that does not look back is given from the first day")
			.isNull();
		Indicator secondPlans = indicator("second-subsequent-plans");
		JourneyFacts.Plan counted = new JourneyFacts.Plan("A", LocalDate.of(2014, 6, 1), null, 1, List.of());
		JourneyFacts.Plan uncounted = new JourneyFacts.Plan("B", LocalDate.of(2014, 7, 1), null, null, List.of());
		assertThat(engine.tally(secondPlans, YEAR, plans(List.of(counted))).value("").value())
			.as("each plan says how many came before it: no look-back needed")
			.isEqualTo(100.0);
		assertThat(engine.tally(secondPlans, YEAR, plans(List.of(counted, uncounted))).value("").withheld())
			.startsWith("Not enough history");
		assertThat(JourneyIndicators.withheld("second-subsequent-plans", YEAR, LocalDate.of(2010, 4, 2)))
			.contains("needs it from 1 April 2009");
		assertThat(JourneyIndicators.withheld("second-subsequent-plans", YEAR, LocalDate.of(2009, 4, 1))).isNull();
	}

	private static JourneyIndicators.Facts plans(List<JourneyFacts.Plan> plans) {
		return new JourneyIndicators.Facts(List.of(), List.of(), List.of(), List.of(), plans, List.of(), List.of(),
				Map.of(), "", LocalDate.of(2014, 4, 1));
	}

	private static Indicator indicator(String code) {
		return Catalogue.builtIn().stream().filter((i) -> i.code().equals(code)).findFirst().orElseThrow();
	}

	private static JourneyIndicators.Facts facts(List<JourneyFacts.Assessment> assessments) {
		return new JourneyIndicators.Facts(List.of(), List.of(), assessments, List.of(), List.of(), List.of(),
				List.of(), Map.of(), "");
	}

}
