package org.assure.indicators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assure.calendar.ReportingPeriod;
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

	@TempDir
	Path temp;

	@Test
	void computesEachDefinitionAtItsEdges() throws Exception {
		long partnership = fresh();
		Path file = Files.writeString(this.temp.resolve("edges.csv"), JOURNEYS);
		ImportSummary summary = this.imports.importFiles(partnership, ImportSource.ASSURE_CSV,
				List.of(new ImportFile("edges.csv", file)), "2014-15", null, "test", ImportProgress.NONE);
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
	void thePresetsFiguresMatchTheSeedReport() throws Exception {
		long partnership = fresh();
		Path file = GenerateCommand.write(GenerateCommand.leicester(2015), "assure-csv", this.temp);
		this.imports.importFiles(partnership, ImportSource.ASSURE_CSV,
				List.of(new ImportFile(file.getFileName().toString(), file)), "2014-15", null, "test",
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
		Path file = GenerateCommand.write(GenerateCommand.leicester(7), "assure-csv", this.temp);
		this.imports.importFiles(partnership, ImportSource.ASSURE_CSV,
				List.of(new ImportFile(file.getFileName().toString(), file)), "2014-15", null, "test",
				ImportProgress.NONE);
		Map<String, org.assure.indicators.IndicatorValue> year = byCode(this.indicators.stored(partnership, "2014-15"));
		for (String code : List.of("referrals", "re-referrals-12m", "assessments-within-45-wd", "on-plan-at-end")) {
			org.assure.indicators.IndicatorValue value = year.get(code);
			List<Indicators.BreakdownValue> rows = this.indicators.breakdowns(partnership, code, "2014-15");
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
		assertThat(this.indicators.stored(partnership, "2014-07")).hasSize(14);
		assertThat(this.indicators.breakdowns(partnership, "referrals", "2014-15"))
			.anyMatch((row) -> row.breakdown().equals("referral-source"));
	}

	private long fresh() {
		return this.partnerships.create("i" + Long.toString(System.nanoTime(), 36), "Indicators", null, null).id();
	}

	private static Map<String, org.assure.indicators.IndicatorValue> byCode(
			List<org.assure.indicators.IndicatorValue> values) {
		return values.stream()
			.collect(Collectors.toMap(org.assure.indicators.IndicatorValue::code, Function.identity()));
	}

}
