package org.assure.corrections;

import java.time.LocalDate;
import java.util.Map;

import org.assure.assurance.Voice;
import org.assure.indicators.Evidence;
import org.assure.indicators.Theme;
import org.assure.partnership.Role;
import org.assure.reporting.ReportCards;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one register of withdrawn records, across modules: a report card and an engagement
 * are corrected and withdrawn by the people who write them, show in the administrator's
 * register with who and why, and come back when restored (the engagement with its
 * evidence on its theme). A restore that would put two cards on one quarter is refused.
 */
@AssureIntegrationTest
class WithdrawnRecordsIntegrationTests {

	@Autowired
	private ReportCards cards;

	@Autowired
	private Voice voice;

	@Autowired
	private Evidence evidence;

	@Autowired
	private Corrections corrections;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void aReportCardIsCorrectedWithdrawnAndRestoredOnlyWhileNoOtherCardTookItsPlace() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		String group = this.cards.groups(partnershipId).get(0);
		String quarter = "2032-33-Q1";
		assertThat(this.cards.write(partnershipId, group, quarter, "Messages", "Progress", "Risks", "subgroup-chair"))
			.isEmpty();
		assertThat(this.cards.write(partnershipId, group, quarter, "Again", "Again", "Again", "subgroup-chair"))
			.as("one card per sub-group and quarter: the second is a correction")
			.containsOnlyKeys("group");
		ReportCards.Card card = this.cards.current(partnershipId, quarter).get(group);

		this.mvc
			.perform(post("/reports/cards/" + card.id()).param("criticalMessages", "Messages, corrected")
				.param("progress", "Progress")
				.param("risks", "Risks")
				.param("reason", "")
				.with(user(this.users.demo(Role.SUBGROUP_CHAIR)))
				.with(csrf()))
			.andExpect(flash().attribute("problems",
					Map.of("reason", "Say why the record is being corrected: the history keeps it")));
		this.mvc
			.perform(post("/reports/cards/" + card.id()).param("criticalMessages", "Messages, corrected")
				.param("progress", "Progress")
				.param("risks", "Risks")
				.param("reason", "The figure for the quarter was wrong")
				.with(user(this.users.demo(Role.SUBGROUP_CHAIR)))
				.with(csrf()))
			.andExpect(flash().attribute("success", "Report card corrected"));
		assertThat(this.cards.current(partnershipId, quarter).get(group).criticalMessages())
			.isEqualTo("Messages, corrected");
		assertThat(this.cards.corrections(partnershipId, card.id())).singleElement()
			.satisfies((c) -> assertThat(c.changes())
				.containsExactly(new FieldChange("Critical messages", "Messages", "Messages, corrected")));

		this.mvc
			.perform(post("/reports/cards/" + card.id() + "/withdraw").param("reason", "Written for the wrong group")
				.with(user(this.users.demo(Role.BOARD_MEMBER)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/reports/cards/" + card.id() + "/withdraw").param("reason", "Written for the wrong group")
				.with(user(this.users.demo(Role.SUBGROUP_CHAIR)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.cards.current(partnershipId, quarter)).doesNotContainKey(group);
		RecordRef record = new RecordRef(ReportCards.CARD_RECORD, card.id());
		assertThat(this.corrections.withdrawn(partnershipId)).anySatisfy((w) -> {
			assertThat(w.record()).isEqualTo(record);
			assertThat(w.description()).isEqualTo(group + ", " + quarter);
			assertThat(w.by()).isEqualTo("subgroup-chair");
		});

		assertThat(this.cards.write(partnershipId, group, quarter, "New", "New", "New", "subgroup-chair")).isEmpty();
		assertThat(this.corrections.restore(partnershipId, record, "It was the right group", "admin"))
			.containsOnlyKeys("record");
		long newer = this.cards.current(partnershipId, quarter).get(group).id();
		assertThat(this.cards.withdraw(partnershipId, newer, "The first card was right", "subgroup-chair")).isEmpty();
		assertThat(this.corrections.restore(partnershipId, record, "It was the right group", "admin")).isEmpty();
		assertThat(this.cards.current(partnershipId, quarter).get(group).criticalMessages())
			.isEqualTo("Messages, corrected");
	}

	@Test
	void anEngagementIsCorrectedAndRestoredWithItsEvidence() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		assertThat(this.voice.record(partnershipId,
				new Voice.Engagement(0, Voice.Of.CHILDREN, "Register test: care leavers' forum",
						LocalDate.of(2015, 9, 3), null, Theme.EARLY_HELP, null, "They wanted one worker", "Nothing yet",
						null),
				"board-manager"))
			.isEmpty();
		Voice.Engagement engagement = this.voice.all(partnershipId)
			.stream()
			.filter((e) -> e.activity().startsWith("Register test"))
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(post("/assurance/voice/" + engagement.id() + "/edit").param("voice", "CHILDREN")
				.param("activity", "Register test: care leavers' forum")
				.param("heldOn", "2015-09-03")
				.param("whatSaid", "They wanted one worker")
				.param("whatChanged", "Nothing yet")
				.param("theme", Theme.CHILD_PROTECTION.code())
				.param("reason", "It was about child protection plans")
				.with(user(this.users.demo(Role.SUBGROUP_CHAIR)))
				.with(csrf()))
			.andExpect(flash().attribute("success", "Engagement corrected"));
		assertThat(titles(partnershipId, Theme.EARLY_HELP)).doesNotContain("Register test: care leavers' forum");
		assertThat(titles(partnershipId, Theme.CHILD_PROTECTION)).contains("Register test: care leavers' forum");

		assertThat(this.voice.withdraw(partnershipId, engagement.id(), "Recorded twice", "board-manager")).isEmpty();
		assertThat(titles(partnershipId, Theme.CHILD_PROTECTION)).doesNotContain("Register test: care leavers' forum");
		this.mvc.perform(get("/admin/withdrawn").with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/withdrawn").with(user(this.users.demo(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Register test: care leavers&#39; forum")))
			.andExpect(content().string(containsString("Recorded twice")));

		this.mvc
			.perform(post("/admin/withdrawn/restore").param("kind", Voice.ENGAGEMENT_RECORD)
				.param("id", String.valueOf(engagement.id()))
				.param("reason", "")
				.with(user(this.users.demo(Role.ADMIN)))
				.with(csrf()))
			.andExpect(flash().attribute("problems", Map.of("reason-assurance-engagement-" + engagement.id(),
					"Say why the record is being corrected: the history keeps it")));
		this.mvc
			.perform(post("/admin/withdrawn/restore").param("kind", Voice.ENGAGEMENT_RECORD)
				.param("id", String.valueOf(engagement.id()))
				.param("reason", "It was not a duplicate")
				.with(user(this.users.demo(Role.ADMIN)))
				.with(csrf()))
			.andExpect(flash().attributeExists("success"));
		assertThat(titles(partnershipId, Theme.CHILD_PROTECTION)).contains("Register test: care leavers' forum");
		assertThat(this.voice.corrections(partnershipId, engagement.id())).extracting(Correction::kind)
			.containsExactly(Correction.Kind.EDITED, Correction.Kind.WITHDRAWN, Correction.Kind.RESTORED);
	}

	private java.util.List<String> titles(long partnershipId, Theme theme) {
		return this.evidence.onTheme(partnershipId, theme).stream().map(Evidence.Item::title).toList();
	}

}
