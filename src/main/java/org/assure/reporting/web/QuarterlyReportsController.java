package org.assure.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.indicators.Theme;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Exports;
import org.assure.reporting.Dashboard;
import org.assure.reporting.QuarterlyReports;
import org.assure.reporting.ReportCards;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The quarterly performance report: a board manager or administrator asks for it for a
 * period and themes; it is made in the background while its page shows the progress;
 * every user of the partnership reads the reports made, as HTML, PDF or DOCX.
 */
@Controller
class QuarterlyReportsController {

	private final QuarterlyReports reports;

	private final Dashboard dashboard;

	private final Clock clock;

	private final Exports exports;

	QuarterlyReportsController(QuarterlyReports reports, Dashboard dashboard, Clock clock, Exports exports) {
		this.exports = exports;
		this.reports = reports;
		this.dashboard = dashboard;
		this.clock = clock;
	}

	@GetMapping("/reports/quarterly")
	@Allowed(resource = Resource.REPORTS, operation = Operation.READ)
	String list(@AuthenticationPrincipal AssureUser user, Model model) {
		long partnershipId = user.requirePartnershipId();
		model.addAttribute("reports", this.reports.recent(partnershipId, 50));
		model.addAttribute("themes", Theme.values());
		model.addAttribute("canMake", user.can(Resource.REPORTS, Operation.WRITE));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
			model.addAttribute("draftPeriod",
					ReportCards.quarterOf(this.dashboard.defaultPeriod(partnershipId, LocalDate.now(this.clock)))
						.code());
			model.addAttribute("draftThemes", List.of());
		}
		return "reporting/quarterly";
	}

	@PostMapping("/reports/quarterly")
	@Allowed(resource = Resource.REPORTS, operation = Operation.WRITE)
	String make(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "period", defaultValue = "") String period,
			@RequestParam(name = "themes", required = false) List<String> themes, RedirectAttributes redirect) {
		List<String> chosen = (themes != null) ? themes : List.of();
		QuarterlyReports.Started started = this.reports.start(user.requirePartnershipId(), period, chosen,
				user.getUsername());
		if (started.id() == null) {
			redirect.addFlashAttribute("problems", new LinkedHashMap<>(started.problems()));
			redirect.addFlashAttribute("draftPeriod", period);
			redirect.addFlashAttribute("draftThemes", chosen);
			return "redirect:/reports/quarterly";
		}
		return "redirect:/reports/quarterly/" + started.id();
	}

	@GetMapping("/reports/quarterly/{id}")
	@Allowed(resource = Resource.REPORTS, operation = Operation.READ)
	String report(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		model.addAttribute("report", this.reports.find(user.requirePartnershipId(), id).orElseThrow(NotFound::new));
		return "reporting/quarterly-job";
	}

	@GetMapping("/reports/quarterly/{id}/progress")
	@Allowed(resource = Resource.REPORTS, operation = Operation.READ)
	String progress(@AuthenticationPrincipal AssureUser user, @PathVariable long id, Model model) {
		model.addAttribute("report", this.reports.find(user.requirePartnershipId(), id).orElseThrow(NotFound::new));
		return "reporting/quarterly-job :: progress";
	}

	@GetMapping("/reports/quarterly/{id}/report.{format}")
	@Allowed(resource = Resource.REPORTS, operation = Operation.READ)
	ResponseEntity<byte[]> file(@AuthenticationPrincipal AssureUser user, @PathVariable long id,
			@PathVariable String format) {
		QuarterlyReports.Format chosen = ReportFiles.allowed(this.exports, user, format);
		long partnershipId = user.requirePartnershipId();
		QuarterlyReports.Report report = this.reports.find(partnershipId, id).orElseThrow(NotFound::new);
		byte[] bytes = this.reports.file(partnershipId, id, chosen).orElseThrow(NotFound::new);
		return ReportFiles.send(this.exports, user, chosen, bytes, false,
				"performance-report-" + report.period() + "-" + id, "quarterly-report", String.valueOf(id));
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class NotFound extends RuntimeException {

		NotFound() {
			super("No such report");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem quarterlyReportsLink() {
			return new NavigationItem(BoardFunction.PERFORMANCE, "Performance reports", "/reports/quarterly",
					Resource.REPORTS, Operation.READ);
		}

	}

}
