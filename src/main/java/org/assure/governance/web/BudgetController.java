package org.assure.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.YearChoice;
import org.assure.corrections.Corrections;
import org.assure.governance.Budget;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.FormRedirects;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board's budget: every member of the partnership reads it; board managers and
 * administrators record it.
 */
@Controller
class BudgetController {

	private final Budget budget;

	private final Agencies agencies;

	private final Clock clock;

	BudgetController(Budget budget, Agencies agencies, Clock clock) {
		this.budget = budget;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/governance/budget")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.READ)
	String budget(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "year", required = false) @Nullable String year, Model model) {
		long partnershipId = user.requirePartnershipId();
		YearChoice choice = YearChoice.of(year, LocalDate.now(this.clock));
		if (choice.problem() != null) {
			model.addAttribute("yearError", choice.problem());
		}
		ReportingPeriod.FinancialYear chosen = choice.year();
		model.addAttribute("budget", this.budget.of(partnershipId, chosen));
		model.addAttribute("entries", this.budget.entries(partnershipId, chosen));
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("categories", Budget.Category.values());
		model.addAttribute("canRecord", user.can(Resource.GOVERNANCE, Operation.WRITE));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "governance/budget";
	}

	@PostMapping("/governance/budget")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String recordBudget(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		String year = params.getOrDefault("year", "");
		Map<String, String> problems;
		if ("spending".equals(params.get("direction"))) {
			Budget.Category category = Arrays.stream(Budget.Category.values())
				.filter((c) -> c.name().equals(params.getOrDefault("category", "")))
				.findFirst()
				.orElse(null);
			problems = this.budget.spending(partnershipId, year, category, params.getOrDefault("amount", ""),
					params.getOrDefault("note", ""), user.getUsername());
		}
		else {
			Long agency = null;
			try {
				agency = Long.valueOf(params.getOrDefault("agency", "").strip());
			}
			catch (NumberFormatException ex) {
				agency = null;
			}
			problems = this.budget.contribution(partnershipId, year, agency, params.getOrDefault("amount", ""),
					params.getOrDefault("note", ""), user.getUsername());
		}
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("success", "Recorded");
		}
		else {
			redirect.addFlashAttribute("problems", new LinkedHashMap<>(problems));
			redirect.addFlashAttribute("draft", new LinkedHashMap<>(params));
		}
		return "redirect:/governance/budget?year="
				+ java.net.URLEncoder.encode(year.strip(), java.nio.charset.StandardCharsets.UTF_8);
	}

	@GetMapping("/governance/budget/lines/{id}")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String line(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("entry",
				this.budget.entry(partnershipId, id).orElseThrow(GovernanceController.NotFound::new));
		model.addAttribute("corrections", this.budget.corrections(partnershipId, id));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "governance/budget-line";
	}

	@PostMapping("/governance/budget/lines/{id}")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String correctLine(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.budget.entry(partnershipId, id).orElseThrow(GovernanceController.NotFound::new);
		Map<String, String> problems = this.budget.editEntry(partnershipId, id, params.getOrDefault("amount", ""),
				params.getOrDefault("note", ""), params.getOrDefault(Corrections.REASON, ""), user.getUsername());
		return FormRedirects.back(redirect, problems, params, "Budget line corrected",
				"redirect:/governance/budget/lines/" + id);
	}

	@PostMapping("/governance/budget/lines/{id}/withdraw")
	@Allowed(resource = Resource.GOVERNANCE, operation = Operation.WRITE)
	String withdrawLine(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Budget.Entry entry = this.budget.entry(partnershipId, id).orElseThrow(GovernanceController.NotFound::new);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.budget.withdrawEntry(partnershipId, id, reason, user.getUsername()));
		if (!problems.isEmpty()) {
			return FormRedirects.back(redirect, problems, Map.of(), "", "redirect:/governance/budget/lines/" + id);
		}
		return FormRedirects.back(redirect, problems, Map.of(), "Budget line withdrawn: the totals no longer count it",
				"redirect:/governance/budget?year=" + entry.year());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem budgetLink() {
			return new NavigationItem(BoardFunction.GOVERNANCE, "Budget", "/governance/budget", Resource.GOVERNANCE,
					Operation.READ);
		}

	}

}
