package org.assure.casedata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assure.casedata.annexa.AnnexAReader;
import org.assure.casedata.cin.CinCensusReader;
import org.assure.casedata.csv.AssureCsvReader;
import org.assure.casedata.ssda903.Ssda903Reader;
import org.assure.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every importer of case data, fed malformed and hostile files: the real fixtures cut
 * short, overwritten, given a byte-order mark, re-encoded, swollen with a huge field or a
 * formula; XML with entities that expand or reach outside; a workbook that unpacks to far
 * more than it weighs. Each file is read, or refused with {@link ImportFailed} whose
 * message names the file; no other exception escapes. (The integration tests show that a
 * refused import writes nothing.) Each property runs a bounded number of tries in CI;
 * {@code -Dassure.fuzz.rounds=N} runs N mutations in each try for a long run
 * ({@code docs/fuzzing.md}).
 */
class HostileInputsProperties {

	private static final int ROUNDS = Integer.getInteger("assure.fuzz.rounds", 1);

	private static final LocalDate AS_AT = LocalDate.of(2015, 3, 31);

	@Property(tries = 40)
	void aMutatedCinCensusIsReadOrRefusedByName(@ForAll long seed) throws IOException {
		byte[] original = Files.readAllBytes(Fixtures.external("cin-census/CIN_Census_2024.xml"));
		for (int round = 0; round < ROUNDS; round++) {
			byte[] file = HostileInputsMutations.mutate(original, new Random(seed + round));
			readsOrRefuses("census.xml",
					() -> CinCensusReader.read(new ByteArrayInputStream(file), "census.xml", (header) -> {
					}, (child) -> {
					}));
		}
	}

	@Property(tries = 25)
	void aMutatedAnnexAWorkbookIsReadOrRefusedByName(@ForAll long seed) throws IOException {
		byte[] original = Files.readAllBytes(Fixtures.external("annex-a/Annex_A.xlsx"));
		for (int round = 0; round < ROUNDS; round++) {
			byte[] file = HostileInputsMutations.mutate(original, new Random(seed + round));
			readsOrRefuses("annex-a.xlsx",
					() -> AnnexAReader.read(new ByteArrayInputStream(file), "annex-a.xlsx", AS_AT, (child) -> {
					}));
		}
	}

	@Property(tries = 40)
	void aMutatedSsda903ReturnIsReadOrRefusedByName(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1) int which)
			throws IOException {
		Path folder = Files.createTempDirectory("ssda903");
		try {
			byte[] header = Files.readAllBytes(Fixtures.external("ssda903/header.csv"));
			byte[] episodes = Files.readAllBytes(Fixtures.external("ssda903/episodes.csv"));
			for (int round = 0; round < ROUNDS; round++) {
				Random random = new Random(seed + round);
				Files.write(folder.resolve("header.csv"),
						(which == 0) ? HostileInputsMutations.mutate(header, random) : header);
				Files.write(folder.resolve("episodes.csv"),
						(which == 1) ? HostileInputsMutations.mutate(episodes, random) : episodes);
				List<ImportFile> files = List.of(new ImportFile("header.csv", folder.resolve("header.csv")),
						new ImportFile("episodes.csv", folder.resolve("episodes.csv")));
				readsOrRefuses((which == 0) ? "header.csv" : "episodes.csv",
						() -> Ssda903Reader.read(files, AS_AT, (child) -> {
						}));
			}
		}
		finally {
			try (var paths = Files.list(folder)) {
				for (Path path : paths.toList()) {
					Files.delete(path);
				}
			}
			Files.delete(folder);
		}
	}

	@Property(tries = 40)
	void aMutatedAssureCsvIsReadOrRefusedByName(@ForAll long seed) {
		StringBuilder text = new StringBuilder("child_id,record,record_id,date,source\n");
		for (int i = 0; i < 200; i++) {
			text.append("C").append(i).append(",child,,,\n");
			text.append("C").append(i).append(",referral,R1,2014-0").append(1 + i % 9).append("-01,police\n");
		}
		byte[] original = text.toString().getBytes(StandardCharsets.UTF_8);
		for (int round = 0; round < ROUNDS; round++) {
			byte[] file = HostileInputsMutations.mutate(original, new Random(seed + round));
			readsOrRefuses("extract.csv",
					() -> AssureCsvReader.read(new ByteArrayInputStream(file), "extract.csv", (child) -> {
					}));
		}
	}

	@Property(tries = 30)
	void theValidatorChecksOrRefusesAMutatedReturnByName(@ForAll long seed) throws IOException {
		byte[] census = Files.readAllBytes(Fixtures.external("cin-census/CIN_Census_2024.xml"));
		byte[] episodes = Files.readAllBytes(Fixtures.external("ssda903/SSDA903_2020_episodes.csv"));
		byte[] header = Files.readAllBytes(Fixtures.external("ssda903/SSDA903_2020_header.csv"));
		Path folder = Files.createTempDirectory("validate");
		try {
			for (int round = 0; round < ROUNDS; round++) {
				Random random = new Random(seed + round);
				byte[] file = HostileInputsMutations.mutate(census, random);
				readsOrRefuses("census.xml",
						() -> VALIDATOR.cinCensus(new ByteArrayInputStream(file), "census.xml", null));
				Files.write(folder.resolve("episodes.csv"), HostileInputsMutations.mutate(episodes, random));
				Files.write(folder.resolve("header.csv"), header);
				List<ImportFile> files = List.of(new ImportFile("episodes.csv", folder.resolve("episodes.csv")),
						new ImportFile("header.csv", folder.resolve("header.csv")));
				readsOrRefuses("episodes.csv", () -> VALIDATOR.ssda903(files, 2025));
			}
		}
		finally {
			try (var paths = Files.list(folder)) {
				for (Path path : paths.toList()) {
					Files.delete(path);
				}
			}
			Files.delete(folder);
		}
	}

	private static final org.assure.casedata.validation.ReturnValidator VALIDATOR = org.assure.casedata.validation.ReturnValidator
		.standard();

	@Example
	void xmlThatExpandsEntitiesOrReachesOutsideIsRefused() {
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
				<Message>&lol3;</Message>""";
		String external = """
				<?xml version="1.0"?>
				<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<Message><Header>&xxe;</Header></Message>""";
		String remoteDtd = """
				<?xml version="1.0"?>
				<!DOCTYPE Message SYSTEM "http://example.invalid/evil.dtd">
				<Message/>""";
		for (String xml : List.of(laughs, external, remoteDtd)) {
			assertThatThrownBy(() -> CinCensusReader
				.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "hostile.xml", (header) -> {
				}, (child) -> {
				})).isInstanceOf(ImportFailed.class).hasMessageStartingWith("hostile.xml");
		}
	}

	@Example
	void aWorkbookThatUnpacksToFarMoreThanItWeighsIsRefused() throws IOException {
		byte[] bomb = HostileInputsMutations.zipBomb("xl/worksheets/sheet1.xml");
		assertThat(bomb.length).as("the bomb weighs little").isLessThan(2 * 1024 * 1024);
		assertThatThrownBy(() -> AnnexAReader.read(new ByteArrayInputStream(bomb), "bomb.xlsx", AS_AT, (child) -> {
		})).isInstanceOf(ImportFailed.class).hasMessageStartingWith("bomb.xlsx");
	}

	/**
	 * Runs a read; a refusal must name the file, and nothing else may escape. A read that
	 * takes longer than {@link #LONGEST_READ} fails, so a file that sends a reader into a
	 * near-endless loop is reported with its seed rather than stalling the build.
	 */
	static void readsOrRefuses(String fileName, Runnable read) {
		assertTimeoutPreemptively(LONGEST_READ, () -> {
			try {
				read.run();
			}
			catch (ImportFailed refused) {
				assertThat(refused.getMessage()).as("the refusal names the file").startsWith(fileName);
			}
		}, () -> fileName + ": a mutated file took longer than " + LONGEST_READ.toSeconds() + " s to read");
	}

	/**
	 * The longest a reader may take over one mutated file (each takes under a second).
	 */
	static final Duration LONGEST_READ = Duration.ofSeconds(60);

}
