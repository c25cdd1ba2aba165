package org.assure.casedata.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator writes CIN census returns that every DfE rule of their year finds clean,
 * and, asked to, puts in problems that the rules then find, each one.
 */
class GeneratedReturnsValidationUnitTests {

	@TempDir
	Path folder;

	private ValidationReport check(GenerateCommand.Generated generated, ProblemInjection injection)
			throws IOException, XMLStreamException {
		Path file = GenerateCommand.write(generated, "cin-census", this.folder, injection);
		try (InputStream in = Files.newInputStream(file)) {
			return ReturnValidator.standard().cinCensus(in, file.getFileName().toString(), null);
		}
	}

	@Test
	void aGeneratedReturnOfTheCurrentYearIsCleanUnderAll109Rules() throws Exception {
		ValidationReport report = check(
				GenerateCommand.generate(8000, LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31), 7),
				ProblemInjection.NONE);
		assertThat(report.ruleSetYear()).isEqualTo(2026);
		assertThat(report.rules()).isEqualTo(109);
		assertThat(report.children()).isGreaterThan(500);
		assertThat(report.violations()).isEmpty();
	}

	@Test
	void theLeicesterPresetIsCleanUnderTheEarliestRuleSet() throws Exception {
		ValidationReport report = check(GenerateCommand.leicester(2015), ProblemInjection.NONE);
		assertThat(report.children()).isGreaterThan(5000);
		assertThat(report.violations()).isEmpty();
	}

	@Test
	void aGeneratedSsda903ReturnIsCleanUnderTheRulesAssureHolds() throws Exception {
		GenerateCommand.Generated generated = GenerateCommand.generate(8000, LocalDate.of(2022, 4, 1),
				LocalDate.of(2025, 3, 31), 7);
		Path tables = GenerateCommand.write(generated, "ssda903", this.folder);
		List<org.assure.casedata.ImportFile> files = tablesIn(tables);
		ValidationReport report = ReturnValidator.standard().ssda903(files, 2025);
		assertThat(report.children()).isGreaterThan(100);
		assertThat(report.violations()).isEmpty();
		assertThat(Files.readAllLines(tables.resolve("placed_for_adoption.csv")))
			.as("decisions for the children under placement orders")
			.hasSizeGreaterThan(3);
		assertThat(Files.readAllLines(tables.resolve("ad1.csv"))).as("the year's adoptions").hasSizeGreaterThan(3);
		assertThat(Files.readAllLines(tables.resolve("previous_permanence.csv")))
			.as("a previous permanence option for each child who started care")
			.hasSizeGreaterThan(20);
		assertThat(report.notes()).noneMatch((note) -> note.startsWith("Passed over"));
	}

	@Test
	void aGeneratedSsda903ReturnOf2025To26IsCleanUnderThatYearsRules() throws Exception {
		GenerateCommand.Generated generated = GenerateCommand.generate(8000, LocalDate.of(2023, 4, 1),
				LocalDate.of(2026, 3, 31), 7);
		Path tables = GenerateCommand.write(generated, "ssda903", this.folder.resolve("2025-26"));
		ValidationReport report = ReturnValidator.standard().ssda903(tablesIn(tables), 2026);
		assertThat(report.ruleSetYear()).isEqualTo(2026);
		assertThat(report.children()).isGreaterThan(100);
		assertThat(report.violations()).isEmpty();
		assertThat(Files.readString(tables.resolve("episodes.csv"))).as("supported accommodation, not H5")
			.doesNotContain(",H5,");
	}

	@Test
	void everyProblemInjectedIntoAnSsda903ReturnIsFoundByItsRule() throws Exception {
		ProblemInjection injection = new ProblemInjection(0.1, 11, "ssda903");
		ValidationReport report = injectedSsda903(injection, 2025, "injected");
		assertEveryProblemFoundAndNothingElse(injection, report, "ssda903", 12);
	}

	@Test
	void everyProblemInjectedIntoAn2025To26Ssda903ReturnIsFoundByThatYearsRules() throws Exception {
		ProblemInjection injection = new ProblemInjection(0.3, 13, "ssda903");
		ValidationReport report = injectedSsda903(injection, 2026, "injected-2025-26");
		assertThat(report.ruleSetYear()).isEqualTo(2026);
		assertEveryProblemFoundAndNothingElse(injection, report, "ssda903", 12);
	}

	/**
	 * Three years of generated journeys up to a collection year's 31 March, written as
	 * SSDA903 tables with problems put in, checked with that year's rules.
	 */
	private ValidationReport injectedSsda903(ProblemInjection injection, int collectionYear, String folder)
			throws Exception {
		GenerateCommand.Generated generated = GenerateCommand.generate(8000, LocalDate.of(collectionYear - 3, 4, 1),
				LocalDate.of(collectionYear, 3, 31), 7);
		Path tables = GenerateCommand.write(generated, "ssda903", this.folder.resolve(folder), injection);
		return ReturnValidator.standard().ssda903(tablesIn(tables), collectionYear);
	}

	@Test
	void aGeneratedSsda903ReturnIsCleanBesideLastYearsToo() throws Exception {
		GenerateCommand.Generated generated = GenerateCommand.generate(8000, LocalDate.of(2022, 4, 1),
				LocalDate.of(2025, 3, 31), 7);
		List<Path> lastYear = Ssda903Writer.write(generated.children(), LocalDate.of(2024, 3, 31),
				this.folder.resolve("2023-24"));
		List<Path> thisYear = Ssda903Writer.write(generated.children(), LocalDate.of(2025, 3, 31),
				this.folder.resolve("2024-25"));
		ValidationReport report = ReturnValidator.standard()
			.ssda903(imports(thisYear), 2025, imports(lastYear), org.assure.casedata.validation.ReferenceData.NONE);
		assertThat(report.notes()).noneMatch((note) -> note.startsWith("Last year's return was not given"));
		assertThat(report.violations()).isEmpty();
	}

	private static List<org.assure.casedata.ImportFile> imports(List<Path> files) {
		return files.stream()
			.map((path) -> new org.assure.casedata.ImportFile(path.getFileName().toString(), path))
			.toList();
	}

	/** Other draws, larger ones: the rules find nothing in any of them. */
	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(longs = { 1, 2, 3 })
	void generatedSsda903ReturnsOfOtherSeedsAreCleanToo(long seed) throws Exception {
		GenerateCommand.Generated generated = GenerateCommand.generate(30_000, LocalDate.of(2022, 4, 1),
				LocalDate.of(2025, 3, 31), seed);
		Path tables = GenerateCommand.write(generated, "ssda903", this.folder.resolve("seed" + seed));
		List<org.assure.casedata.ImportFile> files = tablesIn(tables);
		ValidationReport report = ReturnValidator.standard().ssda903(files, 2025);
		assertThat(report.children()).isGreaterThan(300);
		assertThat(report.violations()).isEmpty();
	}

	private static List<org.assure.casedata.ImportFile> tablesIn(Path folder) throws java.io.IOException {
		try (java.util.stream.Stream<Path> paths = Files.list(folder)) {
			return paths.sorted()
				.map((path) -> new org.assure.casedata.ImportFile(path.getFileName().toString(), path))
				.toList();
		}
	}

	@Test
	void everyInjectedProblemIsFoundByItsRule() throws Exception {
		ProblemInjection injection = new ProblemInjection(0.05, 11);
		ValidationReport report = check(
				GenerateCommand.generate(6000, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), 11), injection);
		assertEveryProblemFoundAndNothingElse(injection, report, "cin-census", 20);
	}

	/**
	 * Every kind of problem of a format was put, each is found by its rule, and nothing
	 * is found of a child no problem was put into.
	 */
	private static void assertEveryProblemFoundAndNothingElse(ProblemInjection injection, ValidationReport report,
			String format, int atLeast) {
		List<ProblemInjection.Injected> injected = injection.injected();
		assertThat(injected).hasSizeGreaterThan(atLeast);
		assertThat(injected.stream().map(ProblemInjection.Injected::kind).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(ProblemInjection.Kind.of(format));
		Set<String> found = report.violations()
			.stream()
			.map((v) -> v.child() + "/" + v.code())
			.collect(Collectors.toSet());
		assertThat(injected).allSatisfy(
				(problem) -> assertThat(found).as(problem.toString()).contains(problem.child() + "/" + problem.rule()));
		Set<String> children = injected.stream().map(ProblemInjection.Injected::child).collect(Collectors.toSet());
		assertThat(report.violations().stream().filter((v) -> v.child() != null))
			.as("findings only where a problem was put")
			.allSatisfy((v) -> assertThat(children).contains(v.child()));
	}

}
