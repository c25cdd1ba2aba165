package org.assure.reporting;

import java.time.Instant;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Indicator;
import org.assure.indicators.IndicatorValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's generated sentences state the year's value with its change on the
 * year before, keep each figure's counts and source, and say why a value is missing.
 */
class AnnualFiguresUnitTests {

	private static final ReportingPeriod.FinancialYear YEAR = ReportingPeriod.FinancialYear.starting(2014);

	private static Indicator indicator(String code) {
		return Catalogue.builtIn().stream().filter((i) -> i.code().equals(code)).findFirst().orElseThrow();
	}

	private static IndicatorValue count(String code, String period, long n) {
		return new IndicatorValue(code, 1, period, n, null, (double) n, n, "3,4");
	}

	@Test
	void aCountAtTheYearsEndIsStatedWithItsChange() {
		AnnualReportContent.Paragraph sentence = AnnualFigures.sentence(indicator("in-need-at-end"), YEAR,
				count("in-need-at-end", "2014-15", 2267), count("in-need-at-end", "2013-14", 1920));
		assertThat(sentence.text())
			.isEqualTo("2,267 children in need at 31 March 2015, up 18% from 1,920 a year earlier.");
		AnnualReportContent.Span figure = sentence.spans().get(0);
		assertThat(figure.counts()).containsExactly(2267L);
		assertThat(figure.trace().link()).isEqualTo("/indicators/in-need-at-end?period=2014-15");
		assertThat(figure.trace().source()).isEqualTo("import batches 3, 4");
	}

	@Test
	void aCountOverTheYearAndSmallChangesAndNoChange() {
		assertThat(AnnualFigures
			.sentence(indicator("referrals"), YEAR, count("referrals", "2014-15", 4809),
					count("referrals", "2013-14", 4930))
			.text()).isEqualTo("Referrals: 4,809 in 2014-15, down 2.5% from 4,930 in 2013-14.");
		assertThat(AnnualFigures
			.sentence(indicator("referrals"), YEAR, count("referrals", "2014-15", 10),
					count("referrals", "2013-14", 10))
			.text()).isEqualTo("Referrals: 10 in 2014-15, the same as 10 in 2013-14.");
		assertThat(AnnualFigures
			.sentence(indicator("referrals"), YEAR, count("referrals", "2014-15", 10), count("referrals", "2013-14", 0))
			.text()).isEqualTo("Referrals: 10 in 2014-15, up from 0 in 2013-14.");
	}

	@Test
	void aPercentageIsStatedWithItsCountsAndItsChangeInPoints() {
		IndicatorValue now = new IndicatorValue("re-referrals-12m", 1, "2014-15", 1098, 4809L, 22.83, 1098, "3");
		IndicatorValue before = new IndicatorValue("re-referrals-12m", 1, "2013-14", 1157, 4809L, 24.06, 1157, "2");
		AnnualReportContent.Paragraph sentence = AnnualFigures.sentence(indicator("re-referrals-12m"), YEAR, now,
				before);
		assertThat(sentence.text()).isEqualTo("Re-referrals within 12 months: 22.8% in 2014-15 (1,098 of 4,809), "
				+ "down 1.3 percentage points from 24.1% in 2013-14.");
		assertThat(sentence.spans().get(1).counts()).containsExactly(1098L, 3711L);
	}

	@Test
	void aMissingOrWithheldValueSaysWhy() {
		assertThat(AnnualFigures.sentence(indicator("referrals"), YEAR, null, null).text())
			.isEqualTo("Referrals in 2014-15: not given (no value is recorded in Assure).");
		IndicatorValue withheld = new IndicatorValue("re-referrals-12m", 1, "2014-15", 10, 40L, null, 10, "3",
				"Not enough history: the case data starts 1 April 2014");
		assertThat(AnnualFigures.sentence(indicator("re-referrals-12m"), YEAR, withheld, null).text()).isEqualTo(
				"Re-referrals within 12 months in 2014-15: not given (not enough history: the case data starts 1 April 2014).");
	}

	@Test
	void thePublicEditionHidesSmallCountsAndTheSharesWorkedOutFromThem() {
		AnnualReportContent.Paragraph paragraph = new AnnualReportContent.Paragraph(
				java.util.List.of(AnnualReportContent.Span.count(3, null), AnnualReportContent.Span.words(" of "),
						AnnualReportContent.Span.count(40, null), AnnualReportContent.Span.words(" went to stage 2 ("),
						AnnualReportContent.Span.percent(3, 40, null), AnnualReportContent.Span.words(").")));
		AnnualReportContent.Part part = new AnnualReportContent.Part(AnnualReportPart.COMPLAINTS, "Complaints",
				java.util.List.of(new AnnualReportContent.Contribution("", java.util.List.of(paragraph))));
		AnnualReportContent.Report report = new AnnualReportContent.Report("Test", "2014-15", "2014-15",
				AnnualReportTemplate.PARTNERS_2023, java.util.List.of(part), java.util.List.of());
		Instant at = Instant.parse("2015-06-30T12:00:00Z");
		assertThat(new AnnualReportRenderer(report, AnnualReportEdition.PUBLIC, 5, at).lines())
			.contains("c of 40 went to stage 2 (c).");
		assertThat(new AnnualReportRenderer(report, AnnualReportEdition.INTERNAL, 5, at).lines())
			.contains("3 of 40 went to stage 2 (7.5%).");
	}

}
