package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that compare a child's return with last year's, on small returns of 2024-25:
 * what carries over unchanged passes; each rule fails on one change; the boundaries are
 * distances within 0.2 miles, a code that changed in 2024-25 (H5 to K3), the days a year
 * begins and ends; and none of them runs without last year's return.
 */
class LastYearRulesUnitTests {

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,PL_DISTANCE,PL_LA";

	private static final String OPEN = "1,01/06/2022,S,C2,N1,U1,PR1,,,1.0,W06000001";

	private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,UASC";

	private static final String PLACED = "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";

	@TempDir
	Path temp;

	private List<String> codes(List<String> lastYear, String... lines) {
		return codesIn(2025, lastYear, lines);
	}

	private List<String> codesIn(int year, List<String> lastYear, String... lines) {
		return new Ssda903Return(this.temp).codes(year, lastYear, lines);
	}

	@Test
	void theEpisodeOpenAtTheEndOfLastYearCarriesOverUnchanged() {
		List<String> last = List.of(EPISODES, OPEN);
		assertThat(codes(last, EPISODES, OPEN)).isEmpty();
		assertThat(codes(last, EPISODES, "1,02/06/2022,S,C2,N1,U1,PR1,,,1.0,W06000001")).contains("502", "562");
		assertThat(codes(last, EPISODES, "1,01/06/2022,S,C1,N1,U1,PR1,,,1.0,W06000001")).containsOnly("503B");
		assertThat(codes(last, EPISODES, "1,01/06/2022,P,C2,N1,U1,PR1,,,1.0,W06000001")).containsOnly("503A");
		assertThat(codes(last, EPISODES, "1,01/06/2022,S,C2,N2,U1,PR1,,,1.0,W06000001")).containsOnly("503C");
		assertThat(codes(last, EPISODES, "1,01/06/2022,S,C2,N1,U4,PR1,,,1.0,W06000001")).containsOnly("503D");
		assertThat(codes(last, EPISODES, "1,01/06/2022,S,C2,N1,U1,PR2,,,1.0,W06000001")).containsOnly("503E");
		assertThat(codes(last, EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,,,1.1,W06000001")).as("within 0.2 miles")
			.isEmpty();
		assertThat(codes(last, EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,,,1.3,W06000001")).containsOnly("503G", "453");
		assertThat(codes(last, EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,,,1.0,W06000002")).containsOnly("503H", "452");
		assertThat(codes(List.of(EPISODES, "1,01/06/2022,S,C2,N1,H5,PR1,,,1.0,W06000001"), EPISODES,
				"1,01/06/2022,S,C2,N1,K3,PR1,,,1.0,W06000001"))
			.as("semi-independent living became supported accommodation in 2024-25")
			.isEmpty();
		assertThat(codesIn(2024, List.of(EPISODES, "1,01/06/2021,S,C2,N1,H5,PR1,,,1.0,W06000001"), EPISODES,
				"1,01/06/2021,S,C2,N1,K2,PR1,,,1.0,W06000001"))
			.containsOnly("503D");
		assertThat(codes(List.of(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/01/2024,E13,1.0,W06000001"), EPISODES,
				"1,01/05/2022,S,C2,N1,U1,PR1,,,1.0,W06000001"))
			.as("begun before the year, not last year's latest")
			.containsOnly("562");
		assertThat(codes(List.of(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/01/2024,E13,1.0,W06000001"), EPISODES,
				"1,01/04/2024,S,C2,N1,U1,PR1,,,1.0,W06000001"))
			.as("begun on the year's first day")
			.isEmpty();
		assertThat(new Ssda903Return(this.temp).codes(2025, EPISODES, "1,02/06/2022,S,C2,N1,U1,PR1,,,1.0,W06000001"))
			.as("without last year's return")
			.isEmpty();
	}

	@Test
	void theUpnAndTheMotherItems() {
		List<String> unknown = List.of(HEADER, "1,M,01/05/2012,WBRI,UN1,,,");
		assertThat(codes(unknown, HEADER, "1,M,01/05/2012,WBRI,UN2,,,")).isEmpty();
		assertThat(codes(List.of(HEADER, "1,M,01/05/2022,WBRI,UN3,,,"), HEADER, "1,M,01/05/2022,WBRI,UN1,,,"))
			.as("another unknown code, back to UN1")
			.containsOnly("208");
		assertThat(codes(List.of(HEADER, "1,M,01/05/2012,WBRI,A123456789012,,,"), HEADER,
				"1,M,01/05/2012,WBRI,B123456789012,,,"))
			.containsOnly("208");
		assertThat(codes(List.of(HEADER, "1,M,01/05/2012,WBRI,UN3,,,"), HEADER, "1,M,01/05/2012,WBRI,A123456789012,,,"))
			.as("became known")
			.isEmpty();
		List<String> notAMother = List.of(HEADER, "1,F,01/05/2006,WBRI,A123456789012,0,,");
		assertThat(codes(notAMother, HEADER, "1,F,01/05/2006,WBRI,A123456789012,1,01/04/2024,")).isEmpty();
		assertThat(codes(notAMother, HEADER, "1,F,01/05/2006,WBRI,A123456789012,1,31/03/2024,")).containsOnly("626");
		assertThat(codes(List.of(HEADER, "1,F,01/05/2006,WBRI,A123456789012,1,01/02/2023,"), HEADER,
				"1,F,01/05/2006,WBRI,A123456789012,1,02/02/2023,"))
			.containsOnly("624");
	}

	@Test
	void uascStatus() {
		String uasc = "CHILD,DOB,DUC";
		assertThat(codes(List.of(uasc, "1,01/05/2008,01/05/2026"), uasc, "1,01/05/2008,01/05/2026"))
			.as("UASC in both years, the same day ceased")
			.isEmpty();
		assertThat(codes(List.of(uasc, "1,01/05/2008,01/05/2026"), uasc, "1,01/05/2008,01/05/2025"))
			.as("ceased after this year, another day")
			.containsOnly("205B");
		assertThat(codes(List.of(uasc, "1,01/05/2008,01/05/2026"), uasc, "1,01/05/2008,01/05/2024")).isEmpty();
		assertThat(codes(List.of(uasc, "1,01/05/2008,01/06/2023"), uasc, "1,01/05/2008,")).as("ceased last year")
			.isEmpty();
		assertThat(codes(List.of(uasc, "1,01/05/2008,01/06/2022"), uasc, "1,01/05/2008,")).containsOnly("205A");
		assertThat(codes(List.of(uasc, "1,01/05/2008,"), uasc, "1,01/05/2008,01/05/2026")).containsOnly("205D");
		assertThat(codes(List.of(HEADER, "1,M,01/05/2008,WBRI,A123456789012,,,0"), HEADER,
				"1,M,01/05/2008,WBRI,A123456789012,,,0", uasc, "1,01/05/2008,01/05/2026"))
			.containsOnly("205C", "303");
	}

	@Test
	void decisionsToPlaceForAdoption() {
		List<String> none = List.of(PLACED, "1,,,");
		assertThat(codes(none, PLACED, "1,01/04/2024,,")).as("decided on the year's first day").isEmpty();
		assertThat(codes(none, PLACED, "1,31/03/2024,,")).containsOnly("559");
		List<String> open = List.of(PLACED, "1,01/02/2024,,");
		assertThat(codes(open, PLACED, "1,01/02/2024,,")).isEmpty();
		assertThat(codes(open, PLACED, "1,02/02/2024,,")).containsOnly("560");
		List<String> ceased = List.of(PLACED, "1,01/02/2024,01/03/2024,RD1");
		assertThat(codes(ceased, PLACED, "1,01/05/2024,,")).isEmpty();
		assertThat(codes(ceased, PLACED, "1,01/02/2024,,")).containsOnly("561", "584");
		assertThat(codes(ceased, PLACED, "1,01/01/2024,,")).containsOnly("584");
	}

	@Test
	void aMissingPeriodOpenAtTheEndOfLastYear() {
		String missing = "CHILD,DOB,MISSING,MIS_START,MIS_END";
		List<String> open = List.of(missing, "1,01/05/2010,M,20/03/2024,");
		assertThat(codes(open, missing, "1,01/05/2010,M,20/03/2024,05/04/2024")).isEmpty();
		assertThat(codes(open, missing, "1,01/05/2010,M,21/03/2024,05/04/2024")).containsOnly("576");
	}

}
