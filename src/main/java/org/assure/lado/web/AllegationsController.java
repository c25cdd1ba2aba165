package org.assure.lado.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Corrections;
import org.assure.lado.Allegation;
import org.assure.lado.AllegationOutcome;
import org.assure.lado.Allegations;
import org.assure.lado.AllegationsCsv;
import org.assure.lado.EmploymentSector;
import org.assure.lado.HarmType;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
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

/**
 * The LADO's allegations and reports: the LADO and administrators only, every read in the
 * access log.
 */
@Controller
class AllegationsController {

	private final Allegations allegations;

	private final Actions actions;

	private final Agencies agencies;

	private final AllegationsCsv csv;

	private final org.assure.lado.LadoRetention retention;

	AllegationsController(Allegations allegations, Actions actions, Agencies agencies, AllegationsCsv csv,
			org.assure.lado.LadoRetention retention) {
		this.retention = retention;
		this.allegations = allegations;
		this.actions = actions;
		this.agencies = agencies;
		this.csv = csv;
	}

	@GetMapping("/lado/allegations/import")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String importForm(Model model) {
		CsvUploads.form(model, AllegationsCsv.COLUMNS);
		return "lado/import";
	}

	@PostMapping("/lado/allegations/import")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String importFile(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws java.io.IOException {
		return CsvUploads.take(file, "referrals", AllegationsCsv.COLUMNS,
				(reader, name) -> this.csv.importCsv(user.requirePartnershipId(), reader, name, user.getUsername()),
				model, redirect, "redirect:/lado/allegations", "lado/import");
	}

	@GetMapping("/lado/allegations")
	@Allowed(resource = Resource.LADO, operation = Operation.READ)
	String allegations(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("allegations", this.allegations.all(partnershipId));
		model.addAttribute("open", this.allegations.openCases(partnershipId));
		model.addAttribute("evaluationsDue", this.allegations.evaluationsDue(partnershipId));
		model.addAttribute("today", this.allegations.today());
		addChoices(model);
		noProblemsYet(model);
		return "lado/allegations";
	}

	@PostMapping("/lado/allegations")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String refer(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		Allegations.Referral referral = referral(params, problems);
		Long id = null;
		if (problems.isEmpty()) {
			Allegations.Created created = this.allegations.refer(user.requirePartnershipId(), referral,
					user.getUsername());
			problems.putAll(created.problems());
			id = created.id();
			if (created.evaluationPrompt() != null) {
				redirect.addFlashAttribute("prompt",
						created.evaluationPrompt() + ": consider an evaluation meeting on the history of concerns.");
			}
		}
		Map<String, String> typed = new LinkedHashMap<>(params);
		typed.remove("adult");
		typed.remove("children");
		return FormRedirects.back(redirect, problems, typed, "Referral recorded",
				(id != null) ? "redirect:/lado/allegations/" + id : "redirect:/lado/allegations");
	}

	@GetMapping("/lado/allegations/{id}")
	@Allowed(resource = Resource.LADO, operation = Operation.READ)
	String allegation(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		Allegation allegation = this.allegations.read(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		model.addAttribute("a", allegation);
		model.addAttribute("today", this.allegations.today());
		model.addAttribute("outcomes", AllegationOutcome.values());
		model.addAttribute("linked", this.actions.from(partnershipId, ActionSource.LADO, reference(allegation)));
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("corrections", this.allegations.corrections(partnershipId, id));
		model.addAttribute("kept", this.retention.kept(partnershipId, id).orElseThrow(RecordNotFoundException::new));
		noProblemsYet(model);
		return "lado/allegation";
	}

	@PostMapping("/lado/allegations/{id}/strategy")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String strategy(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "strategyOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.allegations.holdStrategy(partnershipId, id, on, ticked(params, "policeInvolved"),
					user.getUsername()));
		}
		return back(redirect, problems, params, "Strategy discussion recorded", id);
	}

	@PostMapping("/lado/allegations/{id}/evaluation")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String evaluation(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "evaluationOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.allegations.holdEvaluation(partnershipId, id, on, user.getUsername()));
		}
		return back(redirect, problems, params, "Evaluation meeting recorded", id);
	}

	@PostMapping("/lado/allegations/{id}/outcome")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String outcome(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "concludedOn", problems);
		AllegationOutcome outcome = choice(AllegationOutcome.class, params, "outcome");
		if (problems.isEmpty()) {
			problems.putAll(this.allegations.conclude(partnershipId, id, outcome, on, user.getUsername()));
		}
		return back(redirect, problems, params, "Outcome recorded", id);
	}

	@PostMapping("/lado/allegations/{id}/dbs")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String dbs(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "dbsReferredOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.allegations.referToDbs(partnershipId, id, on, user.getUsername()));
		}
		return back(redirect, problems, params, "DBS referral recorded", id);
	}

	@PostMapping("/lado/allegations/{id}/regulator")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String regulator(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "regulatorReferredOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.allegations.referToRegulator(partnershipId, id, on,
					params.getOrDefault("regulator", ""), user.getUsername()));
		}
		return back(redirect, problems, params, "Regulator referral recorded", id);
	}

	@PostMapping("/lado/allegations/{id}/retention")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String retention(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "retireOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.retention.retireOn(partnershipId, id, on));
		}
		return back(redirect, problems, params, "Retirement date recorded", id);
	}

	@PostMapping("/lado/allegations/{id}/actions")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String action(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Allegation allegation = this.allegations.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Map<String, String> problems = this.actions
			.createFromForm(partnershipId, ActionSource.LADO, reference(allegation), params, user.getUsername())
			.problems();
		return back(redirect, problems, params, "Action put on the tracker", id);
	}

	@GetMapping("/lado/allegations/{id}/edit")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String edit(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("a", this.allegations.read(partnershipId, id).orElseThrow(RecordNotFoundException::new));
		model.addAttribute("corrections", this.allegations.corrections(partnershipId, id));
		addChoices(model);
		noProblemsYet(model);
		return "lado/allegation-edit";
	}

	@PostMapping("/lado/allegations/{id}/edit")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String correct(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		Allegations.Referral change = referral(params, problems);
		if (problems.isEmpty()) {
			problems.putAll(this.allegations.edit(partnershipId, id, change,
					params.getOrDefault(Corrections.REASON, ""), user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Allegation corrected",
				"redirect:/lado/allegations/" + id + (problems.isEmpty() ? "" : "/edit"));
	}

	@PostMapping("/lado/allegations/{id}/withdraw")
	@Allowed(resource = Resource.LADO, operation = Operation.WRITE)
	String withdraw(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.allegations.withdraw(partnershipId, id, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Allegation withdrawn",
				"redirect:/lado/allegations/" + id + "/edit", "redirect:/lado/allegations");
	}

	@GetMapping("/lado/reports")
	@Allowed(resource = Resource.LADO, operation = Operation.REPORT)
	String reports(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to,
			@RequestParam(name = "asAt", required = false) @Nullable String asAt, Model model) {
		long partnershipId = user.requirePartnershipId();
		LocalDate today = this.allegations.today();
		ReportingPeriod.FinancialYear year = ReportingPeriod.financialYearOf(today);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate first = typed(from, "from", year.start(), problems);
		LocalDate last = typed(to, "to", year.end(), problems);
		LocalDate counted = typed(asAt, "asAt", last.isAfter(today) ? today : last, problems);
		if (last.isBefore(first)) {
			problems.put("to", "The last day cannot be before the first");
			last = first;
		}
		model.addAttribute("report", this.allegations.report(partnershipId, first, last, counted));
		model.addAttribute("problems", problems);
		model.addAttribute("sectors", EmploymentSector.values());
		model.addAttribute("harms", HarmType.values());
		model.addAttribute("outcomes", AllegationOutcome.values());
		model.addAttribute("bands", org.assure.lado.Resolution.values());
		return "lado/reports";
	}

	/** The reference an allegation's actions carry on the tracker: its number only. */
	static String reference(Allegation allegation) {
		return "Allegation " + allegation.id();
	}

	private long require(AssureUser user, long id) {
		long partnershipId = user.requirePartnershipId();
		this.allegations.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		return partnershipId;
	}

	private static Allegations.Referral referral(Map<String, String> params, Map<String, String> problems) {
		LocalDate received = date(params, "receivedOn", problems);
		EmploymentSector sector = choice(EmploymentSector.class, params, "sector");
		HarmType harm = choice(HarmType.class, params, "harm");
		List<String> children = Arrays.stream(params.getOrDefault("children", "").split("[,;\\n]"))
			.map(String::strip)
			.filter((c) -> !c.isEmpty())
			.toList();
		return new Allegations.Referral(received, params.getOrDefault("referrer", ""), sector,
				params.getOrDefault("adultRole", ""), params.getOrDefault("setting", ""),
				params.getOrDefault("adult", ""), children, harm, ticked(params, "technology"),
				ticked(params, "lookedAfter"), params.getOrDefault("summary", ""), null);
	}

	private static LocalDate typed(@Nullable String text, String field, LocalDate otherwise,
			Map<String, String> problems) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.put(field, "Enter a real date as year-month-day, such as 2015-03-31");
			return otherwise;
		}
	}

	private static void addChoices(Model model) {
		model.addAttribute("sectors", EmploymentSector.values());
		model.addAttribute("harms", HarmType.values());
	}

	private static String back(RedirectAttributes redirect, Map<String, String> problems, Map<String, String> params,
			String success, long id) {
		return FormRedirects.back(redirect, problems, params, success, "redirect:/lado/allegations/" + id);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem allegationsLink() {
			return new NavigationItem(BoardFunction.CASEWORK, "Allegations (LADO)", "/lado/allegations", Resource.LADO,
					Operation.READ);
		}

		@Bean
		NavigationItem ladoReportsLink() {
			return new NavigationItem(BoardFunction.CASEWORK, "LADO reports", "/lado/reports", Resource.LADO,
					Operation.REPORT);
		}

	}

}
