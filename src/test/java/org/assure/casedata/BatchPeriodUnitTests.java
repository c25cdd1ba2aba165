package org.assure.casedata;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A batch covers one period or a span of financial years, written either way.
 */
class BatchPeriodUnitTests {

	@Test
	void readsOnePeriodOrASpan() {
		BatchPeriod year = BatchPeriod.parse("2014-15");
		assertThat(year.isSpan()).isFalse();
		assertThat(year.code()).isEqualTo("2014-15");
		assertThat(BatchPeriod.parse("2014-15-Q3").end()).isEqualTo(LocalDate.of(2014, 12, 31));
		BatchPeriod span = BatchPeriod.parse(" 2011-12 to 2014-15 ");
		assertThat(span.code()).isEqualTo("2011-12-to-2014-15");
		assertThat(span.start()).isEqualTo(LocalDate.of(2011, 4, 1));
		assertThat(span.end()).isEqualTo(LocalDate.of(2015, 3, 31));
		assertThat(span.years()).hasSize(4);
		assertThat(BatchPeriod.parse("2011-12-to-2014-15")).isEqualTo(span);
		assertThatIllegalArgumentException().isThrownBy(() -> BatchPeriod.parse("2014-15 to 2011-12"))
			.withMessageContaining("ends before it begins");
		assertThatIllegalArgumentException().isThrownBy(() -> BatchPeriod.parse("2014-07 to 2014-09"))
			.withMessageContaining("from one financial year to another");
		assertThatIllegalArgumentException().isThrownBy(() -> BatchPeriod.parse("last year"));
	}

	@Property
	void aSpansCodeReadsBackToTheSameSpan(@ForAll @IntRange(min = 1990, max = 2090) int first,
			@ForAll @IntRange(min = 0, max = 20) int length) {
		String text = String.format("%d-%02d to %d-%02d", first, (first + 1) % 100, first + length,
				(first + length + 1) % 100);
		BatchPeriod span = BatchPeriod.parse(text);
		assertThat(BatchPeriod.parse(span.code())).isEqualTo(span);
		assertThat(span.years()).hasSize(length + 1);
		assertThat(span.isSpan()).isEqualTo(length > 0);
		assertThat(span.start()).isEqualTo(LocalDate.of(first, 4, 1));
		assertThat(span.end()).isEqualTo(LocalDate.of(first + length + 1, 3, 31));
	}

}
