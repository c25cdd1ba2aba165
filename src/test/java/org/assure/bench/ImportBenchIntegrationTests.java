package org.assure.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.assure.AssureApplication;
import org.assure.cli.AssureCommandLine;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assure bench import --databases ...} imports the same generated file into each
 * database in one process and reports each beside the others: a new embedded H2 database
 * always, and the tests' PostgreSQL database when the tests run against one.
 */
class ImportBenchIntegrationTests {

	@Test
	void importsTheSameFileIntoEachDatabaseAndComparesThem() throws Exception {
		String postgres = System.getenv("ASSURE_TEST_DB_URL");
		List<String> arguments = new ArrayList<>(List.of("bench", "import", "--children=3000", "--format=json"));
		arguments.addAll((postgres == null) ? List.of("--databases=h2") : List.of("--databases=h2,postgres"));
		if (postgres != null) {
			arguments.add("--postgres-url=" + postgres);
			arguments.add("--postgres-user=" + System.getenv().getOrDefault("ASSURE_TEST_DB_USER", "postgres"));
		}
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exit = commandLine.execute(arguments.toArray(String[]::new));
		assertThat(exit).as(err.toString()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(out.toString());
		assertThat(report.get("children").asLong()).isPositive();
		assertThat(report.get("xmlElements").asLong()).isGreaterThan(report.get("children").asLong());
		if (postgres == null) {
			assertThat(report.get("importSeconds").asDouble()).isPositive();
			assertThat(report.get("ratio").asDouble()).isPositive();
		}
		else {
			for (String database : List.of("h2", "postgres")) {
				assertThat(report.get(database + ".importSeconds").asDouble()).as(database).isPositive();
				assertThat(report.get(database + ".importChildrenPerSecond").asLong()).as(database).isPositive();
				assertThat(report.get(database + ".ratio").asDouble()).as(database).isBetween(0.0, 1.0);
			}
			assertThat(report.get("postgresVersusH2").asDouble()).isCloseTo(
					report.get("h2.importSeconds").asDouble() / report.get("postgres.importSeconds").asDouble(),
					org.assertj.core.data.Offset.offset(0.05));
		}
	}

	@Test
	void refusesADatabaseItDoesNotKnow() {
		StringWriter err = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setErr(new PrintWriter(err, true));
		int exit = commandLine.execute("bench", "import", "--children=10", "--databases=h2,oracle");
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString()).contains("--databases: 'oracle' is not one of configured, h2, postgres");
	}

}
