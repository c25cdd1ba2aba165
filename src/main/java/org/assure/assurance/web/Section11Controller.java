package org.assure.assurance.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.assure.actions.ActionSource;
import org.assure.actions.Actions;
import org.assure.assurance.Section11Audits;
import org.assure.assurance.Section11Rating;
import org.assure.assurance.Section11Round;
import org.assure.corrections.Corrections;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.assure.shell.FormFields.date;
import static org.assure.shell.FormFields.noProblemsYet;
import static org.assure.shell.FormFields.ticked;

/**
 * Section 11 audits. Board managers and administrators open and publish rounds and may
 * enter an agency's answers on its behalf; an agency's data lead answers for the agency
 * and sees only its own answers until the round is published; sub-group chairs read every
 * answer and record challenge sessions and actions; board members read the results once
 * published.
 */
@Controller
class Section11Controller {

	private final Section11Audits audits;

	private final Actions actions;

	private final Agencies agencies;

	Section11Controller(Section11Audits audits, Actions actions, Agencies agencies) {
		this.audits = audits;
		this.actions = actions;
		this.agencies = agencies;
	}

	@GetMapping("/assurance/section11")
	@Allowed(resource = Resource.SECTION_11, operation = Operation.READ)
	String rounds(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("rounds", this.audits.rounds(partnershipId));
		model.addAttribute("standards", this.audits.standards());
		model.addAttribute("canOpen", manages(user));
		model.addAttribute("ownAgency", ownAgency(user, partnershipId));
		noProblemsYet(model);
		return "assurance/section11";
	}

	@PostMapping("/assurance/section11")
	@Allowed(resource = Resource.SECTION_11, operation = Operation.WRITE)
	String open(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate opens = date(params, "opensOn", problems);
		LocalDate closes = date(params, "closesOn", problems);
		Long id = null;
		if (problems.isEmpty()) {
			Section11Audits.Created created = this.audits.open(user.requirePartnershipId(),
					new Section11Audits.NewRound(params.getOrDefault("name", ""), opens, closes, null),
					user.getUsername());
			problems.putAll(created.problems());
			id = created.id();
		}
		return FormRedirects.back(redirect, problems, params, "Round opened",
				(id != null) ? "redirect:/assurance/section11/" + id : "redirect:/assurance/section11");
	}

	@GetMapping("/assurance/section11/{id}")
	@Allowed(resource = Resource.SECTION_11, operation = Operation.READ)
	String round(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		Section11Round round = this.audits.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Agency own = ownAgency(user, partnershipId);
		// those who challenge the answers read them before the round is published
		boolean readsAll = user.can(Resource.SECTION_11, Operation.CHALLENGE);
		boolean showMatrix = round.published() || readsAll || own != null;
		model.addAttribute("round", round);
		model.addAttribute("ownAgency", own);
		model.addAttribute("matrix", showMatrix
				? this.audits.matrix(partnershipId, round, readsAll ? null : (own != null) ? own.id() : -1L) : null);
		model.addAttribute("progress", readsAll ? this.audits.progress(partnershipId, round) : java.util.List.of());
		model.addAttribute("challenges",
				(readsAll || round.published()) ? this.audits.challenges(partnershipId, id) : java.util.List.of());
		model.addAttribute("linked", (readsAll || round.published())
				? this.actions.from(partnershipId, ActionSource.SECTION_11, reference(round)) : java.util.List.of());
		model.addAttribute("ratings", Section11Rating.values());
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("themes", Theme.values());
		model.addAttribute("canPublish", manages(user) && !round.published());
		model.addAttribute("canChallenge", readsAll);
		model.addAttribute("canAnswerAny", manages(user) && !round.published());
		model.addAttribute("canWithdraw", manages(user));
		model.addAttribute("corrections", this.audits.corrections(partnershipId, id));
		noProblemsYet(model);
		return "assurance/section11-round";
	}

	@GetMapping("/assurance/section11/{id}/agencies/{agencyId}")
	@Allowed(resource = Resource.SECTION_11, operation = Operation.RESPOND)
	String answers(@AuthenticationPrincipal AssureUser user, @PathVariable long id, @PathVariable long agencyId,
			Model model) {
		long partnershipId = requireOwnOrManaged(user, agencyId);
		Section11Round round = this.audits.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Agency agency = this.agencies.find(partnershipId, agencyId).orElseThrow(RecordNotFoundException::new);
		model.addAttribute("round", round);
		model.addAttribute("agency", agency);
		model.addAttribute("answers", this.audits.answers(partnershipId, id, agencyId));
		model.addAttribute("ratings", Section11Rating.values());
		noProblemsYet(model);
		return "assurance/section11-answers";
	}

	@PostMapping("/assurance/section11/{id}/agencies/{agencyId}")
	@Allowed(resource = Resource.SECTION_11, operation = Operation.RESPOND)
	String answer(@AuthenticationPrincipal AssureUser user, @PathVariable long id, @PathVariable long agencyId,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireOwnOrManaged(user, agencyId);
		Section11Round round = this.audits.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		this.agencies.find(partnershipId, agencyId).orElseThrow(RecordNotFoundException::new);
		Map<Integer, Section11Rating> given = new LinkedHashMap<>();
		Map<Integer, String> evidence = new LinkedHashMap<>();
		for (int standard = 1; standard <= round.standards().size(); standard++) {
			int number = standard;
			Section11Rating.of(params.getOrDefault("rating-" + standard, ""))
				.ifPresent((rating) -> given.put(number, rating));
			evidence.put(standard, params.getOrDefault("evidence-" + standard, ""));
		}
		Map<String, String> problems = this.audits.answer(partnershipId, id, agencyId, given, evidence,
				user.getUsername());
		return FormRedirects.back(redirect, problems, params, "Self-assessment saved",
				"redirect:/assurance/section11/" + id + "/agencies/" + agencyId);
	}

	@PostMapping("/assurance/section11/{id}/publication")
	@Allowed(resource = Resource.SECTION_11, operation = Operation.WRITE)
	String publish(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireRound(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "publishedOn", problems);
		Set<Theme> themes = EnumSet.noneOf(Theme.class);
		for (Theme theme : Theme.values()) {
			if (ticked(params, "theme-" + theme.code())) {
				themes.add(theme);
			}
		}
		if (problems.isEmpty()) {
			problems.putAll(this.audits.publish(partnershipId, id, on, params.getOrDefault("conclusion", ""), themes,
					user.getUsername()));
		}
		return back(redirect, problems, params, "Round published", id);
	}

	@PostMapping("/assurance/section11/{id}/challenges")
	@Allowed(resource = Resource.SECTION_11, operation = Operation.CHALLENGE)
	String challenge(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = requireRound(user, id);
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate on = date(params, "heldOn", problems);
		Long agency = null;
		String chosen = params.getOrDefault("challengedAgency", "").strip();
		if (!chosen.isEmpty()) {
			try {
				agency = Long.valueOf(chosen);
			}
			catch (NumberFormatException ex) {
				problems.put("challengedAgency", "Choose an agency of the partnership");
			}
		}
		if (problems.isEmpty()) {
			problems.putAll(this.audits.challenge(partnershipId, id, agency, on, params.getOrDefault("attended", ""),
					params.getOrDefault("outcome", ""), user.getUsername()));
		}
		return back(redirect, problems, params, "Challenge session recorded", id);
	}

	@PostMapping("/assurance/section11/{id}/actions")
	@Allowed(resource = Resource.SECTION_11, operation = Operation.CHALLENGE)
	String action(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Section11Round round = this.audits.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Map<String, String> problems = new LinkedHashMap<>();
		if (params.getOrDefault("description", "").isBlank()) {
			problems.put("description", "Say how success will be measured: an action plan is SMART");
		}
		if (params.getOrDefault("ownerAgency", "").isBlank()) {
			problems.put("ownerAgency", "Choose the agency whose plan it is");
		}
		if (problems.isEmpty()) {
			Map<String, String> fields = new LinkedHashMap<>(params);
			fields.put("description", "Measure of success: " + params.getOrDefault("description", "").strip());
			problems.putAll(this.actions
				.createFromForm(partnershipId, ActionSource.SECTION_11, reference(round), fields, user.getUsername())
				.problems());
		}
		return back(redirect, problems, params, "Action put on the tracker", id);
	}

	@PostMapping("/assurance/section11/{id}/withdraw")
	@Allowed(resource = Resource.SECTION_11, operation = Operation.WRITE)
	String withdraw(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = Corrections.REASON, defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = requireRound(user, id);
		Map<String, String> problems = Corrections
			.asWithdrawal(this.audits.withdraw(partnershipId, id, reason, user.getUsername()));
		return FormRedirects.afterWithdrawal(redirect, problems, "Round withdrawn",
				"redirect:/assurance/section11/" + id, "redirect:/assurance/section11");
	}

	/** The reference a round's actions carry on the tracker. */
	static String reference(Section11Round round) {
		return "Section 11 audit " + round.name();
	}

	private long requireRound(AssureUser user, long id) {
		long partnershipId = user.requirePartnershipId();
		this.audits.find(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		return partnershipId;
	}

	/** A data lead answers for the agency's own self-assessment only. */
	private static long requireOwnOrManaged(AssureUser user, long agencyId) {
		long partnershipId = user.requirePartnershipId();
		Long scope = user.agencyScope(Resource.SECTION_11, Operation.RESPOND);
		if (scope != null && scope.longValue() != agencyId) {
			throw new AccessDeniedException("A data lead answers for the agency's own self-assessment only");
		}
		return partnershipId;
	}

	private @Nullable Agency ownAgency(AssureUser user, long partnershipId) {
		Long scope = user.agencyScope(Resource.SECTION_11, Operation.RESPOND);
		if (scope == null || scope < 0) {
			return null;
		}
		return this.agencies.find(partnershipId, scope).orElse(null);
	}

	private static boolean manages(AssureUser user) {
		return user.can(Resource.SECTION_11, Operation.WRITE);
	}

	private static String back(RedirectAttributes redirect, Map<String, String> problems, Map<String, String> params,
			String success, long id) {
		return FormRedirects.back(redirect, problems, params, success, "redirect:/assurance/section11/" + id);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem section11Link() {
			return new NavigationItem(BoardFunction.ASSURANCE, "Section 11 audits", "/assurance/section11",
					Resource.SECTION_11, Operation.READ);
		}

	}

}
