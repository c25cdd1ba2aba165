package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.assure.casedata.quality.Severity;
import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.RuleSpec;
import org.junit.jupiter.api.Test;

/**
 * The SSDA903 rule set against the DfE's list of 2024-25 codes shipped with Assure: every
 * rule held is on the list and every code of the list is held, so that a rule lost (or a
 * code lost from the list) fails this test.
 */
class Ssda903RuleBookUnitTests {

	@Test
	void theListHoldsTheDfesCodesOnce() {
		List<String> codes = Ssda903Rules.dfeCodes();
		assertThat(codes).hasSize(294).doesNotHaveDuplicates().contains("101", "1016", "503J", "SW16cSTG2");
		assertThat(codes).noneMatch((code) -> code.startsWith("INT"));
	}

	@Test
	void everyCodeOnTheListIsHeldAndEveryRuleHeldIsOnTheList() {
		Set<String> held = Ssda903Rules.book().codes(2025);
		assertThat(new TreeSet<>(held)).isEqualTo(new TreeSet<>(Ssda903Rules.dfeCodes()));
		assertThat(Ssda903Rules.HELD).isEqualTo(held.size()).isEqualTo(294);
	}

	@Test
	void everyRuleCarriesItsMessageFieldsAndAnErrorSeverity() {
		for (DfeRule rule : Ssda903Rules.book().rules(2025)) {
			RuleSpec spec = rule.spec();
			assertThat(spec.message()).as(spec.code()).isNotBlank();
			assertThat(spec.fields()).as(spec.code()).isNotEmpty().allMatch((field) -> field.contains("."));
			assertThat(spec.severity()).as(spec.code()).isEqualTo(Severity.ERROR);
		}
	}

}
