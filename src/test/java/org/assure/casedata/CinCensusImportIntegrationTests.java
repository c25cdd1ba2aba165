package org.assure.casedata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assure.support.AssureIntegrationTest;
import org.assure.support.Fixtures;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The CIN census importer against the public test files written by others, and against
 * broken and hostile copies of them.
 */
@AssureIntegrationTest
class CinCensusImportIntegrationTests {

	@Autowired
	CaseDataImports imports;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.assure.partnership.Partnerships partnerships;

	@TempDir
	Path temp;

	@Test
	void importsOrClearlyRejectsEveryCinCensusFixture() throws IOException {
		long partnership = freshPartnership();
		try (Stream<Path> files = Files.list(Fixtures.external("cin-census"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".xml")).sorted().toList()) {
				try {
					ImportSummary summary = importFile(partnership, file, null);
					assertThat(summary.children()).as(file.getFileName().toString()).isGreaterThanOrEqualTo(0);
				}
				catch (ImportFailed failed) {
					assertThat(failed.getMessage()).as(file.getFileName().toString())
						.startsWith(file.getFileName().toString());
				}
			}
		}
	}

	@Test
	void reportsTheDeliberatelyInvalidValuesOfThe2024FileByRule() {
		long partnership = freshPartnership();
		ImportSummary summary = importFile(partnership, Fixtures.external("cin-census/CIN_Census_2024.xml"), null);
		assertThat(summary.period()).isEqualTo("2023-24");
		assertThat(summary.referenceDate()).isEqualTo("2024-03-31");
		// The assessment starts in 2028 (after the reference date) and is authorised
		// before it started.
		assertThat(summary.rules()).containsEntry("DQ104", 1L).containsKey("DQ101");
		List<Map<String, Object>> findings = this.jdbc
			.sql("select rule_code, location, child_key, field, message from data_quality_finding "
					+ "where partnership_id = ? and batch_id = ? order by finding_id")
			.params(partnership, summary.batchId())
			.query()
			.listOfRows();
		assertThat(findings).anySatisfy((finding) -> {
			assertThat(finding.get("rule_code")).isEqualTo("DQ104");
			assertThat((String) finding.get("location")).isEqualTo("Child[1]/CINdetails[1]/Assessments[1]");
			assertThat((String) finding.get("message"))
				.isEqualTo("Authorised 2020-09-19, before the assessment started on 2028-04-28");
			assertThat((String) finding.get("child_key")).hasSize(64);
		});
		assertThat(findings).anySatisfy((finding) -> {
			assertThat(finding.get("rule_code")).isEqualTo("DQ101");
			assertThat((String) finding.get("location")).isEqualTo("Child[2]/CINdetails[1]");
			assertThat((String) finding.get("message"))
				.isEqualTo("CINreferralDate 2024-10-24 is after the reference date 2024-03-31");
		});
		assertThat(findings).noneSatisfy(
				(finding) -> assertThat(String.valueOf(finding.get("message"))).contains("child_fails_assessments"));
		// The DfE's rules of 2023-24 judge the same file; their findings are kept by DfE
		// code,
		// under the same child key as Assure's.
		assertThat(summary.rules()).containsEntry("8608", 1L).containsKey("1510");
		assertThat(summary.dfeErrors()).isPositive();
		Object child = findings.stream()
			.filter((finding) -> "DQ104".equals(finding.get("rule_code")))
			.findFirst()
			.orElseThrow()
			.get("child_key");
		assertThat(findings).anySatisfy((finding) -> {
			assertThat(finding.get("rule_code")).isEqualTo("8608");
			assertThat(finding.get("child_key")).isEqualTo(child);
			assertThat((String) finding.get("location")).endsWith("Child[1]/CINdetails[1]/Assessments[1]");
			assertThat((String) finding.get("message")).isEqualTo("Started 2028-04-28, authorised 2020-09-19");
		});
	}

	@Test
	void readsEveryChildOfTheLargeFakeFileAndStoresNoLocalIds() {
		long partnership = freshPartnership();
		ImportSummary summary = importFile(partnership, Fixtures.external("cin-census/fake_CIN_data.xml"), null);
		assertThat(summary.children()).isEqualTo(332);
		assertThat(summary.referrals()).isGreaterThanOrEqualTo(332);
		List<String> keys = this.jdbc.sql("select child_key from child where partnership_id = ?")
			.param(partnership)
			.query(String.class)
			.list();
		assertThat(keys).hasSize(332).allMatch((key) -> key.matches("[0-9a-f]{64}")).doesNotHaveDuplicates();
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		long partnership = freshPartnership();
		Path file = Fixtures.external("cin-census/fake_CIN_data.xml");
		ImportSummary first = importFile(partnership, file, null);
		Map<String, Long> before = rowCounts(partnership);
		ImportSummary second = importFile(partnership, file, null);
		assertThat(second.unchanged()).isTrue();
		assertThat(second.batchId()).isEqualTo(first.batchId());
		assertThat(rowCounts(partnership)).isEqualTo(before);
	}

	@Test
	void aCorrectedFileForTheSamePeriodReplacesTheBatch() {
		long partnership = freshPartnership();
		ImportSummary first = importFile(partnership, Fixtures.external("cin-census/fake_CIN_data.xml"), "2021-22");
		ImportSummary second = importFile(partnership, Fixtures.external("cin-census/CIN_Census_2021.xml"), "2021-22");
		assertThat(second.replacedBatch()).isEqualTo(first.batchId());
		assertThat(count("import_batch", partnership)).isEqualTo(1);
		assertThat(count("child", partnership)).isEqualTo(second.children());
	}

	@Test
	void aTruncatedFileImportsNothingAndLeavesThePreviousBatch() throws IOException {
		long partnership = freshPartnership();
		importFile(partnership, Fixtures.external("cin-census/CIN_Census_2021.xml"), "2020-21");
		Map<String, Long> before = rowCounts(partnership);
		byte[] whole = Files.readAllBytes(Fixtures.external("cin-census/fake_CIN_data.xml"));
		Path truncated = this.temp.resolve("truncated.xml");
		Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
		assertThatExceptionOfType(ImportFailed.class).isThrownBy(() -> importFile(partnership, truncated, "2020-21"))
			.withMessageStartingWith("truncated.xml at line ")
			.withMessageContaining("not well-formed XML");
		assertThat(rowCounts(partnership)).isEqualTo(before);
	}

	@Test
	void refusesExternalEntitiesAndEntityExpansion() throws IOException {
		long partnership = freshPartnership();
		Path xxe = this.temp.resolve("xxe.xml");
		Files.writeString(xxe,
				"""
						<?xml version="1.0"?>
						<!DOCTYPE Message [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
						<Message><Header><CollectionDetails><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>
						<Children><Child><ChildIdentifiers><LAchildID>&secret;</LAchildID></ChildIdentifiers></Child></Children></Message>
						""");
		Path laughs = this.temp.resolve("laughs.xml");
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"");
			entities.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		Files.writeString(laughs,
				"<?xml version=\"1.0\"?><!DOCTYPE Message [" + entities
						+ "]><Message><Header/><Children><Child><ChildIdentifiers><LAchildID>&lol9;</LAchildID>"
						+ "</ChildIdentifiers></Child></Children></Message>");
		for (Path hostile : List.of(xxe, laughs)) {
			assertThatExceptionOfType(ImportFailed.class).isThrownBy(() -> importFile(partnership, hostile, null))
				.withMessageContaining("document type declaration");
		}
		assertThat(count("import_batch", partnership)).isZero();
	}

	@Test
	void refusesAFileThatIsNotACensus() throws IOException {
		long partnership = freshPartnership();
		Path other = this.temp.resolve("other.xml");
		Files.writeString(other, "<Report><Line>1</Line></Report>");
		assertThatExceptionOfType(ImportFailed.class).isThrownBy(() -> importFile(partnership, other, null))
			.withMessage("other.xml: is not a CIN census message (its root element is <Report>, not <Message>)");
		Path empty = this.temp.resolve("empty.xml");
		Files.writeString(empty, "");
		assertThatExceptionOfType(ImportFailed.class).isThrownBy(() -> importFile(partnership, empty, null))
			.withMessageStartingWith("empty.xml");
	}

	private ImportSummary importFile(long partnership, Path file, String period) {
		return this.imports.importFiles(partnership, ImportSource.CIN_CENSUS,
				List.of(new ImportFile(file.getFileName().toString(), file)), period, null, "test",
				ImportProgress.NONE);
	}

	private long freshPartnership() {
		String code = "t" + Long.toString(System.nanoTime(), 36);
		return this.partnerships.create(code, "Test " + code, null, null).id();
	}

	private Map<String, Long> rowCounts(long partnership) {
		return Map.of("import_batch", count("import_batch", partnership), "child", count("child", partnership),
				"episode_of_need", count("episode_of_need", partnership), "data_quality_finding",
				count("data_quality_finding", partnership));
	}

	private long count(String table, long partnership) {
		return this.jdbc.sql("select count(*) from " + table + " where partnership_id = ?")
			.param(partnership)
			.query(Long.class)
			.single();
	}

}
