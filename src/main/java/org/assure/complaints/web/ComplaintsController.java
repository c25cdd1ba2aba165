package org.assure.complaints.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.YearChoice;
import org.assure.complaints.ComplainantCategory;
import org.assure.complaints.Complaint;
import org.assure.complaints.ComplaintOutcome;
import org.assure.complaints.ComplaintReason;
import org.assure.complaints.ComplaintStatus;
import org.assure.complaints.Complaints;
import org.assure.complaints.ComplaintsCsv;
import org.assure.complaints.Ethnicity;
import org.assure.complaints.Gender;
import org.assure.corrections.Corrections;
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
import static org.assure.shell.FormFields.wholeNumber;

/**
 * Children's statutory complaints: board managers and administrators record them and each
 * stage, every read in the access log; the year's report, in aggregate, is read by board
 * members and sub-group chairs too.
 */
@Controller
class ComplaintsController {

	private final Complaints complaints;

	private final Actions actions;

	private final Agencies agencies;

	private final ComplaintsCsv csv;

	ComplaintsController(Complaints complaints, Actions actions, Agencies agencies, ComplaintsCsv csv) {
		this.complaints = complaints;
		this.actions = actions;
		this.agencies = agencies;
		this.csv = csv;
	}

	@GetMapping("/complaints/import")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String importForm(Model model) {
		CsvUploads.form(model, ComplaintsCsv.COLUMNS);
		return "complaints/import";
	}

	@PostMapping("/complaints/import")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String importFile(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws java.io.IOException {
		return CsvUploads.take(file, "complaints", ComplaintsCsv.COLUMNS,
				(reader, name) -> this.csv.importCsv(user.requirePartnershipId(), reader, name, user.getUsername()),
				model, redirect, "redirect:/complaints", "complaints/import");
	}

	@GetMapping("/complaints")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.READ)
	String complaints(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("complaints", this.complaints.all(partnershipId));
		model.addAttribute("due", this.complaints.due(partnershipId, this.complaints.today()));
		addChoices(model);
		noProblemsYet(model);
		return "complaints/complaints";
	}

	@PostMapping("/complaints")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String record(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		Complaints.NewComplaint complaint = newComplaint(params, problems);
		Long id = null;
		if (problems.isEmpty()) {
			Complaints.Created created = this.complaints.record(user.requirePartnershipId(), complaint,
					user.getUsername());
			problems.putAll(created.problems());
			id = created.id();
		}
		return FormRedirects.back(redirect, problems, params, "Complaint recorded",
				(id != null) ? "redirect:/complaints/" + id : "redirect:/complaints");
	}

	@GetMapping("/complaints/{id}")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.READ)
	String complaint(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		Complaint complaint = this.complaints.read(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		model.addAttribute("c", complaint);
		model.addAttribute("clocks", this.complaints.clocks().of(complaint, this.complaints.today()));
		model.addAttribute("outcomes", ComplaintOutcome.values());
		model.addAttribute("linked", this.actions.from(partnershipId, ActionSource.COMPLAINT, reference(complaint)));
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("corrections", this.complaints.corrections(partnershipId, id));
		noProblemsYet(model);
		return "complaints/complaint";
	}

	@GetMapping("/complaints/{id}/edit")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String edit(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("c", this.complaints.read(partnershipId, id).orElseThrow(RecordNotFoundException::new));
		model.addAttribute("corrections", this.complaints.corrections(partnershipId, id));
		addChoices(model);
		noProblemsYet(model);
		return "complaints/complaint-edit";
	}

	@PostMapping("/complaints/{id}/edit")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String correct(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		Complaints.NewComplaint change = newComplaint(params, problems);
		if (problems.isEmpty()) {
			problems.putAll(this.complaints.edit(partnershipId, id, change, params.getOrDefault(Corrections.REASON, ""),
					user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Complaint corrected",
				"redirect:/complaints/" + id + (problems.isEmpty() ? "" : "/edit"));
	}

	@PostMapping("/complaints/{id}/extension")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String extend(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Complaint complaint = this.complaints.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		String why = params.getOrDefault("extension", "");
		Map<String, String> problems = new LinkedHashMap<>();
		(complaint.status() == ComplaintStatus.STAGE_2
				? this.complaints.extendStage2(partnershipId, id, why, user.getUsername())
				: this.complaints.extendStage1(partnershipId, id, why, user.getUsername()))
			.forEach((field, message) -> problems.put(field.endsWith("Extension") ? "extension" : field, message));
		return back(redirect, problems, params, "Extension recorded", id);
	}

	@PostMapping("/complaints/{id}/response")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String respond(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "respondedOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.complaints.respond(partnershipId, id, on,
					choice(ComplaintOutcome.class, params, "outcome"), user.getUsername()));
		}
		return back(redirect, problems, params, "Response recorded", id);
	}

	@PostMapping("/complaints/{id}/stage2")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String stage2(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		return dated(user, id, params, redirect, "stage2StartedOn", "Stage 2 started",
				(partnershipId, on) -> this.complaints.startStage2(partnershipId, id, on, user.getUsername()));
	}

	@PostMapping("/complaints/{id}/stage3")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String stage3(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		return dated(user, id, params, redirect, "stage3RequestedOn", "Review panel requested",
				(partnershipId, on) -> this.complaints.requestStage3(partnershipId, id, on, user.getUsername()));
	}

	@PostMapping("/complaints/{id}/panel")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String panel(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		return dated(user, id, params, redirect, "panelOn", "Panel recorded",
				(partnershipId, on) -> this.complaints.holdPanel(partnershipId, id, on, user.getUsername()));
	}

	@PostMapping("/complaints/{id}/panel-report")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String panelReport(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		return dated(user, id, params, redirect, "panelReportOn", "Panel's report recorded",
				(partnershipId, on) -> this.complaints.issuePanelReport(partnershipId, id, on, user.getUsername()));
	}

	@PostMapping("/complaints/{id}/complainant-withdrawal")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String complainantWithdrawal(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		return dated(user, id, params, redirect, "withdrawnOn", "Withdrawal recorded", (partnershipId,
				on) -> this.complaints.withdrawnByComplainant(partnershipId, id, on, user.getUsername()));
	}

	@PostMapping("/complaints/{id}/ombudsman")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String ombudsman(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		return dated(user, id, params, redirect, "ombudsmanOn", "Ombudsman recorded",
				(partnershipId, on) -> this.complaints.toOmbudsman(partnershipId, id, on, user.getUsername()));
	}

	@PostMapping("/complaints/{id}/actions")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String action(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Complaint complaint = this.complaints.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Map<String, String> problems = this.actions
			.createFromForm(partnershipId, ActionSource.COMPLAINT, reference(complaint), params, user.getUsername())
			.problems();
		return back(redirect, problems, params, "Learning put on the tracker", id);
	}

	@PostMapping("/complaints/{id}/withdraw")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.WRITE)
	String withdraw(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = require(user, id);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.complaints.withdraw(partnershipId, id, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Complaint withdrawn from the record",
				"redirect:/complaints/" + id, "redirect:/complaints");
	}

	@GetMapping("/complaints/reports")
	@Allowed(resource = Resource.COMPLAINTS, operation = Operation.REPORT)
	String reports(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "year", required = false) @Nullable String year, Model model) {
		long partnershipId = user.requirePartnershipId();
		YearChoice choice = YearChoice.of(year, this.complaints.today());
		if (choice.problem() != null) {
			model.addAttribute("yearError", choice.problem());
		}
		ReportingPeriod.FinancialYear chosen = choice.year();
		model.addAttribute("report", this.complaints.report(partnershipId, chosen));
		addChoices(model);
		return "complaints/reports";
	}

	/** The reference a complaint's learning carries on the tracker: its number only. */
	static String reference(Complaint complaint) {
		return "Complaint " + complaint.id();
	}

	private String dated(AssureUser user, long id, Map<String, String> params, RedirectAttributes redirect,
			String field, String success, java.util.function.BiFunction<Long, LocalDate, Map<String, String>> step) {
		long partnershipId = require(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, field, problems);
		if (problems.isEmpty()) {
			if (on == null) {
				problems.put(field, "Enter the day, such as 2015-02-10");
			}
			else {
				problems.putAll(step.apply(partnershipId, on));
			}
		}
		return back(redirect, problems, params, success, id);
	}

	private static Complaints.NewComplaint newComplaint(Map<String, String> params, Map<String, String> problems) {
		LocalDate received = date(params, "receivedOn", problems);
		Integer users = wholeNumber(params, "serviceUsers", problems);
		Integer disabled = wholeNumber(params, "disabledUsers", problems);
		Integer lookedAfter = wholeNumber(params, "lookedAfterUsers", problems);
		return new Complaints.NewComplaint(received, choice(ComplainantCategory.class, params, "category"),
				ticked(params, "byChild"), users, (disabled != null) ? disabled : 0,
				(lookedAfter != null) ? lookedAfter : 0, choice(Gender.class, params, "gender"),
				choice(Ethnicity.class, params, "ethnicity"), params.getOrDefault("serviceArea", ""),
				choice(ComplaintReason.class, params, "complaintReason"), params.getOrDefault("summary", ""), null);
	}

	private long require(AssureUser user, long id) {
		long partnershipId = user.requirePartnershipId();
		this.complaints.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		return partnershipId;
	}

	private static void addChoices(Model model) {
		model.addAttribute("categories", ComplainantCategory.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("ethnicities", Ethnicity.values());
		model.addAttribute("reasons", ComplaintReason.values());
		model.addAttribute("outcomes", ComplaintOutcome.values());
	}

	private static String back(RedirectAttributes redirect, Map<String, String> problems, Map<String, String> params,
			String success, long id) {
		return FormRedirects.back(redirect, problems, params, success, "redirect:/complaints/" + id);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem complaintsLink() {
			return new NavigationItem(BoardFunction.CASEWORK, "Complaints", "/complaints", Resource.COMPLAINTS,
					Operation.READ);
		}

		@Bean
		NavigationItem complaintsReportLink() {
			return new NavigationItem(BoardFunction.CASEWORK, "Complaints report", "/complaints/reports",
					Resource.COMPLAINTS, Operation.REPORT);
		}

	}

}
