package org.assure.childdeath;

import java.io.StringReader;
import java.util.List;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * A panel's spreadsheet of deaths: a good file stores each death and its review,
 * recording a panel it does not have yet; a bad one stores nothing and names each problem
 * by file, row, column and rule.
 */
@AssureIntegrationTest
class ChildDeathsCsvIntegrationTests {

	private static final String HEADER = String.join(",", ChildDeathsCsv.COLUMNS) + "\n";

	@Autowired
	private ChildDeathsCsv csv;

	@Autowired
	private ChildDeaths deaths;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void aGoodFileIsStoredWithEachReview() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		int before = this.deaths.all(partnershipId).size();
		String file = HEADER + "2016-03-01,2016-03-02,CSV-CHILD-1,2016-02-20,,Neonatal,CSV Town,no,2016-05-10,8,"
				+ "No modifiable factors identified,,,\n"
				+ "2016-03-05,2016-03-07,CSV-CHILD-2,,10 to 14 years,unexpected,CSV Town,yes,2016-05-10,"
				+ "Suicide or deliberate self-inflicted harm,YES,The child;Service provision,Transition to adult services,"
				+ "No handover between CAMHS and the adult team\n"
				+ "2016-03-09,2016-03-09,CSV-CHILD-3,,,Expected,CSV Town,no,,,,,,\n";
		this.mvc
			.perform(multipart("/child-deaths/import")
				.file(new MockMultipartFile("file", "cdop.csv", "text/csv", file.getBytes()))
				.with(user(this.users.demo(Role.CDOP_OFFICER)))
				.with(csrf()))
			.andExpect(flash().attribute("success", "3 deaths imported from cdop.csv"));
		List<ChildDeath> imported = this.deaths.all(partnershipId)
			.stream()
			.filter((d) -> d.area().equals("CSV Town"))
			.toList();
		try {
			assertThat(imported).hasSize(3);
			assertThat(this.deaths.all(partnershipId)).hasSize(before + 3);
			ChildDeath second = imported.stream().filter((d) -> d.jointAgencyResponse()).findFirst().orElseThrow();
			assertThat(second.ageBand()).isEqualTo(AgeBand.AGE_10_14);
			assertThat(second.category()).isEqualTo(2);
			assertThat(second.modifiable()).isEqualTo(Modifiable.YES);
			assertThat(second.domains()).containsExactlyInAnyOrder(FactorDomain.CHILD, FactorDomain.SERVICES);
			assertThat(
					imported.stream().filter((d) -> d.kind() == DeathKind.NEONATAL).findFirst().orElseThrow().ageBand())
				.isEqualTo(AgeBand.NEONATAL);
			assertThat(imported.stream().filter(ChildDeath::reviewed).map(ChildDeath::panelId).distinct())
				.as("one panel recorded for the day")
				.hasSize(1);
			assertThat(this.deaths.learning(partnershipId))
				.anySatisfy((l) -> assertThat(l.theme()).isEqualTo("Transition to adult services"));
		}
		finally {
			imported.forEach((d) -> this.deaths.withdraw(partnershipId, d.id(), "The test is over", "test"));
		}
	}

	@Test
	void aBadFileStoresNothingAndNamesEveryProblem() {
		long partnershipId = this.users.demoPartnershipId();
		int before = this.deaths.all(partnershipId).size();
		String file = HEADER + "2016-03-01,2016-03-02,CSV-CHILD-9,,,Neonatal,Bad Town,no,,,,,,\n"
				+ "2016-02-30,2016-03-02,CSV-CHILD-10,,,sudden,Bad Town,maybe,,,,,,\n"
				+ "2016-03-01,2016-03-02,CSV-CHILD-11,,,Expected,Bad Town,no,2016-05-10,11,YES,,,\n"
				+ "2016-03-01,2016-03-02,,,,Expected,Bad Town,no,,,,,Sleeping,\n";
		assertThatThrownBy(() -> this.csv.importCsv(partnershipId, new StringReader(file), "bad.csv", "test"))
			.isInstanceOfSatisfying(InvalidUploadException.class, (ex) -> assertThat(ex.problems()).containsExactly(
					"bad.csv row 3, died_on: a date as year-month-day, such as 2015-01-12, not '2016-02-30'",
					"bad.csv row 3, kind: one of Neonatal, Expected, Unexpected, not 'sudden'",
					"bad.csv row 3, joint_agency_response: yes or no, not 'maybe'",
					"bad.csv row 4, category: a number from 1 to 10 or a category's name as the form shows it, not '11'",
					"bad.csv row 5, panel_on: a category, domains or learning belong to a review: give the panel's day "
							+ "and the finding on modifiable factors too"));
		assertThat(this.deaths.all(partnershipId)).hasSize(before);
	}

}
