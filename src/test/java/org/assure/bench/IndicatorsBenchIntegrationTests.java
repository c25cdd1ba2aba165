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
 * {@code assure bench indicators} on a small generated file: Assure's engine and DuckDB
 * agree on every headline indicator, the values are not trivial, and the timings and
 * ratios are reported.
 */
class IndicatorsBenchIntegrationTests {

	@Test
	void assureAndDuckDbAgreeOnEveryHeadlineIndicator() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exit = commandLine.execute("bench", "indicators", "--children=6000", "--runs=1", "--format=json");
		assertThat(exit).as(err.toString()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(out.toString());
		assertThat(report.get("identical").asBoolean()).isTrue();
		assertThat(report.get("computeRatio").asDouble()).isPositive();
		assertThat(report.get("endToEndRatio").asDouble()).isPositive();
		JsonNode values = report.get("values");
		assertThat(values.size()).isEqualTo(IndicatorsBench.HEADLINE.size());
		// A benchmark of zeros would prove nothing: every percentage has a non-zero
		// whole,
		// and the journeys' history gives re-referrals and second plans.
		assertThat(values.get("assessments-within-45-wd").asString()).matches("\\d+ of [1-9]\\d*");
		assertThat(values.get("re-referrals-12m").asString()).doesNotStartWith("0 of");
		assertThat(values.get("in-need-at-end").asLong()).isPositive();
	}

	@Test
	void benchListsEveryModulesBenchmark() {
		StringWriter out = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(out, true));
		assertThat(commandLine.execute("bench", "--help")).isZero();
		assertThat(out.toString()).contains("import", "indicators");
	}

}
