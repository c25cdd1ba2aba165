package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules on episodes and the header's dates, on small returns of the 2024-25
 * collection: a case that passes, one that fails, and the boundary (a birthday on the
 * day, the year's first and last days, an episode that begins the day the one before
 * ceased).
 */
class EpisodeRulesUnitTests {

	private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

	/** Born 1 June 2012: 12 in the year. */
	private static final String CHILD = "1,M,01/06/2012,WBRI,A123456789012,,";

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC";

	@TempDir
	Path temp;

	private List<String> codes(String... episodes) {
		String[] lines = new String[episodes.length + 3];
		lines[0] = HEADER;
		lines[1] = CHILD;
		lines[2] = EPISODES;
		System.arraycopy(episodes, 0, lines, 3, episodes.length);
		return new Ssda903Return(this.temp).codes(2025, lines);
	}

	private List<String> born(String dob, String... episodes) {
		String[] lines = new String[episodes.length + 3];
		lines[0] = HEADER;
		lines[1] = "1,M," + dob + ",WBRI,A123456789012,,";
		lines[2] = EPISODES;
		System.arraycopy(episodes, 0, lines, 3, episodes.length);
		return new Ssda903Return(this.temp).codes(2025, lines);
	}

	@Test
	void datesAgainstTheYear() {
		assertThat(codes("1,01/04/2024,S,C2,N1,U1,PR1,31/03/2025,E13")).as("the year's first and last days").isEmpty();
		assertThat(codes("1,01/04/2025,S,C2,N1,U1,PR1,,")).containsOnly("354");
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR1,01/04/2025,E13")).containsOnly("385");
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR1,31/05/2024,E13")).containsOnly("356");
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR1,01/06/2024,E13")).containsOnly("355");
		assertThat(born("01/06/1990", "1,13/10/1991,S,C2,N1,U1,PR1,01/06/2024,E13")).contains("353");
		assertThat(born("01/06/2025", "1,01/06/2024,S,C2,N1,U1,PR1,,")).containsOnly("301", "302");
		assertThat(born("01/06/2024", "1,01/06/2024,S,C2,N1,U1,PR1,,")).as("care from the day of birth").isEmpty();
	}

	@Test
	void freeingAndPlacementOrders() {
		String placed = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";
		assertThat(born("01/06/2003", "1,29/12/2005,S,D1,N1,U1,PR1,01/06/2024,E13", placed,
				"1,01/06/2003,29/12/2005,01/06/2024,RD1"))
			.isEmpty();
		assertThat(born("01/06/2003", "1,31/12/2005,S,D1,N1,U1,PR1,01/06/2024,E13", placed,
				"1,01/06/2003,31/12/2005,01/06/2024,RD1"))
			.containsOnly("445");
		assertThat(born("01/06/2003", "1,29/12/2005,S,E1,N1,U1,PR1,01/06/2024,E13", placed,
				"1,01/06/2003,29/12/2005,01/06/2024,RD1"))
			.containsOnly("446");
		assertThat(born("01/06/2003", "1,30/12/2005,S,E1,N1,U1,PR1,01/06/2024,E13", placed,
				"1,01/06/2003,30/12/2005,01/06/2024,RD1"))
			.isEmpty();
	}

	@Test
	void agesOnTheDay() {
		assertThat(born("01/06/2006", "1,31/05/2024,S,V2,N1,K2,PR1,,")).as("the day before the 18th birthday")
			.isEmpty();
		assertThat(born("01/06/2006", "1,01/06/2024,S,V2,N1,K2,PR1,,")).containsOnly("352");
		assertThat(born("01/06/2014", "1,31/05/2024,S,J2,N1,U1,PR1,10/06/2024,E13")).containsOnly("358");
		assertThat(born("01/06/2014", "1,01/06/2024,S,J2,N1,U1,PR1,10/06/2024,E13")).isEmpty();
		assertThat(born("01/06/2006", "1,01/04/2024,S,C2,N1,A4,PR1,01/06/2024,E11")).containsOnly("386");
		assertThat(born("01/06/2006", "1,01/04/2024,S,C2,N1,A4,PR1,31/05/2024,E11")).isEmpty();
		assertThat(born("01/06/2011", "1,01/04/2024,S,C2,N1,U1,PR1,31/05/2024,E5")).containsOnly("387");
		assertThat(born("01/06/2009", "1,01/04/2024,S,C2,N1,U1,PR1,31/05/2024,E7")).containsOnly("389");
		assertThat(born("01/06/2006", "1,01/04/2024,S,C2,N1,U1,PR1,01/06/2024,E45")).containsOnly("407");
		assertThat(born("01/06/2006", "1,01/04/2024,S,C2,N1,U1,PR1,31/05/2024,E17")).containsOnly("460");
		assertThat(born("01/06/2006", "1,01/04/2024,S,C2,N1,U1,PR1,01/06/2024,E17")).isEmpty();
		assertThat(born("01/06/2015", "1,01/04/2024,S,C2,N1,R5,PR4,,")).containsOnly("372");
		assertThat(born("01/06/2021", "1,01/04/2024,S,C2,N1,S1,PR1,,")).containsOnly("373");
		assertThat(born("01/06/2011", "1,01/04/2024,S,C2,N1,P3,PR1,,")).containsOnly("374");
		assertThat(born("01/06/2008", "1,01/04/2024,S,C2,N1,P2,PR1,,")).containsOnly("370");
		assertThat(born("01/04/2008", "1,01/04/2024,S,C2,N1,P2,PR1,,")).as("16 that day").isEmpty();
	}

	@Test
	void placementsLegalStatusesAndProviders() {
		assertThat(codes("1,01/06/2024,S,V2,N1,P1,PR0,,")).containsOnly("378");
		assertThat(codes("1,01/06/2024,S,V3,N1,U1,PR1,03/06/2024,E13")).containsOnly("384");
		assertThat(codes("1,01/06/2024,S,V4,N1,T1,,,")).contains("382");
		assertThat(codes("1,01/06/2024,S,C2,N1,R2,PR1,,")).containsOnly("527");
		assertThat(codes("1,01/06/2024,S,C2,N1,R5,PR2,,")).containsOnly("528");
		assertThat(codes("1,01/06/2024,S,C2,N1,U3,PR3,,")).containsOnly("529");
		assertThat(codes("1,01/06/2024,S,C2,N1,P1,PR4,,")).containsOnly("530");
		assertThat(codes("1,01/06/2024,S,C2,N1,P1,PR5,,")).containsOnly("531");
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR0,,")).containsOnly("550");
		assertThat(codes("1,01/06/2024,S,C2,N1,P1,PR0,,")).isEmpty();
		assertThat(codes("1,01/06/2024,S,C2,N1,U3,PR1,01/09/2024,E45")).isEmpty();
		assertThat(codes("1,01/06/2024,S,C2,N1,K1,PR1,01/09/2024,E46")).containsOnly("516");
	}

	@Test
	void episodesInTurn() {
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1", "1,01/09/2024,P,C2,N1,U3,PR1,,")).isEmpty();
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1", "1,31/08/2024,P,C2,N1,U3,PR1,,")).contains("501");
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1", "1,01/09/2024,S,C2,N1,U3,PR1,,"))
			.containsOnly("431");
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,E13", "1,05/09/2024,P,C2,N1,U3,PR1,,"))
			.containsOnly("432", "433");
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,E13", "1,05/09/2024,S,C2,N1,U3,PR1,,"))
			.as("a new period of care")
			.isEmpty();
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1")).containsOnly("388");
		assertThat(codes("1,01/06/2024,P,C2,N1,U1,PR1,,")).as("the first episode, begun in the year")
			.containsOnly("357");
		assertThat(codes("1,01/06/2023,P,C2,N1,U1,PR1,,")).as("begun before the year: its forerunner is not due")
			.isEmpty();
		assertThat(codes("1,01/06/2024,S,C2,N1,T1,,,")).as("and open too long (375)").containsOnly("375", "380");
		assertThat(codes("1,01/06/2024,S,C2,N1,U1,PR1,01/09/2024,X1", "1,01/09/2024,T,C2,N1,T1,,10/09/2024,E13"))
			.containsOnly("381");
	}

	@Test
	void aMothersChild() {
		String lines = "1,F,01/06/2007,WBRI,A123456789012,";
		Ssda903Return ret = new Ssda903Return(this.temp);
		assertThat(ret.codes(2025, HEADER, lines + "1,01/02/2024", EPISODES, "1,01/06/2023,S,C2,N1,U1,PR1,,"))
			.isEmpty();
		assertThat(ret.codes(2025, HEADER, lines + "1,", EPISODES, "1,01/06/2023,S,C2,N1,U1,PR1,,"))
			.containsOnly("611");
		assertThat(ret.codes(2025, HEADER, "1,M,01/06/2006,WBRI,A123456789012,1,01/02/2024")).containsOnly("165",
				"174");
		assertThat(ret.codes(2025, HEADER, lines + "1,01/02/2005")).containsOnly("621");
		assertThat(ret.codes(2025, HEADER, lines + "1,01/04/2025")).containsOnly("625");
		assertThat(
				ret.codes(2025, HEADER, lines + "1,01/10/2024", EPISODES, "1,01/06/2023,S,C2,N1,U1,PR1,01/09/2024,E13"))
			.containsOnly("625");
		assertThat(ret.codes(2025, HEADER, "1,F,01/06/2007,WBRI,,0,", EPISODES, "1,01/06/2023,S,C2,N1,U1,PR1,,"))
			.containsOnly("442");
		assertThat(ret.codes(2025, HEADER, "1,F,01/06/2006,WBRI,,,")).as("no episode").isEmpty();
	}

	@Test
	void durations() {
		assertThat(codes("1,01/06/2024,S,L1,N1,U1,PR1,04/06/2024,E13")).as("72 hours").isEmpty();
		assertThat(codes("1,01/06/2024,S,L1,N1,U1,PR1,05/06/2024,E13")).containsOnly("361");
		assertThat(codes("1,28/03/2025,S,L1,N1,U1,PR1,,")).as("open for three days at the year's end").isEmpty();
		assertThat(codes("1,27/03/2025,S,L1,N1,U1,PR1,,")).containsOnly("361");
		assertThat(codes("1,01/06/2024,S,L2,N1,U1,PR1,22/06/2024,E13")).isEmpty();
		assertThat(codes("1,01/06/2024,S,L2,N1,U1,PR1,23/06/2024,E13")).containsOnly("362");
		assertThat(codes("1,01/06/2024,S,L3,N1,U1,PR1,09/06/2024,E13")).containsOnly("363");
		assertThat(codes("1,01/06/2024,S,V3,N1,U3,PR1,18/06/2024,E13")).as("17 days").isEmpty();
		assertThat(codes("1,01/06/2024,S,V3,N1,U3,PR1,19/06/2024,E13")).containsOnly("365");
		String before = "1,01/06/2023,S,C2,N1,U1,PR1,01/06/2024,X1";
		assertThat(codes(before, "1,01/06/2024,P,C2,N1,T1,,13/07/2024,X1", "1,13/07/2024,P,C2,N1,U1,PR1,,"))
			.as("six weeks in hospital")
			.isEmpty();
		assertThat(codes(before, "1,01/06/2024,P,C2,N1,T1,,14/07/2024,X1", "1,14/07/2024,P,C2,N1,U1,PR1,,"))
			.containsOnly("375");
		assertThat(codes(before, "1,01/06/2024,P,C2,N1,T3,,23/06/2024,X1", "1,23/06/2024,P,C2,N1,U1,PR1,,"))
			.containsOnly("376");
		assertThat(codes(before, "1,01/06/2024,P,C2,N1,T4,,09/06/2024,X1", "1,09/06/2024,P,C2,N1,U1,PR1,,"))
			.containsOnly("379");
		assertThat(codes("1,01/06/2023,S,C2,N1,U1,PR1,01/06/2024,X1", "1,01/06/2024,P,C2,N1,T3,,05/06/2024,X1",
				"1,05/06/2024,P,C2,N1,U1,PR1,01/08/2024,X1", "1,01/08/2024,P,C2,N1,T3,,05/08/2024,X1",
				"1,05/08/2024,P,C2,N1,U1,PR1,01/05/2025,X1", "1,01/05/2025,P,C2,N1,T3,,05/05/2025,X1",
				"1,05/05/2025,P,C2,N1,U1,PR1,,"))
			.as("a third T3 within 12 months (and after the year: 354, 385)")
			.containsOnly("354", "377", "385");
		assertThat(codes("1,01/06/2023,S,C2,N1,U1,PR1,01/06/2024,X1", "1,01/06/2024,P,C2,N1,T3,,05/06/2024,X1",
				"1,05/06/2024,P,C2,N1,U1,PR1,01/08/2024,X1", "1,01/08/2024,P,C2,N1,T3,,05/08/2024,X1",
				"1,05/08/2024,P,C2,N1,U1,PR1,,"))
			.as("two")
			.isEmpty();
	}

	@Test
	void reasonsForAPlacementChangeLocationsAndPreviousPermanence() {
		Ssda903Return ret = new Ssda903Return(this.temp);
		String episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,PL_LOCATION";
		assertThat(ret.codes(2025, episodes, "1,01/06/2023,P,C2,N1,U1,PR1,,,CARPL,IN")).isEmpty();
		assertThat(ret.codes(2025, episodes, "1,01/06/2023,P,C2,N1,U1,PR1,,,,")).as("blank").isEmpty();
		assertThat(ret.codes(2025, episodes, "1,01/06/2023,P,C2,N1,U1,PR1,,,carpl,IN")).containsOnly("1009");
		assertThat(ret.codes(2025, episodes, "1,01/06/2023,P,C2,N1,U1,PR1,,,CARPL,ELSEWHERE")).containsOnly("179");
		String prevPerm = "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM";
		assertThat(ret.codes(2025, prevPerm, "1,01/06/2012,Z1,,")).isEmpty();
		assertThat(ret.codes(2025, prevPerm, "1,01/06/2012,P1,856,01/01/2020")).isEmpty();
		assertThat(ret.codes(2025, prevPerm, "1,01/06/2012,P5,,")).containsOnly("631");
		assertThat(ret.codes(2025, prevPerm, "1,01/06/2012,Z1,856,")).containsOnly("635");
		assertThat(ret.codes(2025, prevPerm, "1,01/06/2012,Z1,,01/01/2020")).containsOnly("635");
	}

}
