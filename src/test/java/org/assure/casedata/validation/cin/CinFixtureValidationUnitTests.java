package org.assure.casedata.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.ValidationReport;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The CIN census rules on the external fixtures, written by others: the findings by code
 * on each, stated. docs/validation.md explains the rules that do not fire.
 */
class CinFixtureValidationUnitTests {

	private static ValidationReport check(String name) throws IOException {
		Path file = Fixtures.external("cin-census/" + name);
		try (InputStream in = Files.newInputStream(file)) {
			return ReturnValidator.standard().cinCensus(in, name, null);
		}
	}

	private static Map<String, Integer> byCode(ValidationReport report) {
		Map<String, Integer> counts = new TreeMap<>();
		report.byRule().forEach((count) -> counts.put(count.code(), count.findings()));
		return counts;
	}

	@Test
	void theLargeFakeReturnBreaksSixteenRules() throws IOException {
		ValidationReport report = check("fake_CIN_data.xml");
		assertThat(report.children()).isEqualTo(332);
		assertThat(report.ruleSetYear()).isEqualTo(2023);
		assertThat(byCode(report)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("100", 1),
				Map.entry("1510", 320), Map.entry("1530", 272), Map.entry("2990", 28), Map.entry("8555", 30),
				Map.entry("8569", 356), Map.entry("8600", 7), Map.entry("8620", 226), Map.entry("8790", 5),
				Map.entry("8794", 5), Map.entry("8820", 2), Map.entry("8831", 350), Map.entry("2886Q", 1),
				Map.entry("8545Q", 21), Map.entry("8585Q", 35), Map.entry("8825Q", 30)));
	}

	@Test
	void theOneChildReturnsBreakTheDateRules() throws IOException {
		assertThat(byCode(check("CIN_Census_2021.xml"))).containsExactlyInAnyOrderEntriesOf(
				Map.ofEntries(Map.entry("1103", 1), Map.entry("1104", 1), Map.entry("1105", 1), Map.entry("1510", 1),
						Map.entry("1530", 1), Map.entry("2889", 1), Map.entry("4013", 1), Map.entry("4016", 1),
						Map.entry("8525", 1), Map.entry("8565", 2), Map.entry("8620", 1), Map.entry("8696", 1),
						Map.entry("8715", 1), Map.entry("2887Q", 1), Map.entry("8530Q", 1), Map.entry("8545Q", 1)));
		assertThat(byCode(check("CIN_Census_2024.xml"))).containsExactlyInAnyOrderEntriesOf(
				Map.ofEntries(Map.entry("1103", 1), Map.entry("1104", 1), Map.entry("1105", 1), Map.entry("1510", 1),
						Map.entry("1530", 1), Map.entry("2889", 1), Map.entry("4013", 1), Map.entry("4016", 1),
						Map.entry("8565", 2), Map.entry("8600", 1), Map.entry("8608", 1), Map.entry("8620", 2),
						Map.entry("8696", 1), Map.entry("8715", 1), Map.entry("8897", 1), Map.entry("2887Q", 1)));
		assertThat(byCode(check("CIN2rows.xml"))).containsExactlyInAnyOrderEntriesOf(
				Map.ofEntries(Map.entry("1104", 1), Map.entry("1105", 2), Map.entry("1510", 1), Map.entry("1530", 1),
						Map.entry("2889", 1), Map.entry("4013", 1), Map.entry("4016", 1), Map.entry("8565", 2),
						Map.entry("8620", 1), Map.entry("8715", 1), Map.entry("8736", 1), Map.entry("8867", 1),
						Map.entry("8940", 2), Map.entry("2887Q", 1), Map.entry("8670Q", 1)));
	}

	@Test
	void theHeaderFixtureBreaksRule100AndTheLaFixtureRule2887Q() throws IOException {
		assertThat(byCode(check("CIN_header_issues_100.xml"))).containsEntry("100", 1);
		assertThat(byCode(check("CIN_la_issues_2887Q.xml"))).containsEntry("2887Q", 1).doesNotContainKey("100");
	}

	@Test
	void aYearBeforeTheFirstRuleSetIsJudgedByTheFirstAndSaysSo() throws IOException {
		ValidationReport report = check("BAR_cin_2022.xml");
		assertThat(report.collectionYear()).isEqualTo(2022);
		assertThat(report.ruleSetYear()).isEqualTo(2023);
		assertThat(report.notes()).singleElement().asString().contains("2021-22").contains("2022-23 rules");
	}

}
