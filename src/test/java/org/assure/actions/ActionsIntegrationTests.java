package org.assure.actions;

import java.time.LocalDate;
import java.util.Map;

import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tracker refuses illegal moves and moves made on an old reading, asks for what each
 * move needs, lets an agency's data lead move only the agency's own actions (and never
 * close them), and exports what it lists with who exported it and when.
 */
@AssureIntegrationTest
class ActionsIntegrationTests {

	@Autowired
	private Actions actions;

	@Autowired
	private Agencies agencies;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void anActionMovesOnlyAlongItsLifecycleWithWhatEachMoveNeeds() {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		long id = create(null, "Publish the learning from the audit");
		assertThat(this.actions.move(manager, id, 0, ActionStatus.CLOSED, "Closed early")).containsEntry("status",
				"An action that is open cannot be moved to closed: from open it can move to in progress");
		assertThat(this.actions.move(manager, id, 0, ActionStatus.IN_PROGRESS, "")).isEmpty();
		assertThat(this.actions.move(manager, id, 0, ActionStatus.COMPLETED, "Done")).as("an old reading")
			.containsEntry("status", "Someone changed this action while you were reading it: look at it again");
		assertThat(this.actions.move(manager, id, 1, ActionStatus.COMPLETED, " ")).containsEntry("text",
				"Say what was done");
		assertThat(this.actions.move(manager, id, 1, ActionStatus.COMPLETED, "Briefing sent to all agencies"))
			.isEmpty();
		assertThat(this.actions.move(manager, id, 2, ActionStatus.EVIDENCED, "")).containsEntry("text",
				"Record the evidence that the action is done");
		assertThat(this.actions.move(manager, id, 2, ActionStatus.EVIDENCED, "Briefing attendance list")).isEmpty();
		assertThat(this.actions.move(manager, id, 3, ActionStatus.CLOSED, "Practitioners cite it in audits")).isEmpty();
		assertThat(this.actions.move(manager, id, 4, ActionStatus.IN_PROGRESS, "Reopen")).containsEntry("status",
				"An action that is closed cannot be moved to in progress: it is closed");
		Action closed = this.actions.find(this.users.demoPartnershipId(), id).orElseThrow();
		assertThat(closed.status()).isEqualTo(ActionStatus.CLOSED);
		assertThat(closed.completionNote()).isEqualTo("Briefing sent to all agencies");
		assertThat(closed.evidence()).isEqualTo("Briefing attendance list");
		assertThat(closed.impact()).isEqualTo("Practitioners cite it in audits");
		assertThat(this.actions.history(this.users.demoPartnershipId(), id)).extracting(Actions.Change::to)
			.containsExactly(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED,
					ActionStatus.EVIDENCED, ActionStatus.CLOSED);
	}

	@Test
	void aDataLeadMovesOnlyTheAgencysOwnActionsAndNeverClosesThem() throws Exception {
		AssureUser lead = this.users.demo(Role.AGENCY_DATA_LEAD);
		Agency police = agency("Leicestershire Police");
		Agency other = this.agencies.of(this.users.demoPartnershipId())
			.stream()
			.filter((a) -> !a.name().equals("Leicestershire Police"))
			.findFirst()
			.orElseThrow();
		long own = create(police.id(), "Police to review CSE disruption outcomes");
		long theirs = create(other.id(), "Another agency's action");
		assertThat(this.actions.move(lead, own, 0, ActionStatus.IN_PROGRESS, "")).isEmpty();
		assertThatThrownBy(() -> this.actions.move(lead, theirs, 0, ActionStatus.IN_PROGRESS, ""))
			.isInstanceOf(AccessDeniedException.class);
		this.mvc
			.perform(post("/actions/" + theirs + "/move").param("to", "in-progress")
				.param("version", "0")
				.with(user(lead))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/actions/" + own + "/move").param("to", "completed")
				.param("version", "1")
				.param("text", "Outcomes reviewed at the CSE group")
				.with(user(lead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", containsString("completed")));
		assertThat(this.actions.move(lead, own, 2, ActionStatus.EVIDENCED, "Minutes of the CSE group")).isEmpty();
		assertThatThrownBy(() -> this.actions.move(lead, own, 3, ActionStatus.CLOSED, "Impact"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.actions.move(this.users.demo(Role.BOARD_MEMBER), own, 3, ActionStatus.CLOSED, "Impact"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aNewActionNeedsItsFieldsAndAnActiveAgencyOfThePartnership() {
		Actions.Created created = this.actions.create(this.users.demoPartnershipId(),
				new Actions.NewAction(ActionSource.AUDIT, " ", "", "", 999_999L, "", null), "board-manager");
		assertThat(created.id()).isNull();
		assertThat(created.problems()).containsOnlyKeys("title", "sourceReference", "ownerPerson", "ownerAgency",
				"dueDate");
	}

	@Test
	void overdueAndEscalatedListsAndTheExportsCarryWhoAndWhen() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		LocalDate today = this.actions.today();
		long late = createDue(today.minusDays(60), "Long overdue action");
		long recent = createDue(today.minusDays(3), "Recently overdue action");
		long future = createDue(today.plusDays(30), "Action due next month");
		assertThat(this.actions.list(partnershipId, new Actions.Filter(null, null, null, true, false)))
			.extracting(Action::id)
			.contains(late, recent)
			.doesNotContain(future);
		assertThat(this.actions.list(partnershipId, new Actions.Filter(null, null, null, false, true)))
			.extracting(Action::id)
			.contains(late)
			.doesNotContain(recent, future);
		String csv = this.mvc
			.perform(
					get("/actions/export.csv").param("due", "escalated").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("actions.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("\"Exported from Assure by board-member on ")
			.contains("Long overdue action")
			.doesNotContain("Recently overdue action", "Action due next month");
		this.mvc.perform(get("/actions/export.xlsx").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		this.mvc.perform(get("/actions").param("due", "overdue").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Recently overdue action")));
	}

	@Test
	void cellsASpreadsheetWouldTakeForAFormulaAreNeutralisedInBothExports() throws Exception {
		createDue(this.actions.today().plusDays(10), "=HYPERLINK(\"http://example.invalid\",\"Click\")");
		String csv = this.mvc.perform(get("/actions/export.csv").with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click\"\")\"")
			.doesNotContain(",\"=HYPERLINK");
		byte[] xlsx = this.mvc.perform(get("/actions/export.xlsx").with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			java.util.List<String> texts = new java.util.ArrayList<>();
			book.getSheetAt(0).forEach((row) -> row.forEach((cell) -> {
				assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
				if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}));
			assertThat(texts).contains("'=HYPERLINK(\"http://example.invalid\",\"Click\")")
				.noneMatch((text) -> text.startsWith("="));
			assertThat(texts.get(0)).startsWith("Exported from Assure by board-manager on ");
		}
	}

	@Test
	void aFormWithABadAgencyOrDateCreatesNothingAndNamesEveryProblem() {
		long partnershipId = this.users.demoPartnershipId();
		int before = this.actions.list(partnershipId, Actions.Filter.ALL).size();
		Actions.Created created = this.actions.createFromForm(
				partnershipId, ActionSource.MEETING, "Meeting 1", Map.of("title", "Circulate the minutes",
						"ownerPerson", "Board manager", "ownerAgency", "police", "dueDate", "2015-02-30"),
				"board-manager");
		assertThat(created.id()).isNull();
		assertThat(created.problems()).containsOnlyKeys("ownerAgency", "dueDate")
			.containsEntry("dueDate", "Enter the due date as a real date, such as 2015-09-30");
		assertThat(this.actions.createFromForm(partnershipId, null, "", Map.of(), "board-manager").problems())
			.containsOnlyKeys("source", "sourceReference", "title", "ownerPerson", "dueDate");
		assertThat(this.actions.list(partnershipId, Actions.Filter.ALL)).hasSize(before);
	}

	@Test
	void theDemoTrackerHoldsTheNineOfstedRecommendations() {
		java.util.List<Action> ofsted = this.actions.list(this.users.demoPartnershipId(),
				new Actions.Filter(null, ActionSource.OFSTED, null, false, false));
		assertThat(ofsted).hasSize(9);
		assertThat(ofsted).extracting(Action::sourceReference)
			.contains("Ofsted, March 2015, recommendation 1", "Ofsted, March 2015, recommendation 9");
		assertThat(ofsted).anySatisfy((action) -> assertThat(action.title())
			.startsWith("Produce an Annual Report that is consistent with all the requirements of Working Together"));
		assertThat(ofsted).allSatisfy((action) -> {
			assertThat(action.dueDate()).isEqualTo(LocalDate.of(2016, 9, 30));
			assertThat(action.description()).contains("The report gives no due date");
		});
	}

	private Agency agency(String name) {
		return this.agencies.of(this.users.demoPartnershipId())
			.stream()
			.filter((a) -> a.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void reSchedulingAnActionKeepsTheOldPlanInItsHistoryAndCountsTheReplans() throws Exception {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		long id = create(null, "Refresh the escalation policy");
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("dueDate", "2015-12-31");
		fields.put("ownerAgency", "");
		fields.put("ownerPerson", "Named lead");
		fields.put("reason", " ");
		assertThat(this.actions.replan(manager, id, 0, fields)).containsOnlyKeys("reason");
		fields.put("reason", "The policy waits for the new guidance");
		assertThat(this.actions.replan(manager, id, 0, fields)).isEmpty();
		assertThat(this.actions.replan(manager, id, 0, fields)).as("an old reading")
			.containsEntry("dueDate", "Someone changed the action while you were reading it: look again, then re-plan");
		assertThat(this.actions.find(this.users.demoPartnershipId(), id).orElseThrow().dueDate())
			.isEqualTo(LocalDate.of(2015, 12, 31));
		assertThat(this.actions.corrections(this.users.demoPartnershipId(), id)).singleElement()
			.satisfies((correction) -> assertThat(correction.changes()).containsExactly(
					new org.assure.corrections.FieldChange("Due date", "30 September 2015", "31 December 2015")));

		this.mvc
			.perform(post("/actions/" + id + "/replan").param("version", "1")
				.param("dueDate", "2016-03-31")
				.param("ownerAgency", "")
				.param("ownerPerson", "Head of Service")
				.param("reason", "A new lead takes it on")
				.with(user(this.users.demo(Role.AGENCY_DATA_LEAD)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/actions/" + id + "/replan").param("version", "1")
				.param("dueDate", "2016-03-31")
				.param("ownerAgency", "")
				.param("ownerPerson", "Head of Service")
				.param("reason", "A new lead takes it on")
				.with(user(manager))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Action " + id + " re-planned"));
		assertThat(this.actions.replans(this.users.demoPartnershipId())).containsEntry(id, 2);
		this.mvc.perform(get("/actions/" + id).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 times")))
			.andExpect(content().string(containsString("A new lead takes it on")))
			.andExpect(content().string(containsString("31 December 2015")));
		this.mvc.perform(get("/actions").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Re-planned 2 times")));
	}

	private long create(Long agencyId, String title) {
		return createFor(agencyId, title, LocalDate.of(2015, 9, 30));
	}

	private long createDue(LocalDate due, String title) {
		return createFor(null, title, due);
	}

	private long createFor(Long agencyId, String title, LocalDate due) {
		Actions.Created created = this.actions.create(this.users.demoPartnershipId(),
				new Actions.NewAction(ActionSource.AUDIT, "Audit 3, finding 2", title, "", agencyId, "Named lead", due),
				"board-manager");
		assertThat(created.problems()).isEqualTo(Map.of());
		return created.id();
	}

}
