package org.assure.assurance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Section 11 audits end to end: the demo's 2014-15 round as the seed reports it; an
 * agency's data lead answers for the agency only and sees only its own answers until the
 * round is published, in the pages and in the matrix's query; publication opens every
 * answer to the board, closes the answers and is evidence on its theme; the matrix says
 * how each rating changed since the round before; a SMART action needs its measure and
 * agency; a self-assessment due soon waits for the agency's data lead.
 */
@AssureIntegrationTest
class Section11IntegrationTests {

	@Autowired
	private Section11Audits audits;

	@Autowired
	private Agencies agencies;

	@Autowired
	private Evidence evidence;

	@Autowired
	private Actions actions;

	@Autowired
	private Notifications notifications;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void theDemoHasTheSeeds2014To15Round() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		Section11Round round = this.audits.rounds(partnershipId)
			.stream()
			.filter((r) -> r.name().equals("2014-15"))
			.findFirst()
			.orElseThrow();
		assertThat(round.published()).isTrue();
		assertThat(round.standards()).hasSize(8)
			.startsWith(
					"Senior management commitment to the importance of safeguarding and promoting children's welfare");
		assertThat(this.audits.challenges(partnershipId, round.id())).singleElement()
			.satisfies((challenge) -> assertThat(challenge.attended()).startsWith("The statutory partners"));
		this.mvc.perform(get("/assurance/section11/" + round.id()).with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Agencies were mostly compliant with the agreed standards")));
	}

	@Test
	void aDataLeadAnswersForItsOwnAgencyAndSeesOnlyItsOwnAnswersUntilPublication() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser lead = this.users.demo(Role.AGENCY_DATA_LEAD);
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		Agency police = this.agencies.find(partnershipId, lead.agencyId()).orElseThrow();
		Agency hospital = agency(partnershipId, "University Hospitals Leicester");
		long id = open(manager, "IT 2001-02", "2001-04-02", "2001-06-29");

		this.mvc.perform(as(lead, answer(id, police, 1, "MET", "")))
			.andExpect(
					flash().attribute("problems", Map.of("evidence-1", "Give the evidence for standard 1's rating")));
		this.mvc.perform(as(lead, answer(id, police, 1, "MET", "Chief officer chairs the safeguarding board")))
			.andExpect(flash().attribute("success", "Self-assessment saved"));
		this.mvc.perform(as(lead, answer(id, hospital, 1, "NOT_MET", "Not ours to say")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/assurance/section11/" + id + "/agencies/" + hospital.id()).with(user(lead)))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(manager, answer(id, hospital, 1, "PARTLY_MET", "Sent by e-mail, entered by the board")))
			.andExpect(flash().attribute("success", "Self-assessment saved"));

		Section11Round round = this.audits.find(partnershipId, id).orElseThrow();
		assertThat(this.audits.matrix(partnershipId, round, police.id()).rows())
			.as("the query leaves the other agencies out until publication")
			.extracting((row) -> row.agency().name())
			.containsExactly(police.name());
		this.mvc.perform(get("/assurance/section11/" + id).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"govuk-table__cell\">Met</td>")))
			.andExpect(content().string(not(containsString(hospital.name()))))
			.andExpect(content().string(not(containsString("Partly met"))));
		this.mvc.perform(get("/assurance/section11/" + id).with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The results are shown once the round is published.")))
			.andExpect(content().string(not(containsString("Partly met"))));
		this.mvc.perform(get("/assurance/section11/" + id).with(user(manager)))
			.andExpect(content().string(containsString("Partly met")));

		this.mvc
			.perform(as(lead,
					post("/assurance/section11/" + id + "/publication").param("publishedOn", "2001-09-03")
						.param("conclusion", "Mostly compliant")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(manager,
					post("/assurance/section11/" + id + "/publication").param("publishedOn", "2001-09-03")
						.param("conclusion", "Two agencies took part; the hospital trust partly meets standard 1")
						.param("theme-" + Theme.WORKFORCE.code(), "true")))
			.andExpect(flash().attribute("success", "Round published"));
		this.mvc.perform(get("/assurance/section11/" + id).with(user(lead)))
			.andExpect(content().string(containsString(hospital.name())))
			.andExpect(content().string(containsString("Partly met")));
		this.mvc.perform(as(lead, answer(id, police, 2, "MET", "Too late")))
			.andExpect(flash().attribute("problems",
					Map.of("move", "The round was published on 2001-09-03: its answers can no longer change")));
		assertThat(this.evidence.onTheme(partnershipId, Theme.WORKFORCE)).anySatisfy((item) -> {
			assertThat(item.title()).isEqualTo("Section 11 audit: IT 2001-02");
			assertThat(item.kind()).isEqualTo(Evidence.Kind.SECTION_11);
			assertThat(item.summary()).contains("1 met, 1 partly met");
		});

		long next = open(manager, "IT 2002-03", "2002-04-02", "2002-06-28");
		this.mvc.perform(as(lead, answer(next, police, 1, "NOT_MET", "The chief officer left the board")))
			.andExpect(flash().attribute("success", "Self-assessment saved"));
		Section11Audits.Matrix matrix = this.audits.matrix(partnershipId,
				this.audits.find(partnershipId, next).orElseThrow(), null);
		assertThat(matrix.before()).extracting(Section11Round::name).isEqualTo("IT 2001-02");
		assertThat(matrix.rows()).filteredOn((row) -> row.agency().id() == police.id())
			.singleElement()
			.satisfies((row) -> assertThat(row.cells().get(0).change()).isEqualTo("Worse"));

		this.mvc.perform(as(manager,
				post("/assurance/section11/" + next + "/actions").param("title", "A chief officer back on the board")
					.param("ownerPerson", "Chief Constable")
					.param("ownerAgency", "")
					.param("dueDate", "2030-12-31")))
			.andExpect(flash().attribute("problems",
					Map.of("description", "Say how success will be measured: an action plan is SMART", "ownerAgency",
							"Choose the agency whose plan it is")));
		this.mvc.perform(as(this.users.demo(Role.SUBGROUP_CHAIR),
				post("/assurance/section11/" + next + "/actions").param("title", "A chief officer back on the board")
					.param("ownerPerson", "Chief Constable")
					.param("ownerAgency", String.valueOf(police.id()))
					.param("dueDate", "2030-12-31")
					.param("description", "Attends three of four board meetings")))
			.andExpect(flash().attribute("success", "Action put on the tracker"));
		assertThat(this.actions.from(partnershipId, ActionSource.SECTION_11, "Section 11 audit IT 2002-03"))
			.singleElement()
			.satisfies((action) -> assertThat(action.description())
				.isEqualTo("Measure of success: Attends three of four board meetings"));

		assertThat(this.audits.withdraw(partnershipId, id, "The test is over", "test")).isEmpty();
		assertThat(this.audits.withdraw(partnershipId, next, "The test is over", "test")).isEmpty();
		assertThat(this.evidence.onTheme(partnershipId, Theme.WORKFORCE))
			.noneMatch((item) -> item.title().equals("Section 11 audit: IT 2001-02"));
	}

	@Test
	void aSelfAssessmentDueSoonWaitsForTheAgencysDataLead() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		LocalDate today = this.audits.today();
		long id = open(this.users.demo(Role.BOARD_MANAGER), "IT due soon", today.minusDays(20).toString(),
				today.plusDays(1).toString());
		long police = this.users.demo(Role.AGENCY_DATA_LEAD).agencyId();
		assertThat(this.notifications.waitingFor(partnershipId, "agency-data-lead"))
			.extracting(WaitingList.Waiting::link)
			.contains("/assurance/section11/" + id + "/agencies/" + police);
		assertThat(this.audits.withdraw(partnershipId, id, "The test is over", "test")).isEmpty();
		assertThat(this.notifications.waitingFor(partnershipId, "agency-data-lead"))
			.extracting(WaitingList.Waiting::link)
			.doesNotContain("/assurance/section11/" + id + "/agencies/" + police);
	}

	private long open(AssureUser manager, String name, String opens, String closes) throws Exception {
		String location = this.mvc
			.perform(as(manager,
					post("/assurance/section11").param("name", name).param("opensOn", opens).param("closesOn", closes)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/assurance/section11/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static MockHttpServletRequestBuilder answer(long round, Agency agency, int standard, String rating,
			String evidence) {
		return post("/assurance/section11/" + round + "/agencies/" + agency.id()).param("rating-" + standard, rating)
			.param("evidence-" + standard, evidence);
	}

	private Agency agency(long partnershipId, String name) {
		List<Agency> all = this.agencies.of(partnershipId);
		return all.stream().filter((a) -> a.name().equals(name)).findFirst().orElseThrow();
	}

	private static MockHttpServletRequestBuilder as(AssureUser user, MockHttpServletRequestBuilder request) {
		return request.with(user(user)).with(csrf());
	}

}
