package org.assure.indicators.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.AgencyReturn;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Indicator;
import org.assure.indicators.InvalidFileException;
import org.assure.indicators.InvalidReturnException;
import org.assure.indicators.ReturnChannel;
import org.assure.indicators.ReturnSubmission;
import org.assure.indicators.Returns;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AssureUser;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.FormErrors;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agency returns in the browser: the chase list of a year, the latest returns, the form
 * and the CSV upload. A data lead sees and returns only the agency's own figures.
 */
@Controller
@RequestMapping("/returns")
class ReturnsController {

	private final Returns returns;

	private final Catalogue catalogue;

	private final Agencies agencies;

	private final java.time.Clock clock;

	ReturnsController(Returns returns, Catalogue catalogue, Agencies agencies, java.time.Clock clock) {
		this.returns = returns;
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.READ)
	@GetMapping
	String overview(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "year", required = false) @Nullable String year, Model model) {
		long partnershipId = user.requirePartnershipId();
		ReportingPeriod.FinancialYear chosen = ReportingPeriod.financialYearOf(LocalDate.now(this.clock));
		FormErrors errors = FormErrors.none();
		if (year != null && !year.isBlank()) {
			try {
				if (ReportingPeriod.parse(year) instanceof ReportingPeriod.FinancialYear financialYear) {
					chosen = financialYear;
				}
				else {
					errors.add("year", "Give a financial year, such as 2014-15");
				}
			}
			catch (IllegalArgumentException ex) {
				errors.add("year", "Give a financial year, such as 2014-15");
			}
		}
		Long scope = user.agencyScope(Resource.CASE_DATA, Operation.READ);
		model.addAttribute("year", chosen);
		model.addAttribute("errors", errors);
		model.addAttribute("missing", this.returns.missing(partnershipId, chosen, scope));
		model.addAttribute("latest", this.returns.latest(partnershipId, scope, 50));
		model.addAttribute("names", names(partnershipId));
		model.addAttribute("agencyNames", agencyNames(partnershipId));
		return "indicators/returns";
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.WRITE)
	@GetMapping("/new")
	String form(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "indicator", defaultValue = "") String indicator,
			@RequestParam(name = "period", defaultValue = "") String period, Model model) {
		ReturnForm form = new ReturnForm(indicator, ownAgency(user), period, "", "", "", "", "");
		return form(user, model, form, FormErrors.none());
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.WRITE)
	@PostMapping
	String submit(@AuthenticationPrincipal AssureUser user, ReturnForm form, Model model, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		FormErrors errors = FormErrors.none();
		Long agencyId = number(form.agency(), "agency", errors);
		if (agencyId == null && !errors.has("agency")) {
			errors.add("agency", "Choose the agency");
		}
		Long scope = user.agencyScope(Resource.CASE_DATA, Operation.WRITE);
		if (agencyId != null && scope != null && !agencyId.equals(scope)) {
			errors.add("agency", "You may return figures only for your own agency");
		}
		Long numerator = number(form.numerator(), "numerator", errors);
		Long denominator = number(form.denominator(), "denominator", errors);
		BigDecimal value = null;
		if (!form.value().isBlank()) {
			try {
				value = new BigDecimal(form.value().replace("%", "").replace(",", "").strip());
			}
			catch (NumberFormatException ex) {
				errors.add("value", "Enter a number, such as 41.3");
			}
		}
		if (form.indicator().isBlank()) {
			errors.add("indicator", "Choose the indicator");
		}
		if (form.period().isBlank()) {
			errors.add("period", "Enter the period, such as 2014-07");
		}
		if (errors.isEmpty()) {
			try {
				AgencyReturn stored = this.returns.submit(
						partnershipId, new ReturnSubmission(form.indicator(), agencyId, form.period(), numerator,
								denominator, value, form.reason(), form.outsideLimitsReason(), ReturnChannel.FORM),
						user.getUsername());
				redirect.addFlashAttribute("success", "Return received: "
						+ names(partnershipId).getOrDefault(stored.indicatorCode(), stored.indicatorCode()) + ", "
						+ ReportingPeriod.parse(stored.period()).label() + " (version " + stored.version() + ")");
				return "redirect:/returns?year="
						+ org.assure.indicators.Frequency.ANNUAL.periodOf(ReportingPeriod.parse(stored.period()).end())
							.code();
			}
			catch (InvalidReturnException ex) {
				ex.problems().forEach(errors::add);
			}
		}
		return form(user, model, form, errors);
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.READ)
	@GetMapping("/upload")
	String uploadForm(@AuthenticationPrincipal AssureUser user, Model model) {
		model.addAttribute("problems", List.of());
		model.addAttribute("columns", Returns.CSV_COLUMNS);
		model.addAttribute("errors", FormErrors.none());
		return "indicators/returns-upload";
	}

	@Allowed(resource = Resource.CASE_DATA, operation = Operation.WRITE)
	@PostMapping("/upload")
	String upload(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		FormErrors errors = FormErrors.none();
		List<String> problems = List.of();
		if (file == null || file.isEmpty()) {
			errors.add("file", "Select a CSV file of returns");
		}
		else {
			String name = (file.getOriginalFilename() != null)
					? java.nio.file.Path.of(file.getOriginalFilename()).getFileName().toString() : "upload.csv";
			try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				List<AgencyReturn> stored = this.returns.importCsv(user.requirePartnershipId(), reader, name,
						user.agencyScope(Resource.CASE_DATA, Operation.WRITE), user.getUsername());
				redirect.addFlashAttribute("success", stored.size() + " returns received from " + name);
				return "redirect:/returns";
			}
			catch (InvalidFileException ex) {
				problems = ex.problems();
				errors.add("file", "Nothing was stored: " + problems.size()
						+ ((problems.size() == 1) ? " problem" : " problems") + " in " + name + ", listed below");
			}
		}
		model.addAttribute("problems", problems);
		model.addAttribute("columns", Returns.CSV_COLUMNS);
		model.addAttribute("errors", errors);
		return "indicators/returns-upload";
	}

	private String form(AssureUser user, Model model, ReturnForm form, FormErrors errors) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("indicators",
				this.catalogue.all(partnershipId).stream().filter(Indicator::returned).toList());
		Long scope = user.agencyScope(Resource.CASE_DATA, Operation.WRITE);
		model.addAttribute("agencies",
				this.agencies.of(partnershipId)
					.stream()
					.filter((agency) -> agency.active() && (scope == null || agency.id() == scope))
					.toList());
		return "indicators/return-form";
	}

	private Map<String, String> names(long partnershipId) {
		Map<String, String> names = new HashMap<>();
		for (Indicator indicator : this.catalogue.all(partnershipId)) {
			names.put(indicator.code(), indicator.name());
		}
		return names;
	}

	private Map<Long, String> agencyNames(long partnershipId) {
		Map<Long, String> names = new HashMap<>();
		for (Agency agency : this.agencies.of(partnershipId)) {
			names.put(agency.id(), agency.name());
		}
		return names;
	}

	private static @Nullable Long number(String text, String field, FormErrors errors) {
		String cleaned = text.replace(",", "").strip();
		if (cleaned.isEmpty()) {
			return null;
		}
		try {
			return Long.valueOf(cleaned);
		}
		catch (NumberFormatException ex) {
			errors.add(field, "Enter a whole number");
			return null;
		}
	}

	/**
	 * The return form as typed.
	 *
	 * @param indicator the indicator's code
	 * @param agency the agency's id
	 * @param period the period's code
	 * @param numerator the count or part
	 * @param denominator the whole
	 * @param value the value
	 * @param reason why a figure is resubmitted
	 * @param outsideLimitsReason the confirmation of an unusual value
	 */
	record ReturnForm(String indicator, String agency, String period, String numerator, String denominator,
			String value, String reason, String outsideLimitsReason) {

		ReturnForm {
			indicator = (indicator != null) ? indicator : "";
			agency = (agency != null) ? agency : "";
			period = (period != null) ? period : "";
			numerator = (numerator != null) ? numerator : "";
			denominator = (denominator != null) ? denominator : "";
			value = (value != null) ? value : "";
			reason = (reason != null) ? reason : "";
			outsideLimitsReason = (outsideLimitsReason != null) ? outsideLimitsReason : "";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem returnsLink() {
			return new NavigationItem(BoardFunction.PERFORMANCE, "Agency returns", "/returns", Resource.CASE_DATA,
					Operation.READ);
		}

	}

	private static String ownAgency(AssureUser user) {
		Long scope = user.agencyScope(Resource.CASE_DATA, Operation.WRITE);
		return (scope != null) ? String.valueOf(scope) : "";
	}

}
