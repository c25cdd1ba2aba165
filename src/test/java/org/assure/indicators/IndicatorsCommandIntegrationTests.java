package org.assure.indicators;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.assure.AssureApplication;
import org.assure.cli.AssureCommandLine;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assure indicators} computes the demo partnership's indicators and prints them.
 */
class IndicatorsCommandIntegrationTests {

	@Test
	void printsTheDemoYearsIndicatorsAsCsv() {
		StringWriter out = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(out));
		int exitCode = commandLine.execute("indicators", "--partnership", "demo", "--period", "2014-15", "--format",
				"csv");
		assertThat(exitCode).isZero();
		List<String> lines = out.toString().lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("code,name,period,unit,value,numerator,denominator,children,definitionVersion,batches");
		assertThat(lines).hasSize(21);
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("\"referrals\",\"Referrals\",\"2014-15\""));
	}

	@Test
	void refusesAPeriodThatIsNotOneWithExitCodeTwo() {
		StringWriter err = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setErr(new PrintWriter(err, true));
		assertThat(commandLine.execute("indicators", "--partnership", "demo", "--period", "soon")).isEqualTo(2);
		assertThat(err.toString()).contains("A period is a financial year");
	}

}
