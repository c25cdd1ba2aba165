package org.assure.casedata.validation.ssda903;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.casedata.validation.PostcodeDirectory;
import org.assure.casedata.validation.ProviderRegister;
import org.assure.casedata.validation.ReferenceData;
import org.assure.casedata.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSDA903 rules the 2025-26 collection adds or changes, each on a small return of
 * 2025-26 (a pass, a fail, the boundary) and, where it changed, beside the 2024-25 rule
 * it replaces: Z1 ('other placement') split into Z11 to Z14, H5 and P2 gone; new rules on
 * reasons for a placement change, URNs, distance, a duplicated UPN, a care leaver
 * reported as having died, and social worker episodes.
 */
class CollectionYear2026UnitTests {

	private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
			+ "HOME_POST,PL_POST,URN";

	private static final String AREAS = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,PL_LA,URN,PL_DISTANCE";

	private static final String LEICESTER = "E06000016";

	private static final String NOTTINGHAM = "E06000018";

	/** A supported accommodation provider with premises in Leicester. */
	private static final ReferenceData REGISTER = new ReferenceData(LEICESTER, PostcodeDirectory.of(Map.of()),
			ProviderRegister.of(List.of(new ProviderRegister.Provider("SC777777", Set.of("K3"), Set.of("PR1", "PR2"),
					"LE2 2BB", LEICESTER, null))));

	@TempDir
	Path temp;

	private List<String> codes(int year, String... lines) {
		return new Ssda903Return(this.temp).codes(year, lines);
	}

	private List<String> episode(int year, String episode) {
		return codes(year, HEADER, "1,M,01/05/2012,WBRI,A123456789012,,", EPISODES, episode);
	}

	@Test
	void aReturnOf2025To26WithTheNewCodesIsClean() {
		assertThat(episode(2026, "1,01/06/2025,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,")).isEmpty();
		assertThat(episode(2026, "1,01/06/2025,S,C2,N1,Z12,,,,,LE1 1AA,LE2 2BB,")).isEmpty();
		assertThat(Ssda903Rules.book().effectiveYear(2026)).isEqualTo(2026);
	}

	@Test
	void placementTypesFollowTheSplitOfOtherPlacements() {
		assertThat(episode(2026, "1,01/06/2025,S,C2,N1,Z1,,,,,LE1 1AA,LE2 2BB,")).contains("146");
		assertThat(episode(2026, "1,01/06/2025,S,C2,N1,H5,PR1,,,,LE1 1AA,LE2 2BB,")).contains("146");
		assertThat(episode(2025, "1,01/06/2024,S,C2,N1,H5,PR1,,,,LE1 1AA,LE2 2BB,")).doesNotContain("146");
		assertThat(episode(2025, "1,01/06/2024,S,C2,N1,Z12,,,,,LE1 1AA,LE2 2BB,")).contains("146");
		// a provider is neither needed nor allowed for the new codes (178, 213, 526)
		assertThat(episode(2026, "1,01/06/2025,S,C2,N1,Z13,PR1,,,,LE1 1AA,LE2 2BB,")).containsOnly("178", "213");
		assertThat(episode(2026, "1,01/06/2025,S,C2,N1,K2,,,,,LE1 1AA,LE2 2BB,")).containsOnly("526");
		// the DfE's 178 of 2025-26 leaves T4 to 213
		assertThat(episode(2026, "1,01/06/2025,S,C2,N1,T4,PR1,,,,LE1 1AA,LE2 2BB,")).contains("213")
			.doesNotContain("178");
		assertThat(episode(2026, "1,01/06/2025,S,C2,N1,Z14,,,,,LE1 1AA,LE2 2BB,SC045099")).containsOnly("222");
	}

	@Test
	void aReasonForAPlacementChangeOnlyForAnEpisodeThatEnded() {
		assertThat(episode(2026, "1,01/06/2025,S,C2,N1,U1,PR1,,,CARPL,LE1 1AA,LE2 2BB,")).containsOnly("233");
		assertThat(episode(2025, "1,01/06/2024,S,C2,N1,U1,PR1,,,CARPL,LE1 1AA,LE2 2BB,")).doesNotContain("233");
		assertThat(codes(2026, HEADER, "1,M,01/05/2012,WBRI,A123456789012,,", EPISODES,
				"1,01/06/2025,S,C2,N1,U1,PR1,01/09/2025,X1,CARPL,LE1 1AA,LE2 2BB,",
				"1,01/09/2025,P,C2,N1,U3,PR1,,,,LE1 1AA,LE2 2BB,"))
			.doesNotContain("233");
		// a temporary placement: 226, with the 2025-26 message
		List<Violation> temporary = new Ssda903Return(this.temp).findings("226", 2026, HEADER,
				"1,M,01/05/2012,WBRI,A123456789012,,", EPISODES,
				"1,01/06/2025,S,C2,N1,T1,,01/07/2025,X1,CARPL,LE1 1AA,,");
		assertThat(temporary).singleElement()
			.satisfies((found) -> assertThat(found.message())
				.isEqualTo("Reason for placement change is not required for temporary placements."));
	}

	@Test
	void aChildUnderTenIsNotMovedForCustody() {
		String before = "1,01/06/2025,S,C2,N1,U1,PR1,01/09/2025,X1,CUSTOD,LE1 1AA,LE2 2BB,";
		String after = "1,01/09/2025,P,C2,N1,U3,PR1,,,,LE1 1AA,LE2 2BB,";
		assertThat(codes(2026, HEADER, "1,M,02/06/2015,WBRI,A123456789012,,", EPISODES, before, after)).contains("234");
		assertThat(codes(2026, HEADER, "1,M,01/06/2015,WBRI,A123456789012,,", EPISODES, before, after))
			.as("the episode began on the child's tenth birthday")
			.doesNotContain("234");
		assertThat(codes(2026, HEADER, "1,M,01/06/2012,WBRI,A123456789012,,", EPISODES, before, after))
			.doesNotContain("234");
	}

	@Test
	void urnsOnlyWhereOfstedRegisters() {
		String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
		String child = "1,M,01/05/2008,WBRI,A123456789012,,";
		assertThat(codes(2026, header, child, AREAS, "1,01/06/2025,S,C2,N1,K2,PR4,,," + LEICESTER + ",XXXXXXX,2.0"))
			.contains("242");
		assertThat(codes(2026, header, child, AREAS, "1,01/06/2025,S,C2,N1,U1,PR1,,," + LEICESTER + ",XXXXXXX,2.0"))
			.doesNotContain("242");
		assertThat(codes(2026, header, child, AREAS, "1,01/06/2025,S,C2,N1,K2,PR4,,,W06000015,SC111111,150.0"))
			.contains("243");
		assertThat(codes(2026, header, child, AREAS, "1,01/06/2025,S,C2,N1,K2,PR4,,,W06000015,,150.0"))
			.doesNotContain("243");
		assertThat(codes(2025, header, child, AREAS, "1,01/06/2024,S,C2,N1,K2,PR4,,,W06000015,SC111111,150.0"))
			.doesNotContain("243");
	}

	@Test
	void aPlacementOver350MilesAway() {
		String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
		String child = "1,M,01/05/2008,WBRI,A123456789012,,";
		String place = "1,01/06/2025,S,C2,N1,K2,PR4,,," + NOTTINGHAM + ",SC111111,";
		assertThat(codes(2026, header, child, AREAS, place + "350.1")).contains("454");
		assertThat(codes(2026, header, child, AREAS, place + "350.0")).doesNotContain("454");
		assertThat(codes(2026, header, child, AREAS, place + "999.9")).as("the DfE's code for not known")
			.doesNotContain("454");
		assertThat(codes(2025, header, child, AREAS, place.replace("2025", "2024") + "350.1")).doesNotContain("454");
	}

	@Test
	void aUpnIsGivenForOneChildOnly() {
		String[] lines = { HEADER, "1,M,01/05/2012,WBRI,A123456789012,,", "2,F,01/05/2013,WBRI,A123456789012,,",
				"3,F,01/05/2013,WBRI,UN1,,", "4,F,01/05/2014,WBRI,UN1,,", EPISODES,
				"1,01/06/2025,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,", "2,01/06/2025,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,",
				"3,01/06/2025,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,", "4,01/06/2025,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB," };
		List<Violation> duplicates = new Ssda903Return(this.temp).findings("444", 2026, lines);
		assertThat(duplicates).extracting(Violation::child).containsExactly("1", "2");
		assertThat(duplicates.get(0).detail()).isEqualTo("UPN A123456789012 is also given at row 3");
		assertThat(new Ssda903Return(this.temp).findings("444", 2025, lines)).isEmpty();
	}

	@Test
	void placementAreasAgainstTheRegister() {
		String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
		String child = "1,M,01/05/2008,WBRI,A123456789012,,";
		List<String> elsewhere = new Ssda903Return(this.temp).codes(2026, REGISTER, header, child, AREAS,
				"1,01/06/2025,S,C2,N1,K3,PR2,,," + NOTTINGHAM + ",SC777777,20.0");
		assertThat(elsewhere).contains("241").doesNotContain("229", "1015");
		List<String> there = new Ssda903Return(this.temp).codes(2026, REGISTER, header, child, AREAS,
				"1,01/06/2025,S,C2,N1,K3,PR1,,," + LEICESTER + ",SC777777,2.0");
		assertThat(there).doesNotContain("241", "229", "1015");
		// 2024-25 held K3 to 229 and 1015
		List<String> before = new Ssda903Return(this.temp).codes(2025, REGISTER, header, child, AREAS,
				"1,01/06/2024,S,C2,N1,K3,PR2,,," + LEICESTER + ",SC777777,2.0");
		assertThat(before).contains("229").doesNotContain("241");
	}

	@Test
	void theFirstEpisodeAgainstLastYearsOpenOne() {
		List<String> lastYear = List.of(HEADER, "1,M,01/05/2012,WBRI,A123456789012,,", EPISODES,
				"1,01/06/2024,S,C2,N1,Z1,,,,,LE1 1AA,LE2 2BB,");
		String header = "1,M,01/05/2012,WBRI,A123456789012,,";
		assertThat(new Ssda903Return(this.temp).codes(2026, lastYear, HEADER, header, EPISODES,
				"1,01/06/2024,S,C2,N1,Z12,,,,,LE1 1AA,LE2 2BB,"))
			.as("Z1 became one of Z11 to Z14")
			.doesNotContain("503D");
		assertThat(new Ssda903Return(this.temp).codes(2026, lastYear, HEADER, header, EPISODES,
				"1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,"))
			.contains("503D");
		List<String> semiIndependent = List.of(HEADER, header, EPISODES,
				"1,01/06/2024,S,C2,N1,H5,PR1,,,,LE1 1AA,LE2 2BB,");
		assertThat(new Ssda903Return(this.temp).codes(2026, semiIndependent, HEADER, header, EPISODES,
				"1,01/06/2024,S,C2,N1,K3,PR1,,,,LE1 1AA,LE2 2BB,"))
			.as("H5 to K3 was allowed in 2024-25 only")
			.contains("503D");
	}

	@Test
	void aCareLeaverReportedLastYearAsHavingDied() {
		String table = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
		List<String> died = List.of(table, "1,01/05/2007,DIED,,");
		assertThat(new Ssda903Return(this.temp).codes(2026, died, table, "1,01/05/2007,YES,F1,B1")).contains("348");
		assertThat(new Ssda903Return(this.temp).codes(2026, died, table, "1,01/05/2007,DIED,,")).doesNotContain("348");
		assertThat(new Ssda903Return(this.temp).codes(2026, List.of(table, "1,01/05/2007,YES,F1,B1"), table,
				"1,01/05/2007,NO,F1,B1"))
			.doesNotContain("348");
		assertThat(new Ssda903Return(this.temp).codes(2025, died, table, "1,01/05/2007,YES,F1,B1"))
			.doesNotContain("348");
	}

	private static final String SW = "CHILD,SW_ID,SW_DECOM,SW_DEC,SW_REASON";

	private static final String IN_CARE = "1,01/06/2023,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,";

	private List<String> workers(int year, String... workers) {
		List<String> lines = new java.util.ArrayList<>(
				List.of(HEADER, "1,M,01/05/2012,WBRI,A123456789012,,", EPISODES, IN_CARE, SW));
		lines.addAll(List.of(workers));
		return new Ssda903Return(this.temp).codes(year, lines.toArray(String[]::new));
	}

	@Test
	void socialWorkerEpisodes() {
		String first = "1,SW001,01/06/2023,01/09/2025,OTHERS";
		String second = "1,SW002,01/09/2025,,LEFTRL";
		assertThat(workers(2026, first, second)).isEmpty();
		assertThat(workers(2026, first, "1,SW2,01/09/2025,,LEFTRL")).containsOnly("SW02STG1");
		assertThat(workers(2025, first.replace("2025", "2024"), "1,SW2,01/09/2024,,LEFTRL")).doesNotContain("SW02STG1");
		assertThat(workers(2026, first, "1,SW002,ZZ/09/2025,,LEFTRL")).contains("SW04STG1");
		assertThat(workers(2026, "1,SW001,01/06/2023,ZZ/09/2025,OTHERS", second)).contains("SW05STG1");
		// under three days
		assertThat(workers(2026, first, "1,SW002,01/09/2025,03/09/2025,LEFTRL", "1,SW003,03/09/2025,,LEFTRL"))
			.contains("SW09STG2");
		assertThat(workers(2026, first, "1,SW002,01/09/2025,04/09/2025,LEFTRL", "1,SW003,04/09/2025,,LEFTRL"))
			.doesNotContain("SW09STG2");
		// within seven days of the last end (SW10a), or after it for first contact
		// (SW10b)
		assertThat(workers(2026, first, "1,SW002,09/09/2025,,LEFTRL")).contains("SW10aSTG2");
		assertThat(workers(2026, first, "1,SW002,08/09/2025,,LEFTRL")).doesNotContain("SW10aSTG2");
		assertThat(workers(2026, first, "1,SW002,01/09/2025,,FCONTA")).contains("SW10bSTG2");
		assertThat(workers(2026, first, "1,SW002,02/09/2025,,FCONTA")).doesNotContain("SW10bSTG2");
		// the latest episode open (SW17), ends after starts (SW18), one start a day
		// (SW19)
		assertThat(workers(2026, first, "1,SW002,01/09/2025,01/03/2026,LEFTRL")).contains("SW17STG2");
		assertThat(new Ssda903Return(this.temp).codes(2026, HEADER, "1,M,01/05/2012,WBRI,A123456789012,,", EPISODES,
				"1,01/06/2023,S,C2,N1,U1,PR1,01/03/2026,E8,,LE1 1AA,LE2 2BB,", SW, first,
				"1,SW002,01/09/2025,01/03/2026,LEFTRL"))
			.as("care ended in the year")
			.doesNotContain("SW17STG2");
		assertThat(workers(2026, "1,SW001,01/06/2023,01/05/2023,OTHERS", "1,SW002,01/09/2025,,LEFTRL"))
			.contains("SW18STG2");
		assertThat(workers(2026, first, second, "1,SW003,01/09/2025,,LEFTRL")).contains("SW19STG2");
		assertThat(workers(2025, first.replace("2025", "2024"), second.replace("2025", "2024"),
				"1,SW003,01/09/2024,,LEFTRL"))
			.doesNotContain("SW19STG2");
	}

	@Test
	void theRuleSetOf2025To26() {
		var changes = Ssda903Rules.book().history().get(2026);
		assertThat(changes.added()).containsExactlyInAnyOrder("233", "234", "241", "242", "243", "348", "444", "454",
				"SW10aSTG2", "SW10bSTG2", "SW17STG2", "SW18STG2", "SW19STG2");
		assertThat(changes.changed()).containsExactlyInAnyOrder("146", "178", "213", "218", "222", "226", "229", "503D",
				"526", "1015", "SW02STG1", "SW04STG1", "SW05STG1", "SW09STG2");
		assertThat(changes.withdrawn()).isEmpty();
		assertThat(new java.util.TreeSet<>(Ssda903Rules.book().codes(2026)))
			.isEqualTo(new java.util.TreeSet<>(Ssda903Rules.dfeCodes(2026)));
		assertThat(Ssda903Rules.dfeCodes(2026)).hasSize(307).doesNotHaveDuplicates();
		assertThat(LocalDate.of(2026, 3, 31).getYear()).isEqualTo(2026);
	}

}
