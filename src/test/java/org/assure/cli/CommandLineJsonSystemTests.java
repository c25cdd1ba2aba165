package org.assure.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.assure.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of the built jar that prints a result, run as a script would run it: with
 * {@code --format json} its standard output is one JSON document and nothing else, and
 * the log lines go to standard error. The commands share one embedded database in a
 * temporary folder, so they run in the order a board's data would flow.
 */
class CommandLineJsonSystemTests {

	private static final Path JAR = Path.of("target/assure.jar").toAbsolutePath();

	private static final Path BENCH = Path.of("target/bench").toAbsolutePath();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path work;

	@BeforeAll
	static void theBuildMadeTheJar() {
		assertThat(JAR).as("the build makes target/assure.jar before the system tests").exists();
	}

	@Test
	void everyCommandPrintsOnlyJsonOnStandardOutput() throws Exception {
		Run migrate = assure("migrate", "--format", "json");
		assertThat(json(migrate).get("appliedMigrations").asInt()).isPositive();
		assertThat(migrate.stderr).as("the first start's log lines, on standard error")
			.contains("with the generated password");

		Run generate = assure("generate", "--children", "300", "--seed", "7", "--format", "assure-csv", "--out",
				work.resolve("generated").toString(), "--output", "json");
		JsonNode generated = json(generate);
		Path file = Path.of(generated.get("file").asString());
		assertThat(file).exists();

		Run imported = assure("import", "--partnership", "demo", "--source", "cin-census", "--format", "json",
				Fixtures.external("cin-census/CIN_Census_2021.xml").toString());
		assertThat(json(imported).get("children").asInt()).isPositive();

		Run indicators = assure("indicators", "--partnership", "demo", "--period", "2014-15", "--format", "json");
		assertThat(json(indicators).isContainer()).isTrue();

		Run spc = assure(List.of("spc", "--better", "down", "--format", "json"), "3 1 4 1 5 9 2 6 5 3");
		assertThat(json(spc).get("points").size()).isEqualTo(10);

		Path onspd = Files.writeString(work.resolve("onspd.csv"),
				"pcds,oscty,oslaua,oseast1m,osnrth1m\nLE1 1AA,E99999999,E06000016,458000,304000\n"
						+ "NG1 1AA,E99999999,E06000018,457000,340000\n");
		Path register = Files.writeString(work.resolve("providers.csv"),
				"URN,PLACE_CODES,PROVIDER_CODES,POSTCODE,LA,REG_END\nSC045099,U1 U2,PR1,LE1 1AA,E06000016,\n");
		Run reference = assure("reference", "--postcodes", onspd.toString(), "--providers", register.toString(),
				"--format", "json");
		assertThat(json(reference).get("postcodesLoaded").asInt()).isEqualTo(2);
		assertThat(json(reference).get("providersHeld").asInt()).isEqualTo(1);
		Run unreadable = assure("reference", "--postcodes", work.resolve("none.csv").toString());
		assertThat(unreadable.exitCode).isEqualTo(2);
		assertThat(unreadable.stderr).contains("none.csv: no such file");

		Run lint = assure("lint", "--format", "json", Fixtures.seed().toString());
		assertThat(lint.exitCode).as("the seed has errors: exit 1").isEqualTo(1);
		assertThat(json(lint).isContainer()).isTrue();

		// The jar users run carries its bill of materials, which the check reads.
		Run vulnerabilities = assure("vulnerabilities", "--format", "json", "--osv",
				Files.createDirectories(work.resolve("no-advisories")).toString());
		assertThat(json(vulnerabilities).get("components").asInt()).isGreaterThan(50);
		assertThat(json(vulnerabilities).get("affected").asInt()).isZero();
	}

	@Test
	void aBenchmarkPrintsOnlyJsonOnStandardOutput() throws Exception {
		assertThat(BENCH.resolve("assure-bench.jar")).as("the build packages the benchmarks in target/bench").exists();
		Run bench = assure(List.of("-Dloader.path=" + BENCH),
				List.of("bench", "indicators", "--children", "2000", "--runs", "1", "--format", "json"), null);
		assertThat(json(bench).get("identical").asBoolean()).isTrue();
	}

	@Test
	void benchWithoutTheBenchmarksSaysHowToGetThem() throws Exception {
		Run bench = assure("bench");
		assertThat(bench.exitCode).isEqualTo(2);
		assertThat(bench.stdout).isEmpty();
		assertThat(bench.stderr).contains("-Dloader.path=target/bench");
	}

	private static JsonNode json(Run run) {
		assertThat(run.exitCode).as("exit code of %s; standard error:%n%s", run.command, run.stderr).isIn(0, 1);
		assertThat(run.stdout).as("standard output of %s", run.command).isNotBlank();
		return JSON.readTree(run.stdout);
	}

	private static Run assure(String... args) throws IOException, InterruptedException {
		return assure(List.of(), List.of(args), null);
	}

	private static Run assure(List<String> args, String stdin) throws IOException, InterruptedException {
		return assure(List.of(), args, stdin);
	}

	private static Run assure(List<String> jvm, List<String> args, String stdin)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("java"));
		command.addAll(jvm);
		command.addAll(List.of("-jar", JAR.toString()));
		command.addAll(args);
		Path out = Files.createTempFile(work, "stdout", ".txt");
		Path err = Files.createTempFile(work, "stderr", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().put("ASSURE_DEMO", "true");
		builder.environment().remove("ASSURE_DB_URL");
		builder.environment().remove("ASSURE_ADMIN_PASSWORD");
		Process process = builder.start();
		try (var in = process.getOutputStream()) {
			if (stdin != null) {
				in.write(stdin.getBytes(StandardCharsets.UTF_8));
			}
		}
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", args) + " did not finish in 5 minutes");
		}
		return new Run(String.join(" ", args), process.exitValue(), Files.readString(out), Files.readString(err));
	}

	private record Run(String command, int exitCode, String stdout, String stderr) {
	}

}
