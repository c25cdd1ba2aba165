package org.assure.reporting;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Disclosure control on tables a board publishes: nothing hidden where every count is
 * large; a small count hidden with the next smallest beside it, so the total does not
 * give it away; two small counts of 1 in one row hidden with a third, since their sum of
 * 2 would show each; a small total hidden; shares of hidden counts hidden.
 */
class DisclosureControlUnitTests {

	private static final List<String> KINDS = List.of("Neonatal", "Expected", "Unexpected");

	@Test
	void aTableOfLargeCountsIsPublishedWhole() {
		DisclosureControl.Published published = DisclosureControl
			.protect(DisclosureControl.Table.breakdown("Reviews", KINDS, 23, 23, 25), 5);
		assertThat(published.anyHidden()).isFalse();
		assertThat(published.cell(0, 2)).isEqualTo("25");
		assertThat(published.rowTotal(0)).isEqualTo("71");
		assertThat(published.shareOfRow(0, 0)).isEqualTo("32.4%");
	}

	@Test
	void aSmallCountIsHiddenWithTheNextSmallestSoTheTotalDoesNotGiveItAway() {
		DisclosureControl.Published published = DisclosureControl
			.protect(DisclosureControl.Table.breakdown("Reviews", KINDS, 3, 20, 25), 5);
		assertThat(published.cell(0, 0)).isEqualTo("c");
		assertThat(published.cell(0, 1)).as("the next smallest, hidden beside it").isEqualTo("c");
		assertThat(published.cell(0, 2)).isEqualTo("25");
		assertThat(published.rowTotal(0)).isEqualTo("48");
		assertThat(published.shareOfRow(0, 1)).isEqualTo("c");
		assertThat(published.footnote()).startsWith("c: a count from 1 to 5");
	}

	@Test
	void twoOnesInARowAreHiddenWithAThirdCount() {
		DisclosureControl.Published published = DisclosureControl
			.protect(DisclosureControl.Table.breakdown("Reviews", List.of("A", "B", "C", "D"), 1, 1, 9, 30), 5);
		assertThat(published.cell(0, 0)).isEqualTo("c");
		assertThat(published.cell(0, 1)).isEqualTo("c");
		assertThat(published.cell(0, 2)).as("1 + 1 = 2 would give each away").isEqualTo("c");
		assertThat(published.cell(0, 3)).isEqualTo("30");
	}

	@Test
	void aSmallTotalIsHiddenAndZerosShow() {
		DisclosureControl.Published published = DisclosureControl
			.protect(new DisclosureControl.Table(List.of("2013-14", "2014-15"), List.of("Boys", "Girls"),
					new int[][] { { 2, 0 }, { 14, 12 } }, true, true), 5);
		assertThat(published.cell(0, 1)).isEqualTo("0");
		assertThat(published.cell(0, 0)).isEqualTo("c");
		assertThat(published.rowTotal(0)).isEqualTo("c");
		assertThat(published.grandTotal()).isEqualTo("28");
		assertThat(published.anyHidden()).isTrue();
	}

	@Test
	void aTableOfTheWrongShapeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new DisclosureControl.Table(List.of("a"), List.of("x", "y"), new int[][] { { 1 } }, true, true))
			.withMessage("Row 1 needs a count for each column");
		assertThatIllegalArgumentException().isThrownBy(() -> DisclosureControl.Table.breakdown("a", List.of("x"), -1))
			.withMessage("A count cannot be negative");
	}

}
