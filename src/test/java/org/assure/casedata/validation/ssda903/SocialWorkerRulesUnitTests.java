package org.assure.casedata.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The social worker episode rules on small returns of 2024-25: a child looked after all
 * year with one social worker and then another passes; each rule fails on one change; the
 * boundaries are the day the last episode ended, seven and five days' tolerance, the
 * first episode's reason, and last year's open episode.
 */
class SocialWorkerRulesUnitTests {

	private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC";

	private static final String SW = "CHILD,SW_ID,SW_DECOM,SW_DEC,SW_REASON";

	private static final String IN_CARE = "1,01/06/2022,S,C2,N1,U1,PR1,,";

	private static final String FIRST = "1,SW001,01/06/2022,01/09/2024,OTHERS";

	private static final String SECOND = "1,SW002,01/09/2024,,LEFTRL";

	@TempDir
	Path temp;

	private List<String> codes(String... workers) {
		List<String> lines = new ArrayList<>(List.of(EPISODES, IN_CARE, SW));
		lines.addAll(List.of(workers));
		return new Ssda903Return(this.temp).codes(2025, lines.toArray(String[]::new));
	}

	@Test
	void aChildWithOneSocialWorkerAfterAnotherIsClean() {
		assertThat(codes(FIRST, SECOND)).isEmpty();
		assertThat(codes("1,SW001,01/06/2022,,")).as("one worker throughout").isEmpty();
		assertThat(new Ssda903Return(this.temp).codes(2024, EPISODES, IN_CARE, SW, FIRST.replace("2024", "2023"),
				SECOND.replace("2024", "2023")))
			.as("2023-24, the first year collected")
			.isEmpty();
		assertThat(new Ssda903Return(this.temp).codes(2023, EPISODES, IN_CARE, SW, "1,AB1,,,"))
			.as("not collected before 2023-24")
			.isEmpty();
	}

	@Test
	void eachEpisodeIsComplete() {
		assertThat(codes(FIRST, "1,AB002,01/09/2024,,LEFTRL")).containsOnly("SW02STG1");
		assertThat(codes(FIRST, "1,XX002,01/09/2024,,LEFTRL")).isEmpty();
		assertThat(codes(FIRST, "1,SW002,01/09/2024,,")).containsOnly("SW01bSTG1", "SW13STG1", "SW15STG2");
		assertThat(codes(FIRST, "1,SW002,31/09/2024,,LEFTRL")).contains("SW04STG1");
		assertThat(codes(FIRST, "1,SW002,ZZ/09/2024,,LEFTRL")).doesNotContain("SW04STG1");
		assertThat(codes("1,SW001,01/06/2022,01/13/2024,OTHERS", SECOND)).contains("SW05STG1");
		assertThat(codes(FIRST, SECOND, "1,SW003,01/04/2025,,OTHERS")).contains("SW06STG2");
		assertThat(codes("1,SW001,01/06/2022,,")).isEmpty();
		assertThat(codes(FIRST, "1,SW002,01/09/2024,,WHIM")).containsOnly("SW13STG1");
		assertThat(codes("1,,01/06/2022,,")).as("begun before April 2023 without a worker")
			.containsOnly("SW03STG1", "SW01aSTG1", "SW01STG1");
	}

	@Test
	void episodesOneAfterAnother() {
		assertThat(codes("1,SW001,01/06/2022,01/03/2023,", "1,SW002,01/03/2023,01/09/2024,MANAGE", SECOND))
			.as("an end in the year before the reporting year, and so no first episode of the year without a reason")
			.containsOnly("SW07STG2", "SW13STG1");
		assertThat(codes("1,SW001,01/06/2022,,", SECOND)).containsOnly("SW08STG2", "SW14STG2");
		assertThat(codes("1,SW001,01/06/2022,01/06/2022,", "1,SW002,01/06/2022,,OTHERS")).contains("SW09STG2");
		assertThat(codes(FIRST, "1,SW002,08/09/2024,,LEFTRL")).as("7 days after").containsOnly("SW11STG2", "SW11aSTG2");
		assertThat(codes(FIRST, "1,SW002,09/09/2024,,LEFTRL")).containsOnly("SW10STG2", "SW11STG2", "SW11aSTG2");
		assertThat(codes(FIRST, "1,SW002,09/09/2024,,FCONTA")).as("the family asked")
			.containsOnly("SW11STG2", "SW11aSTG2");
		assertThat(codes(FIRST, "1,SW002,06/09/2024,,LEFTRL")).as("5 days after").containsOnly("SW11STG2");
		assertThat(codes("1,SW001,01/06/2022,26/03/2025,")).containsOnly("SW11STG2", "SW11aSTG2");
		assertThat(codes("1,SW001,01/06/2022,27/03/2025,")).containsOnly("SW11STG2", "SW11bSTG2");
	}

	@Test
	void careWithoutASocialWorker() {
		assertThat(new Ssda903Return(this.temp).codes(2025, EPISODES, IN_CARE, SW, "2,SW009,01/06/2022,,"))
			.containsOnly("SW01STG1", "SW12STG2");
		assertThat(new Ssda903Return(this.temp).codes(2025, EPISODES, IN_CARE)).as("no SWEpisodes table").isEmpty();
		assertThat(new Ssda903Return(this.temp).codes(2025, EPISODES, "1,01/06/2024,S,C2,N1,U1,PR1,,", SW,
				"1,SW001,01/05/2024,,OTHERS"))
			.as("a worker before care began, none from it")
			.containsOnly("SW12STG2");
	}

	@Test
	void theFirstEpisodeContinuesLastYearsOpenOne() {
		List<String> lastYear = List.of(EPISODES, IN_CARE, SW, "1,SW001,01/06/2022,,OTHERS");
		Ssda903Return given = new Ssda903Return(this.temp);
		assertThat(given.codes(2025, lastYear, EPISODES, IN_CARE, SW, FIRST, SECOND)).isEmpty();
		assertThat(given.codes(2025, lastYear, EPISODES, IN_CARE, SW, "1,SW009,01/06/2022,01/09/2024,OTHERS", SECOND))
			.containsOnly("SW16aSTG2");
		assertThat(given.codes(2025, lastYear, EPISODES, IN_CARE, SW, "1,SW001,02/06/2022,01/09/2024,OTHERS", SECOND))
			.containsOnly("SW16bSTG2");
		assertThat(given.codes(2025, lastYear, EPISODES, IN_CARE, SW, "1,SW001,01/06/2022,01/09/2024,MANAGE", SECOND))
			.containsOnly("SW16cSTG2");
	}

}
