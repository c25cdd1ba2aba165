package org.assure.casedata.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.assure.casedata.CaseDataImports;
import org.assure.casedata.ImportFile;
import org.assure.casedata.ImportProgress;
import org.assure.casedata.ImportSource;
import org.assure.casedata.ImportSummary;
import org.assure.partnership.Partnerships;
import org.assure.support.AssureIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the generator writes in each format imports through the importer of that format,
 * and passes the data-quality rules.
 */
@AssureIntegrationTest
class GeneratedFormatsIntegrationTests {

	@Autowired
	CaseDataImports imports;

	@Autowired
	Partnerships partnerships;

	@TempDir
	Path temp;

	@Test
	void everyFormatRoundTripsWithoutErrors() throws Exception {
		GenerateCommand.Generated generated = GenerateCommand.generate(3_000, LocalDate.of(2014, 4, 1),
				LocalDate.of(2015, 3, 31), 11);
		long lookedAfter = generated.children().stream().filter((child) -> !child.lookedAfter.isEmpty()).count();
		long withEpisodes = generated.children().stream().filter((child) -> !child.episodes.isEmpty()).count();

		ImportSummary csv = importFormat(generated, "assure-csv", ImportSource.ASSURE_CSV);
		assertThat(csv.children()).isEqualTo(generated.children().size());

		ImportSummary census = importFormat(generated, "cin-census", ImportSource.CIN_CENSUS);
		assertThat(census.children()).isEqualTo(withEpisodes);

		ImportSummary annexA = importFormat(generated, "annex-a", ImportSource.ANNEX_A);
		assertThat(annexA.children()).isEqualTo(generated.children().size());
		assertThat(annexA.contacts()).isEqualTo(csv.contacts());

		ImportSummary ssda903 = importFormat(generated, "ssda903", ImportSource.SSDA903);
		assertThat(ssda903.children()).isEqualTo(lookedAfter);
		assertThat(ssda903.lookedAfterEpisodes()).isEqualTo(csv.lookedAfterEpisodes());
	}

	private ImportSummary importFormat(GenerateCommand.Generated generated, String format, ImportSource source)
			throws Exception {
		Path folder = Files.createDirectories(this.temp.resolve(format));
		Path written = GenerateCommand.write(generated, format, folder);
		List<ImportFile> files;
		if (Files.isDirectory(written)) {
			try (Stream<Path> tables = Files.list(written)) {
				files = tables.sorted().map((path) -> new ImportFile(path.getFileName().toString(), path)).toList();
			}
		}
		else {
			files = List.of(new ImportFile(written.getFileName().toString(), written));
		}
		long partnership = this.partnerships.create("g" + Long.toString(System.nanoTime(), 36), "Generated", null, null)
			.id();
		ImportSummary summary = this.imports.importFiles(partnership, source, files, "2014-15", null, "test",
				ImportProgress.NONE);
		assertThat(summary.errors()).as("%s errors by rule: %s", format, summary.rules()).isZero();
		return summary;
	}

}
