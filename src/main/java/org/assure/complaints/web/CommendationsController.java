package org.assure.complaints.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.YearChoice;
import org.assure.complaints.Commendations;
import org.assure.complaints.Complaints;
import org.assure.complaints.EarlierYears;
import org.assure.complaints.Ethnicity;
import org.assure.complaints.Gender;
import org.assure.corrections.Corrections;
import org.assure.partnership.AssureUser;
import org.assure.shell.Allowed;
import org.assure.shell.FormRedirects;
import org.assure.shell.Operation;
import org.assure.shell.RecordNotFoundException;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.assure.shell.FormFields.date;
import static org.assure.shell.FormFields.noProblemsYet;
import static org.assure.shell.FormFields.wholeNumber;

/**
 * Commendations, and the figures of years before the complaints were kept in Assure:
 * board managers and administrators record, correct and withdraw them.
 */
@Controller
class CommendationsController {

	private final Commendations commendations;

	private final EarlierYears earlierYears;

	private final Complaints complaints;

	CommendationsController(Commendations commendations, EarlierYears earlierYears, Complaints complaints) {
		this.commendations = commendations;
		this.earlierYears = earlierYears;
		this.complaints = complaints;
	}

	@GetMapping("/complaints/commendations")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.READ)
	String commendations(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "year", required = false) @Nullable String year, Model model) {
		YearChoice choice = YearChoice.of(year, this.complaints.today());
		if (choice.problem() != null) {
			model.addAttribute("yearError", choice.problem());
		}
		ReportingPeriod.FinancialYear chosen = choice.year();
		model.addAttribute("year", chosen);
		model.addAttribute("commendations", this.commendations.inYear(user.requirePartnershipId(), chosen));
		noProblemsYet(model);
		return "complaints/commendations";
	}

	@PostMapping("/complaints/commendations")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String commend(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "commendedOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.commendations.commend(user.requirePartnershipId(), on,
					params.getOrDefault("commendedArea", ""), params.getOrDefault("fromWhom", ""), null,
					user.getUsername()));
		}
		String year = (on != null) ? "?year=" + ReportingPeriod.financialYearOf(on).label() : "";
		return FormRedirects.back(redirect, problems, params, "Commendation recorded",
				"redirect:/complaints/commendations" + (problems.isEmpty() ? year : ""));
	}

	@GetMapping("/complaints/commendations/{id}/edit")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String commendation(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		Commendations.Commendation c = this.commendations.find(partnershipId, id)
			.orElseThrow(RecordNotFoundException::new);
		model.addAttribute("c", c);
		model.addAttribute("year", ReportingPeriod.financialYearOf(c.receivedOn()).label());
		model.addAttribute("corrections", this.commendations.corrections(partnershipId, id));
		noProblemsYet(model);
		return "complaints/commendation-edit";
	}

	@PostMapping("/complaints/commendations/{id}/edit")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String correctCommendation(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.commendations.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "commendedOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.commendations.edit(partnershipId, id, on, params.getOrDefault("commendedArea", ""),
					params.getOrDefault("fromWhom", ""), params.getOrDefault(Corrections.REASON, ""),
					user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Commendation corrected",
				"redirect:/complaints/commendations/" + id + "/edit");
	}

	@PostMapping("/complaints/commendations/{id}/withdraw")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String withdrawCommendation(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Commendations.Commendation c = this.commendations.find(partnershipId, id)
			.orElseThrow(RecordNotFoundException::new);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.commendations.withdraw(partnershipId, id, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Commendation withdrawn from the record",
				"redirect:/complaints/commendations/" + id + "/edit",
				"redirect:/complaints/commendations?year=" + ReportingPeriod.financialYearOf(c.receivedOn()).label());
	}

	@GetMapping("/complaints/earlier-years")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.READ)
	String earlierYears(@AuthenticationPrincipal AssureUser user, Model model) {
		model.addAttribute("years", this.earlierYears.all(user.requirePartnershipId()));
		addChoices(model);
		noProblemsYet(model);
		return "complaints/earlier-years";
	}

	@PostMapping("/complaints/earlier-years")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String giveEarlierYear(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		EarlierYears.Figures figures = figures(params, problems);
		if (problems.isEmpty()) {
			problems.putAll(this.earlierYears.give(user.requirePartnershipId(), figures, user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Earlier figures kept",
				"redirect:/complaints/earlier-years");
	}

	@GetMapping("/complaints/earlier-years/{id}/edit")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String earlierYear(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("kept", this.earlierYears.find(partnershipId, id).orElseThrow(RecordNotFoundException::new));
		model.addAttribute("corrections", this.earlierYears.corrections(partnershipId, id));
		addChoices(model);
		noProblemsYet(model);
		return "complaints/earlier-year-edit";
	}

	@PostMapping("/complaints/earlier-years/{id}/edit")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String correctEarlierYear(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.earlierYears.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Map<String, String> problems = new LinkedHashMap<>();
		EarlierYears.Figures figures = figures(params, problems);
		if (problems.isEmpty()) {
			problems.putAll(this.earlierYears.edit(partnershipId, id, figures,
					params.getOrDefault(Corrections.REASON, ""), user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Earlier figures corrected",
				"redirect:/complaints/earlier-years/" + id + "/edit");
	}

	@PostMapping("/complaints/earlier-years/{id}/withdraw")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String withdrawEarlierYear(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.earlierYears.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.earlierYears.withdraw(partnershipId, id, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Earlier figures withdrawn",
				"redirect:/complaints/earlier-years/" + id + "/edit", "redirect:/complaints/earlier-years");
	}

	private static EarlierYears.Figures figures(Map<String, String> params, Map<String, String> problems) {
		ReportingPeriod.FinancialYear year = YearChoice.typed(params, "year", problems);
		Map<Gender, Integer> gender = new EnumMap<>(Gender.class);
		for (Gender g : Gender.values()) {
			Integer n = wholeNumber(params, "gender." + g.name(), problems);
			if (n != null) {
				gender.put(g, n);
			}
		}
		Map<Ethnicity, Integer> ethnicity = new EnumMap<>(Ethnicity.class);
		for (Ethnicity e : Ethnicity.values()) {
			Integer n = wholeNumber(params, "ethnicity." + e.name(), problems);
			if (n != null) {
				ethnicity.put(e, n);
			}
		}
		return new EarlierYears.Figures(year, wholeNumber(params, "received", problems),
				wholeNumber(params, "commendations", problems), wholeNumber(params, "serviceUsers", problems),
				wholeNumber(params, "disabled", problems), wholeNumber(params, "lookedAfter", problems), gender,
				ethnicity, params.getOrDefault("source", ""));
	}

	private static void addChoices(Model model) {
		model.addAttribute("genders", Gender.values());
		model.addAttribute("ethnicities", Ethnicity.values());
	}

}
