package org.assure.casedata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assure.calendar.WorkingDays;
import org.assure.casedata.ImportFile;
import org.assure.casedata.quality.CodeLists;
import org.assure.casedata.validation.cin.CinRules;
import org.assure.casedata.validation.ssda903.Ssda903Rules;
import org.assure.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The children of a return checked on several threads give the report one thread gives:
 * the same findings in the same order, the same notes, the same count of children; and a
 * rule set with a rule that remembers earlier children is checked on one thread.
 */
class ParallelCheckUnitTests {

	@Test
	void severalThreadsFindWhatOneFindsInTheSameOrder() throws IOException {
		List<ImportFile> files = Fixtures.largeSsda903Return();
		ReturnValidation one = run(files, 1);
		ReturnValidation four = run(files, 4);
		assertThat(four.children()).isEqualTo(one.children()).isEqualTo(2676);
		List<Violation> expected = one.finish().violations();
		assertThat(expected).hasSizeGreaterThan(1000);
		assertThat(four.finish().violations()).containsExactlyElementsOf(expected);
		assertThat(four.context().notes()).containsExactlyElementsOf(one.context().notes()).isNotEmpty();
	}

	@Test
	void aRuleThatComparesChildrenJoinsItsPartsBeforeItReports(@org.junit.jupiter.api.io.TempDir Path temp)
			throws IOException {
		// 2025-26's 444 (a UPN given to two children): children 1 and 301, 2 and 302...
		// share a UPN, so every pair spans two threads' parts.
		StringBuilder header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
		StringBuilder episodes = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC\n");
		for (int child = 1; child <= 600; child++) {
			header.append(child)
				.append(",M,01/05/2012,WBRI,A")
				.append(String.format("%012d", (child - 1) % 300))
				.append(",,\n");
			episodes.append(child).append(",01/06/2025,S,C2,N1,U1,PR1,,\n");
		}
		Path headerFile = Files.writeString(temp.resolve("header.csv"), header);
		Path episodesFile = Files.writeString(temp.resolve("episodes.csv"), episodes);
		List<ImportFile> files = List.of(new ImportFile("header.csv", headerFile),
				new ImportFile("episodes.csv", episodesFile));
		ReturnValidation one = run(files, 1, 2026);
		ReturnValidation four = run(files, 4, 2026);
		List<Violation> expected = one.finish().violations();
		assertThat(expected).filteredOn((found) -> found.code().equals("444")).hasSize(600);
		assertThat(four.finish().violations()).containsExactlyElementsOf(expected);
	}

	@Test
	void childrenCheckedRuleByRuleInBatchesAreReportedAsChildByChild() throws IOException {
		// The SSDA903 fixtures: many findings on many children, each rule over a batch.
		List<ImportFile> files = Fixtures.largeSsda903Return();
		ReturnContext context = new ReturnContext(2018, WorkingDays.englandAndWales(), CodeLists.dfe());
		List<ReturnChild> children = new ArrayList<>();
		Ssda903ReturnReader.read(files, context::tables, children::add);
		assertSameAsChildByChild(Ssda903Rules.book(), 2018, children);
		// The CIN census, whose duplicate-identifier rules remember earlier children and
		// report an earlier child's row while checking a later one.
		for (String fixture : List.of("fake_CIN_data.xml", "CIN_Census_2021.xml")) {
			List<ReturnChild> census = new ArrayList<>();
			try (var in = Files.newInputStream(Fixtures.external("cin-census").resolve(fixture))) {
				CinReturnReader.read(in, fixture, (header) -> {
				}, census::add);
			}
			assertSameAsChildByChild(CinRules.book(), 2022, census);
		}
	}

	private static void assertSameAsChildByChild(RuleBook book, int year, List<ReturnChild> children) {
		ReturnValidation oneByOne = new ReturnValidation(book,
				new ReturnContext(year, WorkingDays.englandAndWales(), CodeLists.dfe()), "return");
		children.forEach(oneByOne::check);
		ReturnValidation batched = new ReturnValidation(book,
				new ReturnContext(year, WorkingDays.englandAndWales(), CodeLists.dfe()), "return");
		for (int from = 0; from < children.size(); from += 7) {
			batched.check(children.subList(from, Math.min(children.size(), from + 7)));
		}
		List<Violation> expected = oneByOne.finish().violations();
		assertThat(expected.stream().map(Violation::child).distinct().count()).as("children with findings")
			.isGreaterThan(1);
		assertThat(batched.finish().violations()).containsExactlyElementsOf(expected);
		assertThat(batched.children()).isEqualTo(oneByOne.children());
	}

	private static ReturnValidation run(List<ImportFile> files, int threads) {
		return run(files, threads, 2018);
	}

	private static ReturnValidation run(List<ImportFile> files, int threads, int year) {
		ReturnContext context = new ReturnContext(year, WorkingDays.englandAndWales(), CodeLists.dfe());
		List<ReturnChild> children = new ArrayList<>();
		Ssda903ReturnReader.read(files, context::tables, children::add);
		return ParallelCheck.check(Ssda903Rules.book(), context, "fixture", children, threads, 100);
	}

	@Test
	void aRuleSetThatRemembersEarlierChildrenIsCheckedOnOneThread() {
		ReturnContext context = new ReturnContext(2026, WorkingDays.englandAndWales(), CodeLists.dfe());
		assertThat(new ReturnValidation(CinRules.book(), context, "census.xml").childByChild()).isFalse();
		assertThat(new ReturnValidation(Ssda903Rules.book(), context, "tables").childByChild())
			.as("444 remembers UPNs, but takes in another thread's before it reports")
			.isTrue();
	}

}
