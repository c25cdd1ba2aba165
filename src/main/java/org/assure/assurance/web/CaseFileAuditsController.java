package org.assure.assurance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.assurance.AuditFormat;
import org.assure.assurance.AuditGrade;
import org.assure.assurance.AuditThemeSource;
import org.assure.assurance.CaseFileAudit;
import org.assure.assurance.CaseFileAudits;
import org.assure.assurance.Postponement;
import org.assure.corrections.Corrections;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AssureUser;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.assure.shell.FormFields.choice;
import static org.assure.shell.FormFields.date;
import static org.assure.shell.FormFields.month;
import static org.assure.shell.FormFields.noProblemsYet;
import static org.assure.shell.FormFields.wholeNumber;

/**
 * Multi-agency case file audits: board managers, administrators, sub-group chairs,
 * auditors and board members read the schedule and the audits; all of them but board
 * members schedule audits and record each step, grades and findings; only board managers,
 * administrators and sub-group chairs record the Safeguarding Effectiveness Group's
 * approval. Every read is in the access log.
 */
@Controller
class CaseFileAuditsController {

	private final CaseFileAudits audits;

	private final Actions actions;

	private final Agencies agencies;

	CaseFileAuditsController(CaseFileAudits audits, Actions actions, Agencies agencies) {
		this.audits = audits;
		this.actions = actions;
		this.agencies = agencies;
	}

	@GetMapping("/assurance/audits")
	@Allowed(resource = Resource.AUDITS, operation = Operation.READ)
	String audits(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "year", required = false) @Nullable String year, Model model) {
		long partnershipId = user.requirePartnershipId();
		LocalDate today = this.audits.today();
		CaseFileAudits.Span span = CaseFileAudits.Span.parse(String.valueOf(today.getYear()));
		if (year != null && !year.isBlank()) {
			try {
				span = CaseFileAudits.Span.parse(year);
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("yearError", ex.getMessage());
			}
		}
		CaseFileAudits.Span chosen = span;
		List<CaseFileAudit> all = this.audits.all(partnershipId);
		model.addAttribute("schedule", all.stream().filter((a) -> chosen.contains(a.scheduledMonth())).toList());
		model.addAttribute("summary", this.audits.summary(partnershipId, chosen));
		model.addAttribute("toApprove", this.audits.awaitingApproval(partnershipId));
		model.addAttribute("overdue", this.audits.overdue(partnershipId, today));
		model.addAttribute("grades", AuditGrade.values());
		addChoices(model);
		model.addAttribute("canRecord", canRecord(user));
		noProblemsYet(model);
		return "assurance/audits";
	}

	@PostMapping("/assurance/audits")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String schedule(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		CaseFileAudits.NewAudit audit = newAudit(params, problems);
		Long id = null;
		if (problems.isEmpty()) {
			CaseFileAudits.Created created = this.audits.schedule(user.requirePartnershipId(), audit,
					user.getUsername());
			problems.putAll(created.problems());
			id = created.id();
		}
		return FormRedirects.back(redirect, problems, params, "Audit scheduled",
				(id != null) ? "redirect:/assurance/audits/" + id : "redirect:/assurance/audits");
	}

	@GetMapping("/assurance/audits/{id}")
	@Allowed(resource = Resource.AUDITS, operation = Operation.READ)
	String audit(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		CaseFileAudit audit = this.audits.read(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		model.addAttribute("audit", audit);
		model.addAttribute("questions", this.audits.questions());
		model.addAttribute("grades", AuditGrade.values());
		model.addAttribute("missing", audit.missingGrades(this.audits.questions()));
		model.addAttribute("findings", this.audits.findings(partnershipId, id));
		model.addAttribute("postponements", Postponement.values());
		model.addAttribute("linked", this.actions.from(partnershipId, ActionSource.AUDIT, reference(audit)));
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("corrections", this.audits.corrections(partnershipId, id));
		model.addAttribute("canRecord", canRecord(user));
		model.addAttribute("canApprove", canApprove(user));
		noProblemsYet(model);
		return "assurance/audit";
	}

	@PostMapping("/assurance/audits/{id}/case")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String identifyCase(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = this.audits.identifyCase(partnershipId, id, params.getOrDefault("childKey", ""),
				params.getOrDefault("caseSummary", ""), user.getUsername());
		return back(redirect, problems, params, "Case identified", id);
	}

	@PostMapping("/assurance/audits/{id}/lines")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String agreeLines(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<Long, String> leads = new LinkedHashMap<>();
		for (Agency agency : this.agencies.of(partnershipId)) {
			String lead = params.getOrDefault("lead-" + agency.id(), "");
			if (!lead.isBlank()) {
				leads.put(agency.id(), lead);
			}
		}
		Map<String, String> problems = this.audits.agreeLines(partnershipId, id,
				params.getOrDefault("linesOfEnquiry", ""), leads, user.getUsername());
		return back(redirect, problems, params, "Lines of enquiry agreed", id);
	}

	@PostMapping("/assurance/audits/{id}/invitations")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String invitations(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "invitationsSentOn", problems);
		Integer practitioners = wholeNumber(params, "practitionersInvited", problems);
		if (practitioners == null && !problems.containsKey("practitionersInvited")) {
			problems.put("practitionersInvited", "Enter how many practitioners were invited, as a whole number");
		}
		if (problems.isEmpty()) {
			problems.putAll(this.audits.sendInvitations(partnershipId, id, on, practitioners, user.getUsername()));
		}
		return back(redirect, problems, params, "Invitations recorded", id);
	}

	@PostMapping("/assurance/audits/{id}/meeting")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String meeting(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "heldOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.audits.holdMeeting(partnershipId, id, on, user.getUsername()));
		}
		return back(redirect, problems, params, "Audit meeting recorded", id);
	}

	@PostMapping("/assurance/audits/{id}/grades")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String grade(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		CaseFileAudit audit = this.audits.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		List<String> questions = this.audits.questions();
		Map<Long, Map<String, AuditGrade>> grades = new LinkedHashMap<>();
		for (CaseFileAudit.Participant participant : audit.participants()) {
			Map<String, AuditGrade> given = new LinkedHashMap<>();
			for (int q = 0; q < questions.size(); q++) {
				String question = questions.get(q);
				AuditGrade.of(params.getOrDefault("grade-" + participant.agencyId() + "-" + q, ""))
					.ifPresent((grade) -> given.put(question, grade));
			}
			grades.put(participant.agencyId(), given);
		}
		Map<String, String> problems = this.audits.grade(partnershipId, id, grades, user.getUsername());
		return back(redirect, problems, params, "Grades recorded", id);
	}

	@PostMapping("/assurance/audits/{id}/findings")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String finding(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		String kind = params.getOrDefault("findingKind", "");
		if (!kind.equals("STRENGTH") && !kind.equals("DEVELOPMENT")) {
			problems.put("findingKind", "Choose whether it is a strength or an area for development");
		}
		if (problems.isEmpty()) {
			problems.putAll(this.audits.addFinding(partnershipId, id, params.getOrDefault("area", ""),
					kind.equals("STRENGTH"), params.getOrDefault("finding", ""), user.getUsername()));
		}
		return back(redirect, problems, params, "Finding recorded", id);
	}

	@PostMapping("/assurance/audits/{id}/draft")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String draft(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "draftedOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.audits.draftReport(partnershipId, id, on, params.getOrDefault("reportSummary", ""),
					user.getUsername()));
		}
		return back(redirect, problems, params, "Draft report recorded", id);
	}

	@PostMapping("/assurance/audits/{id}/approval")
	@Allowed(resource = Resource.AUDITS, operation = Operation.APPROVE)
	String approve(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "approvedOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.audits.approve(partnershipId, id, on, params.getOrDefault("approvedBy", ""),
					user.getUsername()));
		}
		return back(redirect, problems, params, "Approval recorded", id);
	}

	@PostMapping("/assurance/audits/{id}/dissemination")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String disseminate(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "disseminatedOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.audits.disseminate(partnershipId, id, on, params.getOrDefault("dissemination", ""),
					user.getUsername()));
		}
		return back(redirect, problems, params, "Dissemination recorded", id);
	}

	@PostMapping("/assurance/audits/{id}/postponement")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String postpone(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = this.audits.postpone(partnershipId, id,
				choice(Postponement.class, params, "postponement"), params.getOrDefault("postponementNote", ""),
				user.getUsername());
		return back(redirect, problems, params, "Audit postponed", id);
	}

	@PostMapping("/assurance/audits/{id}/reschedule")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String reschedule(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		YearMonth month = month(params, "rescheduleMonth", problems);
		Long created = null;
		if (problems.isEmpty()) {
			CaseFileAudits.Created slot = this.audits.reschedule(partnershipId, id, month, user.getUsername());
			slot.problems()
				.forEach((field, message) -> problems.put(field.equals("month") ? "rescheduleMonth" : field, message));
			created = slot.id();
		}
		return FormRedirects.back(redirect, problems, params, "Audit rescheduled",
				"redirect:/assurance/audits/" + ((created != null) ? created : id));
	}

	@PostMapping("/assurance/audits/{id}/actions")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String action(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		CaseFileAudit audit = this.audits.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Map<String, String> problems = this.actions
			.createFromForm(partnershipId, ActionSource.AUDIT, reference(audit), params, user.getUsername())
			.problems();
		return back(redirect, problems, params, "Action put on the tracker", id);
	}

	@GetMapping("/assurance/audits/{id}/edit")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String edit(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("audit", this.audits.read(partnershipId, id).orElseThrow(RecordNotFoundException::new));
		addChoices(model);
		model.addAttribute("corrections", this.audits.corrections(partnershipId, id));
		noProblemsYet(model);
		return "assurance/audit-edit";
	}

	@PostMapping("/assurance/audits/{id}/edit")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String correct(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		CaseFileAudits.NewAudit change = newAudit(params, problems);
		if (problems.isEmpty()) {
			problems.putAll(this.audits.edit(partnershipId, id, change, params.getOrDefault(Corrections.REASON, ""),
					user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Audit corrected",
				"redirect:/assurance/audits/" + id + (problems.isEmpty() ? "" : "/edit"));
	}

	@PostMapping("/assurance/audits/{id}/withdraw")
	@Allowed(resource = Resource.AUDITS, operation = Operation.WRITE)
	String withdraw(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = requireAudit(user, id);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.audits.withdraw(partnershipId, id, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Audit withdrawn",
				"redirect:/assurance/audits/" + id + "/edit", "redirect:/assurance/audits");
	}

	/** The reference an audit's actions carry on the tracker. */
	static String reference(CaseFileAudit audit) {
		return "Case file audit " + audit.id() + " (" + audit.title() + ")";
	}

	private long requireAudit(AssureUser user, long id) {
		long partnershipId = user.requirePartnershipId();
		this.audits.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		return partnershipId;
	}

	private static CaseFileAudits.NewAudit newAudit(Map<String, String> params, Map<String, String> problems) {
		YearMonth month = month(params, "month", problems);
		return new CaseFileAudits.NewAudit(month, choice(AuditFormat.class, params, "format"),
				params.getOrDefault("topic", ""), Theme.fromCode(params.getOrDefault("theme", "")).orElse(null),
				choice(AuditThemeSource.class, params, "themeSource"), null);
	}

	private static void addChoices(Model model) {
		model.addAttribute("formats", AuditFormat.values());
		model.addAttribute("sources", AuditThemeSource.values());
		model.addAttribute("themes", Theme.values());
	}

	private static boolean canRecord(AssureUser user) {
		return user.can(Resource.AUDITS, Operation.WRITE);
	}

	private static boolean canApprove(AssureUser user) {
		return user.can(Resource.AUDITS, Operation.APPROVE);
	}

	private static String back(RedirectAttributes redirect, Map<String, String> problems, Map<String, String> params,
			String success, long id) {
		return FormRedirects.back(redirect, problems, params, success, "redirect:/assurance/audits/" + id);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem caseFileAuditsLink() {
			return new NavigationItem(BoardFunction.ASSURANCE, "Case file audits", "/assurance/audits", Resource.AUDITS,
					Operation.READ);
		}

	}

}
