package org.assure.casedata.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.assure.casedata.ImportFile;
import org.assure.casedata.journey.Journey;
import org.assure.casedata.journey.Location;
import org.assure.casedata.validation.ReturnValidator;
import org.assure.casedata.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decisions and adoptions the SSDA903 writer derives from journeys: a placement order
 * brings a decision that the child should be placed for adoption, ceased when the child
 * leaves care other than by adoption; an adoption of the year brings its AD1 row; a child
 * looked after has its reviews; each period of care in the year has a social worker's
 * episode from 2023-24; and the return written is clean under the rules Assure holds.
 */
class Ssda903WriterUnitTests {

	private static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);

	@TempDir
	Path folder;

	private static Journey.Child child(String id) {
		Journey.Child child = new Journey.Child(new Location("test", id));
		child.localId = id;
		child.birthMonth = YearMonth.of(2016, 5);
		child.sex = "F";
		child.ethnicity = "WBRI";
		return child;
	}

	private static Journey.LookedAfter episode(Journey.Child child, String start, String end, String rne, String ls,
			String place, String rec) {
		Journey.LookedAfter episode = new Journey.LookedAfter(child.location());
		episode.start = LocalDate.parse(start);
		episode.end = (end != null) ? LocalDate.parse(end) : null;
		episode.reasonForNewEpisode = rne;
		episode.legalStatus = ls;
		episode.placementType = place;
		episode.reasonCeased = rec;
		child.lookedAfter.add(episode);
		return episode;
	}

	private List<String> lines(String file) throws Exception {
		return Files.readAllLines(this.folder.resolve(file));
	}

	@Test
	void placementOrdersAndAdoptionsBringTheirDecisionsAndAdoptionItems() throws Exception {
		Journey.Child adopted = child("A1");
		episode(adopted, "2023-06-01", "2023-09-01", "S", "C2", "U1", "X1");
		episode(adopted, "2023-09-01", "2024-02-01", "L", "E1", "U1", "X1");
		episode(adopted, "2024-02-01", "2024-06-10", "P", "E1", "U4", "X1");
		episode(adopted, "2024-06-10", "2024-10-10", "T", "E1", "A5", "E11");
		Journey.Child left = child("B2");
		episode(left, "2024-05-01", "2024-12-01", "S", "E1", "U1", "E13");
		Journey.Child stays = child("C3");
		episode(stays, "2024-05-01", null, "S", "E1", "U1", null);
		Journey.Child fostered = child("D4");
		episode(fostered, "2024-05-01", null, "S", "C2", "U1", null);
		List<Path> files = Ssda903Writer.write(List.of(adopted, left, stays, fostered), YEAR_END, this.folder);

		assertThat(lines("placed_for_adoption.csv")).containsExactly(
				"CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "A1,01/05/2016,01/09/2023,,",
				"B2,01/05/2016,01/05/2024,01/12/2024,RD1", "C3,01/05/2016,01/05/2024,,");
		assertThat(lines("reviews.csv")).as("20 days after care began, three months later, then every six months")
			.containsExactly("CHILD,DOB,REVIEW,REVIEW_CODE", "A1,01/05/2016,21/09/2024,PN1",
					"B2,01/05/2016,21/05/2024,PN1", "B2,01/05/2016,21/08/2024,PN1", "C3,01/05/2016,21/05/2024,PN1",
					"C3,01/05/2016,21/08/2024,PN1", "C3,01/05/2016,21/02/2025,PN1", "D4,01/05/2016,21/05/2024,PN1",
					"D4,01/05/2016,21/08/2024,PN1", "D4,01/05/2016,21/02/2025,PN1");
		assertThat(lines("ad1.csv")).containsExactly(
				"CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
				"A1,01/05/2016,01/09/2023,10/06/2024,1,2,MF,L11");
		ValidationReport report = ReturnValidator.standard()
			.ssda903(files.stream().map((file) -> new ImportFile(file.getFileName().toString(), file)).toList(), 2025);
		assertThat(report.violations()).isEmpty();
	}

	@Test
	void eachPeriodOfCareInTheYearHasASocialWorkersEpisode() throws Exception {
		Journey.Child twice = child("E5");
		episode(twice, "2022-06-01", "2024-05-01", "S", "C2", "U1", "E13");
		episode(twice, "2024-05-02", "2024-05-03", "S", "V2", "U1", "E13");
		episode(twice, "2024-05-04", null, "S", "C2", "U1", null);
		Journey.Child left = child("F6");
		episode(left, "2025-03-29", "2025-03-30", "S", "V2", "U1", "E13");
		List<Path> files = Ssda903Writer.write(List.of(twice, left), YEAR_END, this.folder);

		List<String> workers = lines("social_workers.csv");
		assertThat(workers.get(0)).isEqualTo("CHILD,SW_ID,SW_DECOM,SW_DEC,SW_REASON");
		assertThat(workers.subList(1, workers.size())).extracting((line) -> line.replaceAll(",SW\\d{6},", ",SW,"))
			.as("a worker from the first period's start, however long ago; one at least three days long each")
			.containsExactly("E5,SW,01/06/2022,02/05/2024,OTHERS", "E5,SW,02/05/2024,05/05/2024,OTHERS",
					"E5,SW,05/05/2024,,OTHERS", "F6,SW,29/03/2025,,OTHERS");
		ValidationReport report = ReturnValidator.standard()
			.ssda903(files.stream().map((file) -> new ImportFile(file.getFileName().toString(), file)).toList(), 2025);
		assertThat(report.violations()).isEmpty();
		assertThat(Ssda903Writer.write(List.of(twice), LocalDate.of(2023, 3, 31), this.folder.resolve("2022-23")))
			.as("not collected before 2023-24")
			.noneMatch((file) -> file.getFileName().toString().equals("social_workers.csv"));
	}

}
