package org.assure.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.assure.audit.Retention;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.ShellIdentity;

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
 * The retention schedule for a partnership's administrators: each class of sensitive
 * record with its rule, the legal holds in force (placed and released with a reason), the
 * latest runs, and a run on demand.
 */
@Controller
class RetentionController {

	private final Retention retention;

	private final Clock clock;

	RetentionController(Retention retention, Clock clock) {
		this.retention = retention;
		this.clock = clock;
	}

	@Allowed(resource = Resource.RECORDS, operation = Operation.READ)
	@GetMapping("/admin/retention")
	String page(@AuthenticationPrincipal ShellIdentity user, Model model) {
		long partnershipId = partnership(user);
		model.addAttribute("classes", this.retention.classes());
		model.addAttribute("holds", this.retention.holds(partnershipId));
		model.addAttribute("runs", this.retention.runs(partnershipId));
		if (!model.containsAttribute("holdError")) {
			model.addAttribute("holdError", null);
		}
		return "audit/retention";
	}

	@Allowed(resource = Resource.RECORDS, operation = Operation.WRITE)
	@PostMapping("/admin/retention/holds")
	String hold(@AuthenticationPrincipal ShellIdentity user, java.security.Principal principal,
			@RequestParam(name = "recordClass", defaultValue = "") String recordClass,
			@RequestParam(name = "recordId", defaultValue = "") String recordId,
			@RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = partnership(user);
		if (recordId.isBlank() || reason.isBlank() || recordId.length() > 60 || reason.length() > 1000) {
			redirect.addFlashAttribute("holdError",
					"Enter the record's number (as on its page) and why it must be kept (up to 1,000 characters)");
			return "redirect:/admin/retention#hold";
		}
		try {
			this.retention.hold(partnershipId, recordClass, recordId, reason, principal.getName());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("holdError", "Choose the kind of record from the list");
			return "redirect:/admin/retention#hold";
		}
		redirect.addFlashAttribute("success", "Legal hold placed on record " + recordId.strip());
		return "redirect:/admin/retention";
	}

	@Allowed(resource = Resource.RECORDS, operation = Operation.WRITE)
	@PostMapping("/admin/retention/holds/{holdId}/release")
	String release(@AuthenticationPrincipal ShellIdentity user, java.security.Principal principal,
			@PathVariable long holdId, RedirectAttributes redirect) {
		if (!this.retention.release(partnership(user), holdId, principal.getName())) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("success",
				"Legal hold released: the record is disposed of at the next run " + "if its time has passed");
		return "redirect:/admin/retention";
	}

	@Allowed(resource = Resource.RECORDS, operation = Operation.WRITE)
	@PostMapping("/admin/retention/run")
	String run(@AuthenticationPrincipal ShellIdentity user, java.security.Principal principal,
			@RequestParam(name = "confirm", defaultValue = "") String confirm, RedirectAttributes redirect) {
		long partnershipId = partnership(user);
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("runError",
					"Tick the box to confirm: the records disposed of cannot be brought back");
			return "redirect:/admin/retention#run";
		}
		List<Retention.ClassRun> runs = this.retention.run(LocalDate.now(this.clock), principal.getName(),
				partnershipId);
		int disposed = runs.stream().mapToInt((run) -> run.disposed().getOrDefault(partnershipId, 0)).sum();
		int held = runs.stream().mapToInt((run) -> run.held().getOrDefault(partnershipId, 0)).sum();
		redirect.addFlashAttribute("success",
				"The schedule ran: " + disposed + " records disposed of, " + held + " kept by a legal hold");
		return "redirect:/admin/retention";
	}

	private static long partnership(ShellIdentity user) {
		Long partnershipId = user.partnershipId();
		if (partnershipId == null) {
			throw new org.springframework.security.access.AccessDeniedException("a partnership's page");
		}
		return partnershipId;
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem retentionNavigation() {
			return new NavigationItem(BoardFunction.ADMINISTRATION, "Retention and legal holds", "/admin/retention",
					Resource.RECORDS, Operation.READ);
		}

	}

}
