package org.assure.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.assure.assurance.Voice;
import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Evidence;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed's engagement events are the demo's voice of children and practitioners, each
 * also evidence on its theme; a budget year's totals, shares and balance are computed
 * from its lines, and a bad amount or year is named.
 */
@AssureIntegrationTest
class VoiceAndBudgetIntegrationTests {

	@Autowired
	private Voice voice;

	@Autowired
	private Corrections corrections;

	@Autowired
	private Budget budget;

	@Autowired
	private Evidence evidence;

	@Autowired
	private Agencies agencies;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void theSeedsEngagementEventsAreEvidenceOnTheirThemes() {
		long partnershipId = this.users.demoPartnershipId();
		List<Voice.Engagement> all = this.voice.all(partnershipId);
		assertThat(all).extracting(Voice.Engagement::activity)
			.contains("Summit for around 100 children and young people",
					"Children in Care Council event run by the Youth Commission on CSE and missing",
					"Feedback forms at LADO strategy meetings, March to May 2014");
		assertThat(this.evidence.onTheme(partnershipId, Theme.CSE_MISSING)).anySatisfy((item) -> {
			assertThat(item.kind()).isEqualTo(Evidence.Kind.VOICE_OF_CHILD);
			assertThat(item.summary()).contains("agreed to have Young People's champions");
		});
		assertThat(this.evidence.onTheme(partnershipId, Theme.LADO))
			.anySatisfy((item) -> assertThat(item.kind()).isEqualTo(Evidence.Kind.VOICE_OF_PRACTITIONERS));
		assertThat(this.voice.onPriority(partnershipId, 3)).extracting(Voice.Engagement::theme)
			.contains(Theme.CSE_MISSING);
		assertThat(this.voice.record(partnershipId,
				new Voice.Engagement(0, Voice.Of.CHILDREN, " ", LocalDate.of(2015, 7, 1), null, null, 100, "", "",
						null),
				"board-manager"))
			.containsOnlyKeys("activity", "whatSaid", "whatChanged", "priorityNumber");
	}

	@Test
	void aWithdrawnEngagementLeavesTheListAndTheEvidenceAndKeepsItsHistory() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		String activity = "Drop-in recorded twice " + System.nanoTime();
		assertThat(
				this.voice
					.record(partnershipId,
							new Voice.Engagement(0, Voice.Of.CHILDREN, activity, LocalDate.of(2015, 7, 1), null,
									Theme.EARLY_HELP, null, "Said twice", "Nothing yet", null),
							"board-manager"))
			.isEmpty();
		long id = this.voice.all(partnershipId)
			.stream()
			.filter((e) -> e.activity().equals(activity))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.evidence.onTheme(partnershipId, Theme.EARLY_HELP))
			.anySatisfy((item) -> assertThat(item.title()).isEqualTo(activity));

		this.mvc
			.perform(post("/assurance/voice/" + id + "/withdraw").param("reason", "")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.voice.all(partnershipId)).extracting(Voice.Engagement::id).contains(id);
		this.mvc
			.perform(post("/assurance/voice/" + id + "/withdraw").param("reason", "The same drop-in was recorded twice")
				.with(user(this.users.demo(Role.BOARD_MEMBER)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/assurance/voice/" + id + "/withdraw").param("reason", "The same drop-in was recorded twice")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.voice.all(partnershipId)).extracting(Voice.Engagement::id).doesNotContain(id);
		assertThat(this.evidence.onTheme(partnershipId, Theme.EARLY_HELP))
			.noneSatisfy((item) -> assertThat(item.title()).isEqualTo(activity));
		assertThat(this.corrections.history(partnershipId, new RecordRef(Voice.ENGAGEMENT_RECORD, id))).singleElement()
			.satisfies(
					(correction) -> assertThat(correction.reason()).isEqualTo("The same drop-in was recorded twice"));
		this.mvc
			.perform(post("/assurance/voice/" + id + "/withdraw").param("reason", "Again")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBudgetYearsTotalsSharesAndBalanceAreComputed() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		List<Agency> all = this.agencies.of(partnershipId);
		assertThat(this.budget.contribution(partnershipId, "2013-14", all.get(0).id(), "60,000", "", "bm")).isEmpty();
		assertThat(this.budget.contribution(partnershipId, "2013-14", all.get(1).id(), "£40000.00", "Police", "bm"))
			.isEmpty();
		assertThat(this.budget.spending(partnershipId, "2013-14", Budget.Category.STAFF, "75000", "", "bm")).isEmpty();
		assertThat(this.budget.spending(partnershipId, "2013-14", Budget.Category.SERIOUS_CASE_REVIEWS, "12500.50",
				"Baby Z", "bm"))
			.isEmpty();
		assertThat(this.budget.spending(partnershipId, "2013-14-Q1", null, "-5", "", "bm")).containsOnlyKeys("category",
				"year", "amount");
		assertThat(this.budget.spending(partnershipId, "2013-14", Budget.Category.OTHER, "12.345", "", "bm"))
			.containsOnlyKeys("amount");
		Budget.Year year = this.budget.of(partnershipId, ReportingPeriod.FinancialYear.starting(2013));
		assertThat(year.income()).isEqualByComparingTo(new BigDecimal("100000"));
		assertThat(year.spent()).isEqualByComparingTo(new BigDecimal("87500.50"));
		assertThat(year.balance()).isEqualByComparingTo(new BigDecimal("12499.50"));
		assertThat(year.contributions()).extracting(Budget.Line::share).containsExactly(60.0, 40.0);
		assertThat(year.spending().get(1).share()).isCloseTo(12500.50 * 100 / 87500.50, within(1e-9));
		assertThat(this.budget.of(partnershipId, ReportingPeriod.FinancialYear.starting(2014)).contributions())
			.as("the seed's year has no budget: the report gives none")
			.isEmpty();
		this.mvc
			.perform(post("/governance/budget").param("year", "2013-14")
				.param("amount", "1")
				.with(user(this.users.demo(Role.SUBGROUP_CHAIR)))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

}
