package org.assure.indicators.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.assure.AssureApplication;
import org.assure.cli.AssureCommandLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class SpcCommandUnitTests {

	private final InputStream stdin = System.in;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@AfterEach
	void restoreStandardInput() {
		System.setIn(this.stdin);
	}

	private int run(String input, String... args) {
		System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

	@Test
	void readsNumbersSeparatedByCommasSpacesAndNewLines() {
		assertThat(run("1,2,3\n4 5 6\n7;8\n9, 10\n", "spc", "--format", "json")).isZero();
		assertThat(this.out.toString()).contains("\"centreLine\":5.5", "\"trial\":true",
				"\"variation\":\"NEUTRAL_HIGH\"");
	}

	@Test
	void refusesSomethingThatIsNotANumberWithExitCodeTwo() {
		assertThat(run("1 2 x 4", "spc")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Value 3 is not a number: 'x'");
	}

	@Test
	void printsAReadableSummary() {
		assertThat(run("17.8 21.7 41.3 42.6 21.2 21.8 28.4 30.8 9.5", "spc", "--better", "down", "--target", "20"))
			.isZero();
		assertThat(this.out.toString()).contains("(trial: fewer than 12 points)", "special causes: none",
				"variation: COMMON_CAUSE", "assurance: HIT_AND_MISS");
	}

}
