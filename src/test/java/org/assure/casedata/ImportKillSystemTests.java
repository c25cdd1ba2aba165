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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed in the middle of an import leaves the database as it was before the
 * import, and a restart then imports cleanly. Runs the built jar as a user would: on an
 * embedded database of its own, or, when the tests run against PostgreSQL, on a new
 * PostgreSQL database of its own (dropped afterwards) on the same server.
 */
class ImportKillSystemTests {

	private static final Path JAR = Path.of("target/assure.jar").toAbsolutePath();

	@TempDir
	Path work;

	private Database database;

	@BeforeEach
	void database() throws SQLException {
		String postgres = System.getenv("ASSURE_TEST_DB_URL");
		if (postgres == null) {
			this.database = new Database(
					"jdbc:h2:file:" + this.work.resolve("data/assure")
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE",
					"sa", null);
		}
		else {
			String name = "assure_kill_" + Long.toString(System.currentTimeMillis(), 36);
			String user = System.getenv().getOrDefault("ASSURE_TEST_DB_USER", "postgres");
			String server = postgres.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1postgres");
			try (Connection connection = DriverManager.getConnection(server, user,
					System.getenv().getOrDefault("ASSURE_TEST_DB_PASSWORD", ""));
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			this.database = new Database(postgres.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name), user,
					server);
		}
	}

	@AfterEach
	void drop() throws SQLException {
		if (this.database.server() != null) {
			String name = this.database.url().replaceFirst("^jdbc:postgresql://[^/]+/([^?]*).*", "$1");
			try (Connection connection = DriverManager.getConnection(this.database.server(), this.database.user(),
					System.getenv().getOrDefault("ASSURE_TEST_DB_PASSWORD", ""));
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
		}
	}

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
		long checking = System.nanoTime();
		assertThat(state()).as("the database after the kill").containsExactly(state);
		Duration reopened = Duration.ofNanos(System.nanoTime() - checking);

		Run again = assure(List.of("import", "--partnership", "demo", "--source", "cin-census", "--period", "2014-15",
				"--format", "json", large.toString()), Duration.ofSeconds(240), null);
		assertThat(again.exitCode).as(again.output).isZero();
		assertThat(again.output).contains("\"replacedBatch\":");
		long[] after = state();
		assertThat(after[0]).isEqualTo(1);
		assertThat(after[1]).isGreaterThan(state[1] * 100);
		// The figures docs/performance.md reports.
		System.out
			.printf("kill -9 on %s: killed %.1f s after the import began (a file of %.0f MB); database reopened and "
					+ "checked in %.1f s: %d batch, %d children, as before; the import run again: %.1f s, %d children%n",
					(this.database.server() == null) ? "H2" : "PostgreSQL", killed.secondsToKill,
					large.toFile().length() / 1e6, reopened.toMillis() / 1000.0, state[0], state[1], again.seconds,
					after[1]);
	}

	/**
	 * Census batches, children and episodes of need, read from the database the jar ran
	 * on.
	 */
	private long[] state() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.database.url(), this.database.user(),
				(this.database.server() == null) ? "" : System.getenv().getOrDefault("ASSURE_TEST_DB_PASSWORD", ""));
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
		builder.environment().put("ASSURE_DB_URL", this.database.url());
		builder.environment().put("ASSURE_DB_USER", this.database.user());
		Instant started = Instant.now();
		Process process = builder.start();
		Instant deadline = started.plus(limit);
		boolean killed = false;
		double secondsToKill = 0;
		while (process.isAlive() && Instant.now().isBefore(deadline)) {
			if (killAfter != null && Files.readString(log).contains(killAfter)) {
				Instant importing = Instant.now();
				Thread.sleep(2500);
				killed = process.isAlive();
				// destroyForcibly is SIGKILL on Linux: kill -9.
				process.destroyForcibly();
				secondsToKill = Duration.between(importing, Instant.now()).toMillis() / 1000.0;
				break;
			}
			Thread.sleep(200);
		}
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return new Run(process.exitValue(), Files.readString(log), killed, secondsToKill,
				Duration.between(started, Instant.now()).toMillis() / 1000.0);
	}

	private record Run(int exitCode, String output, boolean killedWhileRunning, double secondsToKill, double seconds) {
	}

	/**
	 * The database the jar runs on; {@code server} is set for a PostgreSQL one to drop.
	 */
	private record Database(String url, String user, @Nullable String server) {
	}

}
