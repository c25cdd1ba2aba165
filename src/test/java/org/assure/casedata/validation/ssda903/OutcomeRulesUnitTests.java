package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules on the 12-month items (OC2) and the care leavers' items (OC3), on small
 * returns of the 2024-25 collection: a child of the 12-month cohort whose items fit their
 * age passes; each rule fails on one change; the boundaries are the cohort's first day
 * (care begun on 1 April 2024), birthdays on the year's first and last days, and a table
 * left out.
 */
class OutcomeRulesUnitTests {

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC";

	private static final String OC2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,"
			+ "TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";

	private static final String OC3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";

	private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

	/** Looked after since June 2022, still at 31 March 2025. */
	private static final String IN_CARE = "1,01/06/2022,S,C2,N1,U1,PR1,,";

	/** Aged 12: a score, a conviction item, no health check, the four health items. */
	private static final String TWELVE = "1,01/05/2012,15,,0,,1,1,1,0,,";

	@TempDir
	Path temp;

	private List<String> codes(String... lines) {
		return new Ssda903Return(this.temp).codes(2025, lines);
	}

	private List<String> inCare(String oc2Row) {
		return codes(EPISODES, IN_CARE, OC2, oc2Row);
	}

	@Test
	void aChildOfTheCohortWhoseItemsFitTheirAgeIsClean() {
		assertThat(inCare(TWELVE)).isEmpty();
		assertThat(inCare("1,01/05/2012,,SDQ2,0,,1,1,1,0,,")).as("a reason for no score").isEmpty();
		assertThat(codes(EPISODES, "1,01/04/2024,S,C2,N1,U1,PR1,,", OC2, TWELVE)).as("care begun on 1 April 2024")
			.isEmpty();
	}

	@Test
	void theItemsAreForTheCohortAlone() {
		assertThat(codes(EPISODES, "1,02/04/2024,S,C2,N1,U1,PR1,,", OC2, TWELVE)).as("care begun on 2 April 2024")
			.containsOnly("185", "190");
		assertThat(codes(EPISODES, "1,02/04/2024,S,C2,N1,U1,PR1,,", OC2, "1,01/05/2012,,SDQ2,,,,,,,,"))
			.containsOnly("198");
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/03/2025,E13", OC2, TWELVE)).as("left care")
			.containsOnly("185", "190");
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/06/2024,X1", "1,01/06/2024,P,V4,N1,U3,PR1,,", OC2,
				TWELVE))
			.as("a short break in the year")
			.contains("185", "190");
		assertThat(inCare("1,01/05/2012,15,,0,,,1,1,0,,")).containsOnly("182", "191", "544");
		assertThat(codes(EPISODES, IN_CARE, OC2, "2,01/05/2012,,,,,,,,,,"))
			.as("no OC2 row for the child (and one for a child with no episode, 1012)")
			.containsOnly("191", "1012");
		assertThat(codes(EPISODES, IN_CARE)).as("no OC2 table in the return").isEmpty();
		assertThat(codes(EPISODES, IN_CARE, OC2, TWELVE, OC3, "1,01/05/2012,YES,F1,B1")).contains("187");
	}

	@Test
	void theStrengthsAndDifficultiesScoreByAge() {
		assertThat(inCare("1,01/05/2012,,,0,,1,1,1,0,,")).containsOnly("186");
		assertThat(inCare("1,01/05/2012,15,SDQ2,0,,1,1,1,0,,")).containsOnly("197a");
		assertThat(inCare("1,01/06/2020,,,,1,1,1,1,0,,")).as("4 on 1 June 2024").containsOnly("197B");
		assertThat(inCare("1,01/06/2020,,SDQ1,,1,1,1,1,0,,")).isEmpty();
		assertThat(inCare("1,01/04/2020,,,,1,1,1,1,0,,")).as("4 on the year's first day").containsOnly("186", "197B");
		assertThat(inCare("1,01/04/2007,15,,0,,1,1,1,0,,")).as("17 on the year's first day").containsOnly("189");
		assertThat(inCare("1,02/04/2007,15,,0,,1,1,1,0,,")).as("17 on its second day").isEmpty();
		assertThat(inCare("1,02/04/2007,,,0,,1,1,1,0,,")).containsOnly("197B");
	}

	@Test
	void convictionsFromTenAndHealthPromotionUnderFive() {
		assertThat(inCare("1,01/04/2015,15,,0,,1,1,1,0,,")).as("10 the day after the year").containsOnly("542");
		assertThat(inCare("1,31/03/2015,15,,0,,1,1,1,0,,")).as("10 on its last day").isEmpty();
		assertThat(inCare("1,31/03/2015,15,,,,1,1,1,0,,")).containsOnly("543");
		assertThat(inCare("1,01/05/2012,15,,0,1,1,1,1,0,,")).containsOnly("546");
		assertThat(inCare("1,01/04/2020,15,,,,1,1,1,0,,")).as("5 the day after the year").containsOnly("545");
		assertThat(inCare("1,01/04/2020,15,,,1,1,1,1,0,,")).isEmpty();
		assertThat(inCare("1,01/05/2012,15,,0,,1,,1,0,,")).containsOnly("182", "191", "544");
		assertThat(inCare("1,01/04/2020,15,,,1,1,,1,0,,")).containsOnly("182", "191", "547");
	}

	@Test
	void careLeaversAgainstTheirCare() {
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/06/2024,E2", OC3, "1,01/05/2007,YES,F1,B1"))
			.contains("1000");
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/06/2024,E13", OC3, "1,01/07/2006,YES,F1,B1"))
			.as("left care before the 18th birthday")
			.isEmpty();
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,02/06/2024,E13", OC3, "1,01/06/2007,YES,F1,B1"))
			.as("looked after on the 17th birthday, care ended the day after")
			.containsOnly("1007", "1016");
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/06/2024,E13", OC3, "1,01/06/2007,YES,F1,B1"))
			.as("care ended on the birthday")
			.isEmpty();
		assertThat(codes(OC3, "1,01/06/2007,YES,F1,Z1")).containsOnly("3001");
		assertThat(codes(OC3, "1,01/06/2006,YES,F1,Z1")).as("18 in the year").isEmpty();
		assertThat(codes(HEADER, "1,F,01/06/2005,WBRI,A123456789012,0,", OC3, "1,01/06/2005,YES,F1,B1"))
			.containsOnly("165", "628");
		assertThat(codes(HEADER, "1,F,01/06/2005,WBRI,A123456789012,,", OC3, "1,01/06/2005,YES,F1,B1")).isEmpty();
	}

	@Test
	void careLeaversWithoutCareNeedLastYearsReturn() {
		Ssda903Return given = new Ssda903Return(this.temp);
		assertThat(given.codes(2025, List.of(EPISODES, "2,01/06/2022,S,C2,N1,U1,PR1,,"), OC3, "1,01/06/2005,YES,F1,B1"))
			.as("never looked after: not a relevant child either")
			.containsOnly("1001", "1002");
		assertThat(given.codes(2025, List.of(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/06/2023,E13"), OC3,
				"1,01/06/2005,YES,F1,B1"))
			.as("looked after last year")
			.isEmpty();
		assertThat(codes(OC3, "1,01/06/2005,YES,F1,B1")).as("not run without last year's return").isEmpty();
	}

	@Test
	void aCareLeaverWasLookedAfterThirteenWeeksSinceTheFourteenthBirthday() {
		Ssda903Return given = new Ssda903Return(this.temp);
		String leaver = "1,01/06/2005,YES,F1,B1";
		assertThat(given.codes(2025, List.of(EPISODES, "1,31/12/2023,S,C2,N1,U1,PR1,31/03/2024,E13"), OC3, leaver))
			.as("91 days")
			.isEmpty();
		assertThat(given.codes(2025, List.of(EPISODES, "1,01/01/2024,S,C2,N1,U1,PR1,31/03/2024,E13"), OC3, leaver))
			.as("90 days")
			.containsOnly("1001");
		assertThat(given.codes(2025, List.of(EPISODES, "1,01/06/2023,S,V3,N1,U1,PR1,31/03/2024,E13"), OC3, leaver))
			.as("short breaks do not count")
			.contains("1001");
		assertThat(given.codes(2025, List.of(EPISODES, "1,01/06/2022,S,C2,N1,A4,PR1,01/03/2024,E11"), OC3, leaver))
			.as("adopted")
			.contains("1001");
		assertThat(given.codes(2025, List.of(EPISODES, "1,01/01/2024,S,C2,N1,U1,PR1,31/03/2024,E13"), OC3,
				"1,01/03/2005,YES,F1,B1"))
			.as("20 at the year's end: the two years cannot show the care since 14")
			.doesNotContain("1001");
		assertThat(codes(EPISODES, "1,01/01/2024,S,C2,N1,U1,PR1,31/03/2024,E13", OC3, leaver))
			.as("not run without last year's return")
			.doesNotContain("1001");
	}

	@Test
	void noEpisodeAfterAnAdoption() {
		assertThat(codes(EPISODES, "1,01/06/2019,S,C2,N1,A4,PR1,01/06/2020,E11", "1,01/06/2024,S,C2,N1,U1,PR1,,"))
			.containsOnly("199");
		Ssda903Return given = new Ssda903Return(this.temp);
		assertThat(given.codes(2025, List.of(EPISODES, "1,01/06/2019,S,C2,N1,U1,PR1,01/06/2020,E12"), EPISODES,
				"1,01/06/2024,S,C2,N1,U1,PR1,,"))
			.as("adopted as last year's return shows")
			.containsOnly("199");
		assertThat(codes(EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,")).isEmpty();
	}

	@Test
	void careLeaversItemsAmongThemselvesAndAgainstTheLastEpisode() {
		assertThat(codes(OC3, "1,01/06/2005,DIED,0,0")).isEmpty();
		assertThat(codes(OC3, "1,01/06/2005,DIED,F1,0")).containsOnly("344");
		assertThat(codes(OC3, "1,01/06/2005,YES,F1,0")).containsOnly("345");
		assertThat(codes(OC3, "1,01/04/2006,YES,F1,T1")).as("18 on the year's first day").isEmpty();
		assertThat(codes(OC3, "1,02/04/2006,YES,F1,T1")).containsOnly("347");
		assertThat(codes(OC3, "1,31/03/2008,YES,F1,B1")).as("17 on the year's last day").isEmpty();
		assertThat(codes(OC3, "1,01/04/2008,YES,F1,B1")).containsOnly("391");
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/05/2024,E3", OC3, "1,01/06/2006,YES,F1,B1"))
			.containsOnly("1011");
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/05/2024,E13", OC3, "1,01/06/2006,YES,F1,B1"))
			.isEmpty();
		assertThat(codes(EPISODES, "2,01/06/2022,S,C2,N1,U1,PR1,,", OC3, "1,01/06/2005,YES,F1,B1",
				"CHILD,DOB,MISSING,MIS_START,MIS_END", "1,01/06/2005,M,01/06/2024,02/06/2024"))
			.containsOnly("1012");
		assertThat(codes(OC3, "1,01/06/2005,YES,F1,B1", "CHILD,DOB,DUC", "1,01/06/2005,01/05/2023")).contains("1014");
		assertThat(codes(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/05/2024,E13", OC3, "1,01/06/2006,YES,F1,B1",
				"CHILD,DOB,DUC", "1,01/06/2006,01/05/2024"))
			.as("looked after in the year")
			.doesNotContain("1014");
		Ssda903Return given = new Ssda903Return(this.temp);
		assertThat(given.codes(2025, List.of(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,,"), OC3, "1,01/06/2005,YES,F1,B1"))
			.containsOnly("1010");
		assertThat(given.codes(2025, List.of(EPISODES, "1,01/06/2022,S,C2,N1,U1,PR1,01/03/2024,E13"), OC3,
				"1,01/06/2005,YES,F1,B1"))
			.isEmpty();
	}

	@Test
	void previousPermanence() {
		String permanence = "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM";
		String started = "1,01/06/2024,S,C2,N1,U1,PR1,,";
		assertThat(codes(EPISODES, started, permanence, "1,01/06/2012,Z1,,")).isEmpty();
		assertThat(codes(EPISODES, started, permanence, "2,01/06/2012,Z1,,")).containsOnly("630", "1012");
		assertThat(codes(EPISODES, started, permanence, "1,01/06/2012,P1,,")).containsOnly("630");
		assertThat(codes(EPISODES, started)).as("no PrevPerm table").isEmpty();
		assertThat(codes(EPISODES, started, permanence, "1,01/06/2012,P1,856,ZZ/05/2020")).isEmpty();
		assertThat(codes(EPISODES, started, permanence, "1,01/06/2012,P1,856,ZZ/ZZ/ZZZZ")).isEmpty();
		assertThat(codes(EPISODES, started, permanence, "1,01/06/2012,P1,856,ZZ/ZZ/ZZ")).containsOnly("632");
		assertThat(codes(EPISODES, started, permanence, "1,01/06/2012,P1,856,31/05/2024")).isEmpty();
		assertThat(codes(EPISODES, started, permanence, "1,01/06/2012,P1,856,01/06/2024"))
			.as("the order the day care began")
			.containsOnly("632");
		assertThat(codes(EPISODES, started, permanence, "1,01/06/2012,P1,SCO,01/05/2020")).isEmpty();
		assertThat(codes(EPISODES, started, permanence, "1,01/06/2012,P1,458,01/05/2020")).containsOnly("633");
		assertThat(codes(EPISODES, "1,31/03/2016,S,C2,N1,U1,PR1,,", permanence, "1,01/06/2012,Z1,,"))
			.containsOnly("634");
		assertThat(codes(EPISODES, "1,01/04/2016,S,C2,N1,U1,PR1,,", permanence, "1,01/06/2012,Z1,,")).isEmpty();
	}

}
