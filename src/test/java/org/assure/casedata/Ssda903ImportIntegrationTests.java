package org.assure.casedata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.assure.partnership.Partnerships;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSDA903 importer against the looked-after children returns written by others: the
 * CSV set of a large authority, its XML form, and the small dirty tables.
 */
@AssureIntegrationTest
class Ssda903ImportIntegrationTests {

	@Autowired
	CaseDataImports imports;

	@Autowired
	Partnerships partnerships;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsTheCsvSetRecognisingEachTableByItsColumns() throws IOException {
		long partnership = freshPartnership();
		List<ImportFile> files;
		try (Stream<Path> paths = Files.list(Fixtures.external("ssda903"))) {
			files = paths.filter((path) -> path.toString().endsWith(".csv"))
				.filter((path) -> !path.getFileName().toString().startsWith("SSDA903_2020"))
				.sorted()
				.map((path) -> new ImportFile(path.getFileName().toString(), path))
				.toList();
		}
		ImportSummary summary = this.imports.importFiles(partnership, ImportSource.SSDA903, files, "2017-18", null,
				"test", ImportProgress.NONE);
		// NOTICE.md: 2,675 children and 5,050 episodes.
		assertThat(summary.children()).isEqualTo(2_675);
		assertThat(summary.lookedAfterEpisodes()).isGreaterThan(4_500).isLessThanOrEqualTo(5_050);
		assertThat(count("missing_episode", partnership)).isPositive();
		assertThat(count("care_leaver", partnership)).isPositive();
		// The DfE's SSDA903 rules Assure holds run too, their findings kept by code.
		assertThat(summary.rules()).containsEntry("148", 1_413L)
			.containsEntry("142", 10L)
			.containsEntry("132", 12L)
			.containsEntry("133", 3L);
		// Every finding the check-only validation makes is kept by the import.
		assertThat(summary.dfeErrors()).isEqualTo(
				org.assure.casedata.validation.ReturnValidator.standard().ssda903(files, 2018).violations().size());
	}

	@Test
	void importsTheXmlForm() {
		long partnership = freshPartnership();
		Path xml = Fixtures.external("ssda903/fake_903.xml");
		ImportSummary summary = this.imports.importFiles(partnership, ImportSource.SSDA903,
				List.of(new ImportFile("fake_903.xml", xml)), "2017-18", null, "test", ImportProgress.NONE);
		assertThat(summary.children()).isBetween(200L, 253L);
		assertThat(summary.lookedAfterEpisodes()).isPositive();
		assertThat(count("missing_episode", partnership)).isEqualTo(6);
		assertThat(count("care_leaver", partnership)).isEqualTo(6);
	}

	@Test
	void reportsTheDirtySmallTablesWithoutCrashing() {
		long partnership = freshPartnership();
		List<ImportFile> files = Stream.of("SSDA903_2020_episodes.csv", "SSDA903_2020_header.csv")
			.map((name) -> new ImportFile(name, Fixtures.external("ssda903/" + name)))
			.toList();
		ImportSummary summary = this.imports.importFiles(partnership, ImportSource.SSDA903, files, "2019-20", null,
				"test", ImportProgress.NONE);
		assertThat(summary.children() + summary.errors()).isPositive();
	}

	private long count(String table, long partnership) {
		return this.jdbc.sql("select count(*) from " + table + " where partnership_id = ?")
			.param(partnership)
			.query(Long.class)
			.single();
	}

	private long freshPartnership() {
		String code = "s" + Long.toString(System.nanoTime(), 36);
		return this.partnerships.create(code, "Test " + code, null, null).id();
	}

}
