package org.assure.casedata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.assure.casedata.internal.Pseudonymiser;
import org.assure.partnership.Partnerships;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Annex A importer against Ofsted workbooks written by others, with their quirks, and
 * against a zip bomb.
 */
@AssureIntegrationTest
class AnnexAImportIntegrationTests {

	@Autowired
	CaseDataImports imports;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Pseudonymiser pseudonymiser;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.assure.casedata.ImportBatches batches;

	@TempDir
	Path temp;

	@Test
	void importsBothSampleWorkbooksWithTheirQuirksNormalised() {
		for (String name : List.of("Annex_A.xlsx", "Annex_A_2024_Jan.xlsx")) {
			long partnership = freshPartnership();
			ImportSummary summary = importFile(partnership, Fixtures.external("annex-a/" + name), "2020-21");
			assertThat(summary.children()).as(name).isGreaterThan(20);
			assertThat(summary.contacts()).as(name).isGreaterThanOrEqualTo(5);
			assertThat(summary.cpPlans()).as(name).isPositive();
			assertThat(summary.lookedAfterEpisodes()).as(name).isPositive();
			// The adoption lists are named in the summary and kept with the batch.
			assertThat(summary.notes()).as(name)
				.containsExactly(
						name + ": sheet 'List 10' was not read: lists 10 and 11 (adoption) are not part of a child's "
								+ "journey in Assure",
						name + ": sheet 'List 11' was not read: lists 10 and 11 (adoption) are not part of a child's "
								+ "journey in Assure");
			assertThat(this.batches.notes(partnership, summary.batchId())).as(name)
				.containsExactlyElementsOf(summary.notes());

			String key = this.pseudonymiser.key(partnership, "9212044");
			Map<String, Object> child = this.jdbc
				.sql("select sex, ethnicity, birth_month from child where partnership_id = ? and child_key = ?")
				.params(partnership, key)
				.query()
				.singleRow();
			// "Female" and "a) WBRI" in the workbook; the birth date is an Excel serial
			// date.
			assertThat(child.get("sex")).isEqualTo("F");
			assertThat(child.get("ethnicity")).isEqualTo("WBRI");
			assertThat(child.get("birth_month").toString()).isEqualTo("2015-01-01");
			Map<String, Object> contact = this.jdbc
				.sql("select c.contact_date, c.contact_source from contact c join child ch "
						+ "on ch.partnership_id = c.partnership_id and ch.child_id = c.child_id "
						+ "where ch.partnership_id = ? and ch.child_key = ?")
				.params(partnership, key)
				.query()
				.singleRow();
			// "q) 6: Police"
			assertThat(contact.get("contact_source")).isEqualTo("6");
			assertThat(contact.get("contact_date").toString()).isEqualTo("2020-09-16");
		}
	}

	@Test
	void reportsRecordsWhoseEpisodeHadToBeInferred() {
		long partnership = freshPartnership();
		ImportSummary summary = importFile(partnership, Fixtures.external("annex-a/Annex_A.xlsx"), "2020-21");
		assertThat(summary.rules()).containsKey("DQ112");
	}

	@Test
	void refusesAZipBombAndWritesNothing() throws IOException {
		long partnership = freshPartnership();
		Path bomb = this.temp.resolve("bomb.xlsx");
		try (OutputStream file = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 40; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		assertThatExceptionOfType(ImportFailed.class).isThrownBy(() -> importFile(partnership, bomb, "2020-21"))
			.withMessageStartingWith("bomb.xlsx: is not an Excel workbook Assure can open safely");
		assertThat(this.jdbc.sql("select count(*) from import_batch where partnership_id = ?")
			.param(partnership)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void asksForThePeriodWhichTheWorkbookDoesNotState() {
		long partnership = freshPartnership();
		assertThatExceptionOfType(ImportFailed.class)
			.isThrownBy(() -> importFile(partnership, Fixtures.external("annex-a/Annex_A.xlsx"), null))
			.withMessageContaining("does not say which period it covers");
	}

	private ImportSummary importFile(long partnership, Path file, String period) {
		return this.imports.importFiles(partnership, ImportSource.ANNEX_A,
				List.of(new ImportFile(file.getFileName().toString(), file)), period, null, "test",
				ImportProgress.NONE);
	}

	private long freshPartnership() {
		String code = "a" + Long.toString(System.nanoTime(), 36);
		return this.partnerships.create(code, "Test " + code, null, null).id();
	}

}
