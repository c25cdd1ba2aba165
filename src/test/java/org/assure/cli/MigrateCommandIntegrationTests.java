package org.assure.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.assure.AssureApplication;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assure migrate} starts Assure without a web server on the configured database,
 * applies the migrations and reports, in JSON for scripts.
 */
class MigrateCommandIntegrationTests {

	@Test
	void migratesAndReportsTheSchemaVersionAsJson() {
		StringWriter out = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(out, true));
		int exitCode = commandLine.execute("migrate", "--format", "json");
		assertThat(exitCode).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(out.toString());
		assertThat(report.get("appliedMigrations").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(report.get("schemaVersion").asString()).startsWith("2026");
	}

}
