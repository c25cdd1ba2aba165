package org.assure.indicators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.AgencyType;
import org.assure.casedata.CaseDataImports;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportProgress;
import org.assure.casedata.ImportSource;
import org.assure.casedata.ImportSummary;
import org.assure.casedata.generator.GenerateCommand;
import org.assure.partnership.Partnerships;
import org.assure.support.AssureIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each journey indicator on hand-built journeys with the edge cases that catch wrong
 * definitions, and the leicester-2014-15 preset against the seed report's headline
 * figures.
 */
@AssureIntegrationTest
class JourneyIndicatorsIntegrationTests {

	/** Hand-built journeys; the comments say which edge each child is for. */
	static final String JOURNEYS = """
			child_id,record,record_id,parent_id,date,end_date,icpc_date,previous_plans
			A,referral,R1,,2014-12-01,,,
			A,assessment,,R1,2014-12-01,2015-02-05,,
			B,referral,R1,,2014-12-01,2015-03-20,,
			B,assessment,,R1,2014-12-01,2015-02-06,,
			C,referral,R1,,2014-12-19,2015-03-01,,
			C,section47,,R1,2014-12-22,,2015-01-15,
			D,referral,R1,,2014-12-19,2015-03-01,,
			D,section47,,R1,2014-12-22,,2015-01-16,
			E,referral,R1,,2013-06-03,2013-07-01,,
			E,referral,R2,,2014-06-03,2014-08-01,,
			F,referral,R1,,2013-06-02,2013-06-20,,
			F,referral,R2,,2014-06-03,2014-08-01,,
			G,referral,R1,,2012-02-20,2014-03-10,,
			G,cp_plan,P1,R1,2012-02-29,2014-02-28,,0
			H,referral,R1,,2014-09-20,2014-11-01,,
			H,cp_plan,P1,R1,2014-10-01,2014-10-01,,0
			I,referral,R1,,2015-03-02,,,
			I,cp_plan,P1,R1,2015-03-31,,,0
			J,referral,R1,,2014-04-20,2015-03-31,,
			J,cp_plan,P1,R1,2014-05-01,2015-03-31,,0
			K,referral,R1,,2014-06-20,2015-01-10,,
			K,cp_plan,P1,R1,2014-07-01,2014-12-01,,1
			L,looked_after,,,2010-01-01,,,
			M,looked_after,,,2014-01-01,2015-03-31,,
			""";

	@Autowired
	CaseDataImports imports;

	@Autowired
	Indicators indicators;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Analysis analysis;

	@TempDir
	Path temp;

	@Test
	void computesEachDefinitionAtItsEdges() throws Exception {
		long partnership = fresh();
		Path file = Files.writeString(this.temp.resolve("edges.csv"), JOURNEYS);
		ImportSummary summary = this.imports.importFiles(partnership, ImportSource.ASSURE_CSV,
				List.of(new ImportFile("edges.csv", file)), "2009-10 to 2014-15", null, "test", ImportProgress.NONE);
		assertThat(summary.errors()).as("%s", summary.rules()).isZero();

		// The import's event has already computed and stored the year's values.
		Map<String, org.assure.indicators.IndicatorValue> year = byCode(this.indicators.stored(partnership, "2014-15"));
		assertThat(year.get("referrals").numerator()).isEqualTo(10);
		// E was referred again exactly 12 months later (counts); F 12 months and a day
		// later (does not).
		assertThat(year.get("re-referrals-12m").numerator()).isEqualTo(1);
		assertThat(year.get("re-referrals-12m").value()).isCloseTo(10.0, within(1e-9));
		// A: 45 working days over Christmas and New Year (within); B: 46 (not).
		assertThat(year.get("assessments-completed").numerator()).isEqualTo(2);
		assertThat(year.get("assessments-within-45-wd").value()).isCloseTo(50.0, within(1e-9));
		// C: conference 15 working days after the enquiry, over Christmas (within); D: 16
		// (not).
		assertThat(year.get("icpcs").numerator()).isEqualTo(2);
		assertThat(year.get("icpc-within-15-wd").value()).isCloseTo(50.0, within(1e-9));
		// H, I, J and K start plans; K had one before.
		assertThat(year.get("plans-started").numerator()).isEqualTo(4);
		assertThat(year.get("second-subsequent-plans").value()).isCloseTo(25.0, within(1e-9));
		// H's plan ends the day it starts; none of the three ending lasted 2 years.
		assertThat(year.get("plans-ended-2-years").denominator()).isEqualTo(3);
		assertThat(year.get("plans-ended-2-years").numerator()).isZero();
		// I's plan starts on 31 March (on a plan); J's ends on 31 March (not).
		assertThat(year.get("on-plan-at-end").numerator()).isEqualTo(1);
		assertThat(year.get("in-need-at-end").numerator()).isEqualTo(2);
		assertThat(year.get("looked-after-at-end").numerator()).isEqualTo(1);
		assertThat(year.get("referrals").batches()).isEqualTo(String.valueOf(summary.batchId()));

		// G's plan ran from 29 February 2012 to 28 February 2014: two years to the day.
		Map<String, org.assure.indicators.IndicatorValue> before = byCode(
				this.indicators.compute(partnership, ReportingPeriod.parse("2013-14")));
		assertThat(before.get("plans-ended-2-years").value()).isCloseTo(100.0, within(1e-9));
	}

	@Test
	void aMeasureThatLooksBackBeforeTheDataIsNotEnoughHistoryNotZero() throws Exception {
		long partnership = fresh();
		Path file = Files.writeString(this.temp.resolve("one-year.csv"), JOURNEYS);
		this.imports.importFiles(partnership, ImportSource.ASSURE_CSV, List.of(new ImportFile("one-year.csv", file)),
				"2014-15", null, "test", ImportProgress.NONE);
		Map<String, org.assure.indicators.IndicatorValue> year = byCode(this.indicators.stored(partnership, "2014-15"));
		org.assure.indicators.IndicatorValue reReferrals = year.get("re-referrals-12m");
		assertThat(reReferrals.value()).as("not 0, not any value").isNull();
		assertThat(reReferrals.withheld()).isEqualTo(
				"Not enough history: the case data starts 1 April 2014; this measure needs it from 1 April 2013");
		assertThat(year.get("referrals").withheld()).isNull();
		assertThat(year.get("referrals").value()).isNotNull();
		Judgement judgement = this.analysis.judge(partnership, "re-referrals-12m", ReportingPeriod.parse("2014-15"));
		assertThat(judgement.points()).isEmpty();
		assertThat(judgement.withheld()).isNotNull();
		assertThat(judgement.withheld().label()).as("the latest month of a monthly measure").isEqualTo("March 2015");
		assertThat(judgement.rag()).isEqualTo(Rag.NONE);
		assertThat(judgement.spc()).isNull();
		assertThat(judgement.findings().get(0)).startsWith("Not enough history: the case data starts 1 April 2014")
			.contains("judged neither against the target nor by statistical process control");
		assertThat(SpcChart.chart(judgement, "c")).contains("Not enough history for March 2015");
	}

	@Test
	void aValueFromABatchWithErrorsSaysWhichRulesAndHowManyChildren() throws Exception {
		long partnership = fresh();
		Path census = org.assure.support.Fixtures.external("cin-census/fake_CIN_data.xml");
		ImportSummary summary = this.imports.importFiles(partnership, ImportSource.CIN_CENSUS,
				List.of(new ImportFile("fake_CIN_data.xml", census)), null, null, "test", ImportProgress.NONE);
		assertThat(summary.errors()).isPositive();
		Judgement judgement = this.analysis.judge(partnership, "referrals", null);
		Judgement.Point latest = judgement.latest();
		assertThat(latest).isNotNull();
		assertThat(latest.quality()).startsWith("Import batch " + summary.batchId() + " has ")
			.containsPattern("[0-9,]+ errors on [0-9,]+ children \\(rules [0-9A-Z]+ \u00d7[0-9]+")
			.contains("quer");
		assertThat(judgement.findings()).anyMatch((finding) -> finding.startsWith("Data quality of the latest value"));

		long clean = fresh();
		Path file = Files.writeString(this.temp.resolve("clean.csv"), JOURNEYS);
		this.imports.importFiles(clean, ImportSource.ASSURE_CSV, List.of(new ImportFile("clean.csv", file)),
				"2009-10 to 2014-15", null, "test", ImportProgress.NONE);
		assertThat(this.analysis.judge(clean, "referrals", null).latest().quality()).isNull();
	}

	@Test
	void thePresetsFiguresMatchTheSeedReport() throws Exception {
		long partnership = fresh();
		GenerateCommand.Generated generated = GenerateCommand.leicester(2015);
		Path file = GenerateCommand.write(generated, "assure-csv", this.temp);
		this.imports.importFiles(partnership, ImportSource.ASSURE_CSV,
				List.of(new ImportFile(file.getFileName().toString(), file)), generated.period(), null, "test",
				ImportProgress.NONE);
		Map<String, org.assure.indicators.IndicatorValue> year = byCode(this.indicators.stored(partnership, "2014-15"));
		Map<String, Long> seed = Map.of("contacts", 24_911L, "referrals", 4_809L, "assessments-completed", 2_795L,
				"section47-started", 1_444L, "icpcs", 527L, "plans-started", 465L, "on-plan-at-end", 427L,
				"in-need-at-end", 2_267L, "looked-after-at-end", 559L);
		seed.forEach((code, expected) -> assertThat((double) year.get(code).numerator()).as(code)
			.isCloseTo(expected, within(expected * 0.03)));
		assertThat(year.get("assessments-within-45-wd").value()).isCloseTo(100.0 * 1_673 / 2_795, within(1.5));
	}

	@Test
	void breakdownsAddUpToTheValueAndListTheSameChildren() throws Exception {
		long partnership = fresh();
		long council = this.agencies.create(partnership, "Children's Services", AgencyType.LOCAL_AUTHORITY).id();
		GenerateCommand.Generated generated = GenerateCommand.leicester(7);
		Path file = GenerateCommand.write(generated, "assure-csv", this.temp);
		this.imports.importFiles(partnership, ImportSource.ASSURE_CSV,
				List.of(new ImportFile(file.getFileName().toString(), file)), generated.period(), council, "test",
				ImportProgress.NONE);
		Map<String, org.assure.indicators.IndicatorValue> year = byCode(this.indicators.stored(partnership, "2014-15"));
		for (String code : List.of("referrals", "re-referrals-12m", "assessments-within-45-wd", "on-plan-at-end")) {
			org.assure.indicators.IndicatorValue value = year.get(code);
			List<Indicators.BreakdownValue> rows = this.indicators.breakdowns(partnership, code, "2014-15");
			assertThat(rows).filteredOn((row) -> row.breakdown().equals("agency"))
				.as(code + " by agency: every child is of the one agency's batch")
				.singleElement()
				.satisfies((row) -> {
					assertThat(row.group()).isEqualTo("Children's Services");
					assertThat(row.numerator()).isEqualTo(value.numerator());
				});
			for (String breakdown : List.of("age-band", "sex", "ethnic-group", "disability")) {
				List<Indicators.BreakdownValue> groups = rows.stream()
					.filter((row) -> row.breakdown().equals(breakdown))
					.toList();
				assertThat(groups).as(code + " by " + breakdown).hasSizeGreaterThan(1);
				assertThat(groups.stream().mapToLong(Indicators.BreakdownValue::numerator).sum())
					.as(code + " by " + breakdown)
					.isEqualTo(value.numerator());
				if (value.denominator() != null) {
					assertThat(groups.stream().mapToLong((row) -> row.denominator()).sum())
						.isEqualTo(value.denominator());
				}
			}
			List<Indicators.ChildBehind> behind = this.indicators.childrenBehind(partnership, code,
					ReportingPeriod.parse("2014-15"));
			assertThat(behind.stream().filter(Indicators.ChildBehind::counted).count()).as(code)
				.isEqualTo(value.numerator());
			assertThat(behind.stream().map(Indicators.ChildBehind::childKey).distinct().count()).as(code)
				.isEqualTo(value.children());
		}
		// Monthly values were computed with the year, for the trend.
		assertThat(this.indicators.stored(partnership, "2014-07"))
			.filteredOn((value) -> !value.batches().startsWith("casework:"))
			.hasSize(20);
		assertThat(this.indicators.breakdowns(partnership, "assessments-completed", "2014-15"))
			.filteredOn((row) -> row.breakdown().equals("duration"))
			.extracting(Indicators.BreakdownValue::group)
			.contains("0 to 10 working days", "46 working days or more");
		assertThat(this.indicators.breakdowns(partnership, "referrals", "2014-15"))
			.anyMatch((row) -> row.breakdown().equals("referral-source"));
	}

	/**
	 * The rest of the DfE set on hand-built journeys (columns: child_id, record,
	 * record_id, parent_id, birth_month, date, end_date, previous_plans, reason_new,
	 * absence, offered, accepted).
	 */
	static final String MORE_JOURNEYS = """
			child_id,record,record_id,parent_id,birth_month,date,end_date,previous_plans,reason_new,absence,return_interview_offered,return_interview_accepted
			P,referral,R1,,2012-01,2014-09-20,,,,,,
			P,cp_plan,P1,R1,,2014-10-01,,0,,,,
			P,cp_review,,P1,,2014-12-20,,,,,,
			Q,referral,R1,,2012-01,2014-08-20,,,,,,
			Q,cp_plan,P1,R1,,2014-09-01,,0,,,,
			Q,cp_review,,P1,,2014-12-05,,,,,,
			R,referral,R1,,2012-01,2015-01-20,,,,,,
			R,cp_plan,P1,R1,,2015-02-01,,0,,,,
			Z,referral,R1,,2010-01,2011-12-20,2013-06-01,,,,,
			Z,cp_plan,P1,R1,,2012-01-01,2013-06-01,0,,,,
			Z,referral,R2,,,2014-12-20,,,,,,
			Z,cp_plan,P2,R2,,2015-01-05,,,,,,
			S,child,,,2008-01,,,,,,,
			S,looked_after,,,,2014-05-01,2014-08-01,,S,,,
			S,looked_after,,,,2014-08-01,2014-10-01,,P,,,
			S,looked_after,,,,2014-10-01,2015-01-01,,L,,,
			S,looked_after,,,,2015-01-01,,,P,,,
			T,child,,,2008-01,,,,,,,
			T,looked_after,,,,2014-01-01,,,S,,,
			U,child,,,2005-01,,,,,,,
			U,looked_after,,,,2011-01-01,2012-06-01,,S,,,
			U,looked_after,,,,2012-06-01,,,P,,,
			V,child,,,2000-01,,,,,,,
			V,looked_after,,,,2012-01-01,2014-01-01,,S,,,
			V,looked_after,,,,2014-01-01,,,P,,,
			W,child,,,1998-01,,,,,,,
			W,looked_after,,,,2010-01-01,,,S,,,
			X,child,,,2000-01,,,,,,,
			X,missing,,,,2014-06-01,2014-06-02,,,0,1,0
			X,missing,,,,2014-07-01,2014-07-02,,,1,1,1
			Y,child,,,2000-01,,,,,,,
			Y,missing,,,,2014-08-01,2014-08-03,,,0,0,0
			""";

	@Test
	void computesTheRestOfTheDfeSetAtItsEdges() throws Exception {
		long partnership = fresh();
		Path file = Files.writeString(this.temp.resolve("more.csv"), MORE_JOURNEYS);
		ImportSummary summary = this.imports.importFiles(partnership, ImportSource.ASSURE_CSV,
				List.of(new ImportFile("more.csv", file)), "2009-10 to 2014-15", null, "test", ImportProgress.NONE);
		assertThat(summary.errors()).as("%s", summary.rules()).isZero();
		Map<String, org.assure.indicators.IndicatorValue> year = byCode(this.indicators.stored(partnership, "2014-15"));
		// P's first review came within 3 months; Q's came 4 days late; R's and Z's new
		// plans are under 3 months old at 31 March and are not counted.
		assertThat(year.get("plan-reviews-on-time").numerator()).isEqualTo(1);
		assertThat(year.get("plan-reviews-on-time").denominator()).isEqualTo(2);
		// Of the four plans started (P, Q, R and Z's second), Z's starts 19 months after
		// the earlier one ended.
		assertThat(year.get("second-subsequent-plans-2y").numerator()).isEqualTo(1);
		assertThat(year.get("second-subsequent-plans-2y").denominator()).isEqualTo(4);
		// S had 3 placements (the change of legal status alone is not one); T had 1; U, V
		// and W had 1 each.
		assertThat(year.get("looked-after-3-placements").numerator()).isEqualTo(1);
		assertThat(year.get("looked-after-3-placements").denominator()).isEqualTo(5);
		// U (10, in care since 2011, placed since June 2012) is stable; V (15, in care
		// since 2012, placed since 2014) is not; W is 17 and S, T have not been in care
		// for 2.5 years.
		assertThat(year.get("long-term-placement-stability").numerator()).isEqualTo(1);
		assertThat(year.get("long-term-placement-stability").denominator()).isEqualTo(2);
		// X's absence is not a missing episode; X was offered an interview and declined,
		// Y was not offered one.
		assertThat(year.get("missing-return-interviews-offered").numerator()).isEqualTo(1);
		assertThat(year.get("missing-return-interviews-offered").denominator()).isEqualTo(2);
		assertThat(year.get("missing-return-interviews-accepted").numerator()).isZero();
		assertThat(year.get("missing-return-interviews-accepted").denominator()).isEqualTo(1);
	}

	@Autowired
	private org.assure.partnership.Agencies agencies;

	private long fresh() {
		return this.partnerships.create("i" + Long.toString(System.nanoTime(), 36), "Indicators", null, null).id();
	}

	private static Map<String, org.assure.indicators.IndicatorValue> byCode(
			List<org.assure.indicators.IndicatorValue> values) {
		return values.stream()
			.collect(Collectors.toMap(org.assure.indicators.IndicatorValue::code, Function.identity()));
	}

}
