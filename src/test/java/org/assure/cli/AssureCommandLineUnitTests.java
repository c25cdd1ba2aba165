package org.assure.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.assure.AssureApplication;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class AssureCommandLineUnitTests {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

	@Test
	void helpListsTheCommandsAndExitCodes() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString()).contains("serve", "migrate", "bad usage or bad input");
	}

	@Test
	void versionNamesAssure() {
		assertThat(run("--version")).isZero();
		assertThat(this.out.toString()).startsWith("Assure ");
	}

	@Test
	void rejectsAnUnknownOptionWithExitCodeTwoInsteadOfServing() {
		assertThat(run("--bogus")).isEqualTo(2);
		assertThat(this.err.toString()).contains("Unknown option or command: '--bogus'");
	}

	@Test
	void rejectsAnUnknownCommandWithExitCodeTwo() {
		assertThat(run("frobnicate")).isEqualTo(2);
	}

	@Test
	void rejectsABadFormatWithExitCodeTwo() {
		assertThat(run("migrate", "--format", "xml")).isEqualTo(2);
		assertThat(this.err.toString()).contains("--format");
	}

}
