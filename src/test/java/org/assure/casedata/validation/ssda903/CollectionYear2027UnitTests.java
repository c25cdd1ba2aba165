package org.assure.casedata.validation.ssda903;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules on deprivation of liberty orders (DoLOs) that the 2026-27 collection brings,
 * with their own table: each on a small return of 2026-27 (a pass, a fail, the boundary),
 * and not run on a return of 2025-26.
 */
class CollectionYear2027UnitTests {

	private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
			+ "HOME_POST,PL_POST,URN";

	private static final String DOLO = "CHILD,DOB,DOLO_START,DOLO_END";

	/** A child of 14 in a children's home (K2) all year. */
	private static final String CHILD = "1,M,01/05/2012,WBRI,A123456789012,,";

	private static final String IN_HOME = "1,01/06/2025,S,C2,N1,K2,PR4,,,,LE1 1AA,LE2 2BB,";

	@TempDir
	Path temp;

	private List<String> codes(int year, String placement, String... orders) {
		List<String> lines = new ArrayList<>(List.of(HEADER, CHILD, EPISODES, placement, DOLO));
		lines.addAll(List.of(orders));
		return new Ssda903Return(this.temp).codes(year, lines.toArray(String[]::new));
	}

	private List<String> codes(String... orders) {
		return codes(2027, IN_HOME, orders);
	}

	@Test
	void anOrderWithinTheYearInAChildrensHomeIsClean() {
		assertThat(codes("1,01/05/2012,01/07/2026,01/12/2026")).isEmpty();
		assertThat(codes("1,01/05/2012,01/07/2026,")).as("still open").isEmpty();
		assertThat(codes("1,01/05/2012,01/07/2026,01/09/2026", "1,01/05/2012,01/09/2026,")).as("one after another")
			.isEmpty();
	}

	@Test
	void datesAreRealDaysWithinTheYear() {
		assertThat(codes("1,01/05/2012,31/06/2026,")).containsOnly("700");
		assertThat(codes("1,01/05/2012,,")).containsOnly("700");
		assertThat(codes("1,01/05/2012,01/07/2026,2026-12-01")).containsOnly("701");
		assertThat(codes("1,01/05/2012,01/07/2026,30/06/2026")).containsOnly("702");
		assertThat(codes("1,01/05/2012,01/07/2026,01/07/2026")).as("a day's order").isEmpty();
		assertThat(codes("1,01/05/2012,01/04/2027,")).contains("703");
		assertThat(codes("1,01/05/2012,31/03/2027,")).as("the last day of the year").doesNotContain("703");
		assertThat(codes("1,01/05/2012,01/03/2026,31/03/2026")).containsOnly("704");
		assertThat(codes("1,01/05/2012,01/03/2026,01/04/2026")).as("the first day of the year").isEmpty();
	}

	@Test
	void oneOrderAtATime() {
		assertThat(codes("1,01/05/2012,01/07/2026,", "1,01/05/2012,01/09/2026,")).containsOnly("705");
		assertThat(codes("1,01/05/2012,01/07/2026,01/10/2026", "1,01/05/2012,01/09/2026,")).containsOnly("705");
		assertThat(codes("1,01/05/2012,01/07/2026,01/09/2026", "1,01/05/2012,01/09/2026,"))
			.as("the next begins the day the last ended")
			.isEmpty();
	}

	@Test
	void anOrderEndsWhenCareDoes() {
		String ended = "1,01/06/2025,S,C2,N1,K2,PR4,01/12/2026,E8,,LE1 1AA,LE2 2BB,";
		assertThat(codes(2027, ended, "1,01/05/2012,01/07/2026,")).containsOnly("707");
		assertThat(codes(2027, ended, "1,01/05/2012,01/07/2026,01/12/2026")).isEmpty();
	}

	@Test
	void anOrderBeginsAfterBirth() {
		List<String> lines = List.of(HEADER, "1,M,01/08/2026,WBRI,,,", EPISODES,
				"1,01/08/2026,S,C2,N1,K2,PR4,,,,LE1 1AA,LE2 2BB,", DOLO, "1,01/08/2026,01/07/2026,");
		assertThat(new Ssda903Return(this.temp).codes(2027, lines.toArray(String[]::new))).contains("708");
	}

	@Test
	void theChildIsPlacedAsAnOrderRequires() {
		String withParents = "1,01/06/2025,S,C2,N1,P1,PR0,,,,LE1 1AA,LE2 2BB,";
		assertThat(codes(2027, withParents, "1,01/05/2012,01/07/2026,01/12/2026")).containsOnly("709", "710");
		String foster = "1,01/06/2025,S,C2,N1,U1,PR1,,,,LE1 1AA,LE2 2BB,";
		assertThat(codes(2027, foster, "1,01/05/2012,01/07/2026,01/12/2026")).containsOnly("709");
		assertThat(codes(2027, "1,01/06/2025,S,C2,N1,Z13,,,,,LE1 1AA,LE2 2BB,", "1,01/05/2012,01/07/2026,01/12/2026"))
			.isEmpty();
		// an order before the placement began does not overlap it
		assertThat(codes(2027, "1,01/01/2027,S,C2,N1,P1,PR0,,,,LE1 1AA,LE2 2BB,", "1,01/05/2012,01/07/2026,01/12/2026"))
			.doesNotContain("709", "710");
	}

	@Test
	void anOrderOpenLastYearIsCarriedIntoThisYear() {
		List<String> lastYear = List.of(HEADER, CHILD, EPISODES, IN_HOME, DOLO, "1,01/05/2012,01/02/2026,");
		assertThat(new Ssda903Return(this.temp).codes(2027, lastYear, HEADER, CHILD, EPISODES, IN_HOME, DOLO,
				"1,01/05/2012,01/02/2026,01/06/2026"))
			.isEmpty();
		assertThat(new Ssda903Return(this.temp).codes(2027, lastYear, HEADER, CHILD, EPISODES, IN_HOME, DOLO,
				"1,01/05/2012,01/05/2026,"))
			.containsOnly("706");
		assertThat(new Ssda903Return(this.temp).codes(2027, lastYear, HEADER, CHILD, EPISODES, IN_HOME))
			.as("no DoLO at all this year")
			.containsOnly("706");
	}

	@Test
	void notCollectedBefore2026To27() {
		assertThat(codes(2026, IN_HOME, "1,01/05/2012,31/06/2025,")).doesNotContain("700");
	}

	@Test
	void theRuleSetOf2026To27() {
		var changes = Ssda903Rules.book().history().get(2027);
		assertThat(changes.added()).containsExactly("700", "701", "702", "703", "704", "705", "706", "707", "708",
				"709", "710");
		assertThat(changes.changed()).isEmpty();
		assertThat(new java.util.TreeSet<>(Ssda903Rules.book().codes(2027)))
			.isEqualTo(new java.util.TreeSet<>(Ssda903Rules.dfeCodes(2027)));
		assertThat(Ssda903Rules.dfeCodes(2027)).hasSize(318).doesNotHaveDuplicates();
	}

}
