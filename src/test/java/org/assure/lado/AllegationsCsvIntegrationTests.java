package org.assure.lado;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.assure.partnership.Role;
import org.assure.shell.InvalidUploadException;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A LADO service brings its spreadsheet: a good file's referrals are stored with the
 * steps they reached, through the same rules as by hand; a file with any broken row
 * stores nothing and names every problem by file, row, column and rule.
 */
@AssureIntegrationTest
class AllegationsCsvIntegrationTests {

	private static final String HEADER = String.join(",", AllegationsCsv.COLUMNS) + "\n";

	@Autowired
	private AllegationsCsv csv;

	@Autowired
	private Allegations allegations;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	/**
	 * Fuzzing through the web upload: a good file changed in hostile ways (cut short,
	 * noise, a byte-order mark, UTF-16, a huge field, a formula, repeats) is stored whole
	 * or refused with the problems named; never a 500, never some rows of a refused file.
	 */
	@Test
	void aHostileFileIsStoredWholeOrRefusedAndNeverHalfWritten() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		String good = HEADER
				+ "2015-06-04,Head teacher,Education,Teaching assistant,Fuzz Primary,Fuzz adult,C1,Physical,"
				+ "no,no,Grabbed a pupil,,,,Did not meet the threshold,2015-06-05,,,\n"
				+ "2015-06-06,Nursery manager,early years and day care,Nursery nurse,Fuzz Nursery,Fuzz adult two,,"
				+ "UNSUITABILITY,yes,no,Messages to a parent,,,,Did not meet the threshold,2015-06-07,,,\n";
		int rounds = Integer.getInteger("assure.fuzz.rounds", 1) * 25;
		for (int seed = 0; seed < rounds; seed++) {
			byte[] file = org.assure.casedata.HostileInputsMutations.mutate(good.getBytes(StandardCharsets.UTF_8),
					new java.util.Random(seed));
			int before = this.allegations.all(partnershipId).size();
			var result = this.mvc
				.perform(multipart("/lado/allegations/import")
					.file(new MockMultipartFile("file", "fuzz.csv", "text/csv", file))
					.with(user(this.users.demo(Role.LADO)))
					.with(csrf()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as("seed %d", seed).isLessThan(500);
			int after = this.allegations.all(partnershipId).size();
			Object success = result.getFlashMap().get("success");
			if (success == null) {
				assertThat(after).as("seed %d: a refused file stores nothing", seed).isEqualTo(before);
			}
			else {
				assertThat(success.toString()).as("seed %d", seed)
					.isEqualTo((after - before) + " referrals imported from fuzz.csv");
			}
		}
		for (var allegation : this.allegations.all(partnershipId)) {
			if (allegation.setting().startsWith("Fuzz ")) {
				this.allegations.withdraw(partnershipId, allegation.id(), "The fuzzing test is over", "test");
			}
		}
	}

	@Test
	void aGoodFileIsStoredWithTheStepsEachReferralReached() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		int before = this.allegations.all(partnershipId).size();
		String file = HEADER
				+ "2015-05-04,Head teacher,Education,Teaching assistant,CSV Primary,CSV adult one,C1;C2,Physical,no,no,"
				+ "Grabbed a pupil,2015-05-05,yes,,Substantiated,2015-05-20,2015-05-21,Teaching Regulation Agency,"
				+ "2015-05-22\n"
				+ "2015-05-06,Nursery manager,early years and day care,Nursery nurse,CSV Nursery,CSV adult two,,"
				+ "UNSUITABILITY,yes,no,Messages to a parent,,,,Did not meet the threshold,2015-05-07,,,\n";
		this.mvc
			.perform(multipart("/lado/allegations/import")
				.file(new MockMultipartFile("file", "lado.csv", "text/csv", file.getBytes()))
				.with(user(this.users.demo(Role.LADO)))
				.with(csrf()))
			.andExpect(flash().attribute("success", "2 referrals imported from lado.csv"));
		assertThat(this.allegations.all(partnershipId)).hasSize(before + 2)
			.filteredOn((a) -> a.setting().startsWith("CSV "))
			.satisfiesExactlyInAnyOrder((a) -> {
				assertThat(a.outcome()).isEqualTo(AllegationOutcome.THRESHOLD_NOT_MET);
				assertThat(a.technology()).isTrue();
			}, (a) -> {
				assertThat(a.outcome()).isEqualTo(AllegationOutcome.SUBSTANTIATED);
				assertThat(a.childKeys()).hasSize(2);
				assertThat(a.dbsReferredOn()).isEqualTo(LocalDate.of(2015, 5, 21));
				assertThat(a.regulator()).isEqualTo("Teaching Regulation Agency");
				assertThat(a.adultKey()).hasSize(64).doesNotContain("CSV");
			});
		for (Allegation a : this.allegations.all(partnershipId)) {
			if (a.setting().startsWith("CSV ")) {
				assertThat(this.allegations.withdraw(partnershipId, a.id(), "The test is over", "test")).isEmpty();
			}
		}
	}

	@Test
	void aFileWithABrokenRowStoresNothingAndNamesEveryProblem() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		int before = this.allegations.all(partnershipId).size();
		String file = HEADER
				+ "2015-05-04,Head teacher,Education,Teacher,Good School,Adult A,,Physical,no,no,Fine row,,,,,,,,\n"
				+ "2015-13-01,Coach,Football,Coach,Club,Adult B,,Physical,maybe,no,Bad row,,,,,,,,\n"
				+ "2015-05-04,Parent,Health,Nurse,Clinic,Adult C,,Sexual,no,no,Out of order,,,,Substantiated,2015-05-10,,,\n"
				+ "2015-05-04,,Health,Nurse,Clinic,,,Sexual,no,no,,,,,,,,,\n";
		assertThatThrownBy(() -> this.csv.importCsv(partnershipId, new StringReader(file), "lado.csv", "lado"))
			.isInstanceOfSatisfying(InvalidUploadException.class, (ex) -> assertThat(ex.problems()).containsExactly(
					"lado.csv row 3, received_on: a date as year-month-day, such as 2015-01-12, not '2015-13-01'",
					"lado.csv row 3, sector: one of Education, Early years and day care, Foster carer, Residential care, "
							+ "Health, Police, Faith, Voluntary, Transport, Sport and leisure, Other, not 'Football'",
					"lado.csv row 3, technology: yes or no, not 'maybe'",
					"lado.csv row 4, the step: An allegation is found substantiated after a strategy discussion or an "
							+ "evaluation meeting: record it first",
					"lado.csv row 5, referrer: Say who referred it, such as a head teacher",
					"lado.csv row 5, summary: Describe the allegation briefly, without names",
					"lado.csv row 5, adult: Name the adult (a name or staff number): it is stored only as a pseudonym"));
		assertThat(this.allegations.all(partnershipId)).as("nothing of the file is stored").hasSize(before);

		assertThatThrownBy(() -> this.csv.importCsv(partnershipId, new StringReader("referrer,sector\nx,y\n"),
				"short.csv", "lado"))
			.isInstanceOfSatisfying(InvalidUploadException.class,
					(ex) -> assertThat(ex.problems()).first()
						.isEqualTo("short.csv: the column 'received_on' is missing; the columns are "
								+ String.join(", ", AllegationsCsv.COLUMNS)));
		this.mvc
			.perform(multipart("/lado/allegations/import")
				.file(new MockMultipartFile("file", "empty.csv", "text/csv", HEADER.getBytes()))
				.with(user(this.users.demo(Role.LADO)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("empty.csv: there are no rows under the header")));
	}

}
