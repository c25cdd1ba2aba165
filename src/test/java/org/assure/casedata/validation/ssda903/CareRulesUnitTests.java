package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules on the course of care, the mother item and the UASC items, on small returns:
 * a case that passes, one that fails, and the boundary (a birthday on 31 March, 21 days
 * of PACE custody, 75 days of respite, the years a rule changed).
 */
class CareRulesUnitTests {

	private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC";

	private static final String IN_CARE = "1,01/06/2022,S,C2,N1,U1,PR1,,";

	@TempDir
	Path temp;

	private List<String> codes(String... lines) {
		return codesIn(2025, lines);
	}

	private List<String> codesIn(int year, String... lines) {
		return new Ssda903Return(this.temp).codes(year, lines);
	}

	@Test
	void careAfterTheEighteenthBirthdayIsAccommodationInACommunityHome() {
		assertThat(codes(HEADER, "1,M,31/03/2007,WBRI,A123456789012,,", EPISODES, IN_CARE))
			.as("18 on the year's last day")
			.isEmpty();
		assertThat(codes(HEADER, "1,M,30/03/2007,WBRI,A123456789012,,", EPISODES, IN_CARE)).containsOnly("359");
		assertThat(codes(HEADER, "1,M,30/03/2007,WBRI,A123456789012,,", EPISODES, "1,01/06/2022,S,V2,N1,K2,PR1,,"))
			.isEmpty();
		assertThat(codes(HEADER, "1,M,31/03/2003,WBRI,A123456789012,,")).containsOnly("351");
		assertThat(codes(HEADER, "1,M,01/04/2003,WBRI,A123456789012,,")).as("21 on the year's first day").isEmpty();
	}

	@Test
	void paceCustodyOfThreeWeeksAtMost() {
		assertThat(codes(EPISODES, "1,01/06/2024,S,J2,N1,U1,PR1,22/06/2024,E13")).as("21 days").isEmpty();
		assertThat(codes(EPISODES, "1,01/06/2024,S,J2,N1,U1,PR1,23/06/2024,E13")).containsOnly("364");
		assertThat(codes(EPISODES, "1,01/06/2024,S,J2,N1,U1,PR1,11/06/2024,X1",
				"1,11/06/2024,P,J2,N1,U4,PR1,23/06/2024,E13"))
			.as("22 days over two episodes")
			.containsOnly("364");
		assertThat(codes(EPISODES, "1,20/03/2025,S,J2,N1,U1,PR1,,")).as("open: to the year's end").isEmpty();
	}

	@Test
	void shortBreaks() {
		assertThat(codes(EPISODES, "1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13")).isEmpty();
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,05/06/2024,X1",
				"1,05/06/2024,P,V3,N1,U3,PR1,08/06/2024,E13"))
			.as("P, though the legal status changed too (435)")
			.containsOnly("366", "435");
		String[] seventyFive = { "1,01/05/2024,S,V3,N1,U3,PR1,17/05/2024,E13",
				"1,01/06/2024,S,V3,N1,U3,PR1,17/06/2024,E13", "1,01/07/2024,S,V3,N1,U3,PR1,17/07/2024,E13",
				"1,01/08/2024,S,V3,N1,U3,PR1,17/08/2024,E13" };
		assertThat(codes(EPISODES, seventyFive[0], seventyFive[1], seventyFive[2], seventyFive[3],
				"1,01/09/2024,S,V3,N1,U3,PR1,12/09/2024,E13"))
			.as("75 days")
			.isEmpty();
		assertThat(codes(EPISODES, seventyFive[0], seventyFive[1], seventyFive[2], seventyFive[3],
				"1,01/09/2024,S,V3,N1,U3,PR1,13/09/2024,E13"))
			.containsOnly("367");
		assertThat(codes(EPISODES, "1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13", "1,01/07/2024,S,V4,N1,U3,PR1,,"))
			.containsOnly("426");
		assertThat(codes(HEADER, "1,F,01/06/2012,WBRI,A123456789012,,", EPISODES,
				"1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13"))
			.isEmpty();
		assertThat(codes(HEADER, "1,F,01/06/2012,WBRI,A123456789012,0,", EPISODES,
				"1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13"))
			.containsOnly("399");
		assertThat(codes(EPISODES, "1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13", "CHILD,REVIEW,REVIEW_CODE",
				"1,03/06/2024,PN1"))
			.containsOnly("399");
	}

	@Test
	void backFromATemporaryPlacement() {
		String before = "1,01/06/2024,S,C2,N1,U1,PR1,10/06/2024,X1";
		String temporary = "1,10/06/2024,P,C2,N1,T1,,15/06/2024,X1";
		assertThat(codes(EPISODES, before, temporary, "1,15/06/2024,P,C2,N1,U1,PR1,,")).isEmpty();
		assertThat(codes(EPISODES, before, temporary, "1,15/06/2024,P,C2,N1,U4,PR1,,")).containsOnly("383");
		assertThat(codes(EPISODES, before, temporary, "1,15/06/2024,T,C2,N1,U1,PR1,,")).contains("383");
	}

	@Test
	void adoptionIsFromAPlacementForAdoption() {
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/12/2024,E11")).containsOnly("390");
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,A4,PR1,01/12/2024,E11")).isEmpty();
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,A6,PR1,,")).containsOnly("408");
		assertThat(codes(EPISODES, "1,01/06/2024,S,E1,N1,A6,PR1,,")).isEmpty();
	}

	@Test
	void theMotherItem() {
		assertThat(codes(HEADER, "1,F,01/06/2012,WBRI,A123456789012,0,", EPISODES, IN_CARE)).isEmpty();
		assertThat(codes(HEADER, "1,F,01/06/2012,WBRI,A123456789012,,", EPISODES, IN_CARE)).containsOnly("165", "393");
		assertThat(codesIn(2024, HEADER, "1,2,01/06/2012,WBRI,A123456789012,,", EPISODES, IN_CARE))
			.as("393 is new in 2024-25")
			.containsOnly("165");
		assertThat(codes(HEADER, "1,F,01/06/2012,WBRI,A123456789012,2,", EPISODES, IN_CARE)).containsOnly("165");
		assertThat(codes(HEADER, "1,M,01/06/2012,WBRI,A123456789012,0,", EPISODES, IN_CARE)).containsOnly("165");
		assertThat(codes(HEADER, "1,F,01/06/2012,WBRI,A123456789012,,", EPISODES,
				"1,01/06/2022,S,C2,N1,U1,PR1,31/03/2024,E13"))
			.as("care ended before the year: 165 asks of the year, 393 of every episode")
			.containsOnly("393");
	}

	@Test
	void theUnaccompaniedAsylumSeekingChildItems() {
		String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,UASC";
		assertThat(codes(header, "1,M,01/06/2008,WBRI,A123456789012,,,1")).isEmpty();
		assertThat(codes(header, "1,M,01/06/2008,WBRI,A123456789012,,,2")).containsOnly("105");
		assertThat(codes(header, "1,M,01/06/2008,WBRI,A123456789012,,,0", "CHILD,DOB,DUC", "1,01/06/2008,01/06/2024"))
			.containsOnly("303");
		assertThat(codes("CHILD,DOB,DUC", "1,01/06/2006,01/06/2024")).as("ceased on the 18th birthday").isEmpty();
		assertThat(codes("CHILD,DOB,DUC", "1,01/06/2006,02/06/2024")).containsOnly("304");
	}

	@Test
	void sdq1IsForTheUnderFoursAndOverSeventeens() {
		String oc2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
				+ "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";
		assertThat(codes(EPISODES, IN_CARE, oc2, "1,01/05/2012,,SDQ1,0,,1,1,1,0,,")).containsOnly("157");
		assertThat(codes(EPISODES, IN_CARE, oc2, "1,01/05/2012,,SDQ2,0,,1,1,1,0,,")).isEmpty();
		assertThat(codes(EPISODES, IN_CARE, oc2, "1,01/06/2020,,SDQ1,,1,1,1,1,0,,")).as("4 in the year").isEmpty();
	}

	@Test
	void independenceByYear() {
		String fifteen = "1,M,01/06/2009,WBRI,A123456789012,,";
		String fifteenBefore = "1,1,01/06/2008,WBRI,A123456789012,,";
		assertThat(codesIn(2024, HEADER, fifteenBefore, EPISODES, "1,01/07/2023,S,C2,N1,P2,PR1,,")).containsOnly("370");
		assertThat(
				codesIn(2023, HEADER, "1,1,01/06/2007,WBRI,A123456789012,,", EPISODES, "1,01/07/2022,S,C2,N1,P2,PR1,,"))
			.as("15 in 2022-23")
			.isEmpty();
		assertThat(codesIn(2023, HEADER, fifteenBefore, EPISODES, "1,01/07/2022,S,C2,N1,H5,PR1,,")).as("14 in 2022-23")
			.isEmpty();
		assertThat(codesIn(2024, HEADER, fifteenBefore, EPISODES, "1,01/07/2023,S,C2,N1,H5,PR1,,")).containsOnly("371");
		assertThat(codes(HEADER, fifteen, EPISODES, "1,01/07/2024,S,C2,N1,K3,PR1,,")).containsOnly("371");
		assertThat(codes(HEADER, fifteen, EPISODES, "1,01/07/2024,S,C2,N1,H5,PR1,,")).as("K3's rule from 2024-25")
			.isEmpty();
	}

	@Test
	void theReasonForANewEpisodeSaysWhatChanged() {
		String first = "1,01/06/2022,S,C2,N1,U1,PR1,01/06/2024,X1";
		assertThat(codes(EPISODES, first, "1,01/06/2024,L,E1,N1,U1,PR1,,")).isEmpty();
		assertThat(codes(EPISODES, first, "1,01/06/2024,L,C2,N1,U1,PR1,,")).containsOnly("434");
		assertThat(codes(EPISODES, first, "1,01/06/2024,L,E1,N1,U4,PR1,,")).containsOnly("434");
		assertThat(codes(EPISODES, first, "1,01/06/2024,P,C2,N1,U4,PR1,,")).isEmpty();
		assertThat(codes(EPISODES, first, "1,01/06/2024,P,C2,N1,U1,PR1,,")).as("nothing changed").containsOnly("435");
		assertThat(codes(EPISODES, first, "1,01/06/2024,P,C2,N1,U1,PR2,,")).as("another provider").isEmpty();
		assertThat(codes(EPISODES, first, "1,01/06/2024,U,E1,N1,U4,PR1,,")).isEmpty();
		assertThat(codes(EPISODES, first, "1,01/06/2024,B,C2,N1,U4,PR1,,")).containsOnly("436");
		assertThat(codes(EPISODES, first, "1,01/06/2024,P,C2,N2,U4,PR1,,")).containsOnly("504");
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/06/2024,E2", "1,01/07/2024,S,C2,N1,U1,PR1,,"))
			.containsOnly("437");
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/06/2024,E13", "1,01/07/2024,S,C2,N2,U1,PR1,,"))
			.as("a new period may have another need")
			.isEmpty();
		assertThat(codes(EPISODES, first, "1,01/06/2024,P,C2,N1,A3,PR1,,")).containsOnly("217");
		assertThat(codes(EPISODES, first, "1,01/06/2024,T,C2,N1,A3,PR1,,")).isEmpty();
		assertThat(codes(EPISODES, "1,01/06/2004,S,D1,N1,U1,PR1,,")).containsOnly("451");
	}

	@Test
	void noUrnForAPlacementThatHasNone() {
		String episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,URN";
		assertThat(codes(episodes, "1,01/06/2024,S,C2,N1,U1,PR1,,,SC045099")).isEmpty();
		assertThat(codes(episodes, "1,01/06/2024,S,C2,N1,R1,PR1,,,SC045099")).containsOnly("222");
		assertThat(codes(episodes, "1,01/06/2024,S,C2,N1,R1,PR1,,,XXXXXXX")).as("not known").isEmpty();
	}

	@Test
	void postcodesAndDistances() {
		String episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,HOME_POST,PL_POST,PL_LA,PL_DISTANCE,URN";
		assertThat(codes(episodes, "1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,LE2 2BB,E06000016,3.5,SC045099")).isEmpty();
		assertThat(codes(episodes, "1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13,LE1 1AA,,,,")).containsOnly("398");
		assertThat(codes(episodes, "1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13,,,E06000016,,")).containsOnly("420");
		assertThat(codes(episodes, "1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,LE2 2BB,E06000016,999.9,SC045099"))
			.as("the longest distance")
			.isEmpty();
		assertThat(codes(episodes, "1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,LE2 2BB,E06000016,1000,SC045099"))
			.containsOnly("164");
		assertThat(codes(episodes, "1,01/06/2024,S,C2,N1,U1,PR1,,,LE1 1AA,LE2 2BB,E06000016,-1,SC045099"))
			.containsOnly("164");
		assertThat(codes(episodes, "1,01/06/2024,S,C2,N1,U1,PR1,,,,,E06000016,1000,SC045099", "CHILD,DOB,DUC",
				"1,01/06/2008,01/06/2026"))
			.as("an unaccompanied asylum seeker has no distance")
			.containsOnly("406");
	}

	@Test
	void participationByAgeOnTheDay() {
		String reviews = "CHILD,DOB,REVIEW,REVIEW_CODE";
		assertThat(codes(reviews, "1,01/08/2020,31/07/2024,PN0")).as("the day before the 4th birthday").isEmpty();
		assertThat(codes(reviews, "1,01/08/2020,01/08/2024,PN0")).containsOnly("440");
		assertThat(codes(reviews, "1,01/08/2020,01/08/2024,PN1")).as("on the 4th birthday").isEmpty();
		assertThat(codes(reviews, "1,01/08/2020,31/07/2024,PN1")).containsOnly("441");
	}

	@Test
	void moreOfTheHeader() {
		assertThat(codes(HEADER, "1,F,01/06/2010,WBRI,A123456789012,,", EPISODES,
				"1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13"))
			.as("a short break")
			.isEmpty();
		assertThat(codes(HEADER, "1,F,01/06/2010,WBRI,A123456789012,,", EPISODES,
				"1,01/06/2022,S,C2,N1,U1,PR1,01/06/2024,E13"))
			.containsOnly("165", "393", "607");
		assertThat(codes(HEADER, "1,F,01/06/2008,WBRI,A123456789012,0,01/02/2024")).containsOnly("612");
		assertThat(codes(HEADER, "1,F,01/04/2013,WBRI,A123456789012,1,01/02/2024")).as("11 on the year's first day")
			.isEmpty();
		assertThat(codes(HEADER, "1,F,02/04/2013,WBRI,A123456789012,1,01/02/2024")).contains("620");
		assertThat(codes(HEADER, "1,M,31/08/2019,WBRI,UN1,,")).as("4 on 31 August 2023").containsOnly("209");
		assertThat(codes(HEADER, "1,M,01/09/2019,WBRI,UN1,,")).isEmpty();
		assertThat(codes(HEADER, "1,U,01/09/2012,WBRI,A123456789012,,")).containsOnly("232");
		assertThat(codesIn(2024, HEADER, "1,1,01/09/2012,WBRI,A123456789012,,")).isEmpty();
		String uasc = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,UASC_STATUS";
		assertThat(codes(uasc, "1,M,31/03/2014,WBRI,A123456789012,,,1")).as("11 on the year's last day").isEmpty();
		assertThat(codes(uasc, "1,M,01/04/2014,WBRI,A123456789012,,,1")).containsOnly("231");
	}

}
