package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adoption rules on small returns of the 2024-25 collection: a child adopted in the
 * year whose items all agree passes; each rule fails on one change; and the boundary
 * (dates on the same day, a blank optional field, an earlier decision that ceased).
 */
class AdoptionRulesUnitTests {

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC";

	private static final String PLACED = "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";

	private static final String AD1 = "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";

	private static final String OC3 = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM";

	/**
	 * In care from June 2022, fostered, a placement order, placed with the foster carer,
	 * adopted.
	 */
	private static final List<String> CARE = List.of("1,01/06/2022,S,C2,N1,U1,PR1,01/09/2023,X1",
			"1,01/09/2023,L,E1,N1,U1,PR1,01/02/2024,X1", "1,01/02/2024,T,E1,N1,A5,PR1,10/10/2024,E11");

	/** The same child, still fostered under the placement order. */
	private static final List<String> OPEN = care("1,01/02/2024,T,E1,N1,U4,PR1,,");

	private static final String DECISION = "1,01/08/2023,,";

	private static final String ADOPTION = "1,01/05/2015,01/08/2023,15/01/2024,1,2,MF,L11";

	@TempDir
	Path temp;

	private List<String> codes(List<String> episodes, List<String> decisions, List<String> adoption, String... more) {
		List<String> lines = new ArrayList<>();
		if (!episodes.isEmpty()) {
			lines.add(EPISODES);
			lines.addAll(episodes);
		}
		if (!decisions.isEmpty()) {
			lines.add(PLACED);
			lines.addAll(decisions);
		}
		if (!adoption.isEmpty()) {
			lines.add(AD1);
			lines.addAll(adoption);
		}
		lines.addAll(List.of(more));
		return new Ssda903Return(this.temp).codes(2025, lines.toArray(String[]::new));
	}

	private List<String> withAdoption(String adoption) {
		return codes(CARE, List.of(DECISION), List.of(adoption));
	}

	private static List<String> care(String last) {
		return List.of(CARE.get(0), CARE.get(1), last);
	}

	@Test
	void anAdoptionWhoseItemsAgreeIsClean() {
		assertThat(codes(CARE, List.of(DECISION), List.of(ADOPTION))).isEmpty();
		assertThat(codes(OPEN, List.of("1,01/03/2023,01/05/2024,RD1", "1,01/05/2024,,"), List.of()))
			.as("under a placement order, an earlier decision that ceased the day of the next")
			.isEmpty();
	}

	@Test
	void theAdoptionItemsComeTogetherAndOnlyForAnAdoption() {
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,2,MF,")).containsOnly("151", "601");
		assertThat(codes(care("1,01/02/2024,T,E1,N1,A5,PR1,,"), List.of(DECISION), List.of(ADOPTION)))
			.as("not adopted in the year, and still looked after since 2022 (187)")
			.containsOnly("187", "602");
		assertThat(codes(care("1,01/02/2024,T,E1,N1,A5,PR1,,"), List.of(DECISION), List.of("1,01/05/2015,,,,,,")))
			.as("a blank row")
			.isEmpty();
		assertThat(codes(CARE, List.of(DECISION), List.of(ADOPTION), OC3, "1,01/05/2015,YES,F1,B1")).contains("134");
		assertThat(codes(care("1,01/02/2024,T,E1,N1,A5,PR1,01/04/2025,E11"), List.of(DECISION), List.of(ADOPTION)))
			.as("adopted the day after the year ended")
			.contains("602");
		assertThat(codes(care("1,01/02/2024,T,E1,N1,A5,PR1,31/03/2025,E11"), List.of(DECISION), List.of(ADOPTION)))
			.as("adopted on the year's last day")
			.isEmpty();
	}

	@Test
	void theAdoptersNumberGendersAndStatusAgree() {
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,2,M1,L11")).containsOnly("511", "520");
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,1,F1,L0")).isEmpty();
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,1,MF,L0")).containsOnly("514");
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,2,FF,L3")).containsOnly("517");
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,2,MF,L4")).containsOnly("518");
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,2,FF,L4")).isEmpty();
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,1,F1,L2")).containsOnly("519");
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,2,MM,L11")).containsOnly("520");
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,2,MF,L12")).containsOnly("524");
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,1,2,FF,L12")).isEmpty();
	}

	@Test
	void theAdoptionsDatesAgainstTheEpisodes() {
		assertThat(withAdoption("1,01/05/2015,01/08/2023,01/02/2024,1,2,MF,L11")).as("matched the day placed")
			.isEmpty();
		assertThat(withAdoption("1,01/05/2015,01/08/2023,02/02/2024,1,2,MF,L11")).containsOnly("331");
		assertThat(withAdoption("1,01/05/2015,01/08/2023,01/08/2023,1,2,MF,L11")).as("matched the day decided")
			.isEmpty();
		assertThat(codes(CARE, List.of("1,01/08/2023,,"), List.of("1,01/05/2015,,15/01/2024,1,2,MF,L11")))
			.containsOnly("151", "333", "601");
		assertThat(codes(CARE, List.of("1,16/01/2024,,"), List.of("1,01/05/2015,16/01/2024,15/01/2024,1,2,MF,L11")))
			.containsOnly("333", "554");
		assertThat(codes(CARE, List.of("1,01/06/2022,,"), List.of("1,01/05/2015,01/06/2022,15/01/2024,1,2,MF,L11")))
			.as("decided the day care began")
			.isEmpty();
		assertThat(codes(CARE, List.of("1,31/05/2022,,"), List.of("1,01/05/2015,31/05/2022,15/01/2024,1,2,MF,L11")))
			.containsOnly("334", "1003");
		assertThat(withAdoption("1,01/05/2015,01/08/2023,15/01/2024,0,2,MF,L11")).containsOnly("335");
		assertThat(codes(care("1,01/02/2024,T,E1,N1,A6,PR1,10/10/2024,E11"), List.of(DECISION),
				List.of("1,01/05/2015,01/08/2023,15/01/2024,1,2,MF,L11")))
			.containsOnly("335");
		assertThat(codes(care("1,01/02/2024,T,E1,N1,A6,PR1,10/10/2024,E11"), List.of(DECISION),
				List.of("1,01/05/2015,01/08/2023,15/01/2024,0,2,MF,L11")))
			.isEmpty();
		assertThat(codes(care("1,01/02/2024,T,E1,N1,A5,PR1,15/01/2024,E11"), List.of(DECISION), List.of(ADOPTION)))
			.as("ceased before it began, adopted the day matched, outside the year")
			.contains("582");
	}

	@Test
	void decidedBeforePlacedAndBeforeTheOrder() {
		assertThat(codes(CARE, List.of("1,01/02/2024,,"), List.of("1,01/05/2015,01/02/2024,01/02/2024,1,2,MF,L11")))
			.as("decided the day placed, after the order")
			.containsOnly("554");
		assertThat(codes(CARE, List.of("1,02/02/2024,,"), List.of("1,01/05/2015,02/02/2024,02/02/2024,1,2,MF,L11")))
			.contains("521", "552", "554");
		assertThat(codes(CARE, List.of("1,01/09/2023,,"), List.of("1,01/05/2015,01/09/2023,15/01/2024,1,2,MF,L11")))
			.as("decided the day the order began")
			.isEmpty();
		assertThat(codes(CARE, List.of("2,01/08/2023,,"), List.of(ADOPTION)))
			.as("another child's decision, a child with no episode (1012)")
			.containsOnly("551", "553", "1012");
		assertThat(codes(CARE, List.of(), List.of(ADOPTION))).as("no PlacedAdoption table: left to the missing file")
			.isEmpty();
		assertThat(codes(List.of("1,01/06/2022,S,D1,N1,U1,PR1,,"), List.of("2,01/06/2022,,"), List.of()))
			.containsOnly("445", "451", "555", "1012");
		assertThat(codes(List.of("1,01/06/2004,S,D1,N1,U1,PR1,,"), List.of("1,01/07/2004,,"), List.of()))
			.as("and still freed for adoption (451)")
			.containsOnly("451", "556");
	}

	@Test
	void decisionsInTurn() {
		assertThat(codes(OPEN, List.of("1,01/03/2023,,", DECISION), List.of())).containsOnly("579", "583");
		assertThat(codes(OPEN, List.of("1,01/03/2023,01/05/2024,RD1", "1,01/04/2024,,"), List.of()))
			.containsOnly("579");
		assertThat(codes(OPEN, List.of("1,01/03/2023,01/05/2024,RD1", "1,01/05/2024,,"), List.of()))
			.as("the next decided the day the last ceased")
			.isEmpty();
		assertThat(codes(CARE, List.of("1,01/08/2023,01/07/2023,RD1"), List.of())).contains("522");
		assertThat(codes(CARE, List.of("1,,01/07/2024,RD1"), List.of())).contains("563");
		assertThat(codes(CARE, List.of("1,01/08/2023,01/03/2024,RD1"), List.of())).as("ceased before the year")
			.contains("118");
		assertThat(codes(CARE, List.of("1,01/08/2023,01/04/2024,RD1"), List.of())).as("ceased the year's first day")
			.doesNotContain("118");
		assertThat(codes(CARE, List.of("1,01/08/2023,01/07/2024,RD1"), List.of(ADOPTION))).contains("525", "558");
		assertThat(codes(CARE, List.of("1,02/08/2023,,"), List.of(ADOPTION))).contains("523");
	}

	@Test
	void leavingCareWhilePlacedForAdoption() {
		List<String> left = care("1,01/02/2024,T,E1,N1,A5,PR1,10/10/2024,E13");
		assertThat(codes(left, List.of(DECISION), List.of())).containsOnly("557");
		assertThat(codes(left, List.of("1,01/08/2023,10/10/2024,RD1"), List.of())).isEmpty();
		assertThat(codes(left, List.of("1,01/08/2023,10/10/2024,"), List.of())).contains("557");
		assertThat(codes(care("1,01/02/2024,T,E1,N1,A5,PR1,,"), List.of("1,01/08/2023,10/10/2024,RD1"), List.of()))
			.as("the order continues")
			.containsOnly("553");
	}

	@Test
	void placedWithTheFosterCarerFromAFosterPlacementAndAProvider() {
		assertThat(codes(List.of("1,01/06/2022,S,C2,N1,K2,PR1,01/02/2024,X1", "1,01/02/2024,U,E1,N1,A5,PR1,,"),
				List.of("1,01/06/2022,,"), List.of()))
			.containsOnly("336");
		assertThat(codes(List.of("1,01/06/2022,S,C2,N1,K2,PR1,01/02/2024,X1", "1,01/02/2024,U,E1,N1,A6,PR1,,"),
				List.of("1,01/06/2022,,"), List.of()))
			.as("placed with others")
			.isEmpty();
		assertThat(codes(List.of("1,01/06/2022,S,C2,N1,U1,,,"), List.of(), List.of())).containsOnly("526");
		assertThat(codes(List.of("1,01/06/2022,S,C2,N1,Z1,,,"), List.of(), List.of())).isEmpty();
	}

}
