package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Missing table's rules on small returns of the 2024-25 collection: a period that
 * passes, one that fails, and the boundary (the first and last days of the year, a period
 * that begins the day the one before ended, a blank optional end).
 */
class MissingRulesUnitTests {

	private static final String MISSING = "CHILD,DOB,MISSING,MIS_START,MIS_END";

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC";

	/** In care from 1 June 2023, still looked after. */
	private static final String IN_CARE = "1,01/06/2023,S,C2,N1,U1,PR1,,";

	@TempDir
	Path temp;

	private List<String> codes(String... lines) {
		return new Ssda903Return(this.temp).codes(2025, lines);
	}

	@Test
	void aPeriodWithinTheYearAndTheChildsCareIsClean() {
		assertThat(codes(MISSING, "1,01/05/2010,M,01/06/2024,03/06/2024", EPISODES, IN_CARE)).isEmpty();
		assertThat(codes(MISSING, "1,01/05/2010,A,01/06/2024,", EPISODES, IN_CARE)).as("still away").isEmpty();
	}

	@Test
	void codesAndDates() {
		assertThat(codes(MISSING, "1,01/05/2010,X,01/06/2024,03/06/2024")).containsOnly("1006");
		assertThat(codes(MISSING, "1,01/05/2010,m,01/06/2024,03/06/2024")).as("lower case").containsOnly("1006");
		assertThat(codes(MISSING, "1,01/05/2010,M,31/06/2024,")).containsOnly("1004");
		assertThat(codes(MISSING, "1,01/05/2010,M,01/06/2024,2024-06-03")).containsOnly("1005");
		assertThat(codes(MISSING, "1,01/05/2010,M,,03/06/2024")).containsOnly("564");
		assertThat(codes(MISSING, "1,01/05/2010,,01/06/2024,")).containsOnly("565");
		assertThat(codes(MISSING, "1,01/05/2010,,01/06/2024,03/06/2024")).containsOnly("565", "566");
		assertThat(codes(MISSING, "1,01/05/2010,M,03/06/2024,01/06/2024")).containsOnly("567");
		assertThat(codes(MISSING, "1,01/05/2010,M,03/06/2024,03/06/2024")).as("back the same day").isEmpty();
	}

	@Test
	void theYear() {
		assertThat(codes(MISSING, "1,01/05/2010,M,31/03/2025,31/03/2025")).as("the year's last day").isEmpty();
		assertThat(codes(MISSING, "1,01/05/2010,M,01/04/2025,")).containsOnly("570");
		assertThat(codes(MISSING, "1,01/05/2010,M,30/03/2024,01/04/2024")).as("ended on the year's first day")
			.isEmpty();
		assertThat(codes(MISSING, "1,01/05/2010,M,30/03/2024,31/03/2024")).containsOnly("571");
		assertThat(codes(MISSING, "1,01/05/2010,M,30/03/2025,01/04/2025")).containsOnly("571");
	}

	@Test
	void periodsInTurn() {
		assertThat(codes(MISSING, "1,01/05/2010,M,01/06/2024,03/06/2024", "1,01/05/2010,M,03/06/2024,04/06/2024"))
			.as("the next begins the day the last ended")
			.isEmpty();
		assertThat(codes(MISSING, "1,01/05/2010,M,01/06/2024,05/06/2024", "1,01/05/2010,A,03/06/2024,04/06/2024"))
			.containsOnly("574");
		assertThat(codes(MISSING, "1,01/05/2010,A,03/06/2024,04/06/2024", "1,01/05/2010,M,01/06/2024,"))
			.as("in any order of rows: the open one began first")
			.containsOnly("574");
	}

	@Test
	void againstTheChildsCare() {
		assertThat(codes(MISSING, "1,01/05/2010,M,01/06/2024,", EPISODES, "1,01/06/2023,S,C2,N1,U1,PR1,10/06/2024,X1",
				"1,10/06/2024,P,C2,N1,U4,PR1,,"))
			.as("the placement it began in ended, care goes on")
			.containsOnly("575");
		assertThat(codes(MISSING, "1,01/05/2010,M,01/06/2024,", EPISODES, "1,01/06/2023,S,C2,N1,U1,PR1,10/06/2024,E13"))
			.as("care ended")
			.containsOnly("575", "577");
		assertThat(codes(MISSING, "1,01/05/2010,M,11/06/2024,12/06/2024", EPISODES,
				"1,01/06/2023,S,C2,N1,U1,PR1,10/06/2024,E13"))
			.containsOnly("577", "578");
		assertThat(codes(MISSING, "1,01/05/2010,M,10/06/2024,10/06/2024", EPISODES,
				"1,01/06/2023,S,C2,N1,U1,PR1,10/06/2024,E13"))
			.as("back on the day care ended")
			.isEmpty();
		assertThat(codes(MISSING, "1,01/05/2010,M,31/05/2023,02/06/2023", EPISODES, IN_CARE))
			.as("began the day before care began")
			.containsOnly("571", "581");
		assertThat(codes(MISSING, "1,01/05/2010,M,01/06/2024,03/06/2024")).as("no episodes: left alone").isEmpty();
	}

	@Test
	void birthAndTheEighteenthBirthday() {
		assertThat(codes(MISSING, "1,01/05/2024,M,30/04/2024,03/05/2024")).containsOnly("586");
		assertThat(codes(MISSING, "1,01/05/2024,M,01/05/2024,03/05/2024")).as("born that day").isEmpty();
		String eighteen = "1,01/06/2006,M,25/05/2024,01/06/2024";
		assertThat(codes(MISSING, eighteen, EPISODES, "1,01/06/2023,S,C2,N1,U1,PR1,01/06/2024,E8")).isEmpty();
		assertThat(codes(MISSING, eighteen, EPISODES, "1,01/06/2023,S,C2,N1,U1,PR1,01/06/2024,E17"))
			.containsOnly("580");
		assertThat(codes(MISSING, "1,01/06/2006,M,25/05/2024,31/05/2024", EPISODES,
				"1,01/06/2023,S,C2,N1,U1,PR1,31/05/2024,E17"))
			.as("the day before the birthday")
			.isEmpty();
	}

}
