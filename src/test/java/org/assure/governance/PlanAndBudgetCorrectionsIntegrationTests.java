package org.assure.governance;

import java.math.BigDecimal;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.jspecify.annotations.Nullable;
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
 * Correcting the business plan and the budget: an activity is corrected with a reason and
 * withdrawn from the plan, a review recorded by mistake is withdrawn and the activity
 * falls back to its review before, a budget line's amount is corrected and a line
 * withdrawn, and the totals follow each time. An administrator brings a withdrawn record
 * back.
 */
@AssureIntegrationTest
class PlanAndBudgetCorrectionsIntegrationTests {

	@Autowired
	private BusinessPlan plan;

	@Autowired
	private Budget budget;

	@Autowired
	private Corrections corrections;

	@Autowired
	private Agencies agencies;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void anActivityIsCorrectedItsReviewWithdrawnAndTheActivityWithdrawnAndRestored() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		assertThat(this.plan.add(partnershipId, activity("q", "Audit neglect cases", null))).isEmpty();
		BusinessPlan.Activity activity = find(partnershipId, "q");
		int before = total(this.plan.status(partnershipId));

		assertThat(this.plan.editActivity(partnershipId, activity.id(),
				activity("q", "Audit neglect cases twice a year", Theme.CHILD_PROTECTION), "", "board-manager"))
			.as("changing a recorded value needs a reason")
			.containsOnlyKeys("reason");
		this.mvc
			.perform(post("/governance/plan/activities/" + activity.id() + "/edit").param("code", "q")
				.param("objective", "Objective of the test")
				.param("activity", "Audit neglect cases twice a year")
				.param("lead", "Chair of the audit group")
				.param("outcome", "Fewer drifting cases")
				.param("timescale", "March 2016")
				.param("theme", Theme.CHILD_PROTECTION.code())
				.param("reason", "The plan was agreed with two audits")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Activity corrected"));
		assertThat(find(partnershipId, "q").activity()).isEqualTo("Audit neglect cases twice a year");
		assertThat(this.plan.corrections(partnershipId, activity.id())).singleElement()
			.satisfies((correction) -> assertThat(correction.changes()).containsExactly(
					new FieldChange("Activity", "Audit neglect cases", "Audit neglect cases twice a year"),
					new FieldChange("Theme", null, Theme.CHILD_PROTECTION.label())));
		this.mvc
			.perform(get("/governance/plan/activities/" + activity.id() + "/edit")
				.with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The plan was agreed with two audits")));
		this.mvc
			.perform(post("/governance/plan/activities/" + activity.id() + "/edit").param("code", "q")
				.param("reason", "x")
				.with(user(this.users.demo(Role.SUBGROUP_CHAIR)))
				.with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(this.plan.review(partnershipId, activity.id(), "2015-16-Q1", PlanProgress.ON_TRACK, "Audit held",
				"Next in the autumn", "subgroup-chair"))
			.isEmpty();
		assertThat(this.plan.review(partnershipId, activity.id(), "2015-16-Q2", PlanProgress.OFF_TRACK,
				"Recorded on the wrong activity", "None", "subgroup-chair"))
			.isEmpty();
		assertThat(find(partnershipId, "q").latest().progress()).isEqualTo(PlanProgress.OFF_TRACK);
		long wrong = this.plan.reviews(partnershipId, activity.id()).get(0).id();
		this.mvc
			.perform(post("/governance/plan/activities/" + activity.id() + "/reviews/" + wrong + "/withdraw")
				.param("reason", "")
				.with(user(this.users.demo(Role.SUBGROUP_CHAIR)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", Map.of("withdrawReason-review-" + wrong,
					"Say why the record is being corrected: the history keeps it")));
		this.mvc
			.perform(post("/governance/plan/activities/" + activity.id() + "/reviews/" + wrong + "/withdraw")
				.param("reason", "Recorded on the wrong activity")
				.with(user(this.users.demo(Role.SUBGROUP_CHAIR)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("success"));
		assertThat(find(partnershipId, "q").latest().progress()).as("the activity stands at its review before")
			.isEqualTo(PlanProgress.ON_TRACK);

		assertThat(this.plan.withdrawActivity(partnershipId, activity.id(), "Merged into activity p", "board-manager"))
			.isEmpty();
		assertThat(this.plan.activity(partnershipId, activity.id())).isEmpty();
		assertThat(total(this.plan.status(partnershipId))).isEqualTo(before - 1);
		RecordRef record = new RecordRef(BusinessPlan.ACTIVITY_RECORD, activity.id());
		assertThat(this.corrections.withdrawn(partnershipId)).anySatisfy((withdrawn) -> {
			assertThat(withdrawn.record()).isEqualTo(record);
			assertThat(withdrawn.what()).isEqualTo("business plan activity");
			assertThat(withdrawn.description()).contains("activity q", "Audit neglect cases twice a year");
			assertThat(withdrawn.reason()).isEqualTo("Merged into activity p");
		});

		this.mvc
			.perform(post("/admin/withdrawn/restore").param("kind", record.kind())
				.param("id", String.valueOf(record.id()))
				.param("reason", "Not merged after all")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/withdrawn/restore").param("kind", record.kind())
				.param("id", String.valueOf(record.id()))
				.param("reason", "Not merged after all")
				.with(user(this.users.demo(Role.ADMIN)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("success"));
		assertThat(this.plan.activity(partnershipId, activity.id())).isPresent();
		assertThat(total(this.plan.status(partnershipId))).isEqualTo(before);
		assertThat(this.corrections.withdrawn(partnershipId)).noneMatch((w) -> w.record().equals(record));
		assertThat(this.plan.corrections(partnershipId, activity.id())).extracting(Correction::kind)
			.containsExactly(Correction.Kind.EDITED, Correction.Kind.WITHDRAWN, Correction.Kind.RESTORED);
		assertThat(this.corrections.restore(partnershipId, record, "Again", "admin"))
			.as("a record that stands is not restored twice")
			.containsOnlyKeys("record");
		assertThat(this.plan.withdrawActivity(partnershipId, activity.id(), "The test is over", "board-manager"))
			.as("the demo plan is left as the seed has it")
			.isEmpty();
	}

	@Test
	void aBudgetLineIsCorrectedAndWithdrawnAndTheTotalsFollow() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		ReportingPeriod.FinancialYear year = ReportingPeriod.FinancialYear.starting(2031);
		long agency = this.agencies.of(partnershipId).get(0).id();
		assertThat(this.budget.contribution(partnershipId, year.code(), agency, "10000", "Core", "board-manager"))
			.isEmpty();
		assertThat(this.budget.spending(partnershipId, year.code(), Budget.Category.STAFF, "4000", "", "board-manager"))
			.isEmpty();
		assertThat(this.budget.of(partnershipId, year).balance()).isEqualByComparingTo("6000");
		Budget.Entry contribution = this.budget.entries(partnershipId, year).get(0);
		Budget.Entry staff = this.budget.entries(partnershipId, year).get(1);

		this.mvc
			.perform(post("/governance/budget/lines/" + contribution.id()).param("amount", "12,500")
				.param("note", "Core")
				.param("reason", "")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems",
					Map.of("reason", "Say why the record is being corrected: the history keeps it")));
		this.mvc
			.perform(post("/governance/budget/lines/" + contribution.id()).param("amount", "12,500")
				.param("note", "Core")
				.param("reason", "The invoice was for £12,500")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "Budget line corrected"));
		assertThat(this.budget.of(partnershipId, year).income()).isEqualByComparingTo(new BigDecimal("12500"));
		assertThat(this.budget.corrections(partnershipId, contribution.id())).singleElement()
			.satisfies((correction) -> assertThat(correction.changes())
				.containsExactly(new FieldChange("Amount", "£10000.00", "£12500.00")));

		this.mvc
			.perform(post("/governance/budget/lines/" + staff.id() + "/withdraw").param("reason", "Paid by the council")
				.with(user(this.users.demo(Role.BOARD_MEMBER)))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/governance/budget/lines/" + staff.id() + "/withdraw").param("reason", "Paid by the council")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Budget.Year after = this.budget.of(partnershipId, year);
		assertThat(after.spent()).isEqualByComparingTo("0");
		assertThat(after.balance()).isEqualByComparingTo("12500");
		assertThat(this.budget.entries(partnershipId, year)).extracting(Budget.Entry::id)
			.containsExactly(contribution.id());
		this.mvc.perform(get("/governance/budget/lines/" + staff.id()).with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/withdrawn").with(user(this.users.demo(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2031-32, spending: Staff, £4000.00")))
			.andExpect(content().string(containsString("Paid by the council")));
	}

	private BusinessPlan.Activity find(long partnershipId, String code) {
		return this.plan.plan(partnershipId)
			.stream()
			.filter((priority) -> priority.number() == 97)
			.flatMap((priority) -> priority.objectives().values().stream())
			.flatMap(java.util.List::stream)
			.filter((a) -> a.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static BusinessPlan.NewActivity activity(String code, String what, @Nullable Theme theme) {
		return new BusinessPlan.NewActivity(97, "A priority of the test", "Objective of the test", code, what,
				"Chair of the audit group", "Fewer drifting cases", "March 2016", theme, null, null);
	}

	private static int total(Map<PlanProgress, Integer> status) {
		return status.values().stream().mapToInt(Integer::intValue).sum();
	}

}
