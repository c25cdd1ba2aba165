package org.assure.casedata.validation;

import java.util.List;

import org.assure.calendar.WorkingDays;
import org.assure.casedata.quality.CodeLists;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that fails on a child stops neither the others nor the check: the report says
 * which rule could not run, once.
 */
class ReturnValidationUnitTests {

	@Test
	void aRuleThatFailsIsNotedAndTheOthersRun() {
		RuleSpec broken = RuleSpec.of("900", "A rule that breaks", "T.F");
		RuleSpec working = RuleSpec.of("901", "A rule that finds", "T.F");
		RuleBook book = RuleBook.builder("test")
			.year(2025, (year) -> year.add(List.of(DfeRule.of(broken, (child, context, findings) -> {
				throw new IllegalStateException("boom");
			}), DfeRule.of(working, (child, context, findings) -> findings.at(child.rows("T").get(0), "F", "found")))))
			.build();
		ReturnContext context = new ReturnContext(2025, WorkingDays.englandAndWales(), CodeLists.dfe());
		ReturnValidation validation = new ReturnValidation(book, context, "file.csv");
		for (String id : List.of("A", "B")) {
			ReturnChild child = new ReturnChild(id);
			child.add(new Row("T", 1, new org.assure.casedata.journey.Location("file.csv", "row 2")));
			validation.check(child);
		}
		Findings findings = validation.finish();
		assertThat(findings.violations()).extracting(Violation::code).containsExactly("901", "901");
		assertThat(context.notes()).hasSize(1)
			.first()
			.asString()
			.startsWith("Rule 900 could not check child A (java.lang.IllegalStateException: boom)");
	}

}
