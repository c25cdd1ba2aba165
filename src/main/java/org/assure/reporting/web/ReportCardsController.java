package org.assure.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Corrections;
import org.assure.partnership.AssureUser;
import org.assure.reporting.Dashboard;
import org.assure.reporting.ReportCards;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.FormRedirects;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

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
 * Sub-group report cards: read by every user of the partnership, written by sub-group
 * chairs and board managers.
 */
@Controller
class ReportCardsController {

	private final ReportCards cards;

	private final Dashboard dashboard;

	private final Clock clock;

	ReportCardsController(ReportCards cards, Dashboard dashboard, Clock clock) {
		this.cards = cards;
		this.dashboard = dashboard;
		this.clock = clock;
	}

	@GetMapping("/reports/cards")
	@Allowed(resource = Resource.REPORT_CARDS, operation = Operation.READ)
	String cards(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "quarter", required = false) @Nullable String quarter, Model model) {
		long partnershipId = user.requirePartnershipId();
		ReportingPeriod.Quarter chosen = ReportCards
			.quarterOf(this.dashboard.defaultPeriod(partnershipId, LocalDate.now(this.clock)));
		if (quarter != null && !quarter.isBlank()) {
			try {
				chosen = ReportCards.quarterOf(ReportingPeriod.parse(quarter));
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("quarterError", "Enter a quarter such as 2014-15-Q4");
			}
		}
		model.addAttribute("quarter", chosen);
		model.addAttribute("groups", this.cards.groups(partnershipId));
		model.addAttribute("cards", this.cards.current(partnershipId, chosen.code()));
		model.addAttribute("canWrite", user.can(Resource.REPORT_CARDS, Operation.WRITE));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of("quarter", chosen.code()));
		}
		return "reporting/cards";
	}

	@PostMapping("/reports/cards")
	@Allowed(resource = Resource.REPORT_CARDS, operation = Operation.WRITE)
	String write(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "group", defaultValue = "") String group,
			@RequestParam(name = "quarter", defaultValue = "") String quarter,
			@RequestParam(name = "criticalMessages", defaultValue = "") String criticalMessages,
			@RequestParam(name = "progress", defaultValue = "") String progress,
			@RequestParam(name = "risks", defaultValue = "") String risks, RedirectAttributes redirect) {
		Map<String, String> problems = this.cards.write(user.requirePartnershipId(), group, quarter, criticalMessages,
				progress, risks, user.getUsername());
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("success", "Report card saved: " + group + ", " + quarter.strip());
		}
		else {
			redirect.addFlashAttribute("problems", new LinkedHashMap<>(problems));
			Map<String, String> draft = new LinkedHashMap<>();
			draft.put("group", group);
			draft.put("quarter", quarter);
			draft.put("criticalMessages", criticalMessages);
			draft.put("progress", progress);
			draft.put("risks", risks);
			redirect.addFlashAttribute("draft", draft);
		}
		return "redirect:/reports/cards?quarter="
				+ java.net.URLEncoder.encode(quarter.strip(), java.nio.charset.StandardCharsets.UTF_8);
	}

	@GetMapping("/reports/cards/{id}")
	@Allowed(resource = Resource.REPORT_CARDS, operation = Operation.WRITE)
	String card(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("card", this.cards.card(partnershipId, id).orElseThrow(NotFound::new));
		model.addAttribute("corrections", this.cards.corrections(partnershipId, id));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "reporting/card-edit";
	}

	@PostMapping("/reports/cards/{id}")
	@Allowed(resource = Resource.REPORT_CARDS, operation = Operation.WRITE)
	String correct(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.cards.card(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = this.cards.correct(partnershipId, id,
				params.getOrDefault("criticalMessages", ""), params.getOrDefault("progress", ""),
				params.getOrDefault("risks", ""), params.getOrDefault(Corrections.REASON, ""), user.getUsername());
		return FormRedirects.back(redirect, problems, params, "Report card corrected", "redirect:/reports/cards/" + id);
	}

	@PostMapping("/reports/cards/{id}/withdraw")
	@Allowed(resource = Resource.REPORT_CARDS, operation = Operation.WRITE)
	String withdraw(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		ReportCards.Card card = this.cards.card(partnershipId, id).orElseThrow(NotFound::new);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.cards.withdraw(partnershipId, id, reason, user.getUsername()));
		if (!problems.isEmpty()) {
			return FormRedirects.back(redirect, problems, Map.of(), "", "redirect:/reports/cards/" + id);
		}
		return FormRedirects.back(redirect, problems, Map.of(), "Report card withdrawn",
				"redirect:/reports/cards?quarter=" + card.period());
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NotFound extends RuntimeException {

		NotFound() {
			super("No such report card");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem reportCardsLink() {
			return new NavigationItem(BoardFunction.PERFORMANCE, "Report cards", "/reports/cards",
					Resource.REPORT_CARDS, Operation.READ);
		}

	}

}
