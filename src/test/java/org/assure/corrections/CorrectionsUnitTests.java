package org.assure.corrections;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules every module's corrections share: which fields changed, when a reason is
 * needed, how values read in the history, and where a withdrawal's problems land.
 */
class CorrectionsUnitTests {

	@Test
	void onlyTheFieldsWhoseShownValueDiffersAreChanges() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("Seat", "Police");
		before.put("Held by", null);
		before.put("Due", LocalDate.of(2015, 3, 31));
		before.put("Note", "  kept  ");
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("Seat", "Police ");
		after.put("Held by", "DCI Smith");
		after.put("Due", LocalDate.of(2015, 6, 30));
		after.put("Note", "kept");
		assertThat(Corrections.changes(before, after)).containsExactly(new FieldChange("Held by", null, "DCI Smith"),
				new FieldChange("Due", "31 March 2015", "30 June 2015"));
	}

	@Test
	void fillingInAFieldNeedsNoReasonButReplacingAValueDoes() {
		List<FieldChange> filledIn = List.of(new FieldChange("Held by", null, "DCI Smith"));
		List<FieldChange> replaced = List.of(new FieldChange("Seat", "Police", "Probation"),
				new FieldChange("Held by", null, "A N Other"));
		assertThat(Corrections.correctsAValue(filledIn)).isFalse();
		assertThat(Corrections.correctsAValue(replaced)).isTrue();
		assertThat(Corrections.reasonFor(filledIn, " ")).isEqualTo("First recorded");
		assertThat(Corrections.reasonFor(replaced, "The minutes were wrong")).isEqualTo("The minutes were wrong");
	}

	@Test
	void aCorrectionIsRefusedWhenNothingChangedOrAValueIsReplacedWithoutAReason() {
		List<FieldChange> replaced = List.of(new FieldChange("Title", "Old", "New"));
		List<FieldChange> filledIn = List.of(new FieldChange("Held by", null, "DCI Smith"));
		assertThat(Corrections.refusal(List.of(), "a reason", "title"))
			.containsExactly(Map.entry("title", "Nothing was changed: change a field, or go back"));
		assertThat(Corrections.refusal(replaced, " ", "title"))
			.containsExactly(Map.entry("reason", "Say why the record is being corrected: the history keeps it"));
		assertThat(Corrections.refusal(replaced, "A typing slip", "title")).isEmpty();
		assertThat(Corrections.refusal(filledIn, "", "title")).isEmpty();
	}

	@Test
	void aReasonIsRequiredAndBounded() {
		Map<String, String> problems = new LinkedHashMap<>();
		Corrections.checkReason(problems, "   ");
		assertThat(problems).containsOnlyKeys(Corrections.REASON);
		problems.clear();
		Corrections.checkReason(problems, "x".repeat(Corrections.REASON_MAX + 1));
		assertThat(problems.get(Corrections.REASON)).isEqualTo("Keep the reason to 1,000 characters");
		problems.clear();
		Corrections.checkReason(problems, "  " + "x".repeat(Corrections.REASON_MAX) + "  ");
		assertThat(problems).isEmpty();
	}

	@Test
	void valuesReadAsTheHistoryShowsThem() {
		assertThat(Corrections.text(null)).isNull();
		assertThat(Corrections.text("  ")).isNull();
		assertThat(Corrections.text(LocalDate.of(2015, 1, 2))).isEqualTo("2 January 2015");
		assertThat(Corrections.text(60)).isEqualTo("60");
	}

	@Test
	void aWithdrawalsReasonProblemLandsOnTheWithdrawFormOnly() {
		assertThat(Corrections.asWithdrawal(Map.of(Corrections.REASON, "Say why", "record", "Gone")))
			.containsOnlyKeys(Corrections.WITHDRAW_REASON, "record");
	}

	@Test
	void aRecordIsNamedByAShortKind() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RecordRef(" ", 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new RecordRef("x".repeat(61), 1));
		assertThat(new RecordRef("governance.member", 3)).isEqualTo(new RecordRef("governance.member", 3));
	}

}
