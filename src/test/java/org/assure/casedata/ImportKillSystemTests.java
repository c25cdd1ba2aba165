package org.assure.casedata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.assure.casedata.generator.GenerateCommand;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed in the middle of an import leaves the database as it was before the
 * import, and a restart then imports cleanly. Runs the built jar on its embedded
 * database, as a user would.
 */
class ImportKillSystemTests {

	private static final Path JAR = Path.of("target/assure.jar").toAbsolutePath();

	@TempDir
	Path work;

	@Test
	void aKilledImportChangesNothingAndARestartImportsCleanly() throws Exception {
		Path small = Fixtures.external("cin-census/CIN_Census_2021.xml");
		Path large = GenerateCommand.write(
				GenerateCommand.generate(300_000, LocalDate.of(2014, 4, 1), LocalDate.of(2015, 3, 31), 3), "cin-census",
				Files.createDirectories(this.work.resolve("files")));

		Run before = assure(List.of("import", "--partnership", "demo", "--source", "cin-census", "--period", "2014-15",
				small.toString()), Duration.ofSeconds(90), null);
		assertThat(before.exitCode).as(before.output).isZero();
		long[] state = state();
		assertThat(state[0]).isEqualTo(1);

		Run killed = assure(List.of("import", "--partnership", "demo", "--source", "cin-census", "--period", "2014-15",
				large.toString()), Duration.ofSeconds(120), "Importing [");
		assertThat(killed.killedWhileRunning).as("killed in the middle of the import:%n%s", killed.output).isTrue();
		assertThat(state()).as("the database after the kill").containsExactly(state);

		Run again = assure(List.of("import", "--partnership", "demo", "--source", "cin-census", "--period", "2014-15",
				"--format", "json", large.toString()), Duration.ofSeconds(240), null);
		assertThat(again.exitCode).as(again.output).isZero();
		assertThat(again.output).contains("\"replacedBatch\":");
		long[] after = state();
		assertThat(after[0]).isEqualTo(1);
		assertThat(after[1]).isGreaterThan(state[1] * 100);
	}

	/**
	 * Batches and children of the demo partnership, read from the embedded database file.
	 */
	private long[] state() throws SQLException {
		String url = "jdbc:h2:file:" + this.work.resolve("data/assure") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			String ofCensus = " join import_batch b on b.partnership_id = x.partnership_id and b.batch_id = x.batch_id "
					+ "where b.source = 'cin-census'";
			return new long[] { single(statement, "select count(*) from import_batch where source = 'cin-census'"),
					single(statement, "select count(*) from child x" + ofCensus),
					single(statement, "select count(*) from episode_of_need x" + ofCensus) };
		}
	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private Run assure(List<String> arguments, Duration limit, String killAfter)
			throws IOException, InterruptedException {
		assertThat(JAR).as("the build makes target/assure.jar before the system tests").exists();
		Path log = Files.createTempFile(this.work, "run", ".log");
		List<String> command = new java.util.ArrayList<>(List.of("java", "-Xmx1g", "-jar", JAR.toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("ASSURE_DEMO", "true");
		builder.environment().remove("ASSURE_DB_URL");
		Process process = builder.start();
		Instant deadline = Instant.now().plus(limit);
		boolean killed = false;
		while (process.isAlive() && Instant.now().isBefore(deadline)) {
			if (killAfter != null && Files.readString(log).contains(killAfter)) {
				Thread.sleep(2500);
				killed = process.isAlive();
				process.destroyForcibly();
				break;
			}
			Thread.sleep(200);
		}
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return new Run(process.exitValue(), Files.readString(log), killed);
	}

	private record Run(int exitCode, String output, boolean killedWhileRunning) {
	}

}
