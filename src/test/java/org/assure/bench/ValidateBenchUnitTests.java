package org.assure.bench;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.assure.AssureApplication;
import org.assure.cli.AssureCommandLine;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assure bench validate} on a small generated census: every child is checked by
 * every rule of the year, and the times, ratios and heap are reported; a source without
 * rules is refused with a reason.
 */
class ValidateBenchUnitTests {

	@Test
	void checksEveryChildWithEveryRuleAndReportsTheRatio() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exit = commandLine.execute("bench", "validate", "--children=1500", "--runs=1", "--format=json");
		assertThat(exit).as(err.toString()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(out.toString());
		assertThat(report.get("children").asInt()).isGreaterThan(500);
		assertThat(report.get("childrenChecked").asInt()).isEqualTo(report.get("children").asInt());
		assertThat(report.get("rules").asInt()).isEqualTo(109);
		assertThat(report.get("collectionYear").asInt()).isEqualTo(2025);
		assertThat(report.get("findings").asInt()).as("a generated census is clean").isZero();
		assertThat(report.get("rulesRatio").asDouble()).isPositive();
		assertThat(report.get("tablesRatio").asDouble()).isPositive();
		assertThat(report.get("peakHeapMegabytes").asLong()).isPositive();

		StringWriter refused = new StringWriter();
		commandLine.setErr(new PrintWriter(refused, true));
		assertThat(commandLine.execute("bench", "validate", "--source=lac")).isEqualTo(2);
		assertThat(refused.toString()).contains("Unknown --source lac");
	}

	@Test
	void checksAnSsda903ReturnOfTheSizeAsked() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exit = commandLine.execute("bench", "validate", "--source=ssda903", "--children=5000", "--runs=1",
				"--format=json");
		assertThat(exit).as(err.toString()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(out.toString());
		assertThat(report.get("children").asInt()).isBetween(5000, 7000);
		assertThat(report.get("findings").asInt()).as("copies of a clean return are clean").isZero();
		assertThat(report.get("rulesRatio").asDouble()).isPositive();
		assertThat(report.get("cells").asLong()).isPositive();
		assertThat(report.get("collectionYear").asInt()).isEqualTo(2025);
	}

	@Test
	void checksAnSsda903ReturnOfTheYearAskedWithThatYearsRules() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exit = commandLine.execute("bench", "validate", "--source=ssda903", "--year=2025-26", "--children=3000",
				"--runs=1", "--format=json");
		assertThat(exit).as(err.toString()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(out.toString());
		assertThat(report.get("collectionYear").asInt()).isEqualTo(2026);
		assertThat(report.get("rules").asInt()).isGreaterThan(294);
		assertThat(report.get("findings").asInt()).as("a generated 2025-26 return is clean under its rules").isZero();

		StringWriter refused = new StringWriter();
		commandLine.setErr(new PrintWriter(refused, true));
		assertThat(commandLine.execute("bench", "validate", "--source=ssda903", "--year=2025-27")).isEqualTo(2);
		assertThat(refused.toString()).contains("--year '2025-27' is not a collection year");
	}

}
