package org.assure.shell;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After a form is posted: back to a page with a success banner, or with the problems by
 * field and what was typed, so that nothing typed is lost.
 */
public final class FormRedirects {

	private FormRedirects() {
	}

	/**
	 * Redirects after a form.
	 * @param redirect the redirect's flash attributes
	 * @param problems the broken rules by field; empty when the form was saved
	 * @param typed what was typed, to show again with the problems
	 * @param success the banner when it was saved
	 * @param to the redirect, such as {@code redirect:/governance}
	 * @return the redirect
	 */
	public static String back(RedirectAttributes redirect, Map<String, String> problems, Map<String, String> typed,
			String success, String to) {
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("success", success);
		}
		else {
			redirect.addFlashAttribute("problems", new LinkedHashMap<>(problems));
			redirect.addFlashAttribute("draft", new LinkedHashMap<>(typed));
		}
		return to;
	}

	/**
	 * Redirects after a withdrawal: to the list with a success banner, or back to the
	 * page of the withdrawal form with its problems.
	 * @param redirect the redirect's flash attributes
	 * @param problems the broken rules by field, as the withdrawal form shows them
	 * @param success the banner when it was withdrawn
	 * @param refused the redirect when it was not, such as
	 * {@code redirect:/lado/allegations/7/edit}
	 * @param done the redirect when it was, such as {@code redirect:/lado/allegations}
	 * @return the redirect
	 */
	public static String afterWithdrawal(RedirectAttributes redirect, Map<String, String> problems, String success,
			String refused, String done) {
		return back(redirect, problems, Map.of(), success, problems.isEmpty() ? done : refused);
	}

}
