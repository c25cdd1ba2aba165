package org.assure.governance.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.corrections.Corrections;
import org.assure.governance.BusinessPlan;
import org.assure.governance.PlanProgress;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Evidence;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.FormRedirects;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The business plan: every member of the partnership reads it; board managers and
 * administrators add to it and put actions on the tracker for it; they and sub-group
 * chairs record the quarterly progress reviews.
 */
@Controller
class BusinessPlanController {

	private final BusinessPlan plan;

	private final Catalogue catalogue;

	private final Evidence evidence;

	private final Actions actions;

	private final Agencies agencies;

	private final org.assure.assurance.Voice voice;

	BusinessPlanController(BusinessPlan plan, Catalogue catalogue, Evidence evidence, Actions actions,
			Agencies agencies, org.assure.assurance.Voice voice) {
		this.voice = voice;
		this.plan = plan;
		this.catalogue = catalogue;
		this.evidence = evidence;
		this.actions = actions;
		this.agencies = agencies;
	}

	@GetMapping("/governance/plan")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.READ)
	String plan(@AuthenticationPrincipal AssureUser user, Model model) {
		List<BusinessPlan.Priority> priorities = this.plan.plan(user.requirePartnershipId());
		model.addAttribute("priorities", priorities);
		model.addAttribute("glance", BusinessPlan.glance(priorities));
		model.addAttribute("progresses", PlanProgress.values());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("canEdit", user.can(Resource.GOVERNANCE, Operation.WRITE));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "governance/plan";
	}

	@PostMapping("/governance/plan/activities")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String add(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		int number;
		try {
			number = Integer.parseInt(params.getOrDefault("priorityNumber", "").strip());
		}
		catch (NumberFormatException ex) {
			number = 0;
		}
		Map<String, String> problems = this.plan.add(user.requirePartnershipId(),
				new BusinessPlan.NewActivity(number, params.getOrDefault("priorityTitle", ""),
						params.getOrDefault("objective", ""), params.getOrDefault("code", ""),
						params.getOrDefault("activity", ""), params.getOrDefault("lead", ""),
						params.getOrDefault("outcome", ""), params.getOrDefault("timescale", ""),
						Theme.fromCode(params.getOrDefault("theme", "")).orElse(null), null, null));
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("success", "Activity added to the plan");
		}
		else {
			redirect.addFlashAttribute("problems", new LinkedHashMap<>(problems));
			redirect.addFlashAttribute("draft", new LinkedHashMap<>(params));
		}
		return "redirect:/governance/plan";
	}

	@GetMapping("/governance/plan/activities/{id}")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.READ)
	String activity(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		BusinessPlan.Activity activity = this.plan.activity(partnershipId, id).orElseThrow(NotFound::new);
		model.addAttribute("activity", activity);
		model.addAttribute("reviews", this.plan.reviews(partnershipId, id));
		model.addAttribute("progresses", PlanProgress.values());
		model.addAttribute("indicators",
				(activity.theme() != null) ? this.catalogue.all(partnershipId)
					.stream()
					.filter((indicator) -> indicator.theme() == activity.theme())
					.toList() : List.of());
		model.addAttribute("evidence",
				(activity.theme() != null) ? this.evidence.onTheme(partnershipId, activity.theme()) : List.of());
		model.addAttribute("linked",
				this.actions.from(partnershipId, ActionSource.BUSINESS_PLAN, activity.reference()));
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("voices", this.voice.onPriority(partnershipId, activity.priorityNumber()));
		model.addAttribute("canReview", user.can(Resource.GOVERNANCE, Operation.CHALLENGE));
		model.addAttribute("canEdit", user.can(Resource.GOVERNANCE, Operation.WRITE));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "governance/activity";
	}

	@PostMapping("/governance/plan/activities/{id}/reviews")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.CHALLENGE)
	String review(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.plan.activity(partnershipId, id).orElseThrow(NotFound::new);
		PlanProgress progress = Arrays.stream(PlanProgress.values())
			.filter((p) -> p.name().equals(params.getOrDefault("progress", "")))
			.findFirst()
			.orElse(null);
		Map<String, String> problems = this.plan.review(partnershipId, id, params.getOrDefault("quarter", ""), progress,
				params.getOrDefault("evidence", ""), params.getOrDefault("commentary", ""), user.getUsername());
		return back(redirect, problems, params, "Review recorded", id);
	}

	@PostMapping("/governance/plan/activities/{id}/actions")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String action(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		BusinessPlan.Activity activity = this.plan.activity(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = this.actions
			.createFromForm(partnershipId, ActionSource.BUSINESS_PLAN, activity.reference(), params, user.getUsername())
			.problems();
		return back(redirect, problems, params, "Action put on the tracker", id);
	}

	@GetMapping("/governance/plan/activities/{id}/edit")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String editActivity(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		BusinessPlan.Activity activity = this.plan.activity(partnershipId, id).orElseThrow(NotFound::new);
		model.addAttribute("activity", activity);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", "Letter within the priority");
		fields.put("objective", "Objective it serves");
		fields.put("activity", "What is to be done");
		fields.put("lead", "Responsible lead");
		fields.put("outcome", "Desired outcome");
		fields.put("timescale", "Timescale and review points");
		model.addAttribute("fields", fields);
		model.addAttribute("values",
				Map.of("code", activity.code(), "objective", activity.objective(), "activity", activity.activity(),
						"lead", activity.lead(), "outcome", activity.outcome(), "timescale", activity.timescale()));
		model.addAttribute("themes", Theme.values());
		model.addAttribute("corrections", this.plan.corrections(partnershipId, id));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "governance/activity-edit";
	}

	@PostMapping("/governance/plan/activities/{id}/edit")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String saveActivity(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		BusinessPlan.Activity activity = this.plan.activity(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = this.plan.editActivity(partnershipId, id,
				new BusinessPlan.NewActivity(activity.priorityNumber(), activity.priorityTitle(),
						params.getOrDefault("objective", ""), params.getOrDefault("code", ""),
						params.getOrDefault("activity", ""), params.getOrDefault("lead", ""),
						params.getOrDefault("outcome", ""), params.getOrDefault("timescale", ""),
						Theme.fromCode(params.getOrDefault("theme", "")).orElse(null), null, null),
				params.getOrDefault(Corrections.REASON, ""), user.getUsername());
		return FormRedirects.back(redirect, problems, params, "Activity corrected",
				"redirect:/governance/plan/activities/" + id + (problems.isEmpty() ? "" : "/edit"));
	}

	@PostMapping("/governance/plan/activities/{id}/withdraw")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String withdrawActivity(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.plan.activity(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.plan.withdrawActivity(partnershipId, id, reason, user.getUsername()));
		if (!problems.isEmpty()) {
			return FormRedirects.back(redirect, problems, Map.of(), "",
					"redirect:/governance/plan/activities/" + id + "/edit");
		}
		return FormRedirects.back(redirect, problems, Map.of(), "Activity withdrawn from the plan",
				"redirect:/governance/plan");
	}

	@PostMapping("/governance/plan/activities/{id}/reviews/{reviewId}/withdraw")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.CHALLENGE)
	String withdrawReview(@AuthenticationPrincipal AssureUser user, @PathVariable long id, @PathVariable long reviewId,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.plan.activity(partnershipId, id).orElseThrow(NotFound::new);
		if (this.plan.reviews(partnershipId, id).stream().noneMatch((r) -> r.id() == reviewId)) {
			throw new NotFound();
		}
		Map<String, String> problems = new LinkedHashMap<>();
		this.plan.withdrawReview(partnershipId, id, reviewId, reason, user.getUsername())
			.forEach((field, message) -> problems.put("withdrawReason-review-" + reviewId, message));
		return back(redirect, problems, Map.of(), "Review withdrawn: the activity stands at its review before", id);
	}

	private static String back(RedirectAttributes redirect, Map<String, String> problems, Map<String, String> params,
			String success, long id) {
		return FormRedirects.back(redirect, problems, params, success, "redirect:/governance/plan/activities/" + id);
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NotFound extends RuntimeException {

		NotFound() {
			super("No such activity");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem businessPlanLink() {
			return new NavigationItem(BoardFunction.GOVERNANCE, "Business plan", "/governance/plan",
					Resource.GOVERNANCE, Operation.READ);
		}

	}

}
