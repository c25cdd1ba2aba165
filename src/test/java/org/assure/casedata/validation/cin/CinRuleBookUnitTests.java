package org.assure.casedata.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.assure.casedata.quality.Severity;
import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.RuleBook;
import org.assure.casedata.validation.RuleSpec;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The CIN census rule sets against the DfE's list of codes shipped with Assure, and how
 * each year's set is built on the one before.
 */
class CinRuleBookUnitTests {

	private static Set<String> dfeCodes() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("casedata/dfe-rules/cin-census-2025-26.txt").getInputStream(),
				StandardCharsets.UTF_8))) {
			reader.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).forEach(codes::add);
		}
		return codes;
	}

	@Test
	void everyRuleOfThe2025To26CensusIsHeldAndNoOther() throws IOException {
		Set<String> dfe = dfeCodes();
		Set<String> held = CinRules.book().codes(2026);
		assertThat(dfe).hasSize(109);
		assertThat(new TreeSet<>(dfe)).as("DfE codes Assure does not hold").isEqualTo(new TreeSet<>(held));
	}

	@Test
	void everyRuleCarriesItsMessageFieldsAndASeverityThatFollowsItsCode() {
		for (DfeRule rule : CinRules.book().rules(2026)) {
			RuleSpec spec = rule.spec();
			assertThat(spec.message()).as(spec.code()).isNotBlank();
			assertThat(spec.fields()).as(spec.code()).isNotEmpty().allMatch((field) -> field.contains("."));
			assertThat(spec.severity()).as(spec.code())
				.isEqualTo(spec.code().endsWith("Q") ? Severity.QUERY : Severity.ERROR);
		}
	}

	@Test
	void eachYearIsBuiltOnTheOneBefore() {
		RuleBook book = CinRules.book();
		assertThat(book.years()).containsExactly(2023, 2024, 2025, 2026);
		assertThat(book.history().get(2024).changed()).containsExactly("1530");
		assertThat(book.history().get(2025).added()).contains("1570", "1580", "8945Q", "8950Q");
		assertThat(book.history().get(2025).changed()).contains("4180", "2886Q", "8750", "8770Q");
		assertThat(book.codes(2023)).doesNotContain("1570", "8945Q");
		assertThat(book.yearsOf("1570")).containsExactly(2025, 2026);
		assertThat(book.rules(2023)
			.stream()
			.filter((r) -> r.spec().code().equals("4180"))
			.findFirst()
			.orElseThrow()
			.spec()
			.message()).isEqualTo("Gender is missing");
		assertThat(book.rules(2026)
			.stream()
			.filter((r) -> r.spec().code().equals("4180"))
			.findFirst()
			.orElseThrow()
			.spec()
			.message()).isEqualTo("Sex must be provided and equal M, F, or U");
	}

	@Test
	void aYearOutsideTheBookIsJudgedByTheNearestSet() {
		assertThat(CinRules.book().effectiveYear(2015)).isEqualTo(2023);
		assertThat(CinRules.book().effectiveYear(2030)).isEqualTo(2026);
	}

	@Test
	void aBookRefusesToWithdrawWhatItDoesNotHoldOrToGoBackInTime() {
		DfeRule rule = DfeRule.of(RuleSpec.of("1", "one", "T.f"), (child, context, findings) -> {
		});
		RuleBook.Builder builder = RuleBook.builder("test").year(2023, (year) -> year.add(List.of(rule)));
		assertThatIllegalArgumentException().isThrownBy(() -> builder.year(2024, (year) -> year.withdraw("2")))
			.withMessageContaining("Cannot withdraw 2");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.year(2022, (year) -> {
		})).withMessageContaining("in order of year");
		RuleBook book = builder.year(2025, (year) -> year.withdraw("1")).build();
		assertThat(book.codes(2025)).isEmpty();
		assertThat(book.history().get(2025).withdrawn()).containsExactly("1");
	}

}
