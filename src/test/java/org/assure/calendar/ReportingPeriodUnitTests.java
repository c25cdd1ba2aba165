package org.assure.calendar;

import java.time.LocalDate;
import java.time.YearMonth;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingPeriodUnitTests {

	@Test
	void aFinancialYearRunsFromAprilToMarch() {
		ReportingPeriod year = ReportingPeriod.parse("2014-15");
		assertThat(year.start()).isEqualTo(LocalDate.of(2014, 4, 1));
		assertThat(year.end()).isEqualTo(LocalDate.of(2015, 3, 31));
		assertThat(year.label()).isEqualTo("2014-15");
	}

	@Test
	void theSecondQuarterIsJulyToSeptember() {
		ReportingPeriod quarter = ReportingPeriod.parse("2014-15-Q2");
		assertThat(quarter.start()).isEqualTo(LocalDate.of(2014, 7, 1));
		assertThat(quarter.end()).isEqualTo(LocalDate.of(2014, 9, 30));
		assertThat(quarter.label()).isEqualTo("Q2 2014-15");
	}

	@Test
	void readsMonthsAndAsAtDates() {
		assertThat(ReportingPeriod.parse("2014-07").label()).isEqualTo("July 2014");
		assertThat(ReportingPeriod.parse("2015-03-31").label()).isEqualTo("at 31 March 2015");
		assertThat(ReportingPeriod.FinancialYear.starting(2014).yearEnd().date()).isEqualTo(LocalDate.of(2015, 3, 31));
	}

	@Test
	void readsAnAmbiguousCodeAsTheFinancialYearUnlessMarkedAsAMonth() {
		assertThat(ReportingPeriod.parse("2011-12")).isEqualTo(ReportingPeriod.FinancialYear.starting(2011));
		assertThat(ReportingPeriod.parse("month:2011-12").label()).isEqualTo("December 2011");
		assertThat(new ReportingPeriod.CalendarMonth(YearMonth.of(2011, 12)).code()).isEqualTo("month:2011-12");
	}

	@Test
	void refusesWhatIsNotAPeriodAndSaysWhatIs() {
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("2014-16-Q1"))
			.withMessageContaining("like 2014-15");
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("2014-16"))
			.withMessageContaining("a month (2014-07)");
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("last year"))
			.withMessageContaining("a financial year (2014-15)");
		assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse("2014-15-Q5"));
	}

	@Property
	void everyDayBelongsToExactlyOneFinancialYearAndOneOfItsQuarters(@ForAll("days") LocalDate day) {
		ReportingPeriod.FinancialYear year = ReportingPeriod.financialYearOf(day);
		assertThat(year.contains(day)).isTrue();
		assertThat(year.quarter(1).contains(day) ? 1 : 0).isNotNegative();
		long quarters = java.util.stream.IntStream.rangeClosed(1, 4)
			.filter((q) -> year.quarter(q).contains(day))
			.count();
		assertThat(quarters).isEqualTo(1);
	}

	@Property
	void readsBackEveryCodeItWrites(@ForAll("periods") ReportingPeriod period) {
		assertThat(ReportingPeriod.parse(period.code())).isEqualTo(period);
		assertThat(period.start()).isBeforeOrEqualTo(period.end());
	}

	@Provide
	Arbitrary<LocalDate> days() {
		return Arbitraries.integers().between(0, 365 * 30).map((offset) -> LocalDate.of(2000, 1, 1).plusDays(offset));
	}

	@Provide
	Arbitrary<ReportingPeriod> periods() {
		Arbitrary<Integer> years = Arbitraries.integers().between(2000, 2040);
		return Arbitraries.oneOf(years.map(ReportingPeriod.FinancialYear::starting),
				years.flatMap((y) -> Arbitraries.integers()
					.between(1, 4)
					.map((q) -> (ReportingPeriod) ReportingPeriod.FinancialYear.starting(y).quarter(q))),
				years.flatMap((y) -> Arbitraries.integers()
					.between(1, 12)
					.map((m) -> (ReportingPeriod) new ReportingPeriod.CalendarMonth(YearMonth.of(y, m)))),
				days().map(ReportingPeriod.AsAt::new));
	}

}
