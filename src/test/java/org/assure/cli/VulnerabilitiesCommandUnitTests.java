package org.assure.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.assure.AssureApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assure vulnerabilities} reads a bill of materials and a copy of OSV's Maven
 * advisories offline: an advisory that lists the version, or whose range holds it,
 * affects the component; a fixed, withdrawn, other-ecosystem or other-package advisory
 * does not; bad files get a message naming them and exit 2.
 */
class VulnerabilitiesCommandUnitTests {

	private static final String SBOM = """
			{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [
			  {"group": "org.example", "name": "parser", "version": "2.3.1"},
			  {"group": "org.example", "name": "web", "version": "6.1.0-RC1",
			   "components": [{"group": "org.example", "name": "inner", "version": "1.0"}]},
			  {"group": "org.example", "name": "safe", "version": "3.0.0"},
			  {"name": "no-group", "version": "1"}
			]}""";

	@TempDir
	Path folder;

	@Test
	void findsWhatAnAdvisoryListsOrItsRangeHoldsAndNothingElse() throws IOException {
		Path osv = zip(
				advisory("GHSA-aaaa", "CVE-2026-0001", "HIGH", "org.example:parser", "Maven",
						"[{\"introduced\": \"2.0\"}, {\"fixed\": \"2.3.2\"}]", "[]", null),
				advisory("GHSA-bbbb", null, "CRITICAL", "org.example:web", "Maven",
						"[{\"introduced\": \"0\"}, {\"last_affected\": \"6.1.0\"}]", "[]", null),
				advisory("GHSA-cccc", null, "LOW", "org.example:inner", "Maven", "[]", "[\"1.0.0\"]", null),
				advisory("GHSA-dddd", null, "HIGH", "org.example:safe", "Maven",
						"[{\"introduced\": \"0\"}, {\"fixed\": \"3.0.0\"}]", "[]", null),
				advisory("GHSA-eeee", null, "HIGH", "org.example:parser", "Maven", "[{\"introduced\": \"0\"}]", "[]",
						"2026-01-01T00:00:00Z"),
				advisory("PYSEC-1", null, "HIGH", "org.example:parser", "PyPI", "[{\"introduced\": \"0\"}]", "[]",
						null),
				advisory("GHSA-ffff", null, "HIGH", "org.example:other", "Maven", "[{\"introduced\": \"0\"}]", "[]",
						null));
		Run run = run("--sbom", sbom().toString(), "--osv", osv.toString(), "--format", "json");
		assertThat(run.exit()).as(run.err()).isEqualTo(1);
		JsonNode report = JsonMapper.builder().build().readTree(run.out());
		assertThat(report.get("components").asInt()).isEqualTo(4);
		assertThat(report.get("advisories").asInt()).isEqualTo(7);
		assertThat(report.get("newestAdvisory").asString()).isEqualTo("2026-11-30T10:00:00Z");
		assertThat(report.get("affected").asInt()).isEqualTo(3);
		JsonNode findings = report.get("findings");
		assertThat(findings.get(0).get("component").asString()).isEqualTo("org.example:inner");
		assertThat(findings.get(0).get("id").asString()).isEqualTo("GHSA-cccc");
		assertThat(findings.get(1).get("id").asString()).isEqualTo("GHSA-aaaa");
		assertThat(findings.get(1).get("aliases").get(0).asString()).isEqualTo("CVE-2026-0001");
		assertThat(findings.get(1).get("fixedIn").get(0).asString()).isEqualTo("2.3.2");
		assertThat(findings.get(1).get("severity").asString()).isEqualTo("HIGH");
		assertThat(findings.get(2).get("id").asString()).isEqualTo("GHSA-bbbb");
		assertThat(findings.get(2).get("version").asString()).isEqualTo("6.1.0-RC1");
	}

	@Test
	void rangesFollowMavensOrderOfVersions() {
		// Shaped as OSV publishes Log4Shell (CVE-2021-44228): two ranges of one package.
		JsonNode affected = JsonMapper.builder().build().readTree("""
				{"package": {"ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-core"},
				 "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2.13.0"}, {"fixed": "2.15.0"}]},
				            {"type": "ECOSYSTEM", "events": [{"introduced": "2.0-beta9"}, {"fixed": "2.12.2"}]},
				            {"type": "GIT", "events": [{"introduced": "0"}]}]}""");
		assertThat(Advisories.affects(affected, "2.14.1")).isTrue();
		assertThat(Advisories.affects(affected, "2.13.0")).isTrue();
		assertThat(Advisories.affects(affected, "2.0-beta9")).isTrue();
		assertThat(Advisories.affects(affected, "2.0-rc1")).isTrue();
		assertThat(Advisories.affects(affected, "2.12.1")).isTrue();
		assertThat(Advisories.affects(affected, "2.0-alpha1")).as("before the first range").isFalse();
		assertThat(Advisories.affects(affected, "2.12.2")).as("fixed in the first range").isFalse();
		assertThat(Advisories.affects(affected, "2.12.4")).as("between the ranges").isFalse();
		assertThat(Advisories.affects(affected, "2.15.0")).isFalse();
		assertThat(Advisories.affects(affected, "2.17.1")).isFalse();
		assertThat(Advisories.affects(affected, "1.2.17")).as("a GIT range is not of versions").isFalse();
	}

	@Test
	void aCleanBuildExitsZeroAndTheTextSaysWhatWasChecked() throws IOException {
		Path osv = Files.createDirectories(this.folder.resolve("osv"));
		Files.writeString(osv.resolve("GHSA-dddd.json"), advisory("GHSA-dddd", null, "HIGH", "org.example:safe",
				"Maven", "[{\"introduced\": \"0\"}, {\"fixed\": \"3.0.0\"}]", "[]", null));
		Run run = run("--sbom", sbom().toString(), "--osv", osv.toString());
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("components: 4", "advisories: 1", "affected: 0");
	}

	@Test
	void theBuildCarriesItsBillOfMaterials() throws IOException {
		Path empty = Files.createDirectories(this.folder.resolve("no-advisories"));
		Run run = run("--osv", empty.toString(), "--format", "json");
		assertThat(run.exit()).as(run.err()).isZero();
		JsonNode report = JsonMapper.builder().build().readTree(run.out());
		assertThat(report.get("checked").asString()).startsWith("assure.jar");
		assertThat(report.get("components").asInt()).as("the libraries assure.jar holds").isGreaterThan(50);
		try (var in = getClass().getClassLoader().getResourceAsStream(Advisories.BUILT_IN_SBOM)) {
			assertThat(Advisories.components(in, "built in")).extracting(Advisories.Component::name)
				.contains("org.springframework:spring-core", "com.h2database:h2", "org.postgresql:postgresql")
				.doesNotContain("org.junit.jupiter:junit-jupiter-api");
		}
	}

	@Test
	void badFilesAreNamedAndExitTwo() throws IOException {
		Path notZip = Files.writeString(this.folder.resolve("all.zip"), "not a zip");
		Run run = run("--sbom", sbom().toString(), "--osv", notZip.toString());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("all.zip").contains("not a zip file of OSV advisories");

		Path brokenAdvisory = zip("{\"id\": ");
		run = run("--sbom", sbom().toString(), "--osv", brokenAdvisory.toString());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("osv.zip!advisory-0.json: not JSON");

		Path notBom = Files.writeString(this.folder.resolve("bom.json"), "{\"bomFormat\": \"SPDX\"}");
		run = run("--sbom", notBom.toString(), "--osv", notZip.toString());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("bom.json: not a CycloneDX bill of materials");

		run = run("--sbom", this.folder.resolve("missing.json").toString(), "--osv", notZip.toString());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("missing.json: no such file");

		run = run("--sbom", sbom().toString(), "--osv", this.folder.resolve("nothing").toString());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("nothing: no such file or folder");
	}

	private Path sbom() throws IOException {
		return Files.writeString(this.folder.resolve("application.cdx.json"), SBOM);
	}

	private Path zip(String... advisories) throws IOException {
		Path zip = this.folder.resolve("osv.zip");
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (int i = 0; i < advisories.length; i++) {
				out.putNextEntry(new ZipEntry("advisory-" + i + ".json"));
				out.write(advisories[i].getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return zip;
	}

	private static String advisory(String id, String alias, String severity, String name, String ecosystem,
			String events, String versions, String withdrawn) {
		return "{\"id\": \"" + id + "\", \"modified\": \""
				+ ("GHSA-cccc".equals(id) ? "2026-11-30T10:00:00Z" : "2025-06-01T00:00:00Z") + "\", "
				+ ((withdrawn != null) ? "\"withdrawn\": \"" + withdrawn + "\", " : "") + "\"aliases\": ["
				+ ((alias != null) ? "\"" + alias + "\"" : "") + "], \"summary\": \"A flaw in " + name
				+ "\", \"database_specific\": {\"severity\": \"" + severity + "\"}, \"affected\": [{"
				+ "\"package\": {\"ecosystem\": \"" + ecosystem + "\", \"name\": \"" + name + "\"}, "
				+ "\"ranges\": [{\"type\": \"ECOSYSTEM\", \"events\": " + events + "}], \"versions\": " + versions
				+ "}]}";
	}

	private static Run run(String... arguments) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = AssureCommandLine.commandLine(AssureApplication.class);
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		String[] all = new String[arguments.length + 1];
		all[0] = "vulnerabilities";
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		int exit = commandLine.execute(all);
		return new Run(exit, out.toString(), err.toString());
	}

	private record Run(int exit, String out, String err) {
	}

}
