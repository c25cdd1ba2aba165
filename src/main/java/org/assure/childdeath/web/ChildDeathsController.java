package org.assure.childdeath.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.YearChoice;
import org.assure.childdeath.AgeBand;
import org.assure.childdeath.ChildDeath;
import org.assure.childdeath.ChildDeaths;
import org.assure.childdeath.ChildDeathsCsv;
import org.assure.childdeath.DeathKind;
import org.assure.childdeath.FactorDomain;
import org.assure.childdeath.IllegalChildDeathMoveException;
import org.assure.childdeath.Modifiable;
import org.assure.corrections.Corrections;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.CsvUploads;
import org.assure.shell.FormRedirects;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.RecordNotFoundException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.assure.shell.FormFields.choice;
import static org.assure.shell.FormFields.date;
import static org.assure.shell.FormFields.noProblemsYet;
import static org.assure.shell.FormFields.ticked;
import static org.assure.shell.FormFields.wholeNumber;

/**
 * The Child Death Overview Panel's records and reports: records for CDOP officers and
 * administrators only, every read in the access log; the year's report in its published
 * edition, under disclosure control, for the board too.
 */
@Controller
class ChildDeathsController {

	private final ChildDeaths deaths;

	private final Actions actions;

	private final Agencies agencies;

	private final ChildDeathsCsv csv;

	ChildDeathsController(ChildDeaths deaths, Actions actions, Agencies agencies, ChildDeathsCsv csv) {
		this.deaths = deaths;
		this.actions = actions;
		this.agencies = agencies;
		this.csv = csv;
	}

	@GetMapping("/child-deaths/import")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String importForm(Model model) {
		CsvUploads.form(model, ChildDeathsCsv.COLUMNS);
		return "childdeath/import";
	}

	@PostMapping("/child-deaths/import")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String importFile(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws java.io.IOException {
		return CsvUploads.take(file, "deaths", ChildDeathsCsv.COLUMNS,
				(reader, name) -> this.csv.importCsv(user.requirePartnershipId(), reader, name, user.getUsername()),
				model, redirect, "redirect:/child-deaths", "childdeath/import");
	}

	@GetMapping("/child-deaths")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.READ)
	String deaths(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		List<ChildDeath> all = this.deaths.all(partnershipId);
		model.addAttribute("waiting", all.stream().filter((d) -> !d.reviewed()).toList());
		model.addAttribute("reviewed", all.stream().filter(ChildDeath::reviewed).toList());
		model.addAttribute("panels", this.deaths.panels(partnershipId));
		addChoices(model);
		noProblemsYet(model);
		return "childdeath/deaths";
	}

	@PostMapping("/child-deaths")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String notify(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		ChildDeaths.Notification notification = notification(params, problems);
		Long id = null;
		if (problems.isEmpty()) {
			ChildDeaths.Created created = this.deaths.notify(user.requirePartnershipId(), notification,
					user.getUsername());
			problems.putAll(created.problems());
			id = created.id();
		}
		params.remove("child");
		return FormRedirects.back(redirect, problems, params, "Death recorded",
				(id != null) ? "redirect:/child-deaths/" + id : "redirect:/child-deaths");
	}

	@PostMapping("/child-deaths/panels")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String panel(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "heldOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.deaths.holdPanel(user.requirePartnershipId(), on, user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Panel recorded", "redirect:/child-deaths");
	}

	@GetMapping("/child-deaths/{id}")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.READ)
	String death(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		ChildDeath death = this.deaths.read(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		model.addAttribute("d", death);
		model.addAttribute("onTime", this.deaths.notifiedOnTime(death));
		model.addAttribute("settingsDays", this.deaths.settings().notificationDays());
		model.addAttribute("panels",
				this.deaths.panels(partnershipId)
					.stream()
					.filter((p) -> !p.heldOn().isBefore(death.notifiedOn()))
					.toList());
		model.addAttribute("learning",
				this.deaths.learning(partnershipId)
					.stream()
					.filter((l) -> Long.valueOf(id).equals(l.deathId()))
					.toList());
		model.addAttribute("linked", this.actions.from(partnershipId, ActionSource.CHILD_DEATH, reference(id)));
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("corrections", this.deaths.corrections(partnershipId, id));
		addChoices(model);
		noProblemsYet(model);
		return "childdeath/death";
	}

	@PostMapping("/child-deaths/{id}/review")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String review(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params,
			@RequestParam(name = "domains", required = false) @Nullable List<String> domains,
			RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		ChildDeaths.Review parsed = review(params, domains, problems, List.of());
		List<ChildDeaths.Learning> learning = new ArrayList<>();
		String theme = params.getOrDefault("theme", "");
		String text = params.getOrDefault("learning", "");
		if (!theme.isBlank() || !text.isBlank()) {
			learning.add(new ChildDeaths.Learning(0, id, theme, text, LocalDate.now()));
		}
		if (problems.isEmpty()) {
			try {
				problems.putAll(this.deaths.review(partnershipId, id, new ChildDeaths.Review(parsed.panelId(),
						parsed.category(), parsed.modifiable(), parsed.domains(), learning), user.getUsername()));
			}
			catch (IllegalChildDeathMoveException ex) {
				problems.put("move", ex.getMessage());
			}
		}
		return FormRedirects.back(redirect, problems, params, "Review recorded", "redirect:/child-deaths/" + id);
	}

	@PostMapping("/child-deaths/{id}/review/edit")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String correctReview(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params,
			@RequestParam(name = "domains", required = false) @Nullable List<String> domains,
			RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		ChildDeaths.Review change = review(params, domains, problems, List.of());
		if (problems.isEmpty()) {
			problems.putAll(this.deaths.correctReview(partnershipId, id, change,
					params.getOrDefault(Corrections.REASON, ""), user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Review corrected", "redirect:/child-deaths/" + id);
	}

	@PostMapping("/child-deaths/panels/{panelId}/withdraw")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String withdrawPanel(@AuthenticationPrincipal AssureUser user, @PathVariable long panelId,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		if (this.deaths.panels(partnershipId).stream().noneMatch((p) -> p.id() == panelId)) {
			throw new RecordNotFoundException();
		}
		Map<String, String> problems = Corrections
			.asWithdrawal(this.deaths.withdrawPanel(partnershipId, panelId, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Panel withdrawn", "redirect:/child-deaths",
				"redirect:/child-deaths");
	}

	@PostMapping("/child-deaths/learning/{learningId}/withdraw")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String withdrawLearning(@AuthenticationPrincipal AssureUser user, @PathVariable long learningId,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		if (this.deaths.learning(partnershipId).stream().noneMatch((l) -> l.id() == learningId)) {
			throw new RecordNotFoundException();
		}
		Map<String, String> problems = Corrections
			.asWithdrawal(this.deaths.withdrawLearning(partnershipId, learningId, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Learning withdrawn from the register",
				"redirect:/child-deaths/learning", "redirect:/child-deaths/learning");
	}

	@PostMapping("/child-deaths/{id}/actions")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String action(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = this.actions
			.createFromForm(partnershipId, ActionSource.CHILD_DEATH, reference(id), params, user.getUsername())
			.problems();
		return FormRedirects.back(redirect, problems, params, "Action put on the tracker",
				"redirect:/child-deaths/" + id);
	}

	@GetMapping("/child-deaths/{id}/edit")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String edit(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("d", this.deaths.read(partnershipId, id).orElseThrow(RecordNotFoundException::new));
		model.addAttribute("corrections", this.deaths.corrections(partnershipId, id));
		addChoices(model);
		noProblemsYet(model);
		return "childdeath/death-edit";
	}

	@PostMapping("/child-deaths/{id}/edit")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String correct(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		ChildDeaths.Notification change = notification(params, problems);
		if (problems.isEmpty()) {
			problems.putAll(this.deaths.edit(partnershipId, id, change, params.getOrDefault(Corrections.REASON, ""),
					user.getUsername()));
		}
		params.remove("child");
		return FormRedirects.back(redirect, problems, params, "Death corrected",
				"redirect:/child-deaths/" + id + (problems.isEmpty() ? "" : "/edit"));
	}

	@PostMapping("/child-deaths/{id}/withdraw")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String withdraw(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.deaths.withdraw(partnershipId, id, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Death withdrawn from the record",
				"redirect:/child-deaths/" + id, "redirect:/child-deaths");
	}

	@GetMapping("/child-deaths/learning")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.READ)
	String learning(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("learning", this.deaths.learning(partnershipId));
		model.addAttribute("campaigns", this.deaths.campaigns(partnershipId));
		noProblemsYet(model);
		return "childdeath/learning";
	}

	@PostMapping("/child-deaths/learning")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String learn(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "learnedOn", problems);
		Integer death = wholeNumber(params, "deathId", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.deaths.learn(user.requirePartnershipId(), (death != null) ? death.longValue() : null,
					params.getOrDefault("theme", ""), params.getOrDefault("learning", ""), on, user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Learning recorded", "redirect:/child-deaths/learning");
	}

	@PostMapping("/child-deaths/campaigns")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.WRITE)
	String campaign(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "startedOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.deaths.campaign(user.requirePartnershipId(), params.getOrDefault("title", ""),
					params.getOrDefault("campaignTheme", ""), on, params.getOrDefault("summary", ""),
					user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Campaign recorded", "redirect:/child-deaths/learning");
	}

	@GetMapping("/child-deaths/reports")
	@Allowed(resource = Resource.CHILD_DEATHS, operation = Operation.REPORT)
	String reports(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "year", required = false) @Nullable String year,
			@RequestParam(name = "edition", required = false) @Nullable String edition, Model model) {
		long partnershipId = user.requirePartnershipId();
		YearChoice choice = YearChoice.of(year, this.deaths.today());
		if (choice.problem() != null) {
			model.addAttribute("yearError", choice.problem());
		}
		ReportingPeriod.FinancialYear chosen = choice.year();
		boolean mayReadInternal = user.getAuthorities()
			.stream()
			.anyMatch((a) -> a.getAuthority().equals(Role.CDOP_OFFICER.authority())
					|| a.getAuthority().equals(Role.ADMIN.authority()));
		boolean internal = mayReadInternal && "internal".equals(edition);
		model.addAttribute("report", this.deaths.report(partnershipId, chosen));
		model.addAttribute("internal", internal);
		model.addAttribute("mayReadInternal", mayReadInternal);
		return "childdeath/reports";
	}

	private static ChildDeaths.Review review(Map<String, String> params, @Nullable List<String> domains,
			Map<String, String> problems, List<ChildDeaths.Learning> learning) {
		Integer panel = wholeNumber(params, "panelId", problems);
		Integer category = wholeNumber(params, "category", problems);
		Set<FactorDomain> chosen = EnumSet.noneOf(FactorDomain.class);
		if (domains != null) {
			for (String domain : domains) {
				for (FactorDomain each : FactorDomain.values()) {
					if (each.name().equals(domain)) {
						chosen.add(each);
					}
				}
			}
		}
		return new ChildDeaths.Review((panel != null) ? panel.longValue() : null, category,
				choice(Modifiable.class, params, "modifiable"), chosen, learning);
	}

	/** The reference a death's actions carry on the tracker: its number only. */
	static String reference(long id) {
		return "Child death " + id;
	}

	private static ChildDeaths.Notification notification(Map<String, String> params, Map<String, String> problems) {
		LocalDate died = date(params, "diedOn", problems);
		LocalDate notified = date(params, "notifiedOn", problems);
		LocalDate born = date(params, "bornOn", problems);
		return new ChildDeaths.Notification(died, notified, params.getOrDefault("child", ""), born,
				choice(AgeBand.class, params, "ageBand"), choice(DeathKind.class, params, "kind"),
				params.getOrDefault("area", ""), ticked(params, "jointAgencyResponse"), null);
	}

	private long require(AssureUser user, long id) {
		long partnershipId = user.requirePartnershipId();
		this.deaths.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		return partnershipId;
	}

	private void addChoices(Model model) {
		model.addAttribute("kinds", DeathKind.values());
		model.addAttribute("bands", AgeBand.values());
		model.addAttribute("modifiables", Modifiable.values());
		model.addAttribute("domains", FactorDomain.values());
		model.addAttribute("categories", this.deaths.settings().categories());
		model.addAttribute("areas", this.deaths.settings().areas());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem childDeathsLink() {
			return new NavigationItem(BoardFunction.CASEWORK, "Child deaths (CDOP)", "/child-deaths",
					Resource.CHILD_DEATHS, Operation.READ);
		}

		@Bean
		NavigationItem childDeathsReportLink() {
			return new NavigationItem(BoardFunction.CASEWORK, "Child deaths report", "/child-deaths/reports",
					Resource.CHILD_DEATHS, Operation.REPORT);
		}

	}

}
