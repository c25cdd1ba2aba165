package org.assure.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Exports;
import org.assure.reporting.AnnualReportEdition;
import org.assure.reporting.AnnualReportPart;
import org.assure.reporting.AnnualReportTemplate;
import org.assure.reporting.AnnualReports;
import org.assure.reporting.FigureSources;
import org.assure.reporting.GroupAccounts;
import org.assure.reporting.QuarterlyReports;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual report on the web: the board manager opens a year's report, writes its
 * narrative parts (every version kept), makes its editions in the background, answers the
 * linter's findings, settles which source each disputed figure takes, and publishes it
 * once the chair (a board member) has approved it; then records whom it was sent to.
 * Every user of the partnership reads the reports and their public editions; the internal
 * edition, which shows small counts, is for the board's officers and members.
 */
@Controller
class AnnualReportsController {

	/** Who may read the internal edition, small counts and all. */

	private final AnnualReports reports;

	private final FigureSources sources;

	private final GroupAccounts accounts;

	private final Exports exports;

	private final Clock clock;

	AnnualReportsController(AnnualReports reports, FigureSources sources, GroupAccounts accounts, Exports exports,
			Clock clock) {
		this.reports = reports;
		this.sources = sources;
		this.accounts = accounts;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/reports/annual")
	@Allowed(resource = Resource.REPORTS, operation = Operation.READ)
	String list(@AuthenticationPrincipal AssureUser user, Model model) {
		model.addAttribute("reports", this.reports.all(user.requirePartnershipId()));
		model.addAttribute("templates", AnnualReportTemplate.values());
		model.addAttribute("canManage", manages(user));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			LocalDate today = LocalDate.now(this.clock);
			int start = (today.getMonthValue() >= 4) ? today.getYear() - 1 : today.getYear() - 2;
			model.addAttribute("draftYear", ReportingPeriod.FinancialYear.starting(start).code());
			model.addAttribute("draftTemplate", AnnualReportTemplate.PARTNERS_2023.code());
		}
		return "reporting/annual";
	}

	@PostMapping("/reports/annual")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String open(@AuthenticationPrincipal AssureUser user, @RequestParam(name = "year", defaultValue = "") String year,
			@RequestParam(name = "template", defaultValue = "") String template, RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		ReportingPeriod.FinancialYear chosen = null;
		try {
			chosen = AnnualReports.year(year);
		}
		catch (IllegalArgumentException ex) {
			problems.put("year", ex.getMessage());
		}
		Optional<AnnualReportTemplate> form = template(template);
		if (form.isEmpty()) {
			problems.put("template", "Choose the template the report follows");
		}
		if (chosen == null || form.isEmpty()) {
			redirect.addFlashAttribute("problems", problems);
			redirect.addFlashAttribute("draftYear", year);
			redirect.addFlashAttribute("draftTemplate", template);
			return "redirect:/reports/annual";
		}
		this.reports.open(user.requirePartnershipId(), chosen, form.get());
		return "redirect:/reports/annual/" + chosen.code();
	}

	@GetMapping("/reports/annual/{year}")
	@Allowed(resource = Resource.REPORTS, operation = Operation.READ)
	String report(@AuthenticationPrincipal AssureUser user, @PathVariable String year, Model model) {
		long partnershipId = user.requirePartnershipId();
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		AnnualReports.Report report = this.reports.find(partnershipId, chosen).orElseThrow(NotFound::new);
		Map<AnnualReportPart, String> texts = this.reports.texts(partnershipId, chosen);
		List<AnnualReports.Edition> editions = this.reports.editions(partnershipId, chosen);
		model.addAttribute("report", report);
		model.addAttribute("parts",
				report.template()
					.parts()
					.stream()
					.map((part) -> new PartRow(part, report.template().title(part), texts.getOrDefault(part, "")))
					.toList());
		model.addAttribute("templates", AnnualReportTemplate.values());
		model.addAttribute("editions", editions);
		model.addAttribute("latest", editions.stream().filter((e) -> "READY".equals(e.status())).findFirst());
		model.addAttribute("recipients", this.reports.recipients(partnershipId, chosen));
		model.addAttribute("figures", this.sources.figures(partnershipId, chosen));
		model.addAttribute("reportedIndicators", this.sources.reportedIndicators(partnershipId));
		model.addAttribute("groups", this.accounts.groups(partnershipId));
		model.addAttribute("accounts", this.accounts.current(partnershipId, chosen));
		model.addAttribute("canWriteAccounts", writesAccounts(user));
		model.addAttribute("canManage", manages(user));
		model.addAttribute("canApprove", user.can(Resource.REPORTS, Operation.APPROVE));
		model.addAttribute("canReadInternal", readsInternal(user));
		model.addAttribute("editionKinds", AnnualReportEdition.values());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
		}
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", Map.of());
		}
		return "reporting/annual-report";
	}

	@PostMapping("/reports/annual/{year}/template")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String changeTemplate(@AuthenticationPrincipal AssureUser user, @PathVariable String year,
			@RequestParam(defaultValue = "") String template, RedirectAttributes redirect) {
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		Optional<AnnualReportTemplate> form = template(template);
		Map<String, String> problems = form.isPresent()
				? this.reports.template(user.requirePartnershipId(), chosen, form.get())
				: Map.of("template", "Choose the template the report follows");
		return back(chosen, problems, Map.of(), redirect, "Template changed");
	}

	@GetMapping("/reports/annual/{year}/parts/{part}")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String part(@AuthenticationPrincipal AssureUser user, @PathVariable String year, @PathVariable String part,
			Model model) {
		long partnershipId = user.requirePartnershipId();
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		AnnualReportPart which = partOf(part);
		AnnualReports.Report report = this.reports.find(partnershipId, chosen).orElseThrow(NotFound::new);
		List<AnnualReports.Version> versions = this.reports.versions(partnershipId, chosen, which);
		model.addAttribute("report", report);
		model.addAttribute("part", which);
		model.addAttribute("partCode", which.name().toLowerCase(Locale.UK).replace('_', '-'));
		model.addAttribute("title", report.template().title(which));
		model.addAttribute("versions", versions);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("body", versions.isEmpty() ? "" : versions.get(0).body());
		}
		return "reporting/annual-part";
	}

	@PostMapping("/reports/annual/{year}/parts/{part}")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String write(@AuthenticationPrincipal AssureUser user, @PathVariable String year, @PathVariable String part,
			@RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		AnnualReportPart which = partOf(part);
		this.reports.find(partnershipId, chosen).orElseThrow(NotFound::new);
		Map<String, String> problems = this.reports.write(partnershipId, chosen, which, body, user.getUsername());
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("problems", problems);
			redirect.addFlashAttribute("body", body);
			return "redirect:/reports/annual/" + chosen.code() + "/parts/" + part;
		}
		redirect.addFlashAttribute("success", "Text saved: make the edition again so the linter checks it");
		return "redirect:/reports/annual/" + chosen.code();
	}

	@GetMapping("/reports/annual/{year}/accounts")
	@Allowed(resource = Resource.REPORT_CARDS, operation = Operation.WRITE)
	String account(@AuthenticationPrincipal AssureUser user, @PathVariable String year,
			@RequestParam(defaultValue = "") String group, Model model) {
		long partnershipId = user.requirePartnershipId();
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		AnnualReports.Report report = this.reports.find(partnershipId, chosen).orElseThrow(NotFound::new);
		if (!this.accounts.groups(partnershipId).contains(group)) {
			throw new NotFound();
		}
		List<GroupAccounts.Account> versions = this.accounts.versions(partnershipId, chosen, group);
		model.addAttribute("report", report);
		model.addAttribute("group", group);
		model.addAttribute("versions", versions);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			GroupAccounts.Account latest = versions.isEmpty() ? null : versions.get(0);
			Map<String, String> draft = new LinkedHashMap<>();
			draft.put("howMuch", (latest != null) ? latest.howMuch() : "");
			draft.put("howWell", (latest != null) ? latest.howWell() : "");
			draft.put("betterOff", (latest != null) ? latest.betterOff() : "");
			draft.put("evidence", (latest != null) ? latest.evidence() : "");
			model.addAttribute("draft", draft);
		}
		return "reporting/annual-account";
	}

	@PostMapping("/reports/annual/{year}/accounts")
	@Allowed(resource = Resource.REPORT_CARDS, operation = Operation.WRITE)
	String writeAccount(@AuthenticationPrincipal AssureUser user, @PathVariable String year,
			@RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "") String howMuch,
			@RequestParam(defaultValue = "") String howWell, @RequestParam(defaultValue = "") String betterOff,
			@RequestParam(defaultValue = "") String evidence, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		this.reports.find(partnershipId, chosen).orElseThrow(NotFound::new);
		Map<String, String> problems = this.accounts.write(partnershipId, chosen, group, howMuch, howWell, betterOff,
				evidence, user.getUsername());
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("problems", new LinkedHashMap<>(problems));
			redirect.addFlashAttribute("draft", new LinkedHashMap<>(
					Map.of("howMuch", howMuch, "howWell", howWell, "betterOff", betterOff, "evidence", evidence)));
			return "redirect:/reports/annual/" + chosen.code() + "/accounts?group="
					+ java.net.URLEncoder.encode(group, java.nio.charset.StandardCharsets.UTF_8);
		}
		redirect.addFlashAttribute("success", "The account of " + group + " is saved");
		return "redirect:/reports/annual/" + chosen.code();
	}

	@PostMapping("/reports/annual/{year}/editions")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String make(@AuthenticationPrincipal AssureUser user, @PathVariable String year,
			@RequestParam(defaultValue = "") String edition, RedirectAttributes redirect) {
		long partnershipId = user.requirePartnershipId();
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		this.reports.find(partnershipId, chosen).orElseThrow(NotFound::new);
		AnnualReportEdition kind;
		try {
			kind = AnnualReportEdition.of(edition);
		}
		catch (IllegalArgumentException ex) {
			return back(chosen, Map.of("edition", ex.getMessage()), Map.of(), redirect, "");
		}
		long id = this.reports.start(partnershipId, chosen, kind, user.getUsername());
		return "redirect:/reports/annual/editions/" + id;
	}

	@GetMapping("/reports/annual/editions/{id}")
	@Allowed(resource = Resource.REPORTS, operation = Operation.READ)
	String edition(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		model.addAttribute("edition", readable(user, id));
		return "reporting/annual-edition";
	}

	@GetMapping("/reports/annual/editions/{id}/progress")
	@Allowed(resource = Resource.REPORTS, operation = Operation.READ)
	String progress(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		model.addAttribute("edition", readable(user, id));
		return "reporting/annual-edition :: progress";
	}

	@GetMapping("/reports/annual/editions/{id}/report.{format}")
	@Allowed(resource = Resource.REPORTS, operation = Operation.READ)
	ResponseEntity<byte[]> file(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@PathVariable String format) {
		QuarterlyReports.Format chosen = ReportFiles.allowed(this.exports, user, format);
		AnnualReports.Edition edition = readable(user, id);
		byte[] bytes = this.reports.file(user.requirePartnershipId(), id, chosen).orElseThrow(NotFound::new);
		return ReportFiles.send(this.exports, user, chosen, bytes, edition.edition() == AnnualReportEdition.PUBLIC,
				"annual-report-" + edition.year() + "-" + edition.edition().code() + "-" + id, "annual-report",
				edition.year() + " " + edition.edition().code() + " edition " + id);
	}

	@PostMapping("/reports/annual/{year}/explanations")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String explain(@AuthenticationPrincipal AssureUser user, @PathVariable String year,
			@RequestParam(defaultValue = "") String rule, @RequestParam(defaultValue = "") String excerpt,
			@RequestParam(defaultValue = "") String explanation, RedirectAttributes redirect) {
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		Map<String, String> problems = this.reports.explain(user.requirePartnershipId(), chosen, rule, excerpt,
				explanation, user.getUsername());
		return back(chosen, problems, Map.of("explanation", explanation), redirect, "Explanation kept");
	}

	@PostMapping("/reports/annual/{year}/approve")
	@Allowed(resource = Resource.REPORTS, operation = Operation.APPROVE)
	String approve(@AuthenticationPrincipal AssureUser user, @PathVariable String year, RedirectAttributes redirect) {
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		Map<String, String> problems = this.reports.approve(user.requirePartnershipId(), chosen, user.getUsername());
		return back(chosen, problems, Map.of(), redirect, "Approved: the board manager may now publish it");
	}

	@PostMapping("/reports/annual/{year}/publish")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String publish(@AuthenticationPrincipal AssureUser user, @PathVariable String year, RedirectAttributes redirect) {
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		Map<String, String> problems = this.reports.publish(user.requirePartnershipId(), chosen, user.getUsername());
		return back(chosen, problems, Map.of(), redirect, "Published: record whom it is sent to below");
	}

	@PostMapping("/reports/annual/{year}/recipients")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String sent(@AuthenticationPrincipal AssureUser user, @PathVariable String year,
			@RequestParam(defaultValue = "") String recipient, @RequestParam(defaultValue = "") String sentOn,
			RedirectAttributes redirect) {
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		LocalDate day = null;
		Map<String, String> problems = new LinkedHashMap<>();
		if (!sentOn.isBlank()) {
			try {
				day = LocalDate.parse(sentOn.strip());
			}
			catch (DateTimeParseException ex) {
				problems.put("sentOn", "Enter the date it was sent, such as 2015-09-30");
			}
		}
		if (problems.isEmpty()) {
			problems.putAll(this.reports.sent(user.requirePartnershipId(), chosen, recipient, day, user.getUsername()));
		}
		return back(chosen, problems, Map.of("recipient", recipient, "sentOn", sentOn), redirect,
				"Recorded: sent to " + recipient.strip());
	}

	@PostMapping("/reports/annual/{year}/figures")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String recordFigure(@AuthenticationPrincipal AssureUser user, @PathVariable String year,
			@RequestParam(defaultValue = "") String indicator, @RequestParam(defaultValue = "") String period,
			@RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String source,
			RedirectAttributes redirect) {
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		Map<String, String> problems = this.sources.record(user.requirePartnershipId(), indicator,
				period.isBlank() ? chosen.code() : period, value, source, user.getUsername());
		return back(chosen, problems,
				Map.of("indicator", indicator, "period", period, "value", value, "source", source), redirect,
				"Published figure recorded");
	}

	@PostMapping("/reports/annual/{year}/figures/{id}")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String chooseSource(@AuthenticationPrincipal AssureUser user, @PathVariable String year, @PathVariable long id,
			@RequestParam(defaultValue = "") String use, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		ReportingPeriod.FinancialYear chosen = yearOf(year);
		Map<String, String> problems = this.sources.choose(user.requirePartnershipId(), id, use, note,
				user.getUsername());
		return back(chosen, problems, Map.of(), redirect, "Source chosen: make the edition again to use it");
	}

	private String back(ReportingPeriod.FinancialYear year, Map<String, String> problems, Map<String, String> draft,
			RedirectAttributes redirect, String done) {
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("problems", new LinkedHashMap<>(problems));
			redirect.addFlashAttribute("draft", new LinkedHashMap<>(draft));
		}
		else if (!done.isEmpty()) {
			redirect.addFlashAttribute("success", done);
		}
		return "redirect:/reports/annual/" + year.code();
	}

	private AnnualReports.Edition readable(AssureUser user, long id) {
		AnnualReports.Edition edition = this.reports.edition(user.requirePartnershipId(), id)
			.orElseThrow(NotFound::new);
		if (edition.edition() == AnnualReportEdition.INTERNAL && !readsInternal(user)) {
			throw new AccessDeniedException("The internal edition is for the board's officers and members");
		}
		return edition;
	}

	private static boolean manages(AssureUser user) {
		return user.can(Resource.REPORTS, Operation.WRITE);
	}

	private static boolean writesAccounts(AssureUser user) {
		return user.can(Resource.REPORT_CARDS, Operation.WRITE);
	}

	private static boolean readsInternal(AssureUser user) {
		return user.can(Resource.INTERNAL_REPORTS, Operation.READ);
	}

	private static ReportingPeriod.FinancialYear yearOf(String year) {
		try {
			return AnnualReports.year(year);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound();
		}
	}

	private static AnnualReportPart partOf(String part) {
		String name = part.toUpperCase(Locale.UK).replace('-', '_');
		return Arrays.stream(AnnualReportPart.values())
			.filter((p) -> p.name().equals(name))
			.findFirst()
			.orElseThrow(NotFound::new);
	}

	private static Optional<AnnualReportTemplate> template(@Nullable String code) {
		return Arrays.stream(AnnualReportTemplate.values()).filter((t) -> t.code().equals(code)).findFirst();
	}

	/**
	 * A part of the report as its page lists it.
	 *
	 * @param part the part
	 * @param title its title in the template
	 * @param text the narrative written for it, or empty
	 */
	record PartRow(AnnualReportPart part, String title, String text) {

		/**
		 * The part as its address writes it.
		 * @return such as vulnerable-children
		 */
		public String code() {
			return this.part.name().toLowerCase(Locale.UK).replace('_', '-');
		}

	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NotFound extends RuntimeException {

		NotFound() {
			super("No such annual report");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem annualReportsLink() {
			return new NavigationItem(BoardFunction.PERFORMANCE, "Annual reports", "/reports/annual", Resource.REPORTS,
					Operation.READ);
		}

	}

}
