package org.assure.indicators;

import java.math.BigDecimal;
import java.util.List;

import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.Agencies;
import org.assure.partnership.AgencyType;
import org.assure.partnership.Partnerships;
import org.assure.support.AssureIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Agency returns: each validation rule refuses what it should with a message that shows
 * why, and nothing is stored; resubmissions keep every version; a value outside the
 * earlier values' limits needs a confirmed reason; the chase list finds what is late.
 */
@AssureIntegrationTest
class ReturnsIntegrationTests {

	@Autowired
	Returns returns;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Agencies agencies;

	long partnership;

	long agency;

	@BeforeEach
	void freshPartnership() {
		this.partnership = this.partnerships.create("r" + Long.toString(System.nanoTime(), 36), "Returns", null, null)
			.id();
		this.agency = this.agencies.create(this.partnership, "Council", AgencyType.LOCAL_AUTHORITY).id();
	}

	@Test
	void storesAPercentageWithItsCounts() {
		AgencyReturn stored = this.returns.submit(this.partnership,
				submission("assessments-open-beyond-45-days-pct", "2014-07", 204L, 494L, "41.3"), "lead");
		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored.value()).isCloseTo(41.296, org.assertj.core.api.Assertions.within(0.001));
		assertThat(stored.submittedBy()).isEqualTo("lead");
	}

	@Autowired
	Analysis analysis;

	@Test
	void aKeptJudgementIsForgottenWhenAReturnChangesIt() {
		this.returns.submit(this.partnership, submission("duty-advice-contacts", "2014-07", 1662L, null, null), "lead");
		assertThat(latest("duty-advice-contacts")).isEqualTo(1662.0);
		this.returns.submit(this.partnership, new ReturnSubmission("duty-advice-contacts", this.agency, "2014-07",
				1700L, null, null, "Late contacts recorded", "", ReturnChannel.FORM), "lead");
		assertThat(latest("duty-advice-contacts")).isEqualTo(1700.0);
	}

	private double latest(String code) {
		return this.analysis.judgeAll(this.partnership, null)
			.stream()
			.filter((judgement) -> judgement.indicator().code().equals(code))
			.findFirst()
			.orElseThrow()
			.latest()
			.value();
	}

	@Test
	void refusesNegativeCounts() {
		assertRefused(submission("duty-advice-contacts", "2014-07", -1L, null, null), "numerator", "negative");
	}

	@Test
	void refusesAPartLargerThanItsWhole() {
		assertRefused(submission("assessments-open-beyond-45-days-pct", "2014-07", 500L, 494L, null), "numerator",
				"more than the whole");
	}

	@Test
	void refusesAPercentageThatDoesNotMatchItsCounts() {
		// 402 of 2,142 is 18.8%, not the 19.4% stated.
		assertRefused(submission("contacts-to-referrals", "2014-10", 402L, 2142L, "19.4"), "value", "18.8%");
	}

	@Test
	void acceptsAPercentageRoundedFromItsCountsAtTheStatedPrecision() {
		// 19.434...% stated as 19.4 and as 19: both within half a unit of their
		// precision.
		this.returns.submit(this.partnership, submission("contacts-to-referrals", "2014-07", 323L, 1662L, "19.4"),
				"lead");
		this.returns.submit(this.partnership, submission("contacts-to-referrals", "2014-08", 226L, 1675L, "13"),
				"lead");
	}

	@Test
	void refusesAPeriodThatHasNotEnded() {
		assertRefused(submission("duty-advice-contacts", "2099-01", 10L, null, null), "period", "has not ended");
	}

	@Test
	void refusesAPeriodOfTheWrongFrequency() {
		assertRefused(submission("duty-advice-contacts", "2014-15", 10L, null, null), "period", "monthly");
	}

	@Test
	void refusesAnIndicatorThatIsNotReturned() {
		assertRefused(submission("referrals", "2014-07", 10L, null, null), "indicator", "not an agency return");
	}

	@Test
	void refusesAFractionalCount() {
		assertRefused(submission("duty-advice-contacts", "2014-07", null, null, "10.5"), "value", "whole number");
	}

	@Test
	void resubmissionNeedsAReasonAndKeepsEveryVersion() {
		this.returns.submit(this.partnership, submission("duty-advice-contacts", "2014-07", 1662L, null, null), "lead");
		assertRefused(submission("duty-advice-contacts", "2014-07", 1700L, null, null), "reason", "resubmitted");
		this.returns.submit(this.partnership, new ReturnSubmission("duty-advice-contacts", this.agency, "2014-07",
				1700L, null, null, "Late contacts recorded", "", ReturnChannel.FORM), "manager");
		List<AgencyReturn> versions = this.returns.versions(this.partnership, "duty-advice-contacts", this.agency,
				"2014-07");
		assertThat(versions).extracting(AgencyReturn::version).containsExactly(2, 1);
		assertThat(versions).extracting(AgencyReturn::value).containsExactly(1700.0, 1662.0);
		assertThat(versions.get(0).reason()).isEqualTo("Late contacts recorded");
		assertThat(this.returns.current(this.partnership, "duty-advice-contacts")).singleElement()
			.extracting(AgencyReturn::value)
			.isEqualTo(1700.0);
	}

	@Test
	void aValueOutsideTheEarlierLimitsNeedsAConfirmedReason() {
		String[] months = { "2014-05", "2014-06", "2014-07", "2014-08", "2014-09", "2014-10" };
		long[] values = { 100, 104, 98, 101, 99, 102 };
		for (int i = 0; i < months.length; i++) {
			this.returns.submit(this.partnership, submission("duty-advice-contacts", months[i], values[i], null, null),
					"lead");
		}
		assertRefused(submission("duty-advice-contacts", "2014-11", 160L, null, null), "outsideLimitsReason",
				"above the upper process limit");
		AgencyReturn confirmed = this.returns.submit(this.partnership, new ReturnSubmission("duty-advice-contacts",
				this.agency, "2014-11", 160L, null, null, "", "A school campaign in November", ReturnChannel.FORM),
				"lead");
		assertThat(confirmed.outsideLimitsReason()).isEqualTo("A school campaign in November");
		// A value within the limits needs no reason.
		this.returns.submit(this.partnership, submission("duty-advice-contacts", "2014-12", 103L, null, null), "lead");
	}

	@Test
	void theChaseListFindsEveryLateReturnOfTheYear() {
		Indicator contacts = this.catalogue.find(this.partnership, "duty-advice-contacts").orElseThrow();
		this.catalogue.save(this.partnership, owned(contacts, "2014-10"), "manager", "The council owes it");
		this.returns.submit(this.partnership, submission("duty-advice-contacts", "2014-11", 1700L, null, null), "lead");
		List<Returns.MissingReturn> missing = this.returns.missing(this.partnership, ReportingPeriod.parse("2014-15"),
				null);
		assertThat(missing).extracting(Returns.MissingReturn::period)
			.containsExactly("2014-10", "2014-12", "2015-01", "2015-02", "2015-03");
		assertThat(missing).allMatch(Returns.MissingReturn::late);
		assertThat(this.returns.missing(this.partnership, ReportingPeriod.parse("2014-15"), this.agency + 1)).isEmpty();
	}

	@Test
	void aCsvFileIsStoredWholeOrNotAtAllWithEachProblemNamed() {
		String good = """
				indicator,period,value,numerator,denominator
				duty-advice-contacts,2014-07,1662,,
				contacts-to-referrals,2014-07,19.4,323,1662
				""";
		assertThat(this.returns.importCsv(this.partnership, new java.io.StringReader(good), "good.csv", this.agency,
				"lead"))
			.hasSize(2);
		String bad = """
				indicator,period,value,numerator,denominator
				duty-advice-contacts,2014-08,1675,,
				contacts-to-referrals,2014-08,19.4,226,1675
				duty-advice-contacts,2014-09,lots,,
				""";
		assertThatExceptionOfType(InvalidFileException.class)
			.isThrownBy(() -> this.returns.importCsv(this.partnership, new java.io.StringReader(bad), "bad.csv",
					this.agency, "lead"))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"bad.csv row 3: value: The percentage 19.4% does not match its counts: 226 of 1675 is 13.5%",
					"bad.csv row 4: value: a number, such as 41.3, not 'lots'"));
		assertThat(this.returns.current(this.partnership, "duty-advice-contacts")).singleElement()
			.extracting(AgencyReturn::period)
			.isEqualTo("2014-07");
	}

	private Indicator owned(Indicator indicator, String baseline) {
		return new Indicator(indicator.code(), indicator.version(), indicator.name(), indicator.theme(),
				indicator.source(), indicator.unit(), indicator.better(), indicator.frequency(), indicator.definition(),
				indicator.numerator(), indicator.denominator(), indicator.reference(), indicator.target(),
				indicator.targetSetBy(), indicator.tolerance(), indicator.dataOwner(), indicator.accountablePerson(),
				this.agency, indicator.dataQualityNote(), baseline, indicator.smallNumberThreshold(),
				indicator.staleAfterDays(), "", null, "");
	}

	private void assertRefused(ReturnSubmission submission, String field, String message) {
		int before = this.returns.latest(this.partnership, null, 1000).size();
		assertThatExceptionOfType(InvalidReturnException.class)
			.isThrownBy(() -> this.returns.submit(this.partnership, submission, "lead"))
			.satisfies((ex) -> assertThat(ex.problems()).containsKey(field))
			.satisfies((ex) -> assertThat(ex.problems().get(field)).contains(message));
		assertThat(this.returns.latest(this.partnership, null, 1000)).hasSize(before);
	}

	private ReturnSubmission submission(String code, String period, @Nullable Long numerator,
			@Nullable Long denominator, @Nullable String value) {
		return new ReturnSubmission(code, this.agency, period, numerator, denominator,
				(value != null) ? new BigDecimal(value) : null, "", "", ReturnChannel.FORM);
	}

}
