package org.assure.corrections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the changes between two readings of a record, for any values.
 */
class CorrectionsProperties {

	@Property
	void aRecordComparedWithItselfHasNoChanges(@ForAll @Size(max = 8) Map<String, String> fields) {
		assertThat(Corrections.changes(fields, new LinkedHashMap<>(fields))).isEmpty();
	}

	@Property
	void eachChangeNamesAFieldOfTheNewReadingWithItsShownValues(@ForAll @Size(max = 8) Map<String, String> before,
			@ForAll @Size(max = 8) Map<String, String> after) {
		List<FieldChange> changes = Corrections.changes(before, after);
		assertThat(changes).allSatisfy((change) -> {
			assertThat(after).containsKey(change.field());
			assertThat(change.before()).isEqualTo(Corrections.text(before.get(change.field())));
			assertThat(change.after()).isEqualTo(Corrections.text(after.get(change.field())));
			assertThat(change.before()).isNotEqualTo(change.after());
		});
		long differing = after.keySet()
			.stream()
			.filter((field) -> !java.util.Objects.equals(Corrections.text(before.get(field)),
					Corrections.text(after.get(field))))
			.count();
		assertThat(changes).hasSize((int) differing);
	}

}
