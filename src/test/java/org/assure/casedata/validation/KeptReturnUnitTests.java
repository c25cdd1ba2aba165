package org.assure.casedata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assure.casedata.ImportFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Last year's return as an import keeps it: the values that identify a child kept only as
 * keyed hashes, the child's id not at all; restored beside this year's return, a hashed
 * value is this year's where the two hash alike and another value where they do not; and
 * the rules that compare with last year find from the kept return what they find from
 * last year's files.
 */
class KeptReturnUnitTests {

	/** A stand-in for the import's HMAC: any keyed, one-way function serves here. */
	private static final KeptReturn.Hasher HASHER = (text) -> Integer.toHexString(("key:" + text).hashCode());

	@TempDir
	Path temp;

	private List<ReturnChild> read(String name, String... lines) throws IOException {
		Path file = Files.writeString(this.temp.resolve(name), String.join("\n", lines) + "\n");
		List<ReturnChild> children = new ArrayList<>();
		Ssda903ReturnReader.read(List.of(new ImportFile(name, file)), children::add);
		return children;
	}

	@Test
	void identifyingValuesAreKeptOnlyAsKeyedHashes() throws IOException {
		ReturnChild child = read("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
				"C42,F,05/06/2010,WBRI,A123456789012,1,07/08/2026")
			.get(0);
		List<KeptReturn.KeptRow> kept = KeptReturn.keep(child, HASHER);
		assertThat(kept).hasSize(1);
		KeptReturn.KeptRow row = kept.get(0);
		assertThat(row.clear()).isEqualTo(Map.of("SEX", "F", "ETHNIC", "WBRI", "MOTHER", "1"));
		assertThat(row.hashed()).containsOnlyKeys("DOB", "UPN", "MC_DOB");
		assertThat(row.toString()).doesNotContain("C42", "05/06/2010", "A123456789012", "07/08/2026", "2010-06-05");
		ReturnChild unknown = read("unknown.csv", "CHILD,SEX,DOB,ETHNIC,UPN", "C43,M,01/01/2012,WBRI,UN2").get(0);
		assertThat(KeptReturn.keep(unknown, HASHER).get(0).clear()).containsEntry("UPN", "UN2");
	}

	@Test
	void aHashedValueIsRestoredAsThisYearsWhereTheyHashAlike() throws IOException {
		ReturnChild lastYear = read("last.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
				"C42,F,05/06/2010,WBRI,A123456789012,1,07/08/2024")
			.get(0);
		List<KeptReturn.KeptRow> kept = KeptReturn.keep(lastYear, HASHER);
		ReturnChild same = read("same.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
				"C42,F,2010-06-05,WBRI,a123456789012,1,07/08/2024")
			.get(0);
		Row restored = KeptReturn.restore(same, kept, HASHER, "last year's return").first("Header");
		assertThat(restored.text("CHILD")).isEqualTo("C42");
		assertThat(restored.text("DOB")).as("the same day, written another way").isEqualTo("2010-06-05");
		assertThat(restored.text("UPN")).isEqualTo("a123456789012");
		assertThat(restored.location().file()).isEqualTo("last year's return");
		ReturnChild other = read("other.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
				"C42,F,06/06/2010,WBRI,A123456789013,1,07/08/2024")
			.get(0);
		Row differs = KeptReturn.restore(other, kept, HASHER, "last year's return").first("Header");
		assertThat(differs.text("DOB")).isEqualTo(KeptReturn.ANOTHER_VALUE);
		assertThat(differs.text("UPN")).isEqualTo(KeptReturn.ANOTHER_VALUE);
		assertThat(differs.text("MC_DOB")).isEqualTo("07/08/2024");
	}

	@Test
	void aPostcodeNotThisYearsIsLeftOutAndOneThatMovedFieldIsKept() throws IOException {
		String episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
		ReturnChild last = read("e1.csv", episodes, "C1,01/06/2023,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,SC045099").get(0);
		ReturnChild now = read("e2.csv", episodes, "C1,01/06/2023,S,C2,N1,U1,PR1,,,,le22bb,NG1 1AA,SC045099").get(0);
		Row restored = KeptReturn.restore(now, KeptReturn.keep(last, HASHER), HASHER, "kept").first("Episodes");
		assertThat(restored.text("HOME_POST")).isNull();
		assertThat(restored.text("PL_POST")).isEqualTo("le22bb");
		assertThat(restored.text("DECOM")).isEqualTo("01/06/2023");
	}

	@Test
	void theRulesFindFromTheKeptReturnWhatTheyFindFromLastYearsFiles() throws IOException {
		String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
		String episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC";
		Path lastHeader = Files.writeString(this.temp.resolve("h1.csv"),
				header + "\n1,M,01/05/2012,WBRI,A123456789012,,\n2,F,01/05/2011,WBRI,B123456789012,,\n");
		Path lastEpisodes = Files.writeString(this.temp.resolve("e1.csv"),
				episodes + "\n1,01/06/2022,S,C2,N1,U1,PR1,,\n2,01/06/2022,S,C2,N1,U1,PR1,,\n");
		Path nowHeader = Files.writeString(this.temp.resolve("h2.csv"),
				header + "\n1,M,02/05/2012,WBRI,A123456789099,,\n2,F,01/05/2011,WBRI,B123456789012,,\n");
		Path nowEpisodes = Files.writeString(this.temp.resolve("e2.csv"),
				episodes + "\n1,01/06/2022,S,C2,N1,U1,PR1,,\n2,02/06/2022,S,C2,N1,U1,PR1,,\n");
		List<ImportFile> lastYear = List.of(new ImportFile("h1.csv", lastHeader),
				new ImportFile("e1.csv", lastEpisodes));
		List<ImportFile> thisYear = List.of(new ImportFile("h2.csv", nowHeader), new ImportFile("e2.csv", nowEpisodes));
		ValidationReport fromFiles = ReturnValidator.standard().ssda903(thisYear, 2025, lastYear, ReferenceData.NONE);

		Map<String, List<KeptReturn.KeptRow>> kept = new java.util.HashMap<>();
		Ssda903ReturnReader.read(lastYear,
				(child) -> kept.put(HASHER.hash(child.id()), KeptReturn.keep(child, HASHER)));
		LastYearsReturn keptReturn = new LastYearsReturn() {
			@Override
			public PreviousReturn beside(List<ReturnChild> children, ReferenceData reference) {
				List<ReturnChild> restored = new ArrayList<>();
				for (ReturnChild child : children) {
					List<KeptReturn.KeptRow> rows = kept.get(HASHER.hash(child.id()));
					if (rows != null) {
						restored.add(KeptReturn.restore(child, rows, HASHER, "2023-24 as imported"));
					}
				}
				return new PreviousReturn(2024, restored);
			}

			@Override
			public String missing() {
				return "none";
			}
		};
		ValidationReport fromKept = ReturnValidator.standard()
			.ssda903(thisYear, 2025, keptReturn, ReferenceData.NONE, (child) -> {
			});
		List<String> expected = codes(fromFiles);
		assertThat(expected).contains("203 1", "208 1", "502 2");
		assertThat(codes(fromKept)).isEqualTo(expected);
	}

	private static List<String> codes(ValidationReport report) {
		return report.violations().stream().map((found) -> found.code() + " " + found.child()).sorted().toList();
	}

}
