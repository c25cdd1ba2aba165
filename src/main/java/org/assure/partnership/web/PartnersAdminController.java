package org.assure.partnership.web;

import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AgencyApiTokens;
import org.assure.partnership.AgencyType;
import org.assure.partnership.AssureUser;
import org.assure.partnership.People;
import org.assure.partnership.Person;
import org.assure.shell.Allowed;
import org.assure.shell.FormErrors;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Managing a partnership's agencies and people: for its administrators and board manager.
 */
@Controller
@RequestMapping("/admin")
class PartnersAdminController {

	private final Agencies agencies;

	private final People people;

	private final AccessLog accessLog;

	private final AgencyApiTokens tokens;

	PartnersAdminController(Agencies agencies, People people, AccessLog accessLog, AgencyApiTokens tokens) {
		this.agencies = agencies;
		this.people = people;
		this.accessLog = accessLog;
		this.tokens = tokens;
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@PostMapping("/agencies/{agencyId}/tokens")
	String issueToken(@AuthenticationPrincipal AssureUser user, @PathVariable long agencyId,
			@RequestParam(name = "tokenName", defaultValue = "") String tokenName, Model model) {
		long partnershipId = user.requirePartnershipId();
		Agency agency = this.agencies.find(partnershipId, agencyId).orElseThrow(NotFound::new);
		FormErrors errors = FormErrors.none();
		try {
			String token = this.tokens.issue(partnershipId, agencyId, tokenName, user.getUsername());
			this.accessLog
				.record(AccessEvent.of(partnershipId, AccessAction.CREATE, "api-token", String.valueOf(agencyId)));
			model.addAttribute("issuedToken", token);
		}
		catch (IllegalArgumentException ex) {
			errors.add("tokenName", ex.getMessage());
		}
		model.addAttribute("tokenErrors", errors);
		return agencyForm(user, model, agency.id(),
				new AgencyForm(agency.name(), agency.type().name(), agency.active() ? "true" : null),
				FormErrors.none());
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@PostMapping("/agencies/{agencyId}/tokens/{tokenId}/revoke")
	String revokeToken(@AuthenticationPrincipal AssureUser user, @PathVariable long agencyId,
			@PathVariable long tokenId) {
		long partnershipId = user.requirePartnershipId();
		this.agencies.find(partnershipId, agencyId).orElseThrow(NotFound::new);
		if (!this.tokens.revoke(partnershipId, agencyId, tokenId)) {
			throw new NotFound();
		}
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, "api-token", String.valueOf(tokenId)));
		return "redirect:/admin/agencies/" + agencyId;
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@GetMapping("/agencies")
	String list(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("agencies", this.agencies.of(partnershipId));
		model.addAttribute("people", this.people.of(partnershipId));
		model.addAttribute("agencyNames", AgencyOptions.names(this.agencies.of(partnershipId)));
		return "partnership/agencies";
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@GetMapping("/agencies/new")
	String newAgency(@AuthenticationPrincipal AssureUser user, Model model) {
		return agencyForm(user, model, null, new AgencyForm("", "", "true"), FormErrors.none());
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@PostMapping("/agencies")
	String createAgency(@AuthenticationPrincipal AssureUser user, @Valid @ModelAttribute("form") AgencyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		FormErrors errors = validate(partnershipId, null, form, result);
		if (!errors.isEmpty()) {
			return agencyForm(user, model, null, form, errors);
		}
		Agency agency = this.agencies.create(partnershipId, form.name().trim(), AgencyType.valueOf(form.type()));
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.CREATE, "agency", String.valueOf(agency.id())));
		redirect.addFlashAttribute("success", "Added " + agency.name());
		return "redirect:/admin/agencies";
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@GetMapping("/agencies/{agencyId}")
	String editAgency(@AuthenticationPrincipal AssureUser user, @PathVariable long agencyId, Model model) {
		Agency agency = this.agencies.find(user.requirePartnershipId(), agencyId).orElseThrow(NotFound::new);
		return agencyForm(user, model, agency.id(),
				new AgencyForm(agency.name(), agency.type().name(), agency.active() ? "true" : null),
				FormErrors.none());
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@PostMapping("/agencies/{agencyId}")
	String updateAgency(@AuthenticationPrincipal AssureUser user, @PathVariable long agencyId,
			@Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.agencies.find(partnershipId, agencyId).orElseThrow(NotFound::new);
		FormErrors errors = validate(partnershipId, agencyId, form, result);
		if (!errors.isEmpty()) {
			return agencyForm(user, model, agencyId, form, errors);
		}
		Agency changed = new Agency(partnershipId, agencyId, form.name().trim(), AgencyType.valueOf(form.type()),
				"true".equals(form.active()));
		this.agencies.update(changed);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, "agency", String.valueOf(agencyId)));
		redirect.addFlashAttribute("success", "Saved " + changed.name());
		return "redirect:/admin/agencies";
	}

	private FormErrors validate(long partnershipId, @Nullable Long agencyId, AgencyForm form, BindingResult result) {
		FormErrors errors = FormErrors.of(result);
		if (Arrays.stream(AgencyType.values()).noneMatch((type) -> type.name().equals(form.type()))) {
			errors.add("type", "Select the type of agency");
		}
		Optional<Agency> sameName = this.agencies.findByName(partnershipId, form.name().trim());
		if (sameName.isPresent() && !Long.valueOf(sameName.get().id()).equals(agencyId)) {
			errors.add("name", "An agency called " + form.name().trim() + " already exists");
		}
		return errors;
	}

	private String agencyForm(AssureUser user, Model model, @Nullable Long agencyId, AgencyForm form,
			FormErrors errors) {
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("tokens",
				(agencyId != null) ? this.tokens.of(user.requirePartnershipId(), agencyId) : java.util.List.of());
		if (!model.containsAttribute("tokenErrors")) {
			model.addAttribute("tokenErrors", FormErrors.none());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", AgencyType.values());
		return "partnership/agency-form";
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@GetMapping("/people/new")
	String newPerson(@AuthenticationPrincipal AssureUser user, Model model) {
		return personForm(model, user, null, new PersonForm("", "", "", "", ""), FormErrors.none());
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@PostMapping("/people")
	String createPerson(@AuthenticationPrincipal AssureUser user, @Valid @ModelAttribute("form") PersonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		FormErrors errors = validate(partnershipId, form, result);
		if (!errors.isEmpty()) {
			return personForm(model, user, null, form, errors);
		}
		Person person = this.people.create(partnershipId, form.fullName().trim(), blankToNull(form.jobTitle()),
				agencyId(form), blankToNull(form.phone()), blankToNull(form.email()));
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.CREATE, "person", String.valueOf(person.id())));
		redirect.addFlashAttribute("success", "Added " + person.fullName());
		return "redirect:/admin/agencies";
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@GetMapping("/people/{personId}")
	String editPerson(@AuthenticationPrincipal AssureUser user, @PathVariable long personId, Model model) {
		Person person = this.people.find(user.requirePartnershipId(), personId).orElseThrow(NotFound::new);
		this.accessLog
			.record(AccessEvent.of(person.partnershipId(), AccessAction.READ, "person", String.valueOf(personId)));
		PersonForm form = new PersonForm(person.fullName(), orEmpty(person.jobTitle()),
				(person.agencyId() != null) ? String.valueOf(person.agencyId()) : "", orEmpty(person.phone()),
				orEmpty(person.email()));
		return personForm(model, user, personId, form, FormErrors.none());
	}

	@Allowed(resource = Resource.AGENCIES, operation = Operation.WRITE)
	@PostMapping("/people/{personId}")
	String updatePerson(@AuthenticationPrincipal AssureUser user, @PathVariable long personId,
			@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.people.find(partnershipId, personId).orElseThrow(NotFound::new);
		FormErrors errors = validate(partnershipId, form, result);
		if (!errors.isEmpty()) {
			return personForm(model, user, personId, form, errors);
		}
		this.people.update(new Person(partnershipId, personId, form.fullName().trim(), blankToNull(form.jobTitle()),
				agencyId(form), blankToNull(form.phone()), blankToNull(form.email())));
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, "person", String.valueOf(personId)));
		redirect.addFlashAttribute("success", "Saved " + form.fullName().trim());
		return "redirect:/admin/agencies";
	}

	private FormErrors validate(long partnershipId, PersonForm form, BindingResult result) {
		FormErrors errors = FormErrors.of(result);
		if (!form.agencyId().isBlank()) {
			Optional<Long> id = AgencyOptions.parse(form.agencyId());
			if (id.isEmpty() || this.agencies.find(partnershipId, id.get()).isEmpty()) {
				errors.add("agencyId", "Select an agency from the list");
			}
		}
		if (!form.email().isBlank() && !form.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add("email", "Enter an email address in the correct format, like name@example.org");
		}
		return errors;
	}

	private String personForm(Model model, AssureUser user, @Nullable Long personId, PersonForm form,
			FormErrors errors) {
		model.addAttribute("personId", personId);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("agencies", this.agencies.of(user.requirePartnershipId()));
		return "partnership/person-form";
	}

	private static @Nullable Long agencyId(PersonForm form) {
		return AgencyOptions.parse(form.agencyId()).orElse(null);
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.trim();
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/**
	 * The agency form.
	 *
	 * @param name the agency's name
	 * @param type the {@link AgencyType} name
	 * @param active "true" while the agency is a partner
	 */
	record AgencyForm(
			@NotBlank(message = "Enter the agency's name") @Size(max = 200,
					message = "Agency name must be 200 characters or fewer") String name,
			String type, @Nullable String active) {

		AgencyForm {
			name = (name != null) ? name : "";
			type = (type != null) ? type : "";
		}

	}

	/**
	 * The person form.
	 *
	 * @param fullName the person's name
	 * @param jobTitle the job title
	 * @param agencyId the agency's id, or blank
	 * @param phone a work telephone
	 * @param email a work email
	 */
	record PersonForm(
			@NotBlank(message = "Enter the person's name") @Size(max = 200,
					message = "Name must be 200 characters or fewer") String fullName,
			@Size(max = 200, message = "Job title must be 200 characters or fewer") String jobTitle, String agencyId,
			@Size(max = 40, message = "Telephone must be 40 characters or fewer") String phone,
			@Size(max = 200, message = "Email must be 200 characters or fewer") String email) {

		PersonForm {
			fullName = (fullName != null) ? fullName : "";
			jobTitle = (jobTitle != null) ? jobTitle : "";
			agencyId = (agencyId != null) ? agencyId : "";
			phone = (phone != null) ? phone : "";
			email = (email != null) ? email : "";
		}

	}

}
