package org.assure.complaints;

import java.io.StringReader;

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
 * A complaints service brings its spreadsheet: a good file's complaints are stored with
 * the stages they reached; a file with any broken row stores nothing and names every
 * problem by file, row, column and rule.
 */
@AssureIntegrationTest
class ComplaintsCsvIntegrationTests {

	private static final String HEADER = String.join(",", ComplaintsCsv.COLUMNS) + "\n";

	@Autowired
	private ComplaintsCsv csv;

	@Autowired
	private Complaints complaints;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void aGoodFileIsStoredWithTheStagesEachComplaintReached() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		int before = this.complaints.all(partnershipId).size();
		String file = HEADER
				+ "2015-06-01,A parent or person with parental responsibility,no,2,0,1,Female,White – British,CSV service,"
				+ "Lack of communication,Not told of a meeting,Advocate needed,2015-06-22,Not upheld,2015-06-29,,"
				+ "2015-07-20,Partly upheld,,,,,,,\n"
				+ "2015-06-02,CHILD,yes,1,0,1,MALE,NOT_KNOWN,CSV service,DELAY,Waited for a visit,,,,,,,,,,,,,"
				+ "2015-06-05,\n";
		this.mvc
			.perform(multipart("/complaints/import")
				.file(new MockMultipartFile("file", "complaints.csv", "text/csv", file.getBytes()))
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(flash().attribute("success", "2 complaints imported from complaints.csv"));
		assertThat(this.complaints.all(partnershipId)).hasSize(before + 2)
			.filteredOn((c) -> c.serviceArea().equals("CSV service"))
			.satisfiesExactlyInAnyOrder((c) -> assertThat(c.status()).isEqualTo(ComplaintStatus.WITHDRAWN), (c) -> {
				assertThat(c.describe()).isEqualTo("Answered at stage 2");
				assertThat(c.stage1Extension()).isEqualTo("Advocate needed");
				assertThat(c.outcome()).isEqualTo(ComplaintOutcome.PARTLY_UPHELD);
			});
		for (Complaint c : this.complaints.all(partnershipId)) {
			if (c.serviceArea().equals("CSV service")) {
				assertThat(this.complaints.withdraw(partnershipId, c.id(), "The test is over", "test")).isEmpty();
			}
		}
	}

	@Test
	void aFileWithABrokenRowStoresNothingAndNamesEveryProblem() {
		long partnershipId = this.users.demoPartnershipId();
		int before = this.complaints.all(partnershipId).size();
		String file = HEADER + "2015-06-01,PARENT,no,1,0,0,FEMALE,NOT_KNOWN,Area,DELAY,Fine,,,,,,,,,,,,,,\n"
				+ "2015-06-01,Neighbour,no,one,0,0,FEMALE,NOT_KNOWN,Area,DELAY,Bad,,2015-06-20,,,,,,,,,,,,\n"
				+ "2015-06-01,PARENT,no,1,0,0,FEMALE,NOT_KNOWN,Area,DELAY,Out of order,,,,,,,,2015-07-01,,,,,,\n";
		assertThatThrownBy(() -> this.csv.importCsv(partnershipId, new StringReader(file), "c.csv", "manager"))
			.isInstanceOfSatisfying(InvalidUploadException.class, (ex) -> assertThat(ex.problems()).hasSize(4)
				.startsWith(
						"c.csv row 3, category: one of A child or young person looked after or in need, A parent or "
								+ "person with parental responsibility, A local authority foster carer, A young person leaving care, "
								+ "A special guardian, A child under a special guardianship order, A person who has applied for an "
								+ "assessment, A child placed for adoption, or their parents or guardians, A person wishing to "
								+ "adopt, A person for whom adoption services may be provided, An adopted person, their parents, "
								+ "natural parents or former guardians, Another person with sufficient interest in the child's "
								+ "welfare, not 'Neighbour'",
						"c.csv row 3, service_users: a whole number, not 'one'",
						"c.csv row 3, stage1_outcome: give the outcome and the day of the response (stage1_responded_on) "
								+ "together")
				.last()
				.asString()
				.startsWith("c.csv row 4, the step: A review panel is requested after the stage 2 response"));
		assertThat(this.complaints.all(partnershipId)).as("nothing of the file is stored").hasSize(before);
	}

}
