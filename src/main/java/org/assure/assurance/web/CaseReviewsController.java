package org.assure.assurance.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.assurance.CaseReview;
import org.assure.assurance.CaseReviews;
import org.assure.assurance.ReviewCriteria;
import org.assure.assurance.ReviewDecision;
import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.YearChoice;
import org.assure.corrections.Corrections;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
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
import static org.assure.shell.FormFields.noProblemsYet;
import static org.assure.shell.FormFields.ticked;

/**
 * Case reviews: board managers, administrators, sub-group chairs and board members read
 * them; board managers, administrators and sub-group chairs record each step. Every read
 * is in the access log.
 */
@Controller
class CaseReviewsController {

	private final CaseReviews reviews;

	private final Actions actions;

	private final Agencies agencies;

	CaseReviewsController(CaseReviews reviews, Actions actions, Agencies agencies) {
		this.reviews = reviews;
		this.actions = actions;
		this.agencies = agencies;
	}

	@GetMapping("/assurance/reviews")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.READ)
	String reviews(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "year", required = false) @Nullable String year, Model model) {
		long partnershipId = user.requirePartnershipId();
		LocalDate today = this.reviews.today();
		YearChoice choice = YearChoice.of(year, today);
		if (choice.problem() != null) {
			model.addAttribute("yearError", choice.problem());
		}
		ReportingPeriod.FinancialYear chosen = choice.year();
		model.addAttribute("reviews", this.reviews.all(partnershipId));
		model.addAttribute("due", this.reviews.due(partnershipId, today));
		model.addAttribute("summary", this.reviews.summary(partnershipId, chosen));
		model.addAttribute("decisions", ReviewDecision.values());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("canRecord", canRecord(user));
		noProblemsYet(model);
		return "assurance/reviews";
	}

	@PostMapping("/assurance/reviews")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.WRITE)
	String notify(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		CaseReviews.NewReview review = newReview(params, problems);
		Long id = null;
		if (problems.isEmpty()) {
			CaseReviews.Created created = this.reviews.notify(user.requirePartnershipId(), review, user.getUsername());
			problems.putAll(created.problems());
			id = created.id();
		}
		return FormRedirects.back(redirect, problems, params, "Case put forward for review",
				(id != null) ? "redirect:/assurance/reviews/" + id : "redirect:/assurance/reviews");
	}

	@GetMapping("/assurance/reviews/{id}")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.READ)
	String review(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		CaseReview review = this.reviews.read(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		model.addAttribute("review", review);
		model.addAttribute("clocks", this.reviews.clocks().of(review, this.reviews.today()));
		model.addAttribute("criteriaMet", review.criteria().met(review.becameAwareOn()));
		model.addAttribute("decisions", ReviewDecision.values());
		model.addAttribute("linked", this.actions.from(partnershipId, ActionSource.CASE_REVIEW, reference(review)));
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("corrections", this.reviews.corrections(partnershipId, id));
		model.addAttribute("canRecord", canRecord(user));
		noProblemsYet(model);
		return "assurance/review";
	}

	@PostMapping("/assurance/reviews/{id}/rapid-review")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.WRITE)
	String rapidReview(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireReview(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "rapidReviewOn", problems);
		ReviewCriteria criteria = new ReviewCriteria(ticked(params, "abuseOrNeglect"), ticked(params, "died"),
				ticked(params, "seriouslyHarmed"), ticked(params, "concernAboutWorkingTogether"),
				ticked(params, "diedInCustody"));
		if (problems.isEmpty()) {
			problems.putAll(this.reviews.rapidReview(partnershipId, id, on, criteria, user.getUsername()));
		}
		return back(redirect, problems, params, "Rapid review recorded", id);
	}

	@PostMapping("/assurance/reviews/{id}/decision")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.WRITE)
	String decide(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireReview(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "decidedOn", problems);
		ReviewDecision decision = choice(ReviewDecision.class, params, "decision");
		if (problems.isEmpty()) {
			problems.putAll(this.reviews.decide(partnershipId, id, decision, params.getOrDefault("rationale", ""), on,
					params.getOrDefault("endorsedBy", ""), user.getUsername()));
		}
		return back(redirect, problems, params, "Decision recorded", id);
	}

	@PostMapping("/assurance/reviews/{id}/panel")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.WRITE)
	String panel(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireReview(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "panelInformedOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.reviews.informPanel(partnershipId, id, on, user.getUsername()));
		}
		return back(redirect, problems, params, "National panel informed", id);
	}

	@PostMapping("/assurance/reviews/{id}/publication")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.WRITE)
	String publish(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireReview(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "publishedOn", problems);
		if (problems.isEmpty()) {
			problems.putAll(this.reviews.publish(partnershipId, id, on, params.getOrDefault("learning", ""),
					user.getUsername()));
		}
		return back(redirect, problems, params, "Publication recorded", id);
	}

	@PostMapping("/assurance/reviews/{id}/actions")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.WRITE)
	String action(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		CaseReview review = this.reviews.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Map<String, String> problems = this.actions
			.createFromForm(partnershipId, ActionSource.CASE_REVIEW, reference(review), params, user.getUsername())
			.problems();
		return back(redirect, problems, params, "Recommendation put on the tracker", id);
	}

	@GetMapping("/assurance/reviews/{id}/edit")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.WRITE)
	String edit(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("review", this.reviews.read(partnershipId, id).orElseThrow(RecordNotFoundException::new));
		model.addAttribute("themes", Theme.values());
		model.addAttribute("corrections", this.reviews.corrections(partnershipId, id));
		noProblemsYet(model);
		return "assurance/review-edit";
	}

	@PostMapping("/assurance/reviews/{id}/edit")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.WRITE)
	String correct(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireReview(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		CaseReviews.NewReview change = newReview(params, problems);
		if (problems.isEmpty()) {
			problems.putAll(this.reviews.edit(partnershipId, id, change, params.getOrDefault(Corrections.REASON, ""),
					user.getUsername()));
		}
		return FormRedirects.back(redirect, problems, params, "Case review corrected",
				"redirect:/assurance/reviews/" + id + (problems.isEmpty() ? "" : "/edit"));
	}

	@PostMapping("/assurance/reviews/{id}/withdraw")
	@Allowed(resource = Resource.CASE_REVIEWS, operation = Operation.WRITE)
	String withdraw(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = requireReview(user, id);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.reviews.withdraw(partnershipId, id, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Case review withdrawn",
				"redirect:/assurance/reviews/" + id + "/edit", "redirect:/assurance/reviews");
	}

	/** The reference a review's recommendations carry on the tracker. */
	static String reference(CaseReview review) {
		return "Case review " + review.reference();
	}

	private long requireReview(AssureUser user, long id) {
		long partnershipId = user.requirePartnershipId();
		this.reviews.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		return partnershipId;
	}

	private static CaseReviews.NewReview newReview(Map<String, String> params, Map<String, String> problems) {
		LocalDate aware = date(params, "becameAwareOn", problems);
		LocalDate notified = date(params, "notifiedOn", problems);
		return new CaseReviews.NewReview(params.getOrDefault("reference", ""), params.get("childKey"),
				params.getOrDefault("summary", ""), Theme.fromCode(params.getOrDefault("theme", "")).orElse(null),
				aware, notified, null);
	}

	private static boolean canRecord(AssureUser user) {
		return user.can(Resource.CASE_REVIEWS, Operation.WRITE);
	}

	private static String back(RedirectAttributes redirect, Map<String, String> problems, Map<String, String> params,
			String success, long id) {
		return FormRedirects.back(redirect, problems, params, success, "redirect:/assurance/reviews/" + id);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem caseReviewsLink() {
			return new NavigationItem(BoardFunction.ASSURANCE, "Case reviews", "/assurance/reviews",
					Resource.CASE_REVIEWS, Operation.READ);
		}

	}

}
