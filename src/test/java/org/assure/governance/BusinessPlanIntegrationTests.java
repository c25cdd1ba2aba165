package org.assure.governance;

import java.util.List;
import java.util.Map;

import org.assure.indicators.Theme;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's business plan 2015-17 has its six priority areas and 27 key activities from
 * the seed; a quarterly review needs a quarter, a rating, evidence and commentary, and
 * the latest review is the activity's standing in the plan at a glance.
 */
@AssureIntegrationTest
class BusinessPlanIntegrationTests {

	@Autowired
	private BusinessPlan plan;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void theDemoPlanHasTheSeedsSixPrioritiesAndTheirActivities() {
		List<BusinessPlan.Priority> priorities = this.plan.plan(this.users.demoPartnershipId());
		assertThat(priorities).extracting(BusinessPlan.Priority::title)
			.containsExactly("Post Ofsted improvement plan", "Core business",
					"LSCB identified priorities for 2015-2017", "Participation and engagement",
					"Effectiveness of multi-agency practice", "Children's workforce development");
		int activities = priorities.stream()
			.mapToInt((p) -> p.objectives().values().stream().mapToInt(List::size).sum())
			.sum();
		assertThat(activities).isEqualTo(27);
		BusinessPlan.Activity cse = priorities.get(2)
			.objectives()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((a) -> a.code().equals("c"))
			.findFirst()
			.orElseThrow();
		assertThat(cse.activity()).startsWith("Ensure that an evaluation of the impact of recent CSE initiatives");
		assertThat(cse.theme()).isEqualTo(Theme.CSE_MISSING);
		assertThat(cse.reference()).isEqualTo("Business plan, priority 3, activity c");
	}

	@Test
	void aReviewNeedsItsFieldsAndTheLatestIsTheActivitysStanding() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		BusinessPlan.Activity activity = activity(partnershipId, 2, "d");
		assertThat(this.plan.review(partnershipId, activity.id(), "2015-16", null, " ", "", "board-manager"))
			.containsOnlyKeys("quarter", "progress", "evidence", "commentary");
		assertThat(this.plan.review(partnershipId, activity.id(), "2015-16-Q1", PlanProgress.AT_RISK,
				"Eleven of sixteen Section 11 audits returned", "Chase the five at the June board", "board-manager"))
			.isEmpty();
		assertThat(this.plan.review(partnershipId, activity.id(), "2015-16-Q2", PlanProgress.ON_TRACK,
				"All sixteen returned", "Analysis to the October board", "board-manager"))
			.isEmpty();
		BusinessPlan.Activity reviewed = this.plan.activity(partnershipId, activity.id()).orElseThrow();
		assertThat(reviewed.latest().progress()).isEqualTo(PlanProgress.ON_TRACK);
		assertThat(reviewed.latest().quarter()).isEqualTo("2015-16-Q2");
		assertThat(this.plan.reviews(partnershipId, activity.id())).extracting(BusinessPlan.Review::quarter)
			.containsExactly("2015-16-Q2", "2015-16-Q1");
		Map<PlanProgress, Integer> glance = BusinessPlan.glance(this.plan.plan(partnershipId));
		assertThat(glance.get(PlanProgress.ON_TRACK)).isGreaterThanOrEqualTo(1);

		this.mvc
			.perform(post("/governance/plan/activities/" + activity.id() + "/reviews").param("quarter", "2015-16-Q3")
				.param("progress", "COMPLETE")
				.param("evidence", "e")
				.param("commentary", "c")
				.with(user(this.users.demo(Role.AGENCY_DATA_LEAD)))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private BusinessPlan.Activity activity(long partnershipId, int priority, String code) {
		return this.plan.plan(partnershipId)
			.get(priority - 1)
			.objectives()
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((a) -> a.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
