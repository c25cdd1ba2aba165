package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.casedata.validation.PostcodeDirectory;
import org.assure.casedata.validation.ProviderRegister;
import org.assure.casedata.validation.ReferenceData;
import org.assure.casedata.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules on where a child is placed, on small returns: the reason a placement changed,
 * the postcodes, and, with a small postcode directory, the authority's code and a small
 * register of providers, the placement's authority, distance and provider. Each rule a
 * case that passes, one that fails and the boundary; and, without the reference data it
 * needs, a rule is not run and the report says so.
 */
class PlacementRulesUnitTests {

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
			+ "HOME_POST,PL_POST,URN";

	/** Leicester, the returning authority. */
	private static final String LEICESTER = "E06000016";

	/** Nottingham, another English authority. */
	private static final String NOTTINGHAM = "E06000018";

	/**
	 * Two Leicester postcodes 5 km (3.1 miles) apart, one in Nottingham, one in Cardiff.
	 */
	private static final PostcodeDirectory POSTCODES = PostcodeDirectory
		.of(Map.of("LE1 1AA", new PostcodeDirectory.Place(LEICESTER, 458000, 304000), "LE2 2BB",
				new PostcodeDirectory.Place(LEICESTER, 461000, 300000), "NG1 1AA",
				new PostcodeDirectory.Place(NOTTINGHAM, 457000, 340000), "CF10 1AA",
				new PostcodeDirectory.Place("W06000015", 318000, 176000)));

	/**
	 * A foster agency in Leicester; a children's home in Nottingham whose registration
	 * ended on 1 September 2024.
	 */
	private static final ProviderRegister PROVIDERS = ProviderRegister.of(List.of(
			new ProviderRegister.Provider("SC045099", Set.of("U1", "U2", "U3"), Set.of("PR1"), "LE2 2BB", LEICESTER,
					null),
			new ProviderRegister.Provider("SC111111", Set.of("K2"), Set.of("PR4"), "NG1 1AA", null,
					LocalDate.of(2024, 9, 1))));

	private static final ReferenceData ALL = new ReferenceData(LEICESTER, POSTCODES, PROVIDERS);

	@TempDir
	Path temp;

	private List<String> codes(String... lines) {
		return new Ssda903Return(this.temp).codes(2025, lines);
	}

	private List<String> codes(ReferenceData reference, String... lines) {
		return new Ssda903Return(this.temp).codes(2025, reference, lines);
	}

	private List<String> codesIn(int year, ReferenceData reference, String... lines) {
		return new Ssda903Return(this.temp).codes(year, reference, lines);
	}

	@Test
	void aPlacementThatEndedForAnotherGivesTheReason() {
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1,CARPL,LE1 1AA,LE2 2BB,SC045099",
				"1,01/09/2024,P,C2,N1,U3,PR1,,,,LE1 1AA,NG1 1AA,SC045099"))
			.isEmpty();
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1,,LE1 1AA,LE2 2BB,SC045099",
				"1,01/09/2024,P,C2,N1,U3,PR1,,,,LE1 1AA,NG1 1AA,SC045099"))
			.containsOnly("225");
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1,,LE1 1AA,LE2 2BB,SC045099",
				"1,01/09/2024,L,C1,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,SC045099"))
			.as("the legal status changed, not the placement")
			.isEmpty();
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1,,LE1 1AA,LE2 2BB,SC045099",
				"1,01/09/2024,P,C2,N1,T1,,,,,LE1 1AA,NG1 1AA,"))
			.as("a move to a temporary placement gives no reason")
			.doesNotContain("225", "226");
		ValidationReport withoutColumn = new Ssda903Return(this.temp).report(2025,
				"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,HOME_POST,PL_POST",
				"1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1,LE1 1AA,LE2 2BB",
				"1,01/09/2024,P,C2,N1,U3,PR1,,,LE1 1AA,NG1 1AA");
		assertThat(withoutColumn.violations()).noneMatch((found) -> found.code().equals("225"));
		assertThat(withoutColumn.notes())
			.contains("The Episodes table has no REASON_PLACE_CHANGE column, so rule 225 " + "was not run");
	}

	@Test
	void aTemporaryPlacementGivesNoReasonNorDoesTheEpisodeBeforeIt() {
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,T1,,01/07/2024,X1,CARPL,LE1 1AA,,")).contains("226");
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1,CARPL,LE1 1AA,LE2 2BB,SC045099",
				"1,01/09/2024,P,C2,N1,T1,,,,,LE1 1AA,,"))
			.contains("226");
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,T1,,01/07/2024,X1,,LE1 1AA,,")).doesNotContain("226");
	}

	@Test
	void aChildLookedAfterHasBothPostcodes() {
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,SC045099")).isEmpty();
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,,LE2 2BB,SC045099")).containsOnly("392b");
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,,SC045099")).containsOnly("392b");
		assertThat(codes(EPISODES, "1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13,,,,")).as("a short break").isEmpty();
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,,,SC045099", "CHILD,DOB,DUC",
				"1,01/06/2008,01/06/2026"))
			.as("an unaccompanied asylum seeker")
			.isEmpty();
		ValidationReport noColumns = new Ssda903Return(this.temp).report(2025,
				"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC", "1,01/06/2024,S,C2,N1,U1,PR1,,");
		assertThat(noColumns.violations()).isEmpty();
		assertThat(noColumns.notes()).contains(
				"The Episodes table has no HOME_POST or PL_POST column, so rule 392b was not run",
				PlacementRules.NEEDS_AREAS);
	}

	@Test
	void aPostcodeIsAPostcode() {
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,le1 1aa,LE22BB,SC045099"))
			.as("in lower case, without its space")
			.isEmpty();
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,2TR,SC045099")).containsOnly("392c");
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1A,LE2 2BB,SC045099")).containsOnly("392c");
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE9 9ZZ,SC045099"))
			.as("of a postcode's shape, but not in the directory")
			.contains("392c");
	}

	@Test
	void homeIsNotThePlacementUnlessPlacedWithParents() {
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,le1 1aa,SC045099")).containsOnly("392d");
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,P1,PR0,,,,LE1 1AA,LE1 1AA,")).isEmpty();
	}

	@Test
	void thePlacementsAuthorityIsKnown() {
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,SC045099")).isEmpty();
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE9 9ZZ,SC045099"))
			.as("a postcode the directory does not hold: no authority, no distance")
			.containsOnly("169", "392a", "392c");
		String given = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,HOME_POST,PL_POST,URN,PL_LA";
		assertThat(codes(given, "1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,LE2 2BB,SC045099,")).containsOnly("169");
		assertThat(codes(given, "1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13,,,,")).as("a short break").isEmpty();
	}

	@Test
	void aPlacementInEnglandHasAUrn() {
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,")).containsOnly("218");
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,CF10 1AA,")).as("in Wales").isEmpty();
		assertThat(codes(ALL, EPISODES, "1,01/06/2023,S,C2,N1,U1,PR1,01/04/2024,E13,,LE1 1AA,LE2 2BB,"))
			.as("ended on the year's first day")
			.containsOnly("218");
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,R1,PR1,,,,LE1 1AA,LE2 2BB,"))
			.as("a placement Ofsted does not register")
			.isEmpty();
		String supported = "1,01/06/2022,S,C2,N1,H5,PR1,,,,LE1 1AA,LE2 2BB,";
		String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
		String sixteen = "1,M,01/05/2006,WBRI,A123456789012,,";
		assertThat(codesIn(2023, ALL, header, sixteen, EPISODES, supported)).as("H5 needs no URN in 2022-23")
			.doesNotContain("218");
		assertThat(codesIn(2024, ALL, header, sixteen, EPISODES, supported)).contains("218");
	}

	@Test
	void supportedAccommodationHasAUrnFromTheDayOfstedRegisteredIt() {
		String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
		String sixteen = "1,M,01/05/2006,WBRI,A123456789012,,";
		assertThat(codesIn(2024, ALL, header, sixteen, EPISODES,
				"1,01/06/2023,S,C2,N1,H5,PR1,28/10/2023,E13,,LE1 1AA,LE2 2BB,"))
			.as("ended the day before")
			.doesNotContain("230");
		assertThat(codesIn(2024, ALL, header, sixteen, EPISODES,
				"1,01/06/2023,S,C2,N1,H5,PR1,29/10/2023,E13,,LE1 1AA,LE2 2BB,"))
			.contains("230");
		assertThat(codesIn(2024, ALL, header, sixteen, EPISODES,
				"1,01/06/2023,S,C2,N1,H5,PR1,29/10/2023,E13,,LE1 1AA,LE2 2BB,XXXXXXX"))
			.as("not known is not a URN")
			.contains("230")
			.doesNotContain("218");
		assertThat(codesIn(2023, ALL, header, sixteen, EPISODES, "1,01/06/2022,S,C2,N1,H5,PR1,,,,LE1 1AA,LE2 2BB,"))
			.as("not a rule of 2022-23")
			.doesNotContain("230");
	}

	@Test
	void aPlacementHasADistance() {
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE9 9ZZ,LE2 2BB,SC045099")).containsOnly("392a",
				"392c");
		String given = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,HOME_POST,PL_POST,URN,PL_DISTANCE";
		assertThat(codes(given, "1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,LE2 2BB,SC045099,3.1")).isEmpty();
		assertThat(codes(given, "1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,LE2 2BB,SC045099,")).containsOnly("392a");
		assertThat(
				codes(given, "1,01/06/2024,S,C2,N1,U1,PR1,,,,,SC045099,", "CHILD,DOB,DUC", "1,01/06/2008,01/06/2026"))
			.as("an unaccompanied asylum seeker")
			.isEmpty();
	}

	@Test
	void thePlacementsLocationAgreesWithItsAuthority() {
		String given = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,HOME_POST,PL_POST,URN,PL_LA,PL_LOCATION";
		ReferenceData leicester = new ReferenceData(LEICESTER, null, null);
		assertThat(codes(leicester, given, "1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,LE2 2BB,SC045099,E06000016,IN"))
			.isEmpty();
		assertThat(codes(leicester, given, "1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,NG1 1AA,SC045099,E06000018,IN"))
			.containsOnly("411");
		assertThat(codes(leicester, given, "1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,NG1 1AA,SC045099,E06000018,OUT"))
			.isEmpty();
		ValidationReport noAuthority = new Ssda903Return(this.temp).report(2025, given,
				"1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,NG1 1AA,SC045099,E06000018,IN");
		assertThat(noAuthority.violations()).isEmpty();
		assertThat(noAuthority.notes()).contains(PlacementRules.NEEDS_AUTHORITY);
	}

	@Test
	void ownProvisionIsInTheAuthoritysArea() {
		ReferenceData noRegister = new ReferenceData(LEICESTER, POSTCODES, null);
		assertThat(codes(noRegister, EPISODES, "1,01/06/2024,S,C2,N1,K2,PR1,,,,LE1 1AA,LE2 2BB,SC222222")).isEmpty();
		assertThat(codes(noRegister, EPISODES, "1,01/06/2024,S,C2,N1,K2,PR1,,,,LE1 1AA,NG1 1AA,SC222222"))
			.as("placed in Nottingham, the authority derived from the postcode")
			.containsOnly("1015");
		assertThat(codes(noRegister, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,NG1 1AA,SC222222"))
			.as("foster care")
			.isEmpty();
		assertThat(codes(noRegister, EPISODES, "1,01/06/2024,S,C2,N1,K2,PR2,,,,LE1 1AA,NG1 1AA,SC222222")).isEmpty();
	}

	@Test
	void aUrnIsOnTheRegisterAndAgreesWithIt() {
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,sc045099")).isEmpty();
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,SC999999"))
			.containsOnly("1008");
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,R1,PR1,,,,LE1 1AA,LE2 2BB,XXXXXXX")).as("not known")
			.isEmpty();
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,U4,PR1,,,,LE1 1AA,LE2 2BB,SC045099"))
			.as("a placement type the provider does not give")
			.containsOnly("219");
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR2,,,,LE1 1AA,LE2 2BB,SC045099"))
			.as("PR2 for the authority's own provider")
			.containsOnly("224", "229");
	}

	@Test
	void aRegisteredPlacementIsAtItsProvidersPostcode() {
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,K2,PR4,01/08/2024,E13,,LE1 1AA,NG1 1AA,SC111111"))
			.isEmpty();
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,K2,PR4,01/08/2024,E13,,NG1 1AA,LE2 2BB,SC111111"))
			.containsOnly("221");
	}

	@Test
	void anEpisodeFallsWithinTheProvidersRegistration() {
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,K2,PR4,01/09/2024,E13,,LE1 1AA,NG1 1AA,SC111111"))
			.as("ceased the day the registration ended")
			.isEmpty();
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,K2,PR4,02/09/2024,E13,,LE1 1AA,NG1 1AA,SC111111"))
			.containsOnly("228");
		assertThat(codes(ALL, EPISODES, "1,01/06/2024,S,C2,N1,K2,PR4,,,,LE1 1AA,NG1 1AA,SC111111"))
			.as("open at the year's end")
			.containsOnly("228");
		assertThat(codes(ALL, EPISODES, "1,01/09/2024,S,C2,N1,K2,PR4,03/09/2024,E13,,LE1 1AA,NG1 1AA,SC111111"))
			.as("begun the day the registration ended")
			.containsOnly("227", "228");
	}

	@Test
	void theProviderCodeAgreesWithWhereTheProviderIs() {
		ReferenceData leicester = new ReferenceData(LEICESTER, POSTCODES, PROVIDERS);
		assertThat(codes(leicester, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,SC045099")).isEmpty();
		ReferenceData nottingham = new ReferenceData(NOTTINGHAM, POSTCODES, PROVIDERS);
		assertThat(codes(nottingham, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,NG1 1AA,LE2 2BB,SC045099"))
			.as("PR1 (own provision) for a provider in another authority")
			.contains("229");
		ProviderRegister unplaced = ProviderRegister
			.of(List.of(new ProviderRegister.Provider("SC333333", Set.of("U1"), Set.of("PR1"), "NG1 1AA", null, null)));
		assertThat(codes(new ReferenceData(NOTTINGHAM, POSTCODES, unplaced), EPISODES,
				"1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,NG1 1AA,SC333333"))
			.as("the provider's authority from its postcode")
			.doesNotContain("229");
	}

	@Test
	void withoutTheRegisterItsRulesAreNotRunAndTheReportSaysSo() {
		ValidationReport report = new Ssda903Return(this.temp).report(2025,
				new ReferenceData(LEICESTER, POSTCODES, null), EPISODES,
				"1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,SC999999");
		assertThat(report.violations()).isEmpty();
		assertThat(report.notes()).contains(PlacementRules.NEEDS_PROVIDERS)
			.doesNotContain(PlacementRules.NEEDS_AREAS, PlacementRules.NEEDS_AUTHORITY);
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,SC999999")).isEmpty();
	}

}
