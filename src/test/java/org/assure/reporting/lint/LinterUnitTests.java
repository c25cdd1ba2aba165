package org.assure.reporting.lint;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule on text written for these tests: a case that fires, and near misses that must
 * not (rounding boundaries, a footnote marker glued to a year, two bases in one
 * paragraph, a comparison with last year's base, a leap day).
 */
class LinterUnitTests {

	private final Linter linter = new Linter(LintSettings.DEFAULTS);

	private List<Finding> lint(String text) {
		return this.linter.lint(LintDocument.ofText("test.txt", text));
	}

	private List<String> rules(String text) {
		return lint(text).stream().map(Finding::rule).toList();
	}

	@Test
	void aPercentageThatDoesNotMatchItsCountAndBaseFires() {
		List<Finding> findings = lint(
				"Intro line.\n\nOf the 250 referrals received, 40 referrals (19.6%) came from schools.");
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("percent-of-base");
			assertThat(finding.line()).isEqualTo(3);
			assertThat(finding.message()).isEqualTo("40 of 250 is 16%, not 19.6% (base: \"Of the 250 referrals\")");
			assertThat(finding.excerpt()).isEqualTo("40 referrals (19.6%)");
			assertThat(finding.severity()).isEqualTo(Severity.error);
		});
	}

	@Test
	void roundingBoundariesDoNotFire() {
		assertThat(lint("Of the 40 assessments, 33 (82.5%) were on time.")).isEmpty();
		assertThat(lint("Of the 40 assessments, 33 (83%) were on time.")).as("82.5% shown as 83%").isEmpty();
		assertThat(lint("Of the 40 assessments, 33 (82%) were on time.")).as("82.5% shown as 82%").isEmpty();
		assertThat(rules("Of the 40 assessments, 33 (81%) were on time.")).containsExactly("percent-of-base");
		assertThat(lint("Of the 3 reviews, 1 (33.3%) was late.")).isEmpty();
		assertThat(rules("Of the 3 reviews, 1 (33.4%) was late.")).containsExactly("percent-of-base");
	}

	@Test
	void aBaseInTheListsLeadInServesItsItems() {
		String text = """
				Of the 214 referrals in this period the following timescales were met:

				- Within 4 weeks - 133 referrals were completed (62%)
				- Between 1 and 3 months - 40 referrals were completed (19.6%).
				- Currently ongoing are 29 referrals, which are 13.55% of the total.
				""";
		assertThat(lint(text)).singleElement().satisfies((finding) -> {
			assertThat(finding.line()).isEqualTo(4);
			assertThat(finding.message()).startsWith("40 of 214 is 18.69%, not 19.6%");
		});
	}

	@Test
	void ambiguousBasesNeverFire() {
		assertThat(lint("Of the 200 boys, 50 (25%) were seen, and of the 300 girls, 60 (20%) were seen.")).isEmpty();
		assertThat(lint("Of the 200 boys, 50 (25%) were seen, and of the 300 girls, 90 (45%) were seen."))
			.as("two bases before the second claim: which is meant is not known")
			.isEmpty();
		assertThat(lint("Of the 90 families, 6 (6.7%) had a disabled child compared to 4 (4.9%) last year."))
			.as("last year's 4 is of last year's base")
			.isEmpty();
		assertThat(lint("Of the 90 families, 12 schools (50%) took part.")).as("a count of another noun").isEmpty();
		assertThat(lint("The scheme has run since 19831. Of the 19831 families, 45 (25%) replied."))
			.as("a footnote marker glued to a year is not a base")
			.isEmpty();
	}

	@Test
	void percentThenCountAndOfWhomAreRead() {
		assertThat(rules("Of the 366 referrals, 12% (52) were for boys.")).containsExactly("percent-of-base");
		assertThat(lint("Of the 366 referrals, 12% (44) were for boys.")).isEmpty();
		assertThat(lint("205 children ceased to be looked after, of whom 11 (5%) returned.")).isEmpty();
		assertThat(rules("205 children ceased to be looked after, of whom 21 (5%) returned."))
			.containsExactly("percent-of-base");
	}

	@Test
	void aStatedChangeMustMatchItsFigures() {
		assertThat(lint("There were 2,267 children in need. This is an increase of 18% from 1,920.")).isEmpty();
		assertThat(lint("Plans rose. This was an increase of 18% from 1,920 to 2,267.")).isEmpty();
		assertThat(lint("18 complaints were upheld compared to 6 complaints last year, which is a 200% increase."))
			.isEmpty();
		List<Finding> wrong = lint("There were 2,267 children in need. This is an increase of 25% from 1,920.");
		assertThat(wrong).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("stated-change");
			assertThat(finding.message())
				.isEqualTo("From 1920 to 2267 is an increase of 18.07%, not an increase of 25%");
		});
		assertThat(rules("Placements changed: a decrease of 5% from 530 to 559.")).containsExactly("stated-change");
		assertThat(lint("In 2014, 3 of the 12 schools and 2 more joined. This is an increase of 5% from 20."))
			.as("the sentence before has more than one figure: which is meant is not known")
			.isEmpty();
	}

	@Test
	void aBaselineDatedAfterItsFigureIsAWarning() {
		List<Finding> findings = lint(
				"At 31 March 2014, 427 children were on a plan. This is an increase of 31% from 326 at 31 March 2015.");
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("baseline-after-figure");
			assertThat(finding.severity()).isEqualTo(Severity.warning);
		});
		assertThat(lint(
				"At 31 March 2015, 427 children were on a plan. This is an increase of 31% from 326 at 31 March 2014."))
			.isEmpty();
	}

	@Test
	void impossibleDatesAndReversedPeriodsFire() {
		assertThat(rules("The audit closed on 29th February 2015.")).containsExactly("impossible-date");
		assertThat(lint("The audit closed on 29th February 2016.")).as("a leap year").isEmpty();
		assertThat(rules("Cases opened on 31 April 2014.")).containsExactly("impossible-date");
		assertThat(rules("The year ran from 1st April 2015 to 31st March 2014.")).containsExactly("period-reversed");
		assertThat(lint("Complaints received between 1st April 2014 and 31st March 2015.")).isEmpty();
		assertThat(rules("Data for April 2015 to March 2014.")).containsExactly("period-reversed");
	}

	@Test
	void partsMustAddUpToTheTotalTheyFollow() {
		assertThat(lint("There were 2211 children receiving a service, 1141 male, 1015 female and 55 unborn."))
			.isEmpty();
		assertThat(rules("There were 2211 children receiving a service, 1141 male, 1015 female and 45 unborn."))
			.containsExactly("parts-total");
	}

	@Test
	void tableColumnsMustSumToTheirTotalRow() {
		String table = "Agency\tReferrals\tClosed\nPolice\t120\t30\nHealth\t80\t20\nTotal\t210\t50\n";
		assertThat(lint(table)).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("column-total");
			assertThat(finding.line()).isEqualTo(4);
			assertThat(finding.message()).isEqualTo("Column 2 of the rows above sums to 200, not the total 210");
		});
	}

	@Test
	void aBreakdownsPercentagesMustSumToAboutAHundredAndMatchTheirCounts() {
		assertThat(lint("Sex\t2014-15\nMale\t38 (45.2%)\nFemale\t32 (38.1%)\nUnknown\t14 (16.7%)\n")).isEmpty();
		assertThat(rules("Sex\t2014-15\nMale\t38 (45.2%)\nFemale\t32 (48.1%)\nUnknown\t14 (16.7%)\n"))
			.containsExactly("percentages-sum");
		assertThat(rules("Sex\t2014-15\nMale\t38 (40.2%)\nFemale\t32 (43.1%)\nUnknown\t14 (16.7%)\n"))
			.containsExactly("row-percentage", "row-percentage");
		assertThat(lint("Group\tA\nOne\t1 (33.3%)\nTwo\t1 (33.3%)\nThree\t1 (33.3%)\n")).as("rounding to 99.9")
			.isEmpty();
	}

	@Test
	void aTickRowsPercentageMustMatchItsTicks() {
		String table = "Member\tJune\tSept\tDec\tMarch\t%\nLay member\t✓\t✓\t✓\t✓\t75\nSchools\tx\tx\t✓\tx\t25\n";
		assertThat(lint(table)).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("tick-percentage");
			assertThat(finding.line()).isEqualTo(2);
			assertThat(finding.message()).isEqualTo("4 ticks of 4 is 100%, not 75%");
		});
	}

	@Test
	void theSameQuantityWithTwoValuesIsAWarning() {
		String text = "In 2014-15, 4,809 referrals were received by the council.\n\nLater. In 2014-15, 4,890 referrals "
				+ "were received by the council.";
		assertThat(lint(text)).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("two-values");
			assertThat(finding.line()).isEqualTo(3);
			assertThat(finding.message())
				.isEqualTo("\"referrals were received\" for 2014-15 is 4890 here but 4809 at line 1");
		});
		assertThat(lint("In 2014-15, 4,809 referrals were received.\n\nIn 2013-14, 4,890 referrals were received."))
			.as("another period")
			.isEmpty();
	}

}
