package org.assure.casedata.journey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast reading of {@code yyyy-mm-dd} dates agrees with {@link LocalDate#parse} on
 * every date and on text that is nearly one; the fast reading of {@code yyyy-mm} months
 * agrees with the parser on text that is nearly one.
 */
class ValuesProperties {

	@Property
	void readsEveryDateAsTheFormatterDoes(@ForAll("dates") LocalDate date) {
		assertThat(Values.isoDate(date.toString())).isEqualTo(date);
	}

	@Property(tries = 3000)
	void neverAcceptsWhatTheFormatterRefuses(@ForAll("nearlyDates") String text) {
		LocalDate fast = Values.isoDate(text);
		LocalDate parsed;
		try {
			parsed = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			parsed = null;
		}
		if (fast != null) {
			assertThat(fast).isEqualTo(parsed);
		}
		else if (parsed != null && text.length() == 10) {
			throw new AssertionError("the formatter reads " + text + " but the fast path does not");
		}
	}

	@Property(tries = 3000)
	void readsMonthsAsTheParserDoes(@ForAll("nearlyMonths") String text) {
		java.time.YearMonth parsed;
		try {
			parsed = java.time.YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			parsed = null;
		}
		assertThat(Values.isoMonth(text)).isEqualTo(parsed);
	}

	@Provide
	Arbitrary<String> nearlyMonths() {
		Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofLength(2);
		return net.jqwik.api.Combinators
			.combine(Arbitraries.integers().between(1900, 2100), digits, Arbitraries.of("-", "/", "x"))
			.as((year, month, separator) -> year + separator + month);
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.longs()
			.between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
			.map(LocalDate::ofEpochDay);
	}

	@Provide
	Arbitrary<String> nearlyDates() {
		Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofLength(2);
		return net.jqwik.api.Combinators
			.combine(Arbitraries.integers().between(1900, 2100), digits, digits, Arbitraries.of("-", "/", "x"))
			.as((year, month, day, separator) -> year + separator + month + "-" + day);
	}

}
