package org.assure.partnership.web;

import java.util.EnumSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.partnership.Partnership;
import org.assure.partnership.Partnerships;
import org.assure.partnership.Role;
import org.assure.partnership.security.PasswordRules;
import org.assure.partnership.security.UserAccounts;
import org.assure.shell.Allowed;
import org.assure.shell.FormErrors;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.Scope;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deployment administrator's page: the partnerships served, and opening a new one
 * with its first administrator.
 */
@Controller
@RequestMapping("/admin/partnerships")
class PartnershipAdminController {

	private final Partnerships partnerships;

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final PasswordRules passwordRules;

	private final AccessLog accessLog;

	PartnershipAdminController(Partnerships partnerships, UserAccounts accounts, PasswordEncoder encoder,
			PasswordRules passwordRules, AccessLog accessLog) {
		this.partnerships = partnerships;
		this.accounts = accounts;
		this.encoder = encoder;
		this.passwordRules = passwordRules;
		this.accessLog = accessLog;
	}

	@Allowed(resource = Resource.PARTNERSHIPS, operation = Operation.READ, scope = Scope.ALL)
	@GetMapping
	String list(Model model) {
		return page(model, new PartnershipForm("", "", "", "", ""), FormErrors.none());
	}

	@Allowed(resource = Resource.PARTNERSHIPS, operation = Operation.WRITE, scope = Scope.ALL)
	@PostMapping
	@Transactional
	String create(@Valid @ModelAttribute("form") PartnershipForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = FormErrors.of(result);
		String code = form.code().trim();
		if (!Partnerships.CODE.matcher(code).matches()) {
			errors.add("code",
					"Short code must be 2 to 40 lower-case letters, digits and hyphens, starting with a letter");
		}
		else if (this.partnerships.findByCode(code).isPresent()) {
			errors.add("code", "A partnership with the short code " + code + " already exists");
		}
		String username = form.adminUsername().trim();
		if (!username.matches("[a-z0-9][a-z0-9._@-]{2,59}")) {
			errors.add("adminUsername",
					"User name must be 3 to 60 lower-case letters, digits, dots, hyphens, underscores or @ (an e-mail address will do)");
		}
		else if (this.accounts.usernameTaken(username)) {
			errors.add("adminUsername", "That user name is taken: choose another");
		}
		this.passwordRules.problem(form.adminPassword(), username)
			.ifPresent((problem) -> errors.add("adminPassword", problem));
		if (!errors.isEmpty()) {
			return page(model, form.withoutPassword(), errors);
		}
		Partnership partnership = this.partnerships.create(code, form.name().trim(), null, null);
		long userId = this.accounts.create(partnership.id(), username, form.adminDisplayName().trim(),
				this.encoder.encode(form.adminPassword()), EnumSet.of(Role.ADMIN), null);
		this.accessLog
			.record(AccessEvent.of(null, AccessAction.CREATE, "partnership", String.valueOf(partnership.id())));
		this.accessLog.record(AccessEvent.of(partnership.id(), AccessAction.CREATE, "user", String.valueOf(userId)));
		redirect.addFlashAttribute("success",
				"Opened " + partnership.name() + " with the administrator " + username + ".");
		return "redirect:/admin/partnerships";
	}

	private String page(Model model, PartnershipForm form, FormErrors errors) {
		model.addAttribute("partnerships", this.partnerships.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("minimumPasswordLength", this.passwordRules.minimumLength());
		return "partnership/partnerships";
	}

	/**
	 * A new partnership and its first administrator.
	 *
	 * @param code the short code
	 * @param name the name
	 * @param adminUsername the administrator's user name
	 * @param adminDisplayName the administrator's name
	 * @param adminPassword the administrator's first password
	 */
	record PartnershipForm(String code,
			@NotBlank(message = "Enter the partnership's name") @Size(max = 200,
					message = "Name must be 200 characters or fewer") String name,
			String adminUsername, @NotBlank(message = "Enter the administrator's name") @Size(max = 200,
					message = "Name must be 200 characters or fewer") String adminDisplayName,
			String adminPassword) {

		PartnershipForm {
			code = (code != null) ? code : "";
			name = (name != null) ? name : "";
			adminUsername = (adminUsername != null) ? adminUsername : "";
			adminDisplayName = (adminDisplayName != null) ? adminDisplayName : "";
			adminPassword = (adminPassword != null) ? adminPassword : "";
		}

		PartnershipForm withoutPassword() {
			return new PartnershipForm(this.code, this.name, this.adminUsername, this.adminDisplayName, "");
		}

	}

}
