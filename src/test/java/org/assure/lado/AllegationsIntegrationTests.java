package org.assure.lado;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogFilter;
import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;
import org.assure.notifications.Notifications;
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
 * The LADO's allegations end to end: the demo's report reproduces the seed's counts, with
 * the shares computed from them; no one but the LADO and administrators reads an
 * allegation, every read is logged and no log line or history holds its content or the
 * adult's name; the third referral about the same adult prompts an evaluation meeting
 * that waits for the LADO; an allegation is corrected and withdrawn.
 */
@AssureIntegrationTest
class AllegationsIntegrationTests {

	private static final LocalDate FROM = LocalDate.of(2014, 4, 1);

	private static final LocalDate TO = LocalDate.of(2015, 2, 28);

	private static final LocalDate AS_AT = LocalDate.of(2015, 3, 31);

	@Autowired
	private Allegations allegations;

	@Autowired
	private Notifications notifications;

	@Autowired
	private Corrections corrections;

	@Autowired
	private AccessLog accessLog;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private org.assure.indicators.Indicators indicators;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void theDemoReportReproducesTheSeedsCounts() throws Exception {
		Allegations.Report report = this.allegations.report(this.users.demoPartnershipId(), FROM, TO, AS_AT);
		assertThat(report.referrals()).isEqualTo(214);
		assertThat(report.withinOneMonth().count()).as("133 within four weeks").isEqualTo(133);
		assertThat(report.withinOneMonth().percent()).isEqualTo("62.1%");
		assertThat(report.resolved()).containsEntry(Resolution.THREE_MONTHS, 40)
			.containsEntry(Resolution.TWELVE_MONTHS, 12);
		assertThat(report.withinThreeMonths().percent()).as("the seed prints 81.62%").isEqualTo("80.8%");
		assertThat(report.open().count()).isEqualTo(29);
		assertThat(report.open().percent()).isEqualTo("13.6%");
		assertThat(report.outcomes().get(AllegationOutcome.THRESHOLD_NOT_MET).percent()).isEqualTo("53.3%");
		assertThat(report.outcomes().get(AllegationOutcome.SUBSTANTIATED).count()).isEqualTo(27);
		assertThat(report.dbs().count()).isEqualTo(16);
		assertThat(report.dbs().percent()).as("the seed prints both 59% and 73%").isEqualTo("59.3%");
		assertThat(report.technology().count()).isEqualTo(12);
		assertThat(report.technology().percent()).as("the seed prints 7%").isEqualTo("5.6%");
		assertThat(report.lookedAfter().count()).isEqualTo(47);
		assertThat(report.openByAge()).containsExactly(Map.entry("Under 3 months", 15), Map.entry("3 to 6 months", 13),
				Map.entry("6 to 12 months", 1), Map.entry("Over 12 months", 0));
		assertThat(report.byMonth().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(214);
		this.mvc
			.perform(get("/lado/reports?from=2014-04-01&to=2015-02-28&asAt=2015-03-31")
				.with(user(this.users.demo(Role.LADO))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("214 referrals received from 1 April 2014 to 28 February 2015.")))
			.andExpect(content().string(containsString("16, 59.3% of the 27 substantiated")));
	}

	@Test
	void theLadosIndicatorsAreInTheCatalogueComputedFromTheAllegations() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		assertThat(this.indicators.stored(partnershipId, "2014-15")).anySatisfy((value) -> {
			assertThat(value.code()).isEqualTo("lado-resolved-1-month");
			assertThat(value.numerator()).isEqualTo(133);
			assertThat(value.denominator()).isEqualTo(214);
		}).anySatisfy((value) -> {
			assertThat(value.code()).isEqualTo("lado-referrals");
			assertThat(value.numerator()).isEqualTo(214);
		});
		assertThat(this.indicators.stored(partnershipId, "2014-07"))
			.filteredOn((value) -> value.code().equals("lado-referrals"))
			.singleElement()
			.satisfies((value) -> assertThat(value.numerator()).isPositive());
		this.mvc
			.perform(get("/api/v1/indicators/lado-resolved-1-month/judgement")
				.with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/indicators/lado-resolved-1-month").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("computed from the LADO&#39;s allegations")));
	}

	@Test
	void onlyTheLadoAndAdministratorsReadAnAllegationAndEveryReadIsLoggedWithoutItsContent() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser lado = this.users.demo(Role.LADO);
		long id = refer(lado, "Jane Example", "Pushed a pupil against a wall");
		for (Role role : Role.values()) {
			int expected = (role == Role.LADO || role == Role.ADMIN) ? 200 : 403;
			this.mvc.perform(get("/lado/allegations/" + id).with(user(this.users.demo(role))))
				.andExpect(status().is(expected));
			this.mvc.perform(get("/lado/allegations").with(user(this.users.demo(role))))
				.andExpect(status().is(expected));
		}
		assertThat(this.accessLog.find(new AccessLogFilter(partnershipId, "lado", AccessAction.READ,
				Allegations.ALLEGATION_RECORD, String.valueOf(id), null, null, 0, 10)))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.detail()).isNull());
		List<String> logged = this.jdbc
			.sql("select coalesce(detail, '') || ' ' || coalesce(record_id, '') from access_log")
			.query(String.class)
			.list();
		assertThat(logged).noneMatch((line) -> line.contains("Pushed") || line.contains("Jane"));
		List<String> stored = this.jdbc
			.sql("select adult_key || ' ' || setting || ' ' || adult_role from allegation where allegation_id = ?")
			.param(id)
			.query(String.class)
			.list();
		assertThat(stored).singleElement().satisfies((row) -> assertThat(row).doesNotContain("Jane"));
		this.mvc.perform(get("/lado/allegations/" + id).with(user(lado)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Jane Example"))));
		assertThat(this.allegations.withdraw(partnershipId, id, "The test is over", "test")).isEmpty();
	}

	@Test
	void theThirdReferralAboutTheSameAdultPromptsAnEvaluationMeetingThatWaitsForTheLado() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser lado = this.users.demo(Role.LADO);
		long first = refer(lado, "Repeat Adult", "First concern");
		long second = refer(lado, "  repeat   ADULT ", "Second concern");
		assertThat(this.allegations.find(partnershipId, second).orElseThrow().evaluationPrompt()).isNull();
		this.mvc.perform(as(lado, referral("REPEAT adult", "Third concern")))
			.andExpect(flash().attribute("prompt",
					"The 3rd referral about the same adult: consider an evaluation meeting on the history of concerns."));
		Allegation third = this.allegations.evaluationsDue(partnershipId)
			.stream()
			.filter((a) -> a.summary().equals("Third concern"))
			.findFirst()
			.orElseThrow();
		assertThat(this.notifications.waitingFor(partnershipId, "lado")).extracting(WaitingList.Waiting::link)
			.contains("/lado/allegations/" + third.id(), "/lado/allegations");
		assertThat(this.notifications.waitingFor(partnershipId, "board-manager")).extracting(WaitingList.Waiting::link)
			.noneMatch((link) -> link.startsWith("/lado/"));

		this.mvc
			.perform(as(lado,
					post("/lado/allegations/" + third.id() + "/outcome").param("outcome", "SUBSTANTIATED")
						.param("concludedOn", LocalDate.now().toString())))
			.andExpect(flash().attribute("problems", Map.of("move",
					"An allegation is found substantiated after a strategy discussion or an evaluation meeting: record it first")));
		this.mvc
			.perform(as(lado,
					post("/lado/allegations/" + third.id() + "/evaluation").param("evaluationOn",
							LocalDate.now().toString())))
			.andExpect(flash().attribute("success", "Evaluation meeting recorded"));
		assertThat(this.allegations.evaluationsDue(partnershipId)).extracting(Allegation::id)
			.doesNotContain(third.id());

		for (long id : List.of(first, second, third.id())) {
			assertThat(this.allegations.withdraw(partnershipId, id, "The test is over", "test")).isEmpty();
		}
	}

	@Test
	void anAllegationIsCorrectedWithdrawnAndRestoredAndItsHistoryHoldsNoWords() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser lado = this.users.demo(Role.LADO);
		long id = refer(lado, "Corrected Adult", "Shouted at a child");
		this.mvc
			.perform(as(lado,
					post("/lado/allegations/" + id + "/edit").param("receivedOn", LocalDate.now().toString())
						.param("referrer", "Head teacher")
						.param("sector", "EDUCATION")
						.param("adultRole", "Teacher")
						.param("setting", "Test School")
						.param("harm", "EMOTIONAL")
						.param("summary", "Shouted at a child, repeatedly")
						.param("reason", "The referral said more")))
			.andExpect(flash().attribute("success", "Allegation corrected"));
		assertThat(this.allegations.corrections(partnershipId, id)).singleElement()
			.satisfies((correction) -> assertThat(correction.changes().toString()).doesNotContain("Shouted")
				.contains("Harm", "Summary"));
		assertThat(this.allegations.withdraw(partnershipId, id, "Recorded twice", "lado")).isEmpty();
		this.mvc.perform(get("/lado/allegations/" + id).with(user(lado))).andExpect(status().isNotFound());
		assertThat(this.corrections.withdrawn(partnershipId))
			.anySatisfy((w) -> assertThat(w.record()).isEqualTo(new RecordRef(Allegations.ALLEGATION_RECORD, id)));
		assertThat(this.corrections.restore(partnershipId, new RecordRef(Allegations.ALLEGATION_RECORD, id),
				"Not a duplicate", "admin"))
			.isEmpty();
		assertThat(this.allegations.find(partnershipId, id)).isPresent();
		assertThat(this.allegations.withdraw(partnershipId, id, "The test is over", "test")).isEmpty();
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void anAdministratorSeesWhoHasSeenARecordAndNoLogCarriesItsContent(
			org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		AssureUser lado = this.users.demo(Role.LADO);
		AssureUser admin = this.users.demo(Role.ADMIN);
		String secret = "Quokka-Zebra 7731 pushed a pupil";
		long id = refer(lado, "QZ adult 7731", secret);
		this.mvc.perform(get("/lado/allegations/" + id).with(user(lado)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(secret)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Who has seen this record"))));
		this.mvc.perform(get("/lado/allegations/" + id).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Who has seen this record")))
			.andExpect(content()
				.string(containsString("/admin/access-log?recordType=lado.allegation&amp;recordId=" + id + "\"")));
		String seen = this.mvc
			.perform(get("/admin/access-log").param("recordType", Allegations.ALLEGATION_RECORD)
				.param("recordId", String.valueOf(id))
				.with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(seen).contains(lado.getUsername(), admin.getUsername(), "READ", "CREATE");
		assertThat(output.getAll()).as("the application's log").doesNotContain("Quokka-Zebra", "QZ adult");
		assertThat(this.jdbc
			.sql("select count(*) from access_log where detail like '%Quokka%' or record_id like '%Quokka%'")
			.query(Long.class)
			.single()).as("the access log's rows").isZero();
		assertThat(this.allegations.withdraw(this.users.demoPartnershipId(), id, "The test is over", "test")).isEmpty();
	}

	private long refer(AssureUser lado, String adult, String summary) throws Exception {
		String location = this.mvc.perform(as(lado, referral(adult, summary)))
			.andExpect(redirectedUrlPattern("/lado/allegations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static MockHttpServletRequestBuilder referral(String adult, String summary) {
		return post("/lado/allegations").param("receivedOn", LocalDate.now().toString())
			.param("referrer", "Head teacher")
			.param("sector", "EDUCATION")
			.param("adultRole", "Teacher")
			.param("setting", "Test School " + Math.abs(summary.hashCode()))
			.param("adult", adult)
			.param("children", "TEST-CHILD-" + summary.length())
			.param("harm", "PHYSICAL")
			.param("summary", summary);
	}

	private static MockHttpServletRequestBuilder as(AssureUser user, MockHttpServletRequestBuilder request) {
		return request.with(user(user)).with(csrf());
	}

}
