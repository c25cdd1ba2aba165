package org.assure.assurance;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Section 11 round is published once, not before it opens, and then takes no more
 * answers; a cell of the matrix says how its rating changed since the round before.
 */
class Section11UnitTests {

	private final Section11Round round = new Section11Round(1, "2015-16", LocalDate.of(2015, 5, 1),
			LocalDate.of(2015, 7, 31), null, "", List.of("Senior management commitment", "Safer recruitment"));

	@Test
	void aRoundIsPublishedOnceAndThenTakesNoMoreAnswers() {
		this.round.requireOpen();
		Section11Round published = this.round.publish(LocalDate.of(2015, 10, 1), " Mostly compliant ");
		assertThat(published.published()).isTrue();
		assertThat(published.conclusion()).isEqualTo("Mostly compliant");
		assertThatThrownBy(published::requireOpen).isInstanceOf(IllegalSection11MoveException.class)
			.hasMessage("The round was published on 2015-10-01: its answers can no longer change");
		assertThatThrownBy(() -> published.publish(LocalDate.of(2015, 11, 1), "Again"))
			.hasMessage("The round was published on 2015-10-01 already");
		assertThatThrownBy(() -> this.round.publish(LocalDate.of(2015, 4, 30), "Early"))
			.hasMessage("A round cannot be published before it opened (2015-05-01)");
	}

	@Test
	void aCellSaysWhetherItsRatingIsBetterWorseOrTheSameAsTheRoundBefore() {
		assertThat(new Section11Audits.Cell(Section11Rating.MET, Section11Rating.PARTLY_MET).change())
			.isEqualTo("Better");
		assertThat(new Section11Audits.Cell(Section11Rating.NOT_MET, Section11Rating.PARTLY_MET).change())
			.isEqualTo("Worse");
		assertThat(new Section11Audits.Cell(Section11Rating.PARTLY_MET, Section11Rating.PARTLY_MET).change())
			.isEqualTo("Same");
		assertThat(new Section11Audits.Cell(Section11Rating.MET, null).change()).isEmpty();
		assertThat(new Section11Audits.Cell(null, Section11Rating.MET).change()).isEmpty();
	}

	@Test
	void theStandardsAreASettingWithTheEightOfTheStatutoryGuidanceByDefault() {
		Section11Settings settings = new Section11Settings(
				List.of(" Safer recruitment ", "", "Safer recruitment", "Information sharing"));
		assertThat(settings.standards()).containsExactly("Safer recruitment", "Information sharing");
		assertThatThrownBy(() -> new Section11Settings(List.of(" ")))
			.hasMessage("assure.section11.standards needs at least one standard");
	}

}
