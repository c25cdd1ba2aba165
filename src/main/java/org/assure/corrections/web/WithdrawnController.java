package org.assure.corrections.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.FormRedirects;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.ShellIdentity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of withdrawn records: a partnership's administrator sees every record
 * withdrawn in any module, who withdrew it and why, and can bring one back with a reason.
 */
@Controller
class WithdrawnController {

	private final Corrections corrections;

	WithdrawnController(Corrections corrections) {
		this.corrections = corrections;
	}

	@GetMapping("/admin/withdrawn")
	@Allowed(resource = Resource.RECORDS, operation = Operation.READ)
	String withdrawn(@AuthenticationPrincipal ShellIdentity user, Model model) {
		var withdrawn = this.corrections.withdrawn(partnershipId(user));
		model.addAttribute("withdrawn", withdrawn);
		Map<RecordRef, String> keys = new LinkedHashMap<>();
		withdrawn.forEach((w) -> keys.put(w.record(), key(w.record())));
		model.addAttribute("keys", keys);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "corrections/withdrawn";
	}

	@PostMapping("/admin/withdrawn/restore")
	@Allowed(resource = Resource.RECORDS, operation = Operation.WRITE)
	String restore(@AuthenticationPrincipal ShellIdentity user, Principal principal,
			@RequestParam(name = "kind", defaultValue = "") String kind,
			@RequestParam(name = "id", defaultValue = "0") long id,
			@RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes redirect) {
		if (kind.isBlank() || kind.length() > 60) {
			throw new NotFound();
		}
		RecordRef record = new RecordRef(kind, id);
		String key = key(record);
		Map<String, String> problems = new LinkedHashMap<>();
		this.corrections.restore(partnershipId(user), record, reason, principal.getName())
			.forEach((field, message) -> problems.put(field + "-" + key, message));
		return FormRedirects.back(redirect, problems, Map.of("reason-" + key, reason),
				"The record is restored: it counts again, and its history says why", "redirect:/admin/withdrawn");
	}

	/**
	 * A record's key in the page's element ids and its form's problems.
	 * @param record the record
	 * @return the key, such as {@code governance-member-3}
	 */
	static String key(RecordRef record) {
		return record.kind().replaceAll("[^A-Za-z0-9]", "-") + "-" + record.id();
	}

	private static long partnershipId(ShellIdentity user) {
		Long partnershipId = user.partnershipId();
		if (partnershipId == null) {
			throw new NotFound();
		}
		return partnershipId;
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NotFound extends RuntimeException {

		NotFound() {
			super("No such withdrawn record");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem withdrawnNavigation() {
			return new NavigationItem(BoardFunction.ADMINISTRATION, "Withdrawn records", "/admin/withdrawn",
					Resource.RECORDS, Operation.READ);
		}

	}

}
