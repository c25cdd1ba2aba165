package org.assure.partnership.web;

import java.util.Arrays;
import java.util.List;

import org.assure.partnership.Role;
import org.assure.partnership.security.SingleSignOnSettings;
import org.assure.partnership.demo.DemoModeSettings;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. In demo mode it lists the demo users, one per role.
 */
@Controller
class SignInController {

	private final DemoModeSettings demoMode;

	private final SingleSignOnSettings singleSignOn;

	SignInController(DemoModeSettings demoMode, SingleSignOnSettings singleSignOn) {
		this.demoMode = demoMode;
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String signIn(Model model) {
		if (this.singleSignOn.enabled()) {
			model.addAttribute("singleSignOn", this.singleSignOn.name());
			model.addAttribute("singleSignOnPath", "/oauth2/authorization/" + SingleSignOnSettings.REGISTRATION);
		}
		if (this.demoMode.enabled()) {
			List<DemoUser> demoUsers = Arrays.stream(Role.values())
				.map((role) -> new DemoUser(role.kebabCase(), role.label()))
				.toList();
			model.addAttribute("demoUsers", demoUsers);
			model.addAttribute("demoPasswordIsDefault", "demo".equals(this.demoMode.password()));
		}
		return "partnership/login";
	}

	record DemoUser(String username, String role) {
	}

}
