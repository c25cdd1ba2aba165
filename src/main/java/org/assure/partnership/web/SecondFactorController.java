package org.assure.partnership.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.assure.partnership.AssureUser;
import org.assure.partnership.security.SecondFactorSignIn;
import org.assure.partnership.security.Totp;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: set up an authenticator app (the secret shown as text
 * and as an {@code otpauth://} link, a first code to prove it, then the recovery codes,
 * shown once), or type the app's code or a recovery code.
 */
@Controller
@RequestMapping(SecondFactorSignIn.PATH)
class SecondFactorController {

	private final SecondFactorSignIn signIn;

	SecondFactorController(SecondFactorSignIn signIn) {
		this.signIn = signIn;
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping
	String page(@AuthenticationPrincipal AssureUser user, HttpServletRequest request, Model model) {
		if (!SecondFactorSignIn.pending(request)) {
			return "redirect:/";
		}
		return page(user, request, model, null);
	}

	@PreAuthorize("isAuthenticated()")
	@PostMapping
	String check(@AuthenticationPrincipal AssureUser user, @RequestParam(name = "code", defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		if (!SecondFactorSignIn.pending(request)) {
			return "redirect:/";
		}
		boolean enrolling = !this.signIn.enrolled(user);
		SecondFactorSignIn.Outcome outcome = enrolling ? this.signIn.enrol(request, user, code)
				: this.signIn.verify(request, user, code);
		switch (outcome.result()) {
			case LOCKED:
				return "redirect:/login?error";
			case WRONG:
				return page(user, request, model, enrolling ? "Enter the 6-digit code your app shows now"
						: "Enter the 6-digit code your app shows now, or one of your unused recovery codes");
			default:
				if (enrolling) {
					model.addAttribute("recoveryCodes", outcome.recoveryCodes());
					return "partnership/second-factor-codes";
				}
				if (outcome.recoveryCodesLeft() < 3) {
					redirect.addFlashAttribute("success", "You have " + outcome.recoveryCodesLeft()
							+ " recovery codes left. Ask an administrator to reset your second factor to get new ones.");
				}
				return "redirect:" + this.signIn.next(request, response);
		}
	}

	private String page(AssureUser user, HttpServletRequest request, Model model, String error) {
		boolean enrolled = this.signIn.enrolled(user);
		model.addAttribute("enrolled", enrolled);
		model.addAttribute("error", error);
		if (!enrolled) {
			String secret = this.signIn.offeredSecret(request);
			model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
			model.addAttribute("address", Totp.address(user.getUsername(), secret));
		}
		return "partnership/second-factor";
	}

}
