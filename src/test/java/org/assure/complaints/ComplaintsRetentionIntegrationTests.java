package org.assure.complaints;

import java.time.LocalDate;
import java.util.Map;

import org.assure.audit.Retention;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The retention schedule on complaints: kept while open; anonymised six years after it
 * closed, its summary gone and its category, stages and outcome kept.
 */
@AssureIntegrationTest
class ComplaintsRetentionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Complaints complaints;

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClosedComplaintIsAnonymisedSixYearsAfterItClosedAndAnOpenOneIsKept() throws Exception {
		AssureUser manager = this.users.inNewPartnership(Role.BOARD_MANAGER);
		long partnershipId = manager.requirePartnershipId();
		LocalDate today = this.complaints.today();
		long closed = record(manager, "Retention: no call back, closed");
		long open = record(manager, "Retention: no call back, open");
		assertThat(this.complaints.respond(partnershipId, closed, today, ComplaintOutcome.UPHELD, "manager")).isEmpty();

		this.retention.run(today.plusYears(6).minusDays(1), "test", partnershipId);
		assertThat(summary(closed)).isEqualTo("Retention: no call back, closed");
		LocalDate received = today.minusDays(30);
		var year = org.assure.calendar.ReportingPeriod.FinancialYear
			.starting((received.getMonthValue() >= 4) ? received.getYear() : received.getYear() - 1);
		Complaints.Report before = this.complaints.report(partnershipId, year);
		this.retention.run(today.plusYears(6), "test", partnershipId);
		assertThat(this.complaints.report(partnershipId, year)).as("the year's statistics are unchanged")
			.isEqualTo(before);
		Map<String, Object> row = this.jdbc
			.sql("select summary, category, status, stage1_outcome, anonymised_at from complaint "
					+ "where partnership_id = ? and complaint_id = ?")
			.params(partnershipId, closed)
			.query()
			.singleRow();
		assertThat(row.get("summary")).isEqualTo("(removed under the retention schedule)");
		assertThat(row.get("category")).isEqualTo("PARENT");
		assertThat(row.get("status")).isEqualTo("RESOLVED");
		assertThat(row.get("stage1_outcome")).isEqualTo("UPHELD");
		assertThat(row.get("anonymised_at")).isNotNull();
		this.retention.run(today.plusYears(30), "test", partnershipId);
		assertThat(summary(open)).as("an open complaint is kept").isEqualTo("Retention: no call back, open");
	}

	private String summary(long id) {
		return this.jdbc.sql("select summary from complaint where complaint_id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private long record(AssureUser manager, String summary) throws Exception {
		String location = this.mvc
			.perform(post("/complaints").param("receivedOn", this.complaints.today().minusDays(30).toString())
				.param("category", "PARENT")
				.param("serviceUsers", "2")
				.param("disabledUsers", "0")
				.param("lookedAfterUsers", "1")
				.param("gender", "FEMALE")
				.param("ethnicity", "NOT_KNOWN")
				.param("serviceArea", "Duty and Advice")
				.param("complaintReason", "DELAY")
				.param("summary", summary)
				.with(user(manager))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/complaints/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
