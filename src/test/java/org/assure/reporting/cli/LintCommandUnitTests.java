package org.assure.reporting.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code lint FILE}: exit 0 with no error, 1 with errors, 2 for a file it cannot read;
 * JSON as the issue describes it.
 */
class LintCommandUnitTests {

	@TempDir
	Path folder;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine line = new CommandLine(new LintCommand());
		line.setOut(new PrintWriter(this.out, true));
		line.setErr(new PrintWriter(this.err, true));
		return line.execute(args);
	}

	@Test
	void exitCodesSayWhetherThereAreErrors() throws Exception {
		Path right = Files.writeString(this.folder.resolve("right.txt"), "Of the 40 audits, 33 (82.5%) were good.\n");
		Path wrong = Files.writeString(this.folder.resolve("wrong.txt"), "Of the 40 audits, 30 (82.5%) were good.\n");
		assertThat(run(right.toString())).isZero();
		assertThat(this.out.toString()).contains("No finding.");
		assertThat(run(wrong.toString())).isEqualTo(1);
		assertThat(this.out.toString()).contains("wrong.txt:1: error percent-of-base: 30 of 40 is 75%, not 82.5%");
		assertThat(run(this.folder.resolve("missing.txt").toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("missing.txt: no such file");
		Path pdf = Files.write(this.folder.resolve("broken.pdf"), "not a pdf".getBytes(StandardCharsets.US_ASCII));
		assertThat(run(pdf.toString())).isEqualTo(2);
		assertThat(this.err.toString()).contains("broken.pdf: is not a PDF the linter can read");
	}

	@Test
	void jsonIsAnArrayOfFindings() throws Exception {
		Path wrong = Files.writeString(this.folder.resolve("wrong.txt"),
				"Heading\n\nOf the 40 audits, 30 (82.5%) were good.\n");
		assertThat(run(wrong.toString(), "--format", "json")).isEqualTo(1);
		JsonNode findings = JsonMapper.builder().build().readTree(this.out.toString());
		assertThat(findings.isArray()).isTrue();
		assertThat(findings).hasSize(1);
		JsonNode finding = findings.get(0);
		assertThat(finding.get("line").asInt()).isEqualTo(3);
		assertThat(finding.get("excerpt").asText()).isEqualTo("30 (82.5%)");
		assertThat(finding.get("rule").asText()).isEqualTo("percent-of-base");
		assertThat(finding.get("message").asText())
			.isEqualTo("30 of 40 is 75%, not 82.5% (base: 'Of the 40 audits')".replace('\'', '"'));
		assertThat(finding.get("severity").asText()).isEqualTo("error");
	}

}
