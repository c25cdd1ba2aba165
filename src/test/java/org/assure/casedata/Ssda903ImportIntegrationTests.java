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

	@Test
	void lastYearsImportIsTheReturnTheRulesCompareWith(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
		long partnership = freshPartnership();
		String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
		String episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC";
		List<ImportFile> lastYear = files(temp.resolve("2023-24"),
				header + "\nK1,M,01/05/2012,WBRI,A123456789012,,\nK2,F,01/05/2011,WBRI,B123456789012,,\n",
				episodes + "\nK1,01/06/2022,S,C2,N1,U1,PR1,,\nK2,01/06/2022,S,C2,N1,U1,PR1,,\n");
		List<ImportFile> thisYear = files(temp.resolve("2024-25"),
				header + "\nK1,M,02/05/2012,WBRI,A123456789099,,\nK2,F,01/05/2011,WBRI,B123456789012,,\n",
				episodes + "\nK1,01/06/2022,S,C2,N1,U1,PR1,,\nK2,02/06/2022,S,C2,N1,U1,PR1,,\n");

		ImportSummary before = this.imports.importFiles(partnership, ImportSource.SSDA903, thisYear, "2024-25", null,
				"test", ImportProgress.NONE);
		assertThat(before.rules()).as("last year's return not yet imported").doesNotContainKeys("203", "208", "502");
		// and the summary says so, as the check-only report does
		assertThat(before.notes()).anySatisfy((note) -> assertThat(note)
			.startsWith("Last year's return (2023-24) has not been imported as CSV tables")
			.contains("203"));

		this.imports.importFiles(partnership, ImportSource.SSDA903, lastYear, "2023-24", null, "test",
				ImportProgress.NONE);
		List<String> kept = this.jdbc.sql("select fields_json from kept_return_row where partnership_id = ?")
			.param(partnership)
			.query(String.class)
			.list();
		assertThat(kept).as("each import keeps its return: two headers and two episodes each")
			.hasSize(8)
			.allSatisfy((row) -> assertThat(row).doesNotContain("K1", "K2", "2012", "2011", "A1234", "B1234"));

		// The same files again with one changed line: imported afresh, now beside last
		// year's.
		List<ImportFile> again = files(temp.resolve("2024-25-again"),
				header + "\nK1,M,02/05/2012,WBRI,A123456789099,,\nK2,F,01/05/2011,WBRI,B123456789012,,\n",
				episodes + "\nK1,01/06/2022,S,C2,N1,U1,PR1,,\nK2,02/06/2022,S,C2,N1,U1,PR1,,\n\n");
		ImportSummary after = this.imports.importFiles(partnership, ImportSource.SSDA903, again, "2024-25", null,
				"test", ImportProgress.NONE);
		assertThat(after.rules()).containsEntry("203", 1L).containsEntry("208", 1L).containsEntry("502", 1L);
		assertThat(after.notes()).noneSatisfy((note) -> assertThat(note).contains("has not been imported"));
		List<String> children = this.jdbc
			.sql("select distinct f.child_key from data_quality_finding f where f.partnership_id = ? "
					+ "and f.batch_id = ? and f.rule_code in ('203', '208')")
			.params(partnership, after.batchId())
			.query(String.class)
			.list();
		assertThat(children).hasSize(1).noneMatch((key) -> key.contains("K1"));
	}

	@Autowired
	org.assure.casedata.internal.ReferenceTables referenceTables;

	@Test
	void theReferenceDataLoadedRunsTheRulesThatNeedIt(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
		long partnership = freshPartnership();
		String episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
		List<ImportFile> tables = files(temp.resolve("return"),
				"CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nR1,M,01/05/2012,WBRI,A123456789012,,\n",
				episodes + "\nR1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,NG1 1AA,SC999999\n");
		ImportSummary without = this.imports.importFiles(partnership, ImportSource.SSDA903, tables, "2024-25", null,
				"test", ImportProgress.NONE);
		assertThat(without.rules()).doesNotContainKeys("1008", "169");
		Path onspd = Files.writeString(temp.resolve("onspd.csv"), "pcds,oscty,oslaua,oseast1m,osnrth1m\n"
				+ "LE1 1AA,E99999999,E06000016,458000,304000\nNG1 1AA,E99999999,E06000018,457000,340000\n");
		Path register = Files.writeString(temp.resolve("providers.csv"),
				"URN,PLACE_CODES,PROVIDER_CODES,POSTCODE,LA,REG_END\nSC045099,U1,PR1,LE2 2BB,E06000016,\n");
		try {
			assertThat(this.referenceTables.loadPostcodes(onspd)).isEqualTo(2);
			assertThat(this.referenceTables.loadProviders(register)).isEqualTo(1);
			List<ImportFile> again = files(temp.resolve("again"),
					"CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nR1,M,01/05/2012,WBRI,A123456789012,,\n\n",
					episodes + "\nR1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,NG1 1AA,SC999999\n");
			ImportSummary with = this.imports.importFiles(partnership, ImportSource.SSDA903, again, "2024-25", null,
					"test", ImportProgress.NONE);
			assertThat(with.rules()).as("the URN is not on the register").containsEntry("1008", 1L);
		}
		finally {
			this.referenceTables.clear();
		}
		assertThat(this.referenceTables.counts()).containsEntry("postcodes", 0L).containsEntry("providers", 0L);
	}

	@Test
	void aTableWithABrokenQuotationIsRefusedByNameAndNothingIsKept(@org.junit.jupiter.api.io.TempDir Path temp)
			throws IOException {
		long partnership = freshPartnership();
		String episodes = Files.readString(Fixtures.external("ssda903/episodes.csv"));
		int middle = episodes.indexOf('\n', episodes.length() / 2) + 1;
		String broken = episodes.substring(0, middle) + "\"unclosed\"x," + episodes.substring(middle);
		List<ImportFile> files = files(temp, Files.readString(Fixtures.external("ssda903/header.csv")), broken);
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ImportFailed.class)
			.isThrownBy(() -> this.imports.importFiles(partnership, ImportSource.SSDA903, files, "2017-18", null,
					"test", ImportProgress.NONE))
			.withMessageStartingWith("episodes.csv: is not a CSV table Assure can read");
		assertThat(count("import_batch", partnership)).isZero();
		assertThat(count("child", partnership)).isZero();
		assertThat(count("looked_after_episode", partnership)).isZero();
	}

	private static List<ImportFile> files(Path folder, String header, String episodes) throws IOException {
		Files.createDirectories(folder);
		return List.of(new ImportFile("header.csv", Files.writeString(folder.resolve("header.csv"), header)),
				new ImportFile("episodes.csv", Files.writeString(folder.resolve("episodes.csv"), episodes)));
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
