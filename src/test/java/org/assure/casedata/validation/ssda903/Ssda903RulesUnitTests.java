package org.assure.casedata.validation.ssda903;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.assure.casedata.ImportFile;
import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.ValidationReport;
import org.assure.casedata.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each SSDA903 rule Assure holds, on a small return of one child written as CSV tables: a
 * case that passes, one that fails, and the boundary (a blank optional field, a date on
 * the first day of the year, a code in the wrong case).
 */
class Ssda903RulesUnitTests {

	private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
			+ "HOME_POST,PL_POST,URN";

	private static final String VALID_HEADER = "1,M,01/05/2012,WBRI,A123456789012,,";

	private static final String VALID_EPISODE = "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,";

	@TempDir
	Path temp;

	@Test
	void aValidReturnIsClean() throws IOException {
		assertThat(codes(2025, HEADER, VALID_HEADER, EPISODES, VALID_EPISODE)).isEmpty();
		assertThat(codes(2025, HEADER, VALID_HEADER, EPISODES,
				"1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1,CARPL,LE1 1AA,LE2 2BB,",
				"1,01/09/2024,P,C2,N1,U3,PR1,,,,LE1 1AA,LE2 2BB,", "CHILD,DOB,REVIEW,REVIEW_CODE",
				"1,01/05/2012,01/08/2024,PN1"))
			.isEmpty();
	}

	@Test
	void header() throws IOException {
		assertThat(codes(2025, HEADER, "1,X,01/05/2012,WBRI,,,")).containsOnly("101");
		assertThat(codes(2025, HEADER, "1,,01/05/2012,WBRI,,,")).as("a blank sex").containsOnly("101");
		assertThat(codes(2024, HEADER, "1,M,01/05/2012,WBRI,,,")).as("M is a code from 2024-25 only")
			.containsOnly("101");
		assertThat(codes(2024, HEADER, "1,2,01/05/2012,WBRI,,,")).isEmpty();
		assertThat(codes(2025, HEADER, "1,2,01/05/2012,WBRI,,,")).containsOnly("101");
		assertThat(codes(2025, HEADER, "1,F,38/04/2012,WBRI,,,")).containsOnly("102");
		assertThat(codes(2025, HEADER, "1,F,01/05/12,WBRI,,,")).as("a two-digit year").containsOnly("102");
		assertThat(codes(2025, HEADER, "1,F,29/02/2012,WBRI,,,")).as("a leap day").isEmpty();
		assertThat(codes(2025, HEADER, "1,F,29/02/2013,WBRI,,,")).containsOnly("102");
		assertThat(codes(2025, HEADER, "1,F,,WBRI,,,")).containsOnly("102");
		assertThat(codes(2025, HEADER, "1,F,01/05/2012,wbri,,,")).as("lower case").containsOnly("103");
		assertThat(codes(2025, HEADER, "1,F,01/05/2012,,,,")).containsOnly("103");
		assertThat(codes(2025, HEADER, "1,F,01/05/2012,NOBT,,,")).isEmpty();
	}

	@Test
	void uasc() throws IOException {
		String table = "CHILD,SEX,DOB,DUC";
		assertThat(codes(2025, table, "1,M,01/05/2008,01/04/2024")).as("the first day of the year").isEmpty();
		assertThat(codes(2025, table, "1,M,01/05/2008,31/03/2024")).containsOnly("104");
		assertThat(codes(2025, table, "1,M,01/05/2008,INVALID")).containsOnly("104");
		assertThat(codes(2025, table, "1,M,01/05/2008,")).isEmpty();
	}

	@Test
	void careLeavers() throws IOException {
		String table = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
		assertThat(codes(2025, table, "1,01/05/2006,YES,F1,B1")).isEmpty();
		assertThat(codes(2025, table, "1,01/05/2006,DIED,0,0")).isEmpty();
		assertThat(codes(2025, table, "1,01/05/2006,yes,F1,B1")).containsOnly("131");
		assertThat(codes(2025, table, "1,01/05/2006,,F1,B1")).as("blank, and one of three missing")
			.containsOnly("131", "153");
		assertThat(codes(2025, table, "1,01/05/2006,YES,1,B1")).containsOnly("132");
		assertThat(codes(2025, table, "1,01/05/2006,YES,F1,X")).containsOnly("133");
		assertThat(codes(2025, table, "1,01/05/2006,YES,F1,")).containsOnly("133", "153");
	}

	@Test
	void episodeCodesAndDates() throws IOException {
		assertThat(codes(2025, EPISODES, "1,38/04/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,")).containsOnly("141");
		assertThat(codes(2025, EPISODES, "1,,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,")).as("a blank start is not 141's")
			.isEmpty();
		assertThat(codes(2025, EPISODES, "1,01/06/2023,SP,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,")).containsOnly("143");
		assertThat(codes(2025, EPISODES, "1,01/06/2023,p,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,")).containsOnly("143");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,c1,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,")).containsOnly("144");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N9,U1,PR1,,,,LE1 1AA,LE2 2BB,")).containsOnly("145");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N8,A2,PR1,,,,LE1 1AA,LE2 2BB,")).containsOnly("146");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N8,Z1,,,,,LE1 1AA,LE2 2BB,")).isEmpty();
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N8,Z1,PR1,,,,LE1 1AA,LE2 2BB,")).as("Z1 has no provider")
			.containsOnly("178");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N8,U1,pr4,,,,LE1 1AA,LE2 2BB,")).containsOnly("178");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/01/24,E13,,LE1 1AA,LE2 2BB,"))
			.containsOnly("147");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,E4b,,LE1 1AA,LE2 2BB,"))
			.containsOnly("149");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,E4B,,LE1 1AA,LE2 2BB,")).isEmpty();
	}

	@Test
	void episodesEndTogetherAndInTurn() throws IOException {
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,,,LE1 1AA,LE2 2BB,"))
			.containsOnly("148");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,E13,,LE1 1AA,LE2 2BB,")).containsOnly("148");
		List<String> notEnded = codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,",
				"1,01/09/2024,P,C2,N1,U3,PR1,,,,LE1 1AA,LE2 2BB,");
		assertThat(notEnded).containsOnly("142");
		assertThat(codes(2025, EPISODES, "1,01/09/2024,P,C2,N1,U3,PR1,,,,LE1 1AA,LE2 2BB,",
				"1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,"))
			.as("the latest by start, whatever the order of the rows")
			.containsExactly("142");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1,CARPL,LE1 1AA,LE2 2BB,",
				"1,01/09/2024,P,C2,N1,U3,PR1,,,,LE1 1AA,LE2 2BB,", "2,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,"))
			.as("each child's episodes apart")
			.isEmpty();
	}

	@Test
	void reviews() throws IOException {
		String table = "CHILD,DOB,REVIEW,REVIEW_CODE";
		assertThat(codes(2025, table, "1,01/05/2012,01/08/2024,PN1")).isEmpty();
		assertThat(codes(2025, table, "1,01/05/2012,01/08/2024,pn0")).containsOnly("167");
		assertThat(codes(2025, table, "1,01/05/2012,01/08/2024,")).containsOnly("167");
		assertThat(codes(2025, table, "1,01/05/2012,,PN1")).containsOnly("166", "167");
		assertThat(codes(2025, table, "1,01/05/2012,,")).as("a row without a review: 166's, not 167's")
			.containsOnly("166");
		assertThat(codes(2025, table, "1,01/05/2012,31/06/2024,PN1")).containsOnly("166");
	}

	@Test
	void upnAndMothersChild() throws IOException {
		assertThat(codes(2025, HEADER, "1,M,01/05/2012,WBRI,UN5,,")).isEmpty();
		assertThat(codes(2025, HEADER, "1,M,01/05/2012,WBRI,UN6,,")).containsOnly("168");
		assertThat(codes(2025, HEADER, "1,M,01/05/2012,WBRI,L08681978612A,,")).as("eleven digits and a letter")
			.isEmpty();
		assertThat(codes(2025, HEADER, "1,M,01/05/2012,WBRI,I072272729588,,")).as("I is not a first letter")
			.containsOnly("168");
		assertThat(codes(2025, HEADER, "1,M,01/05/2012,WBRI,K06014812931,,")).as("eleven digits").containsOnly("168");
		assertThat(codes(2025, HEADER, "1,F,01/05/2005,WBRI,,1,01/02/2024")).isEmpty();
		assertThat(codes(2025, HEADER, "1,F,01/05/2005,WBRI,,1,31/02/2024")).containsOnly("171");
	}

	@Test
	void adoption() throws IOException {
		String ad1 = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";
		// No episode shows these adoptions (602): the rows test the codes and dates
		// alone.
		java.util.function.Function<String, List<String>> adoption = (
				row) -> codes(2025, ad1, row).stream().filter((code) -> !code.equals("602")).toList();
		assertThat(codes(2025, ad1, "1,01/05/2020,01/06/2024,01/07/2024,1,1,F1,L0")).containsOnly("602");
		assertThat(adoption.apply("1,01/05/2020,,,,1,F1,L0")).as("blanks: all items or none").containsOnly("151");
		assertThat(adoption.apply("1,01/05/2020,01/06/24,01/07/2024,1,1,F1,L0")).containsOnly("112");
		assertThat(adoption.apply("1,01/05/2020,01/06/2024,32/07/2024,1,1,F1,L0")).containsOnly("113");
		assertThat(adoption.apply("1,01/05/2020,01/06/2024,01/07/2024,2,1,F1,L0")).containsOnly("114");
		assertThat(adoption.apply("1,01/05/2020,01/06/2024,01/07/2024,1,0,F1,L0")).containsOnly("175");
		assertThat(adoption.apply("1,01/05/2020,01/06/2024,01/07/2024,1,1,mf,L0")).as("and so not a single adopter")
			.containsOnly("176", "514");
		assertThat(adoption.apply("1,01/05/2020,01/06/2024,01/07/2024,1,1,M1,L1")).containsOnly("177");
		assertThat(adoption.apply("1,01/05/2020,01/06/2024,01/07/2024,1,2,MM,L12")).isEmpty();
		String placed = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";
		assertThat(codes(2025, placed, "1,01/05/2020,01/06/2024,,")).isEmpty();
		assertThat(codes(2025, placed, "1,01/05/2020,01/06/2024,01/09/2024,RD1")).isEmpty();
		assertThat(codes(2025, placed, "1,01/05/2020,1/6/2024,,")).containsOnly("115");
		assertThat(codes(2025, placed, "1,01/05/2020,01/06/2024,01/13/2024,RD1")).containsOnly("116");
		assertThat(codes(2025, placed, "1,01/05/2020,01/06/2024,01/09/2024,")).containsOnly("119");
		assertThat(codes(2025, placed, "1,01/05/2020,01/06/2024,,RD2")).containsOnly("119");
		assertThat(codes(2025, placed, "1,01/05/2020,01/06/2024,01/09/2024,rd1")).containsOnly("120");
		assertThat(codes(2025, placed, "1,01/05/2020,31/03/2025,,")).as("the last day of the year").isEmpty();
		assertThat(codes(2025, HEADER, "1,M,01/05/2020,WBRI,,,", placed, "1,01/05/2020,01/05/2020,,"))
			.as("decided on the day of birth")
			.isEmpty();
		assertThat(codes(2025, HEADER, "1,M,01/05/2020,WBRI,,,", placed, "1,01/05/2020,30/04/2020,,"))
			.containsOnly("184");
		assertThat(codes(2025, placed, "1,01/05/2020,01/04/2025,,")).containsOnly("117");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/08/2024,E13,,LE1 1AA,LE2 2BB,", placed,
				"1,01/05/2020,02/08/2024,,"))
			.as("after the child left care")
			.containsOnly("117");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,01/08/2024,X1,CARPL,LE1 1AA,LE2 2BB,",
				"1,01/08/2024,P,C2,N1,U3,PR1,,,,LE1 1AA,LE2 2BB,", placed, "1,01/05/2020,02/08/2024,,"))
			.as("the care continued (X1) and has not ended")
			.isEmpty();
	}

	@Test
	void careLeaversAllOrNoneAndSubstanceMisuse() throws IOException {
		String table = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
		assertThat(codes(2025, table, "1,01/05/2006,,,")).as("all three blank: not 153's, but each code rule's")
			.containsOnly("131", "132", "133");
		assertThat(codes(2025, table, "1,01/05/2006,YES,F1,B1")).isEmpty();
		assertThat(codes(2025, table, "1,01/05/2006,YES,,")).contains("153");
		String oc2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
				+ "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,0,1,1,1,1,1,1,"))).isEmpty();
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,0,1,1,1,1,1,0,1"))).isEmpty();
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,0,1,1,1,1,1,1,0"))).containsOnly("158");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,0,1,1,1,1,1,0,"))).containsOnly("159");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,0,1,1,1,1,0,,"))).as("no substance misuse").isEmpty();
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,0,1,1,1,1,0,0,"))).containsOnly("193");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,0,1,1,1,1,1,,"))).containsOnly("192");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,SDQ5,0,1,1,1,1,0,,"))).isEmpty();
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,sdq2,0,1,1,1,1,0,,"))).containsOnly("196");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,40,,0,1,1,1,1,0,,"))).isEmpty();
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,20.0,,0,1,1,1,1,0,,"))).isEmpty();
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,41,,0,1,1,1,1,0,,"))).containsOnly("180");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,39.5,,0,1,1,1,1,0,,"))).containsOnly("180");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,XX,,0,1,1,1,1,0,,"))).containsOnly("180");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,2,1,1,1,1,0,,"))).containsOnly("181");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,,,,,,,,"))).as("every item blank").isEmpty();
		assertThat(cohortAside(codes(2025, oc2, "1,31/03/2021,12,,,1,1,1,1,0,,"))).as("4 on 31 March 2025").isEmpty();
		assertThat(cohortAside(codes(2025, oc2, "1,01/04/2021,12,,,1,1,1,1,0,,"))).containsOnly("188");
		assertThat(cohortAside(codes(2025, oc2, "1,01/04/2021,,SDQ1,,1,1,1,1,0,,"))).containsOnly("188");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,1,,,,,,,"))).containsOnly("182", "544");
		assertThat(cohortAside(codes(2025, oc2, "1,01/05/2010,,,,,1,1,1,,,"))).as("substance misuse blank")
			.containsOnly("182");
	}

	@Test
	void lastYearsReturnWhenGivenAndANoteWhenNot() throws IOException {
		String header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
		List<String> lastYear = List.of(header, "1,2,01/05/2008,WBRI,,1,01/02/2023", "2,2,01/05/2005,WBRI,,,");
		assertThat(
				withLastYear(2025, lastYear, header, "1,F,01/05/2008,WBRI,UN2,1,01/02/2023", EPISODES, VALID_EPISODE))
			.as("2 last year is F this year: the same sex")
			.isEmpty();
		assertThat(
				withLastYear(2025, lastYear, header, "1,M,01/05/2008,WBRI,UN2,1,01/02/2023", EPISODES, VALID_EPISODE))
			.as("and a mother's child with a male sex")
			.containsOnly("165", "174", "202");
		assertThat(withLastYear(2025, lastYear, header, "1,F,01/05/2008,WBRI,UN2,0,", EPISODES, VALID_EPISODE))
			.as("and her child's birth no longer given (624)")
			.containsOnly("207", "624");
		assertThat(withLastYear(2025, lastYear, header, "1,F,01/05/2008,WBRI,,1,01/02/2023")).as("no episode this year")
			.isEmpty();
		assertThat(withLastYear(2025, lastYear, header, "3,M,01/05/2008,WBRI,UN2,,", EPISODES,
				"3,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,"))
			.as("a child not in last year's return")
			.isEmpty();
		ValidationReport without = report(2025, header, "1,M,01/05/2008,WBRI,,,");
		assertThat(without.violations()).isEmpty();
		assertThat(without.notes()).anyMatch(
				(note) -> note.startsWith("Last year's return was not given") && note.contains("202, 203, 204, 207"));
		assertThat(withLastYear(2025, lastYear, header, "1,F,02/05/2008,WBRI,,1,01/02/2023")).containsOnly("203");
		assertThat(withLastYear(2025, lastYear, header, "1,F,01/05/08,WBRI,,1,01/02/2023")).as("now unreadable")
			.containsOnly("102", "203");
		assertThat(withLastYear(2025, lastYear, header, "1,F,01/05/2008,wbri,,1,01/02/2023"))
			.as("the same ethnicity in another case: 103's, not 204's")
			.containsOnly("103");
		assertThat(withLastYear(2025, lastYear, header, "1,F,01/05/2008,WIRI,,1,01/02/2023")).containsOnly("204");
		assertThat(withLastYear(2025, lastYear, header, "2,F,01/05/2005,,,,")).as("blank against a value")
			.containsOnly("103", "204");
	}

	@Test
	void temporaryPlacementsShortBreaksAndCareLeavers() throws IOException {
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,T1,,,,,LE1 1AA,LE2 2BB,")).containsOnly("375", "380");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,,,,,PR1,,,,LE1 1AA,AB1 2CD,"))
			.as("blank codes beside a provider")
			.isEmpty();
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,T1,PR1,,,,LE1 1AA,LE2 2BB,")).containsOnly("178", "213",
				"375", "380");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13,,,,")).isEmpty();
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,V3,N1,U3,PR1,05/06/2024,E13,,,AB1 2CD,")).containsOnly("214",
				"398");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,V4,N1,U3,PR1,,,,,,SC045099")).containsOnly("214");
		assertThat(codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,,,LE1 1AA,AB1 2CD,SC045099")).isEmpty();
		String oc3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";
		String oc2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
				+ "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";
		assertThat(cohortAside(codes(2025, oc3, "1,01/05/2006,YES,F1,B1", oc2, "1,01/05/2006,,,,,,,,,,"))).isEmpty();
		assertThat(cohortAside(codes(2025, oc3, "1,01/05/2006,YES,F1,B1", oc2, "1,01/05/2006,,,0,1,1,1,1,0,,")))
			.containsOnly("215");
		assertThat(cohortAside(codes(2025, oc3, "2,01/05/2006,YES,F1,B1", oc2, "1,01/05/2006,,,0,1,1,1,1,0,,")))
			.as("another child's items")
			.isEmpty();
	}

	@Test
	void unknownUpnLateInTheYear() throws IOException {
		assertThat(codes(2025, HEADER, "1,M,01/05/2012,WBRI,UN4,,", EPISODES,
				"1,23/03/2025,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,"))
			.isEmpty();
		assertThat(codes(2025, HEADER, "1,M,01/05/2012,WBRI,UN4,,", EPISODES,
				"1,24/03/2025,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,"))
			.containsOnly("210");
		assertThat(codes(2025, HEADER, "1,M,01/05/2012,WBRI,UN3,,", EPISODES,
				"1,24/03/2025,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,"))
			.isEmpty();
	}

	@Test
	void findingsNameTheFileRowAndField() throws IOException {
		ValidationReport report = report(2025, HEADER, VALID_HEADER, EPISODES,
				"1,01/06/2024,S,C2,N1,U1,PR1,,E13,,LE1 1AA,LE2 2BB,");
		Violation finding = report.violations().get(0);
		assertThat(finding.code()).isEqualTo("148");
		assertThat(finding.child()).isEqualTo("1");
		assertThat(finding.location().file()).isEqualTo("table2.csv");
		assertThat(finding.location().place()).isEqualTo("row 2");
		assertThat(finding.table()).isEqualTo("Episodes");
		assertThat(finding.field()).isEqualTo("DEC");
		assertThat(Ssda903Rules.HELD).as("every rule of 2024-25 held").isEqualTo(Ssda903Rules.dfeCodes().size());
		assertThat(report.notes()).noneMatch((note) -> note.startsWith("Assure holds"))
			.contains(PlacementRules.NEEDS_PROVIDERS, PlacementRules.NEEDS_AUTHORITY, PlacementRules.NEEDS_AREAS);
	}

	@Test
	void theRuleBookHoldsWhatItSays() {
		assertThat(Ssda903Rules.book().history().get(2025).changed()).containsExactly("101", "370", "371", "503D");
		assertThat(Ssda903Rules.book().history().get(2025).added()).containsExactlyInAnyOrder("393", "231", "232",
				"SW01aSTG1", "SW01bSTG1");
		assertThat(Ssda903Rules.book().history().get(2024).added()).as("the social worker tables, from 2023-24")
			.hasSize(21)
			.contains("230")
			.filteredOn((code) -> !code.equals("230"))
			.allMatch((code) -> code.startsWith("SW"));
		assertThat(Ssda903Rules.book().history().get(2024).changed()).as("218: supported accommodation needs a URN")
			.containsExactlyInAnyOrder("218", "370", "371");
	}

	/**
	 * The codes besides those of the 12-month cohort (185, 190, 198): the OC2 rows here
	 * are of children with no episodes, outside the cohort, and test the items' codes;
	 * OutcomeRulesUnitTests tests the cohort.
	 */
	private static List<String> cohortAside(List<String> codes) {
		return codes.stream().filter((code) -> !List.of("185", "190", "198").contains(code)).toList();
	}

	private List<String> codes(int year, String... lines) {
		return new Ssda903Return(this.temp).codes(year, lines);
	}

	private List<String> withLastYear(int year, List<String> lastYear, String... lines) {
		return new Ssda903Return(this.temp).codes(year, lastYear, lines);
	}

	private ValidationReport report(int year, String... lines) {
		return new Ssda903Return(this.temp).report(year, lines);
	}

}
