package org.assure.indicators.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Analysis;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Commentaries;
import org.assure.indicators.Comparators;
import org.assure.indicators.Frequency;
import org.assure.indicators.Indicator;
import org.assure.indicators.IndicatorSource;
import org.assure.indicators.Indicators;
import org.assure.indicators.InvalidFileException;
import org.assure.indicators.Judgement;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.FormErrors;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator catalogue in the browser: every indicator by theme, each indicator's
 * values with the analysis in words and its definition's history, and the board manager's
 * edit of its metadata, which becomes a new version.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorPagesController {

	private final Catalogue catalogue;

	private final Analysis analysis;

	/** The most rows the page lists; the count says how many there are. */
	static final int CHILDREN_SHOWN = 500;

	private final Agencies agencies;

	private final Indicators indicators;

	private final AccessLog accessLog;

	private final Clock clock;

	private final Comparators comparators;

	private final Commentaries commentaries;

	private final org.assure.indicators.Evidence evidence;

	IndicatorPagesController(Catalogue catalogue, Analysis analysis, Agencies agencies, Indicators indicators,
			AccessLog accessLog, Clock clock, Comparators comparators, Commentaries commentaries,
			org.assure.indicators.Evidence evidence) {
		this.evidence = evidence;
		this.commentaries = commentaries;
		this.comparators = comparators;
		this.clock = clock;
		this.catalogue = catalogue;
		this.analysis = analysis;
		this.agencies = agencies;
		this.indicators = indicators;
		this.accessLog = accessLog;
	}

	@GetMapping
	@Allowed(resource = Resource.INDICATORS, operation = Operation.READ)
	String catalogue(@AuthenticationPrincipal AssureUser user, Model model) {
		Map<Theme, List<Indicator>> byTheme = new LinkedHashMap<>();
		for (Theme theme : Theme.values()) {
			List<Indicator> indicators = this.catalogue.all(user.requirePartnershipId())
				.stream()
				.filter((indicator) -> indicator.theme() == theme)
				.toList();
			if (!indicators.isEmpty()) {
				byTheme.put(theme, indicators);
			}
		}
		model.addAttribute("byTheme", byTheme);
		model.addAttribute("canEdit", user.can(Resource.INDICATORS, Operation.WRITE));
		return "indicators/catalogue";
	}

	@GetMapping("/{code}")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.READ)
	String indicator(@AuthenticationPrincipal AssureUser user, @PathVariable String code, Model model) {
		long partnershipId = user.requirePartnershipId();
		Indicator indicator = this.catalogue.find(partnershipId, code).orElseThrow(NotFound::new);
		Judgement judgement = this.analysis.judge(partnershipId, indicator.code(), null);
		model.addAttribute("indicator", indicator);
		model.addAttribute("judgement", judgement);
		model.addAttribute("chart", org.assure.indicators.SpcChart.chart(judgement, "spc-chart"));
		model.addAttribute("history", this.catalogue.history(partnershipId, code));
		model.addAttribute("rebases", this.analysis.rebases(partnershipId, code));
		model.addAttribute("evidence", this.evidence.onTheme(partnershipId, indicator.theme()));
		List<Commentaries.Commentary> commentaries = this.commentaries.history(partnershipId, code);
		model.addAttribute("commentaries", commentaries);
		Judgement.Point newest = judgement.latest();
		String latestPeriod = (newest != null) ? newest.period() : "";
		model.addAttribute("latestPeriod", latestPeriod);
		model.addAttribute("currentCommentary",
				commentaries.stream().filter((c) -> c.period().equals(latestPeriod)).findFirst().orElse(null));
		model.addAttribute("canComment", mayComment(user, indicator));
		if (!model.containsAttribute("commentaryProblems")) {
			model.addAttribute("commentaryProblems", Map.of());
			model.addAttribute("commentaryDraft", Map.of("commentaryPeriod", latestPeriod));
		}
		model.addAttribute("owner", (indicator.returnAgencyId() != null)
				? this.agencies.find(partnershipId, indicator.returnAgencyId()).map((a) -> a.name()).orElse("") : "");
		model.addAttribute("canEdit", user.can(Resource.INDICATORS, Operation.WRITE));
		model.addAttribute("canListChildren", indicator.source() == IndicatorSource.JOURNEYS
				&& user.can(Resource.CASE_DATA, Operation.READ, Scope.PARTNERSHIP));
		Judgement.Point latest = judgement.latest();
		model.addAttribute("childrenPeriod",
				(latest != null) ? Frequency.ANNUAL.periodOf(ReportingPeriod.parse(latest.period()).start()).code()
						: Frequency.ANNUAL.periodOf(LocalDate.now(this.clock)).code());
		return "indicators/indicator";
	}

	@GetMapping("/{code}/children")
	@Allowed(resource = Resource.CASE_DATA, operation = Operation.READ, scope = Scope.PARTNERSHIP)
	String children(@AuthenticationPrincipal AssureUser user, @PathVariable String code,
			@RequestParam(name = "period", defaultValue = "") String period, Model model) {
		long partnershipId = user.requirePartnershipId();
		Indicator indicator = this.catalogue.find(partnershipId, code).orElseThrow(NotFound::new);
		model.addAttribute("indicator", indicator);
		ReportingPeriod chosen;
		try {
			chosen = ReportingPeriod
				.parse(period.isBlank() ? Frequency.ANNUAL.periodOf(LocalDate.now(this.clock)).code() : period);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("problem", ex.getMessage());
			return "indicators/children";
		}
		if (indicator.source() != IndicatorSource.JOURNEYS) {
			model.addAttribute("problem", "This indicator's values are returned by an agency as figures: "
					+ "there are no children behind them in Assure.");
			return "indicators/children";
		}
		List<Indicators.ChildBehind> rows = this.indicators.childrenBehind(partnershipId, code, chosen);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.READ, "indicator-children",
				code + " " + chosen.code() + " (" + rows.size() + " rows)"));
		model.addAttribute("period", chosen);
		model.addAttribute("rows", rows.subList(0, Math.min(rows.size(), CHILDREN_SHOWN)));
		model.addAttribute("total", rows.size());
		model.addAttribute("counted", rows.stream().filter(Indicators.ChildBehind::counted).count());
		model.addAttribute("shown", CHILDREN_SHOWN);
		model.addAttribute("breakdowns", this.indicators.breakdowns(partnershipId, code, chosen.code()));
		return "indicators/children";
	}

	@PostMapping("/{code}/commentary")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.RESPOND)
	String comment(@AuthenticationPrincipal AssureUser user, @PathVariable String code,
			@RequestParam(name = "commentaryPeriod", defaultValue = "") String period,
			@RequestParam(name = "what", defaultValue = "") String what,
			@RequestParam(name = "soWhat", defaultValue = "") String soWhat,
			@RequestParam(name = "whatNext", defaultValue = "") String whatNext, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Indicator indicator = this.catalogue.find(partnershipId, code).orElseThrow(NotFound::new);
		if (!mayComment(user, indicator)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"A data lead comments only on the indicators the agency returns");
		}
		Map<String, String> problems = this.commentaries.write(partnershipId, code, period, what, soWhat, whatNext,
				user.getUsername());
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("success", "Commentary saved for " + period.strip());
		}
		else {
			redirect.addFlashAttribute("commentaryProblems", new java.util.LinkedHashMap<>(problems));
			redirect.addFlashAttribute("commentaryDraft", new java.util.LinkedHashMap<>(
					Map.of("commentaryPeriod", period, "what", what, "soWhat", soWhat, "whatNext", whatNext)));
		}
		return "redirect:/indicators/" + code + "#commentary";
	}

	static boolean mayComment(AssureUser user, Indicator indicator) {
		Long scope = user.agencyScope(Resource.INDICATORS, Operation.RESPOND);
		return scope == null || scope.equals(indicator.returnAgencyId());
	}

	@PostMapping("/{code}/rebase")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.WRITE)
	String rebase(@AuthenticationPrincipal AssureUser user, @PathVariable String code,
			@RequestParam(name = "fromPeriod", defaultValue = "") String fromPeriod,
			@RequestParam(name = "rebaseReason", defaultValue = "") String reason, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		this.catalogue.find(partnershipId, code).orElseThrow(NotFound::new);
		try {
			if (fromPeriod.isBlank()) {
				throw new IllegalArgumentException("Enter the period the new limits start from, such as 2015-04");
			}
			this.analysis.rebase(partnershipId, code, fromPeriod, reason, user.getUsername(), this.clock.instant());
			redirect.addFlashAttribute("success", "The limits start again from " + fromPeriod.strip());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("rebaseError", ex.getMessage());
		}
		return "redirect:/indicators/" + code + "#rebases";
	}

	@GetMapping("/comparators")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.WRITE)
	String comparatorsForm(Model model) {
		model.addAttribute("problems", List.of());
		model.addAttribute("columns", Comparators.COLUMNS);
		model.addAttribute("errors", FormErrors.none());
		return "indicators/comparators-upload";
	}

	@PostMapping("/comparators")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.WRITE)
	String uploadComparators(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "file",
					required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			Model model, RedirectAttributes redirect) throws java.io.IOException {
		FormErrors errors = FormErrors.none();
		List<String> problems = List.of();
		if (file == null || file.isEmpty()) {
			errors.add("file", "Select a CSV file of comparators");
		}
		else {
			String name = (file.getOriginalFilename() != null)
					? java.nio.file.Path.of(file.getOriginalFilename()).getFileName().toString() : "upload.csv";
			try (java.io.Reader reader = new java.io.InputStreamReader(file.getInputStream(),
					java.nio.charset.StandardCharsets.UTF_8)) {
				int loaded = this.comparators.load(user.requirePartnershipId(), reader, name, user.getUsername());
				redirect.addFlashAttribute("success", loaded + " comparators loaded from " + name);
				return "redirect:/indicators";
			}
			catch (InvalidFileException ex) {
				problems = ex.problems();
				errors.add("file", "Nothing was loaded: " + problems.size()
						+ ((problems.size() == 1) ? " problem" : " problems") + " in " + name + ", listed below");
			}
		}
		model.addAttribute("problems", problems);
		model.addAttribute("columns", Comparators.COLUMNS);
		model.addAttribute("errors", errors);
		return "indicators/comparators-upload";
	}

	@GetMapping("/{code}/edit")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.WRITE)
	String edit(@AuthenticationPrincipal AssureUser user, @PathVariable String code, Model model) {
		Indicator indicator = this.catalogue.find(user.requirePartnershipId(), code).orElseThrow(NotFound::new);
		return form(user, model, indicator, EditForm.of(indicator), FormErrors.none());
	}

	@PostMapping("/{code}/edit")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.WRITE)
	String save(@AuthenticationPrincipal AssureUser user, @PathVariable String code, EditForm form, Model model,
			RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		Indicator current = this.catalogue.find(partnershipId, code).orElseThrow(NotFound::new);
		FormErrors errors = FormErrors.none();
		Double target = decimal(form.target(), "target", errors);
		Double tolerance = decimal(form.tolerance(), "tolerance", errors);
		Integer stale = whole(form.staleAfterDays(), "staleAfterDays", errors);
		Integer small = whole(form.smallNumberThreshold(), "smallNumberThreshold", errors);
		Long agency = null;
		if (!form.returnAgencyId().isBlank()) {
			Integer chosen = whole(form.returnAgencyId(), "returnAgencyId", errors);
			agency = (chosen == null) ? null
					: this.agencies.find(partnershipId, chosen).map((a) -> a.id()).orElse(null);
			if (agency == null && !errors.has("returnAgencyId")) {
				errors.add("returnAgencyId", "Choose an agency of the partnership");
			}
		}
		if (errors.isEmpty()) {
			Indicator edited = new Indicator(current.code(), current.version(), form.name(), current.theme(),
					current.source(), current.unit(), current.better(), current.frequency(), form.definition(),
					form.numerator(), form.denominator(), form.reference(), target, form.targetSetBy(), tolerance,
					form.dataOwner(), form.accountablePerson(), agency, form.dataQualityNote(), form.baselinePeriod(),
					(small != null) ? small : current.smallNumberThreshold(),
					(stale != null) ? stale : current.staleAfterDays(), "", null, "");
			try {
				Indicator saved = this.catalogue.save(partnershipId, edited, user.getUsername(), form.reason());
				redirect.addFlashAttribute("success", "Saved as version " + saved.version());
				return "redirect:/indicators/" + code;
			}
			catch (Catalogue.InvalidIndicatorException ex) {
				ex.problems().forEach(errors::add);
			}
		}
		return form(user, model, current, form, errors);
	}

	private String form(AssureUser user, Model model, Indicator indicator, EditForm form, FormErrors errors) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("agencies", this.agencies.of(user.requirePartnershipId()));
		return "indicators/edit";
	}

	private static @Nullable Double decimal(String text, String field, FormErrors errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.replace("%", "").replace(",", "").strip());
		}
		catch (NumberFormatException ex) {
			errors.add(field, "Enter a number, such as 20 or 2.5");
			return null;
		}
	}

	private static @Nullable Integer whole(String text, String field, FormErrors errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(field, "Enter a whole number");
			return null;
		}
	}

	/**
	 * The edit form as typed.
	 *
	 * @param name the name
	 * @param definition the definition
	 * @param numerator what is counted
	 * @param denominator the whole
	 * @param reference the reference
	 * @param target the target
	 * @param targetSetBy who set it
	 * @param tolerance the tolerance
	 * @param dataOwner the data owner
	 * @param accountablePerson the accountable person
	 * @param returnAgencyId the agency that owes the return
	 * @param dataQualityNote the data-quality note
	 * @param baselinePeriod the baseline's first period
	 * @param smallNumberThreshold the small-number threshold
	 * @param staleAfterDays stale after so many days
	 * @param reason why the indicator is changed
	 */
	record EditForm(String name, String definition, String numerator, String denominator, String reference,
			String target, String targetSetBy, String tolerance, String dataOwner, String accountablePerson,
			String returnAgencyId, String dataQualityNote, String baselinePeriod, String smallNumberThreshold,
			String staleAfterDays, String reason) {

		EditForm {
			name = orEmpty(name);
			definition = orEmpty(definition);
			numerator = orEmpty(numerator);
			denominator = orEmpty(denominator);
			reference = orEmpty(reference);
			target = orEmpty(target);
			targetSetBy = orEmpty(targetSetBy);
			tolerance = orEmpty(tolerance);
			dataOwner = orEmpty(dataOwner);
			accountablePerson = orEmpty(accountablePerson);
			returnAgencyId = orEmpty(returnAgencyId);
			dataQualityNote = orEmpty(dataQualityNote);
			baselinePeriod = orEmpty(baselinePeriod);
			smallNumberThreshold = orEmpty(smallNumberThreshold);
			staleAfterDays = orEmpty(staleAfterDays);
			reason = orEmpty(reason);
		}

		static EditForm of(Indicator indicator) {
			return new EditForm(indicator.name(), indicator.definition(), indicator.numerator(),
					indicator.denominator(), indicator.reference(), text(indicator.target()), indicator.targetSetBy(),
					text(indicator.tolerance()), indicator.dataOwner(), indicator.accountablePerson(),
					(indicator.returnAgencyId() != null) ? String.valueOf(indicator.returnAgencyId()) : "",
					indicator.dataQualityNote(), indicator.baselinePeriod(),
					String.valueOf(indicator.smallNumberThreshold()), String.valueOf(indicator.staleAfterDays()), "");
		}

		private static String text(@Nullable Double value) {
			return (value == null) ? "" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

		private static String orEmpty(@Nullable String value) {
			return (value != null) ? value : "";
		}

	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NotFound extends RuntimeException {

		NotFound() {
			super("No such indicator in this partnership");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem indicatorsLink() {
			return new NavigationItem(BoardFunction.PERFORMANCE, "Indicators", "/indicators", Resource.INDICATORS,
					Operation.READ);
		}

	}

}
