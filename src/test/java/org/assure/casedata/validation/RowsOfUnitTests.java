package org.assure.casedata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assure.calendar.WorkingDays;
import org.assure.casedata.ImportFile;
import org.assure.casedata.generator.GenerateCommand;
import org.assure.casedata.generator.ProblemInjection;
import org.assure.casedata.quality.CodeLists;
import org.assure.casedata.validation.ssda903.Ssda903Rules;
import org.assure.support.Fixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run passes by the children without rows of the table a rule walks
 * ({@link DfeRule#rowsOf}) and reports exactly what calling every rule on every child
 * reports.
 */
class RowsOfUnitTests {

	@ParameterizedTest
	@ValueSource(ints = { 2018, 2025, 2026, 2027 })
	void passingByChildrenWithoutTheRowsARuleWalksFindsWhatCallingItOnEveryChildFinds(int year) throws IOException {
		List<ImportFile> files = Fixtures.largeSsda903Return();
		RuleBook book = Ssda903Rules.book();
		List<DfeRule> rules = book.rules(year);
		List<DfeRule> walking = rules.stream().filter((rule) -> rule.rowsOf() != null).toList();
		assertThat(walking).as("rules that walk one table's rows").hasSizeGreaterThan(100);
		RuleBook everyChild = RuleBook.builder(book.source())
			.year(year,
					(changes) -> changes
						.add(rules.stream().map(CalledOnEveryChild::new).map(DfeRule.class::cast).toList()))
			.build();
		List<ReturnChild> children = read(files, year);
		// Children without rows of a table that rules walk are there to be passed by.
		assertThat(children).anyMatch((child) -> !child.has("Episodes"));
		assertThat(children).anyMatch((child) -> !child.has("AD1"));
		ReturnValidation passing = check(book, year, children);
		ReturnValidation calling = check(everyChild, year, read(files, year));
		List<Violation> expected = calling.finish().violations();
		assertThat(expected).hasSizeGreaterThan(500);
		assertThat(expected)
			.anyMatch((found) -> walking.stream().anyMatch((rule) -> rule.spec().code().equals(found.code())));
		assertThat(passing.finish().violations()).containsExactlyElementsOf(expected);
	}

	/**
	 * The claim behind passing a child by, tried directly: each child of the fixture, its
	 * rows of a table taken away (whether it had any or not), is checked by every rule
	 * that walks that table, and none finds anything. The fixture gives every child most
	 * tables, so a rule that reports a table's absence (a child in the 12-month cohort
	 * without an OC2 row) is caught here when it is wrongly said to walk that table.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2018, 2025, 2026, 2027 })
	void aRuleThatWalksATableFindsNothingInTheFixturesChildrenWithoutRowsOfIt(int year) throws IOException {
		assertNothingFoundWithoutTheTablesWalked(Fixtures.largeSsda903Return(), year, 500_000);
	}

	/**
	 * The same on a generated return of the year with problems put into a third of its
	 * children: it holds many of the rows the fixture barely has (adoptions, missing
	 * periods, care leavers).
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void aRuleThatWalksATableFindsNothingInGeneratedChildrenWithoutRowsOfIt(int year, @TempDir Path folder)
			throws Exception {
		GenerateCommand.Generated generated = GenerateCommand.generate(8000, LocalDate.of(year - 3, 4, 1),
				LocalDate.of(year, 3, 31), 5);
		Path tables = GenerateCommand.write(generated, "ssda903", folder, new ProblemInjection(0.3, 17, "ssda903"));
		List<ImportFile> files;
		try (var paths = Files.list(tables)) {
			files = paths.sorted().map((path) -> new ImportFile(path.getFileName().toString(), path)).toList();
		}
		assertNothingFoundWithoutTheTablesWalked(files, year, 20_000);
	}

	private static void assertNothingFoundWithoutTheTablesWalked(List<ImportFile> files, int year, int fewestTried) {
		List<DfeRule> walking = Ssda903Rules.book()
			.rules(year)
			.stream()
			.filter((rule) -> rule.rowsOf() != null)
			.toList();
		ReturnContext context = new ReturnContext(year, WorkingDays.englandAndWales(), CodeLists.dfe());
		List<ReturnChild> children = new ArrayList<>();
		Ssda903ReturnReader.read(files, context::tables, children::add);
		List<String> found = new ArrayList<>();
		int tried = 0;
		for (ReturnChild child : children) {
			for (String table : Ssda903ReturnReader.TABLES.keySet()) {
				ReturnChild without = new ReturnChild(child.id());
				for (String other : Ssda903ReturnReader.TABLES.keySet()) {
					if (!other.equals(table)) {
						child.rows(other).forEach(without::add);
					}
				}
				for (DfeRule rule : walking) {
					if (!table.equals(rule.rowsOf())) {
						continue;
					}
					Findings findings = new Findings("return");
					rule.forRun().check(without, context, findings.of(rule.spec()));
					tried++;
					for (Violation violation : findings.violations()) {
						found.add(rule.spec().code() + " (walks " + table + ") found " + violation);
					}
				}
			}
		}
		assertThat(tried).isGreaterThan(fewestTried);
		assertThat(found).isEmpty();
	}

	private static List<ReturnChild> read(List<ImportFile> files, int year) {
		ReturnContext context = new ReturnContext(year, WorkingDays.englandAndWales(), CodeLists.dfe());
		List<ReturnChild> children = new ArrayList<>();
		Ssda903ReturnReader.read(files, context::tables, children::add);
		return children;
	}

	private static ReturnValidation check(RuleBook book, int year, List<ReturnChild> children) {
		ReturnValidation run = new ReturnValidation(book,
				new ReturnContext(year, WorkingDays.englandAndWales(), CodeLists.dfe()), "fixture");
		for (int from = 0; from < children.size(); from += 50) {
			run.check(children.subList(from, Math.min(children.size(), from + 50)));
		}
		return run;
	}

	/** A rule as it is, but called on every child. */
	private record CalledOnEveryChild(DfeRule rule) implements DfeRule {

		@Override
		public RuleSpec spec() {
			return this.rule.spec();
		}

		@Override
		public void check(ReturnChild child, ReturnContext context, Findings.Reporter findings) {
			this.rule.check(child, context, findings);
		}

		@Override
		public void finish(ReturnContext context, Findings.Reporter findings) {
			this.rule.finish(context, findings);
		}

		@Override
		public DfeRule forRun() {
			DfeRule run = this.rule.forRun();
			return (run == this.rule) ? this : new CalledOnEveryChild(run);
		}

		@Override
		public boolean absorbs() {
			return this.rule.absorbs();
		}

		@Override
		public void absorb(DfeRule later) {
			this.rule.absorb(((CalledOnEveryChild) later).rule());
		}

		@Override
		public @Nullable String rowsOf() {
			return null;
		}

	}

}
