package org.assure.indicators;

import java.util.List;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.analysis.VariationIcon;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo tells the real story of Appendix (d): the assessment backlog at 41.3% and
 * 42.6% in July and August 2014 is red against its target; with nine points the limits
 * are trial limits; and no special-cause rule fires, which the analysis says in words.
 */
@AssureIntegrationTest
class DemoAnalysisIntegrationTests {

	@Autowired
	Analysis analysis;

	@Autowired
	Returns returns;

	@Autowired
	Comparators comparators;

	@Autowired
	TestUsers users;

	@Test
	void theAssessmentBacklogIsRedInJulyAndAugustWithTrialLimitsAndNoSpecialCause() {
		Judgement judgement = this.analysis.judge(this.users.demoPartnershipId(), "assessments-open-beyond-45-days-pct",
				ReportingPeriod.parse("2014-15"));
		assertThat(judgement.points()).extracting(Judgement.Point::period)
			.containsExactly("2014-05", "2014-06", "2014-07", "2014-08", "2014-09", "2014-10", "2014-11", "2014-12",
					"2015-01");
		assertThat(judgement.points().get(2).value()).isCloseTo(41.3, org.assertj.core.api.Assertions.within(0.05));
		assertThat(judgement.points().get(3).value()).isCloseTo(42.6, org.assertj.core.api.Assertions.within(0.05));
		assertThat(judgement.points()).filteredOn((point) -> point.rag() == Rag.RED)
			.extracting(Judgement.Point::period)
			.containsExactly("2014-07", "2014-08", "2014-11", "2014-12");
		assertThat(judgement.spc()).isNotNull();
		assertThat(judgement.spc().latest().trial()).isTrue();
		assertThat(judgement.points()).allMatch((point) -> point.spc() != null && point.spc().rule() == null);
		assertThat(judgement.spc().variation()).isEqualTo(VariationIcon.COMMON_CAUSE);
		assertThat(judgement.findings()).anyMatch((finding) -> finding.contains("trial limits"))
			.anyMatch((finding) -> finding.contains("No point shows special cause"))
			.anyMatch((finding) -> finding.contains("July 2014 (41.3%)"));
		assertThat(judgement.indicator().targetSetBy()).contains("illustrative");
		assertThat(judgement.points().get(0).provenance()).contains("Children's Services, Leicester City Council");
	}

	@Test
	void theDemoChaseListShowsTheMonthsAfterTheSeedStops() {
		List<Returns.MissingReturn> missing = this.returns.missing(this.users.demoPartnershipId(),
				ReportingPeriod.parse("2014-15"), null);
		assertThat(missing).filteredOn((item) -> item.indicatorCode().equals("assessments-open-beyond-45-days-pct"))
			.extracting(Returns.MissingReturn::period)
			.containsExactly("2015-02", "2015-03");
	}

	@Test
	void countsAtTheYearEndAreAlsoRatesPer10000Children() {
		Judgement judgement = this.analysis.judge(this.users.demoPartnershipId(), "in-need-at-end",
				ReportingPeriod.parse("2014-15"));
		assertThat(judgement.latest().period()).isEqualTo("2015-03");
		assertThat(judgement.ratePer10000()).isCloseTo(judgement.latest().value() * 10_000 / 79_000,
				org.assertj.core.api.Assertions.within(0.05));
		assertThat(judgement.population()).contains("79,000", "2014-15", "Seed report");
	}

	@Test
	void englandComparatorsAreShippedWithTheirSource() {
		assertThat(this.comparators.of(this.users.demoPartnershipId(), "in-need-at-end")).singleElement()
			.satisfies((comparator) -> {
				assertThat(comparator.value()).isEqualTo(391_000);
				assertThat(comparator.source()).contains("SFR 41/2015");
			});
		assertThat(this.comparators.of(this.users.demoPartnershipId(), "second-subsequent-plans")).singleElement()
			.satisfies((comparator) -> {
				assertThat(comparator.value()).as("a percentage, in percent").isEqualTo(16.6);
				assertThat(comparator.area()).isEqualTo("England");
				assertThat(comparator.period()).isEqualTo("2014-15");
			});
		assertThat(this.comparators.of(this.users.demoPartnershipId(), "looked-after-at-end")).singleElement()
			.satisfies((comparator) -> assertThat(comparator.source()).contains("SFR 34/2015"));
	}

}
