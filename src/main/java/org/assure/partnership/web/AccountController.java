package org.assure.partnership.web;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.partnership.AssureUser;
import org.assure.partnership.security.PasswordRules;
import org.assure.partnership.security.UserAccounts;
import org.assure.shell.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Your account: change your own password.
 */
@Controller
@RequestMapping("/account/password")
class AccountController {

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final PasswordRules rules;

	private final AccessLog accessLog;

	AccountController(UserAccounts accounts, PasswordEncoder encoder, PasswordRules rules, AccessLog accessLog) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.rules = rules;
		this.accessLog = accessLog;
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping
	String page(Model model) {
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("minimumPasswordLength", this.rules.minimumLength());
		return "partnership/account-password";
	}

	@PreAuthorize("isAuthenticated()")
	@PostMapping
	String change(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "currentPassword", defaultValue = "") String currentPassword,
			@RequestParam(name = "newPassword", defaultValue = "") String newPassword,
			@RequestParam(name = "confirmPassword", defaultValue = "") String confirmPassword, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = FormErrors.none();
		if (!this.encoder.matches(currentPassword, this.accounts.passwordHash(user.userId()))) {
			errors.add("currentPassword", "Your current password is not right");
		}
		this.rules.problem(newPassword, user.getUsername()).ifPresent((problem) -> errors.add("newPassword", problem));
		if (!newPassword.equals(confirmPassword)) {
			errors.add("confirmPassword", "The two new passwords are not the same");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			model.addAttribute("minimumPasswordLength", this.rules.minimumLength());
			return "partnership/account-password";
		}
		this.accounts.changePassword(user.userId(), this.encoder.encode(newPassword));
		this.accessLog
			.record(AccessEvent.of(user.partnershipId(), AccessAction.CHANGE, "user", String.valueOf(user.userId()))
				.withDetail("own password changed"));
		redirect.addFlashAttribute("success", "Your password has been changed.");
		return "redirect:/";
	}

}
