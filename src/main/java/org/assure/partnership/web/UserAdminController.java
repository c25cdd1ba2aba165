package org.assure.partnership.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.partnership.security.PasswordRules;
import org.assure.partnership.security.SecondFactors;
import org.assure.partnership.security.UserAccount;
import org.assure.partnership.security.UserAccounts;
import org.assure.shell.Allowed;
import org.assure.shell.FormErrors;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managing a partnership's users: roles, agency scope, enabling, unlocking, resetting
 * passwords and second factors. For the partnership's administrators only.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String USERNAME = "[a-z0-9][a-z0-9._@-]{2,59}";

	private final UserAccounts accounts;

	private final Agencies agencies;

	private final PasswordEncoder encoder;

	private final PasswordRules passwordRules;

	private final AccessLog accessLog;

	private final Clock clock;

	private final SecondFactors secondFactors;

	UserAdminController(UserAccounts accounts, Agencies agencies, PasswordEncoder encoder, PasswordRules passwordRules,
			AccessLog accessLog, Clock clock, SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.accounts = accounts;
		this.agencies = agencies;
		this.encoder = encoder;
		this.passwordRules = passwordRules;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	@Allowed(resource = Resource.USERS, operation = Operation.READ)
	@GetMapping
	String list(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, "user", null));
		model.addAttribute("users", this.accounts.of(partnershipId));
		model.addAttribute("now", this.clock.instant());
		return "partnership/users";
	}

	@Allowed(resource = Resource.USERS, operation = Operation.WRITE)
	@GetMapping("/new")
	String newUser(@AuthenticationPrincipal AssureUser user, Model model) {
		return form(model, user, null, new UserForm("", "", List.of(), "", "true", ""), FormErrors.none());
	}

	@Allowed(resource = Resource.USERS, operation = Operation.WRITE)
	@PostMapping
	String create(@AuthenticationPrincipal AssureUser user, @Valid @ModelAttribute("form") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		FormErrors errors = validate(partnershipId, form, result);
		String username = form.username().trim();
		if (!username.matches(USERNAME)) {
			errors.add("username",
					"User name must be 3 to 60 lower-case letters, digits, dots, hyphens, underscores or @ (an e-mail address will do)");
		}
		else if (this.accounts.usernameTaken(username)) {
			errors.add("username", "That user name is taken: choose another");
		}
		this.passwordRules.problem(form.password(), username).ifPresent((problem) -> errors.add("password", problem));
		if (!errors.isEmpty()) {
			return form(model, user, null, form.withoutPassword(), errors);
		}
		long userId = this.accounts.create(partnershipId, username, form.displayName().trim(),
				this.encoder.encode(form.password()), roles(form), agencyId(form));
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CREATE, "user", String.valueOf(userId)));
		redirect.addFlashAttribute("success", "Added " + username);
		return "redirect:/admin/users";
	}

	@Allowed(resource = Resource.USERS, operation = Operation.READ)
	@GetMapping("/{userId}")
	String edit(@AuthenticationPrincipal AssureUser user, @PathVariable long userId, Model model) {
		UserAccount account = this.accounts.find(user.requirePartnershipId(), userId).orElseThrow(NotFound::new);
		this.accessLog
			.record(AccessEvent.of(account.partnershipId(), AccessAction.READ, "user", String.valueOf(userId)));
		UserForm form = new UserForm(account.username(), account.displayName(),
				account.roles().stream().map(Role::name).toList(),
				(account.agencyId() != null) ? String.valueOf(account.agencyId()) : "",
				account.enabled() ? "true" : null, "");
		model.addAttribute("account", account);
		model.addAttribute("locked", account.lockedAt(this.clock.instant()));
		model.addAttribute("secondFactorEnrolled", this.secondFactors.enrolled(userId));
		return form(model, user, userId, form, FormErrors.none());
	}

	@Allowed(resource = Resource.USERS, operation = Operation.WRITE)
	@PostMapping("/{userId}")
	String update(@AuthenticationPrincipal AssureUser user, @PathVariable long userId,
			@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		UserAccount account = this.accounts.find(partnershipId, userId).orElseThrow(NotFound::new);
		FormErrors errors = validate(partnershipId, form, result);
		boolean self = account.userId() == user.userId();
		if (self && !roles(form).contains(Role.ADMIN)) {
			errors.add("roles", "You cannot remove your own administrator role: ask another administrator");
		}
		if (self && !"true".equals(form.enabled())) {
			errors.add("enabled", "You cannot disable your own account");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("account", account);
			model.addAttribute("locked", account.lockedAt(this.clock.instant()));
			return form(model, user, userId, form.withoutPassword(), errors);
		}
		this.accounts.update(partnershipId, userId, form.displayName().trim(), roles(form), agencyId(form),
				"true".equals(form.enabled()));
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, "user", String.valueOf(userId))
			.withDetail("roles " + roles(form)));
		redirect.addFlashAttribute("success", "Saved " + account.username());
		return "redirect:/admin/users";
	}

	@Allowed(resource = Resource.USERS, operation = Operation.WRITE)
	@PostMapping("/{userId}/unlock")
	String unlock(@AuthenticationPrincipal AssureUser user, @PathVariable long userId, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		UserAccount account = this.accounts.find(partnershipId, userId).orElseThrow(NotFound::new);
		this.accounts.unlock(userId);
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.ACCOUNT_UNLOCKED, "user", String.valueOf(userId)));
		redirect.addFlashAttribute("success", "Unlocked " + account.username());
		return "redirect:/admin/users/" + userId;
	}

	@Allowed(resource = Resource.USERS, operation = Operation.WRITE)
	@PostMapping("/{userId}/second-factor/reset")
	String resetSecondFactor(@AuthenticationPrincipal AssureUser user, @PathVariable long userId,
			RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		UserAccount account = this.accounts.find(partnershipId, userId).orElseThrow(NotFound::new);
		this.secondFactors.reset(userId);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, "user", String.valueOf(userId))
			.withDetail("second factor reset by an administrator"));
		redirect.addFlashAttribute("success", "Reset the second factor of " + account.username()
				+ ": they set up their authenticator app again at their next sign-in.");
		return "redirect:/admin/users/" + userId;
	}

	@Allowed(resource = Resource.USERS, operation = Operation.WRITE)
	@PostMapping("/{userId}/password")
	String resetPassword(@AuthenticationPrincipal AssureUser user, @PathVariable long userId,
			@RequestParam(name = "newPassword", defaultValue = "") String newPassword, Model model,
			RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		UserAccount account = this.accounts.find(partnershipId, userId).orElseThrow(NotFound::new);
		Optional<String> problem = this.passwordRules.problem(newPassword, account.username());
		if (problem.isPresent()) {
			redirect.addFlashAttribute("passwordError", problem.get());
			return "redirect:/admin/users/" + userId + "#newPassword";
		}
		this.accounts.changePassword(userId, this.encoder.encode(newPassword));
		this.accounts.unlock(userId);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, "user", String.valueOf(userId))
			.withDetail("password reset by an administrator"));
		redirect.addFlashAttribute("success", "Set a new password for " + account.username()
				+ ". Give it to them by a secure route; they should change it under 'Your account'.");
		return "redirect:/admin/users/" + userId;
	}

	private FormErrors validate(long partnershipId, UserForm form, BindingResult result) {
		FormErrors errors = FormErrors.of(result);
		List<String> unknown = new ArrayList<>(form.roles());
		unknown.removeIf((name) -> Arrays.stream(Role.values()).anyMatch((role) -> role.name().equals(name)));
		if (form.roles().isEmpty() || !unknown.isEmpty()) {
			errors.add("roles", "Select at least one role");
		}
		Optional<Long> agencyId = AgencyOptions.parse(form.agencyId());
		if (!form.agencyId().isBlank()
				&& (agencyId.isEmpty() || this.agencies.find(partnershipId, agencyId.get()).isEmpty())) {
			errors.add("agencyId", "Select an agency from the list");
		}
		if (form.roles().contains(Role.AGENCY_DATA_LEAD.name()) && form.agencyId().isBlank()) {
			errors.add("agencyId", "Select the agency whose data this data lead submits");
		}
		return errors;
	}

	private String form(Model model, AssureUser user, @Nullable Long userId, UserForm form, FormErrors errors) {
		model.addAttribute("userId", userId);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", this.agencies.of(user.requirePartnershipId()));
		model.addAttribute("minimumPasswordLength", this.passwordRules.minimumLength());
		return "partnership/user-form";
	}

	private static Set<Role> roles(UserForm form) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : form.roles()) {
			Arrays.stream(Role.values()).filter((role) -> role.name().equals(name)).forEach(roles::add);
		}
		return roles;
	}

	private static @Nullable Long agencyId(UserForm form) {
		return AgencyOptions.parse(form.agencyId()).orElse(null);
	}

	/**
	 * The user form. The password is only asked for when the account is opened.
	 *
	 * @param username the sign-in name
	 * @param displayName the name shown
	 * @param roles the role names
	 * @param agencyId the agency scope's id, or blank
	 * @param enabled "true" while the account may sign in
	 * @param password the first password
	 */
	record UserForm(String username,
			@NotBlank(message = "Enter the user's name") @Size(max = 200,
					message = "Name must be 200 characters or fewer") String displayName,
			List<String> roles, String agencyId, @Nullable String enabled, String password) {

		UserForm {
			username = (username != null) ? username : "";
			displayName = (displayName != null) ? displayName : "";
			roles = (roles != null) ? List.copyOf(roles) : List.of();
			agencyId = (agencyId != null) ? agencyId : "";
			password = (password != null) ? password : "";
		}

		UserForm withoutPassword() {
			return new UserForm(this.username, this.displayName, this.roles, this.agencyId, this.enabled, "");
		}

		public boolean hasRole(String role) {
			return this.roles.contains(role);
		}

	}

}
