package org.assure.reporting;

import java.util.List;

import org.assure.indicators.Catalogue;
import org.assure.indicators.Indicator;
import org.assure.indicators.Judgement;
import org.assure.indicators.Rag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard row for a value the data cannot support says so, and is neither red nor
 * special cause; a row with a value shows it.
 */
class DashboardRowUnitTests {

	@Test
	void aWithheldValueIsNotEnoughHistoryNotJudged() {
		Indicator reReferrals = Catalogue.builtIn()
			.stream()
			.filter((indicator) -> indicator.code().equals("re-referrals-12m"))
			.findFirst()
			.orElseThrow();
		Judgement.Withheld withheld = new Judgement.Withheld("2014-15", "2014-15",
				"Not enough history: the case data starts 1 April 2014; this measure needs it from 1 April 2013");
		Judgement judgement = new Judgement(reReferrals, List.of(), null, Rag.NONE, null, null, List.of(),
				List.of(withheld.sentence() + "."), null, null, withheld);
		DashboardRow row = DashboardRow.of(judgement);
		assertThat(row.value()).isEqualTo("Not enough history");
		assertThat(row.period()).isEqualTo("2014-15");
		assertThat(row.withheld()).startsWith("Not enough history: the case data starts 1 April 2014");
		assertThat(row.rating()).isEqualTo("Not judged");
		assertThat(row.rag()).isEqualTo(Rag.NONE);
		assertThat(row.concerning()).isFalse();
		assertThat(row.variation()).isEqualTo("Not judged");

		Judgement.Point point = new Judgement.Point("2014-15", "2014-15", 30.0, 3L, 10L, Rag.RED, null, "test");
		DashboardRow shown = DashboardRow.of(new Judgement(reReferrals, List.of(point), null, Rag.RED, null, null,
				List.of(), List.of(), null, null));
		assertThat(shown.value()).isEqualTo("30.0%");
		assertThat(shown.rating()).isEqualTo("Red");
		assertThat(shown.withheld()).isEmpty();
		assertThat(shown.quality()).isEmpty();

		Judgement.Point doubtful = new Judgement.Point("2014-15", "2014-15", 30.0, 3L, 10L, Rag.RED, null, "test",
				"Import batch 3 has 12 errors on 9 children (rules 8525Q \u00d75, 2885 \u00d77).");
		DashboardRow flagged = DashboardRow.of(new Judgement(reReferrals, List.of(doubtful), null, Rag.RED, null, null,
				List.of(), List.of(), null, null));
		assertThat(flagged.quality()).isEqualTo(doubtful.quality());
		assertThat(flagged.value()).as("the value is still shown, with its quality beside it").isEqualTo("30.0%");
	}

}
