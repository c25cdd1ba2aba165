package org.assure.casedata.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.ValidationReport;
import org.assure.casedata.validation.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every CIN census rule on small hand-built returns ({@code cin-rule-cases.txt}): a case
 * that passes, one that fails, and the boundary (the same day, a bank holiday, a missing
 * optional field).
 */
class CinRulesUnitTests {

	private static final Pattern HEADING = Pattern
		.compile("## (\\w+) (pass|fail|boundary-pass|boundary-fail)(?: year (\\d{4}))?: (.+)");

	record Case(String code, String kind, int year, String title, List<String> lines) {

		boolean fails() {
			return this.kind.endsWith("fail");
		}

	}

	static List<Case> cases() throws IOException {
		List<Case> cases = new ArrayList<>();
		try (InputStream in = CinRulesUnitTests.class.getResourceAsStream("cin-rule-cases.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			Case current = null;
			while ((line = reader.readLine()) != null) {
				Matcher heading = HEADING.matcher(line);
				if (heading.matches()) {
					current = new Case(heading.group(1), heading.group(2),
							(heading.group(3) != null) ? Integer.parseInt(heading.group(3)) : 2026, heading.group(4),
							new ArrayList<>());
					cases.add(current);
				}
				else if (line.startsWith("##")) {
					throw new IllegalStateException("Malformed case heading: " + line);
				}
				else if (current != null && !line.isBlank() && !line.startsWith("#")) {
					current.lines().add(line);
				}
			}
		}
		return cases;
	}

	static List<Violation> run(Case c) {
		byte[] xml = CinCase.of(c.lines()).xml().getBytes(StandardCharsets.UTF_8);
		ValidationReport report = ReturnValidator.standard()
			.cinCensus(new ByteArrayInputStream(xml), "case.xml", c.year());
		return report.violations().stream().filter((v) -> v.code().equals(c.code())).toList();
	}

	@TestFactory
	Stream<DynamicTest> eachRuleFindsWhatItShouldAndNothingElse() throws IOException {
		return cases().stream().map((c) -> DynamicTest.dynamicTest(c.code() + " " + c.kind() + ": " + c.title(), () -> {
			List<Violation> found = run(c);
			if (c.fails()) {
				assertThat(found).as("findings of %s", c.code()).isNotEmpty();
				assertThat(found).allSatisfy((v) -> assertThat(v.message()).isNotBlank());
			}
			else {
				assertThat(found).as("findings of %s", c.code()).isEmpty();
			}
		}));
	}

	@Test
	void aRepeatedIdNamesTheLineOfItsFirstChildAndItsOwnPlace() throws IOException {
		Case repeated = cases().stream()
			.filter((c) -> c.code().equals("8510") && c.kind().equals("fail"))
			.findFirst()
			.orElseThrow();
		// CinCase writes each child on a line of its own, the first on line 3.
		assertThat(run(repeated)).singleElement().satisfies((finding) -> {
			assertThat(finding.detail()).isEqualTo("LAchildID C1 is also given at line 3");
			assertThat(finding.location().place()).isEqualTo("line 4, Child[2]/ChildIdentifiers[1]");
		});
	}

	@Test
	void everyRuleOfTheYearHasAPassAFailAndABoundaryCase() throws IOException {
		Map<String, Set<String>> kinds = new TreeMap<>();
		for (Case c : cases()) {
			kinds.computeIfAbsent(c.code(), (code) -> new TreeSet<>())
				.add(c.kind().replace("boundary-pass", "boundary").replace("boundary-fail", "boundary"));
		}
		for (String code : CinRules.book().codes(2026)) {
			assertThat(kinds.getOrDefault(code, Set.of())).as("cases of rule %s", code)
				.contains("pass", "fail", "boundary");
		}
	}

	@Test
	void everyCaseIsAboutARuleAssureHolds() throws IOException {
		Set<String> held = new TreeSet<>();
		for (int year : CinRules.book().years()) {
			held.addAll(CinRules.book().codes(year));
		}
		assertThat(cases()).allSatisfy((c) -> assertThat(held).contains(c.code()));
	}

}
