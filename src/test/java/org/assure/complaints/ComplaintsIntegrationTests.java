package org.assure.complaints;

import java.util.Map;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogFilter;
import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Statutory complaints end to end: the demo's 2014-15 report reproduces the seed's counts
 * with the shares computed from them; board managers record complaints and board members
 * read only the report; every read is logged; a complaint refused a move says why.
 */
@AssureIntegrationTest
class ComplaintsIntegrationTests {

	@Autowired
	private Complaints complaints;

	@Autowired
	private AccessLog accessLog;

	@Autowired
	private org.assure.indicators.Indicators indicators;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void theDemoReportReproducesTheSeeds2014To15Figures() throws Exception {
		Complaints.Report report = this.complaints.report(this.users.demoPartnershipId(),
				ReportingPeriod.FinancialYear.starting(2014));
		assertThat(report.received()).isEqualTo(67);
		assertThat(report.serviceUsers()).isEqualTo(90);
		assertThat(report.byChildren()).isEqualTo(10);
		assertThat(report.withdrawn()).isEqualTo(4);
		assertThat(report.stage1Answered()).isEqualTo(61);
		assertThat(report.stage1Open()).isEqualTo(1);
		assertThat(report.withinTwenty().count()).isEqualTo(32);
		assertThat(report.withinTwenty().percent()).isEqualTo("52.5%");
		assertThat(report.withinTimescale().count()).isEqualTo(32);
		assertThat(report.averageWorkingDays()).isEqualTo("24.2");
		assertThat(report.stage2()).isEqualTo(2);
		assertThat(report.stage2Bypassed()).isEqualTo(1);
		assertThat(report.outcomes().get(ComplaintOutcome.NOT_UPHELD)).isEqualTo(new Complaints.Share(31, 62));
		assertThat(report.outcomes().get(ComplaintOutcome.PARTLY_UPHELD).percent()).isEqualTo("21.0%");
		assertThat(report.outcomes().get(ComplaintOutcome.UPHELD).percent()).isEqualTo("29.0%");
		assertThat(report.reasons().get(ComplaintReason.PRACTICE_DECISION).percent()).isEqualTo("40.3%");
		assertThat(report.reasons().get(ComplaintReason.COMMUNICATION).percent()).isEqualTo("22.4%");
		assertThat(report.reasons().get(ComplaintReason.STAFF_ATTITUDE).percent()).isEqualTo("11.9%");
		assertThat(report.reasons().values().stream().filter((share) -> share.count() > 0)).as("8 categories")
			.hasSize(8);
		assertThat(report.serviceAreas().get("Child in Need service")).isEqualTo(new Complaints.Share(32, 67));
		Complaints.Equality year = report.equality().get(3);
		assertThat(year.gender().get(Gender.MALE).count()).isEqualTo(30);
		assertThat(year.gender().get(Gender.FEMALE).count()).isEqualTo(29);
		assertThat(year.ethnicity().get(Ethnicity.WHITE_BRITISH).percent()).isEqualTo("55.2%");
		assertThat(year.disabled()).isEqualTo(new Complaints.Share(6, 90));
		assertThat(year.lookedAfter().percent()).isEqualTo("24.4%");
		assertThat(report.commendations()).containsEntry(ReportingPeriod.FinancialYear.starting(2014),
				new Complaints.Counted(59, null));
		// the three years before, as the seed's tables give them, with their source
		Complaints.Equality earlier = report.equality().get(2);
		assertThat(earlier.year()).isEqualTo(ReportingPeriod.FinancialYear.starting(2013));
		assertThat(earlier.source()).contains("seed lines 1218-1255");
		assertThat(earlier.received()).isEqualTo(66);
		assertThat(earlier.gender().get(Gender.MALE)).isEqualTo(new Complaints.Share(30, 81));
		assertThat(earlier.gender().get(Gender.MALE).percent()).isEqualTo("37.0%");
		assertThat(earlier.gender().get(Gender.NOT_KNOWN).percent()).isEqualTo("35.8%");
		assertThat(earlier.disabled().percent()).isEqualTo("4.9%");
		assertThat(earlier.lookedAfter().percent()).isEqualTo("33.3%");
		assertThat(earlier.notes()).anyMatch((note) -> note.contains("add up to 81, not the 66 complaints"));
		assertThat(report.equality().get(0).received()).isNull();
		assertThat(report.equality().get(0).gender().get(Gender.MALE).percent()).isEqualTo("45.2%");
		assertThat(report.equality().get(1).disabled().percent()).isEqualTo("7.0%");
		assertThat(report.commendations().get(ReportingPeriod.FinancialYear.starting(2013)).count()).isEqualTo(83);
		assertThat(report.commendations().get(ReportingPeriod.FinancialYear.starting(2012)).count()).isEqualTo(39);
		assertThat(this.indicators.stored(this.users.demoPartnershipId(), "2014-15")).anySatisfy((value) -> {
			assertThat(value.code()).isEqualTo("complaints-stage1-on-time");
			assertThat(value.numerator()).isEqualTo(32);
			assertThat(value.denominator()).isEqualTo(61);
		}).anySatisfy((value) -> {
			assertThat(value.code()).isEqualTo("complaints-received");
			assertThat(value.numerator()).isEqualTo(67);
		});
		this.mvc.perform(get("/complaints/reports?year=2014-15").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("67 complaints received, about 90 service users")))
			.andExpect(content().string(containsString("32 (52.5%)")))
			.andExpect(content().string(containsString("add up to 81, not the 66 complaints received")))
			.andExpect(content().string(containsString("(as given in Annual report 2014-15")));
	}

	@Test
	void boardManagersRecordComplaintsAndBoardMembersReadOnlyTheReport() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		String today = this.complaints.today().toString();
		this.mvc
			.perform(post("/complaints").param("receivedOn", today)
				.param("serviceUsers", "1")
				.param("disabledUsers", "2")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("problems",
					Map.of("category", "Choose who made the complaint", "disabledUsers",
							"Enter how many of the 1 service users have a disability: 0 to 1", "gender",
							"Choose the gender, or not declared", "ethnicity", "Choose the ethnicity, or not declared",
							"serviceArea", "Name the service complained about", "complaintReason",
							"Choose the reason for the complaint", "summary",
							"Describe the complaint briefly, without names")));
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
				.param("summary", "No call back for three weeks")
				.with(user(manager))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/complaints/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get(location).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stage 1 response")));
		this.mvc.perform(post(location + "/stage3").param("stage3RequestedOn", today).with(user(manager)).with(csrf()))
			.andExpect(flash().attribute("problems", Map.of("move",
					"A review panel is requested after the stage 2 response: this complaint stands at 'Stage 1: local resolution'")));
		this.mvc.perform(get(location).with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/complaints").with(user(this.users.demo(Role.AGENCY_DATA_LEAD))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/complaints/reports").with(user(this.users.demo(Role.AGENCY_DATA_LEAD))))
			.andExpect(status().isForbidden());
		assertThat(this.accessLog.find(new AccessLogFilter(partnershipId, "board-manager", AccessAction.READ,
				Complaints.COMPLAINT_RECORD, String.valueOf(id), null, null, 0, 10)))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.detail()).isNull());
		assertThat(this.complaints.due(partnershipId, this.complaints.today())).extracting((d) -> d.complaint().id())
			.as("a stage 1 response due 10 working days after a complaint of 30 days ago is overdue")
			.contains(id);
		this.mvc
			.perform(post(location + "/edit").param("receivedOn", this.complaints.today().minusDays(30).toString())
				.param("category", "PARENT")
				.param("serviceUsers", "2")
				.param("disabledUsers", "1")
				.param("lookedAfterUsers", "1")
				.param("gender", "FEMALE")
				.param("ethnicity", "NOT_KNOWN")
				.param("serviceArea", "Duty and Advice")
				.param("complaintReason", "COMMUNICATION")
				.param("summary", "No call back for three weeks, and no letter")
				.param("reason", "")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("problems",
					Map.of("reason", "Say why the record is being corrected: the history keeps it")));
		this.mvc
			.perform(post(location + "/edit").param("receivedOn", this.complaints.today().minusDays(30).toString())
				.param("category", "PARENT")
				.param("serviceUsers", "2")
				.param("disabledUsers", "1")
				.param("lookedAfterUsers", "1")
				.param("gender", "FEMALE")
				.param("ethnicity", "NOT_KNOWN")
				.param("serviceArea", "Duty and Advice")
				.param("complaintReason", "COMMUNICATION")
				.param("summary", "No call back for three weeks, and no letter")
				.param("reason", "The complaint letter said more")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("success", "Complaint corrected"));
		assertThat(this.complaints.find(partnershipId, id).orElseThrow().reason())
			.isEqualTo(ComplaintReason.COMMUNICATION);
		assertThat(this.complaints.corrections(partnershipId, id)).singleElement()
			.satisfies(
					(correction) -> assertThat(correction.changes().toString()).contains("With a disability", "Reason")
						.doesNotContain("no letter"));
		this.mvc.perform(get(location + "/edit").with(user(manager))).andExpect(status().isOk());
		assertThat(this.complaints.withdraw(partnershipId, id, "The test is over", "test")).isEmpty();
		assertThat(this.complaints.find(partnershipId, id)).isEmpty();
	}

}
