package org.assure.partnership.web;

import org.assure.partnership.AssureUser;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Explains, rather than fails, when a deployment administrator opens a partnership's
 * page.
 */
@ControllerAdvice
class PartnershipExceptionHandler {

	@ExceptionHandler(AssureUser.NoPartnershipException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String noPartnership(AssureUser.NoPartnershipException ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "error/403";
	}

}
