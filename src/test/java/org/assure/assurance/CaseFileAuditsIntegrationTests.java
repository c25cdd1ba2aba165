package org.assure.assurance;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.audit.AccessAction;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogFilter;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Evidence;
import org.assure.indicators.Theme;
import org.assure.notifications.Notifications;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.shell.WaitingList;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * Case file audits end to end: the demo reproduces the seed's 2014 schedule (eight of
 * twelve held as case file audits, one serious incident review, three postponed for the
 * seed's reasons); an audit is taken through the web from the schedule to approval, its
 * case named by a child key from the case data and never a name, graded all or nothing,
 * its findings recurring across audits in the summary and its report evidence on its
 * theme; an audit not held is overdue and waits, a draft report waits for approval, a
 * postponed audit is rescheduled; an audit is corrected, withdrawn and restored.
 */
@AssureIntegrationTest
class CaseFileAuditsIntegrationTests {

	@Autowired
	private CaseFileAudits audits;

	@Autowired
	private Notifications notifications;

	@Autowired
	private Corrections corrections;

	@Autowired
	private Evidence evidence;

	@Autowired
	private AccessLog accessLog;

	@Autowired
	private Actions actions;

	@Autowired
	private Agencies agencies;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void theDemoReproducesTheSeeds2014Schedule() throws Exception {
		CaseFileAudits.Summary summary = this.audits.summary(this.users.demoPartnershipId(),
				CaseFileAudits.Span.parse("2014"));
		assertThat(summary.scheduled()).isEqualTo(12);
		assertThat(summary.caseFileAuditsHeld()).as("eight MACFAs held").isEqualTo(8);
		assertThat(summary.held()).as("and one serious incident review process").isEqualTo(9);
		assertThat(summary.postponed()).isEqualTo(3);
		assertThat(summary.byFormat()).containsExactly(
				new CaseFileAudits.FormatCount(AuditFormat.CASE_FILE, 11, 8, 3, 0),
				new CaseFileAudits.FormatCount(AuditFormat.SERIOUS_INCIDENT, 1, 1, 0, 0));
		assertThat(summary.postponedBy()).containsOnly(Map.entry(Postponement.APOLOGIES, 1),
				Map.entry(Postponement.TIME, 1), Map.entry(Postponement.INFORMATION, 1));
		assertThat(summary.grades()).as("the seed records no grades").isEmpty();
		this.mvc.perform(get("/assurance/audits?year=2014").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"8 of 12 scheduled audits were held as case file audits, 1 as serious incident reviews; 3 postponed.")))
			.andExpect(content().string(containsString("A privately fostered child")));
	}

	@Test
	void anAuditIsTakenFromTheScheduleToApprovalAndItsFindingsRecur() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser auditor = this.users.demo(Role.AUDITOR);
		List<Agency> all = this.agencies.of(partnershipId);
		Agency police = all.stream().filter((a) -> a.name().equals("Leicestershire Police")).findFirst().orElseThrow();
		Agency health = all.stream()
			.filter((a) -> a.name().equals("Leicestershire Partnership Trust"))
			.findFirst()
			.orElseThrow();
		long june = schedule(auditor, "2016-06", "A child who goes missing from home");
		long july = schedule(auditor, "2016-07", "A child at risk of sexual exploitation");

		this.mvc
			.perform(as(auditor,
					post("/assurance/audits/" + june + "/case").param("childKey", "Jane Smith")
						.param("caseSummary", "Girl of 14, missing three times")))
			.andExpect(flash().attribute("problems", Map.of("childKey",
					"A child key is the 64 letters and digits the case data gives a child: copy it from an indicator's "
							+ "children, never a name or the authority's own id")));
		this.mvc
			.perform(as(auditor,
					post("/assurance/audits/" + june + "/case").param("childKey", "0".repeat(64))
						.param("caseSummary", "Girl of 14, missing three times")))
			.andExpect(flash().attribute("problems",
					Map.of("childKey", "No child in the partnership's case data has this key")));
		String key = this.jdbc.sql("select min(child_key) from child where partnership_id = ?")
			.param(partnershipId)
			.query(String.class)
			.single();
		for (long id : List.of(june, july)) {
			this.mvc.perform(as(auditor,
					post("/assurance/audits/" + id + "/case").param("childKey", key.toUpperCase(java.util.Locale.ROOT))
						.param("caseSummary", "Girl of 14, missing three times")))
				.andExpect(flash().attribute("success", "Case identified"));
			this.mvc.perform(as(auditor,
					post("/assurance/audits/" + id + "/lines").param("linesOfEnquiry", "Were return interviews held?")
						.param("lead-" + police.id(), "DI Lead")
						.param("lead-" + health.id(), "Named nurse")))
				.andExpect(flash().attribute("success", "Lines of enquiry agreed"));
			this.mvc.perform(as(auditor, post("/assurance/audits/" + id + "/meeting").param("heldOn", "2016-06-20")))
				.andExpect(flash().attribute("problems", Map.of("move",
						"An audit that stands at 'Lines of enquiry agreed' cannot have its meeting recorded: send the "
								+ "invitations first")));
			this.mvc
				.perform(as(auditor,
						post("/assurance/audits/" + id + "/invitations").param("invitationsSentOn", "2016-06-01")
							.param("practitionersInvited", "six")))
				.andExpect(flash().attribute("problems",
						Map.of("practitionersInvited", "Enter a whole number, such as 6")));
			this.mvc
				.perform(as(auditor,
						post("/assurance/audits/" + id + "/invitations").param("invitationsSentOn", "2016-06-01")
							.param("practitionersInvited", "6")))
				.andExpect(flash().attribute("success", "Invitations recorded"));
			this.mvc.perform(as(auditor, post("/assurance/audits/" + id + "/meeting").param("heldOn", "2016-07-20")))
				.andExpect(flash().attribute("success", "Audit meeting recorded"));
			this.mvc
				.perform(as(auditor,
						post("/assurance/audits/" + id + "/findings").param("area", "Information sharing")
							.param("findingKind", "DEVELOPMENT")
							.param("finding", "Health did not hear of the missing episodes")))
				.andExpect(flash().attribute("success", "Finding recorded"));
		}
		CaseFileAudit held = this.audits.find(partnershipId, june).orElseThrow();
		assertThat(held.childKey()).isEqualTo(key);
		assertThat(held.participants()).extracting(CaseFileAudit.Participant::leadAuditor)
			.containsExactlyInAnyOrder("DI Lead", "Named nurse");

		this.mvc
			.perform(as(auditor,
					post("/assurance/audits/" + june + "/grades").param("grade-" + police.id() + "-0", "GOOD")
						.param("grade-" + police.id() + "-1", "REQUIRES_IMPROVEMENT")))
			.andExpect(flash().attribute("success", "Grades recorded"));
		this.mvc
			.perform(as(auditor,
					post("/assurance/audits/" + june + "/draft").param("draftedOn", "2016-07-25")
						.param("reportSummary", "Return interviews were late")))
			.andExpect(flash().attribute("success", "Draft report recorded"));
		assertThat(this.notifications.waitingFor(partnershipId, "board-manager")).extracting(WaitingList.Waiting::link)
			.as("a report to approve waits for the board manager")
			.contains("/assurance/audits/" + june);
		this.mvc
			.perform(as(auditor,
					post("/assurance/audits/" + june + "/approval").param("approvedOn", "2016-08-01")
						.param("approvedBy", "SEG")))
			.andExpect(status().isForbidden());
		AssureUser chair = this.users.demo(Role.SUBGROUP_CHAIR);
		this.mvc
			.perform(as(chair,
					post("/assurance/audits/" + june + "/approval").param("approvedOn", "2016-08-01")
						.param("approvedBy", "Safeguarding Effectiveness Group")))
			.andExpect(flash().attribute("problems", Map.of("move",
					"Grade every agency taking part on every question before approval: 8 missing (Leicestershire "
							+ "Partnership Trust: Voice of the child; Leicestershire Partnership Trust: Risk assessment; "
							+ "Leicestershire Partnership Trust: Information sharing; …)")));
		MockHttpServletRequestBuilder everyGrade = post("/assurance/audits/" + june + "/grades");
		for (int q = 0; q < this.audits.questions().size(); q++) {
			everyGrade = everyGrade.param("grade-" + health.id() + "-" + q, "INADEQUATE")
				.param("grade-" + police.id() + "-" + q, (q == 1) ? "REQUIRES_IMPROVEMENT" : "GOOD");
		}
		this.mvc.perform(as(auditor, everyGrade)).andExpect(flash().attribute("success", "Grades recorded"));
		this.mvc
			.perform(as(chair,
					post("/assurance/audits/" + june + "/approval").param("approvedOn", "2016-08-01")
						.param("approvedBy", "Safeguarding Effectiveness Group")))
			.andExpect(flash().attribute("success", "Approval recorded"));
		assertThat(this.notifications.waitingFor(partnershipId, "board-manager")).extracting(WaitingList.Waiting::link)
			.doesNotContain("/assurance/audits/" + june);

		assertThat(this.evidence.onTheme(partnershipId, Theme.CSE_MISSING)).anySatisfy((item) -> {
			assertThat(item.title()).isEqualTo("Case file audit: June 2016: A child who goes missing from home");
			assertThat(item.kind()).isEqualTo(Evidence.Kind.AUDIT);
			assertThat(item.summary()).contains("Return interviews were late",
					"Information sharing: Health did not hear of the missing episodes");
		});
		assertThat(this.evidence.onTheme(partnershipId, Theme.CSE_MISSING))
			.as("an audit not yet approved is not evidence")
			.noneMatch((item) -> item.title().contains("A child at risk of sexual exploitation"));

		CaseFileAudits.Summary summary = this.audits.summary(partnershipId, CaseFileAudits.Span.parse("2016-17"));
		assertThat(summary.recurring()).singleElement().satisfies((recurring) -> {
			assertThat(recurring.area()).isEqualTo("Information sharing");
			assertThat(recurring.audits()).hasSize(2);
		});
		assertThat(summary.grades().get("Leicestershire Police").get("Risk assessment"))
			.containsExactly(Map.entry(AuditGrade.REQUIRES_IMPROVEMENT, 1));
		assertThat(summary.grades().get("Leicestershire Partnership Trust").get("Voice of the child"))
			.containsExactly(Map.entry(AuditGrade.INADEQUATE, 1));

		this.mvc
			.perform(as(auditor,
					post("/assurance/audits/" + june + "/actions").param("title", "Share missing episodes with health")
						.param("ownerPerson", "Missing coordinator")
						.param("ownerAgency", String.valueOf(police.id()))
						.param("dueDate", "2016-12-31")))
			.andExpect(flash().attribute("success", "Action put on the tracker"));
		assertThat(this.actions.list(partnershipId, Actions.Filter.ALL))
			.anySatisfy((action) -> assertThat(action.source()).isEqualTo(ActionSource.AUDIT));

		this.mvc.perform(get("/assurance/audits/" + june).with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Share missing episodes with health")))
			.andExpect(content().string(containsString("Requires improvement")));
		assertThat(this.accessLog.find(new AccessLogFilter(partnershipId, "board-member", AccessAction.READ,
				CaseFileAudits.AUDIT_RECORD, String.valueOf(june), null, null, 0, 10)))
			.as("reading an audit is logged, without its content")
			.singleElement()
			.satisfies((entry) -> assertThat(entry.detail()).isNull());
		this.mvc.perform(get("/assurance/audits").with(user(this.users.demo(Role.AGENCY_DATA_LEAD))))
			.andExpect(status().isForbidden());

		assertThat(this.audits.withdraw(partnershipId, june, "The test is over", "test")).isEmpty();
		assertThat(this.audits.withdraw(partnershipId, july, "The test is over", "test")).isEmpty();
		assertThat(this.evidence.onTheme(partnershipId, Theme.CSE_MISSING)).as("a withdrawn audit leaves the evidence")
			.noneMatch((item) -> item.title().contains("June 2016"));
	}

	@Test
	void anAuditNotHeldIsOverdueAndAPostponedOneIsRescheduled() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		YearMonth past = YearMonth.from(this.audits.today()).minusMonths(2);
		long id = schedule(manager, past.toString(), "A privately fostered child");
		assertThat(this.audits.overdue(partnershipId, this.audits.today())).extracting(CaseFileAudit::id).contains(id);
		assertThat(this.notifications.waitingFor(partnershipId, "auditor")).extracting(WaitingList.Waiting::link)
			.contains("/assurance/audits/" + id);

		this.mvc.perform(as(manager, post("/assurance/audits/" + id + "/postponement").param("postponement", "OTHER")))
			.andExpect(
					flash().attribute("problems", Map.of("move", "Say what the other reason for the postponement is")));
		this.mvc
			.perform(as(manager, post("/assurance/audits/" + id + "/postponement").param("postponement", "APOLOGIES")))
			.andExpect(flash().attribute("success", "Audit postponed"));
		assertThat(this.audits.overdue(partnershipId, this.audits.today())).extracting(CaseFileAudit::id)
			.doesNotContain(id);
		this.mvc
			.perform(as(manager,
					post("/assurance/audits/" + id + "/reschedule").param("rescheduleMonth", past.toString())))
			.andExpect(flash().attribute("problems",
					Map.of("move", "Reschedule it to a month after " + CaseFileAudit.monthLabel(past))));
		String location = this.mvc
			.perform(as(manager,
					post("/assurance/audits/" + id + "/reschedule").param("rescheduleMonth",
							past.plusMonths(3).toString())))
			.andExpect(redirectedUrlPattern("/assurance/audits/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long slot = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(slot).isNotEqualTo(id);
		assertThat(this.audits.find(partnershipId, id).orElseThrow().rescheduledTo()).isEqualTo(slot);
		CaseFileAudit rescheduled = this.audits.find(partnershipId, slot).orElseThrow();
		assertThat(rescheduled.status()).isEqualTo(AuditStatus.SCHEDULED);
		assertThat(rescheduled.scheduledMonth()).isEqualTo(past.plusMonths(3));
		assertThat(this.audits.summary(partnershipId, CaseFileAudits.Span.parse(String.valueOf(past.getYear())))
			.postponedBy()).containsKey(Postponement.APOLOGIES);

		assertThat(this.audits.withdraw(partnershipId, id, "The test is over", "test")).isEmpty();
		assertThat(this.audits.withdraw(partnershipId, slot, "The test is over", "test")).isEmpty();
	}

	@Test
	void anAuditIsCorrectedWithdrawnAndRestored() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		this.mvc.perform(as(manager, post("/assurance/audits").param("month", "June").param("topic", " ")))
			.andExpect(flash().attribute("problems", Map.of("month", "Enter a month as year-month, such as 2015-06")));
		assertThat(this.audits
			.schedule(partnershipId, new CaseFileAudits.NewAudit(null, null, "", null, null, null), "test")
			.problems()).containsOnlyKeys("month", "format", "topic");
		long id = schedule(manager, "2016-09", "A disabled child");
		this.mvc
			.perform(as(manager,
					post("/assurance/audits/" + id + "/edit").param("month", "2016-10")
						.param("format", "CASE_FILE")
						.param("topic", "A disabled child")
						.param("theme", Theme.CSE_MISSING.code())
						.param("themeSource", "BOARD_PRIORITY")
						.param("reason", "")))
			.andExpect(flash().attribute("problems",
					Map.of("reason", "Say why the record is being corrected: the history keeps it")));
		this.mvc
			.perform(as(manager,
					post("/assurance/audits/" + id + "/edit").param("month", "2016-10")
						.param("format", "CASE_FILE")
						.param("topic", "A disabled child")
						.param("theme", Theme.CSE_MISSING.code())
						.param("themeSource", "BOARD_PRIORITY")
						.param("reason", "Moved to October's SEG")))
			.andExpect(flash().attribute("success", "Audit corrected"));
		assertThat(this.audits.find(partnershipId, id).orElseThrow().scheduledMonth())
			.isEqualTo(YearMonth.of(2016, 10));
		assertThat(this.audits.corrections(partnershipId, id)).singleElement()
			.satisfies((correction) -> assertThat(correction.changes()).extracting((c) -> c.field())
				.containsExactly("Month"));

		this.mvc.perform(as(manager, post("/assurance/audits/" + id + "/withdraw").param("reason", "Scheduled twice")))
			.andExpect(flash().attribute("success", "Audit withdrawn"));
		assertThat(this.audits.find(partnershipId, id)).isEmpty();
		this.mvc.perform(get("/assurance/audits/" + id).with(user(manager))).andExpect(status().isNotFound());
		RecordRef record = new RecordRef(CaseFileAudits.AUDIT_RECORD, id);
		assertThat(this.corrections.withdrawn(partnershipId)).anySatisfy((w) -> {
			assertThat(w.record()).isEqualTo(record);
			assertThat(w.what()).isEqualTo("case file audit");
			assertThat(w.description()).isEqualTo("October 2016: A disabled child");
		});
		assertThat(this.corrections.restore(partnershipId, record, "Not a duplicate", "admin")).isEmpty();
		assertThat(this.audits.find(partnershipId, id)).isPresent();
		assertThat(this.audits.corrections(partnershipId, id)).extracting(Correction::kind)
			.containsExactly(Correction.Kind.EDITED, Correction.Kind.WITHDRAWN, Correction.Kind.RESTORED);
		assertThat(this.audits.withdraw(partnershipId, id, "The test is over", "test")).isEmpty();
	}

	private long schedule(AssureUser by, String month, String topic) throws Exception {
		String location = this.mvc
			.perform(as(by,
					post("/assurance/audits").param("month", month)
						.param("format", "CASE_FILE")
						.param("topic", topic)
						.param("theme", Theme.CSE_MISSING.code())
						.param("themeSource", "BOARD_PRIORITY")))
			.andExpect(redirectedUrlPattern("/assurance/audits/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static MockHttpServletRequestBuilder as(AssureUser user, MockHttpServletRequestBuilder request) {
		return request.with(user(user)).with(csrf());
	}

}
