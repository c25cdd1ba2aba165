package org.assure.assurance.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.assure.assurance.Voice;
import org.assure.corrections.Corrections;
import org.assure.indicators.Theme;
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

/**
 * The voice of children and practitioners: every member of the partnership reads it;
 * board managers, administrators and sub-group chairs record what their groups hear.
 */
@Controller
class VoiceController {

	private final Voice voice;

	VoiceController(Voice voice) {
		this.voice = voice;
	}

	@GetMapping("/assurance/voice")
	@Allowed(resource = Resource.VOICE, operation = Operation.READ)
	String voice(@AuthenticationPrincipal AssureUser user, Model model) {
		model.addAttribute("engagements", this.voice.all(user.requirePartnershipId()));
		model.addAttribute("voices", Voice.Of.values());
		model.addAttribute("themes", Theme.values());
		model.addAttribute("canRecord", user.can(Resource.VOICE, Operation.WRITE));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "assurance/voice";
	}

	@PostMapping("/assurance/voice/{id}/withdraw")
	@Allowed(resource = Resource.VOICE, operation = Operation.WRITE)
	String withdraw(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		if (this.voice.all(partnershipId).stream().noneMatch((e) -> e.id() == id)) {
			throw new RecordNotFoundException();
		}
		Map<String, String> problems = new LinkedHashMap<>();
		this.voice.withdraw(partnershipId, id, reason, user.getUsername())
			.forEach((field, message) -> problems.put("withdrawReason-" + id, message));
		return FormRedirects.back(redirect, problems, Map.of(), "Engagement withdrawn", "redirect:/assurance/voice");
	}

	@PostMapping("/assurance/voice")
	@Allowed(resource = Resource.VOICE, operation = Operation.WRITE)
	String recordVoice(@AuthenticationPrincipal AssureUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		Voice.Engagement engagement = engagementFrom(params, problems);
		if (engagement != null) {
			this.voice.record(user.requirePartnershipId(), engagement, user.getUsername())
				.forEach(problems::putIfAbsent);
		}
		return FormRedirects.back(redirect, problems, params, "Engagement recorded", "redirect:/assurance/voice");
	}

	@GetMapping("/assurance/voice/{id}/edit")
	@Allowed(resource = Resource.VOICE, operation = Operation.WRITE)
	String edit(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("engagement",
				this.voice.engagement(partnershipId, id).orElseThrow(RecordNotFoundException::new));
		model.addAttribute("corrections", this.voice.corrections(partnershipId, id));
		model.addAttribute("voices", Voice.Of.values());
		model.addAttribute("themes", Theme.values());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draft", Map.of());
		}
		return "assurance/voice-edit";
	}

	@PostMapping("/assurance/voice/{id}/edit")
	@Allowed(resource = Resource.VOICE, operation = Operation.WRITE)
	String correct(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.voice.engagement(partnershipId, id).orElseThrow(RecordNotFoundException::new);
		Map<String, String> problems = new LinkedHashMap<>();
		Voice.Engagement engagement = engagementFrom(params, problems);
		if (engagement != null) {
			this.voice
				.edit(partnershipId, id, engagement, params.getOrDefault(Corrections.REASON, ""), user.getUsername())
				.forEach(problems::putIfAbsent);
		}
		return FormRedirects.back(redirect, problems, params, "Engagement corrected",
				"redirect:/assurance/voice/" + id + "/edit");
	}

	/** The engagement a form describes, or null with the problems that stop it. */
	private static Voice.@Nullable Engagement engagementFrom(Map<String, String> params, Map<String, String> problems) {
		Voice.Of of = Arrays.stream(Voice.Of.values())
			.filter((v) -> v.name().equals(params.getOrDefault("voice", "")))
			.findFirst()
			.orElse(null);
		if (of == null) {
			problems.put("voice", "Choose whose voice it is");
		}
		LocalDate heldOn = null;
		try {
			String text = params.getOrDefault("heldOn", "").strip();
			heldOn = text.isEmpty() ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			heldOn = null;
		}
		if (heldOn == null) {
			problems.put("heldOn", "Enter the date it was held as a real date, such as 2015-06-17");
		}
		Integer priority = null;
		String priorityText = params.getOrDefault("priorityNumber", "").strip();
		if (!priorityText.isEmpty()) {
			try {
				priority = Integer.valueOf(priorityText);
			}
			catch (NumberFormatException ex) {
				problems.put("priorityNumber", "Enter the priority's number, from 1 to 99");
			}
		}
		if (of == null || heldOn == null) {
			return null;
		}
		return new Voice.Engagement(0, of, params.getOrDefault("activity", ""), heldOn, null,
				Theme.fromCode(params.getOrDefault("theme", "")).orElse(null), priority,
				params.getOrDefault("whatSaid", ""), params.getOrDefault("whatChanged", ""), null);
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem voiceLink() {
			return new NavigationItem(BoardFunction.ASSURANCE, "Voice of children and practitioners",
					"/assurance/voice", Resource.VOICE, Operation.READ);
		}

	}

}
