package org.assure.reporting.web;

import java.time.Clock;
import java.time.LocalDate;

import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.AssureUser;
import org.assure.reporting.Dashboard;
import org.assure.reporting.ExceptionReport;
import org.assure.shell.Allowed;
import org.assure.shell.BoardFunction;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The exception report, for every user of the partnership.
 */
@Controller
class ExceptionReportController {

	private final ExceptionReport report;

	private final Dashboard dashboard;

	private final Clock clock;

	ExceptionReportController(ExceptionReport report, Dashboard dashboard, Clock clock) {
		this.report = report;
		this.dashboard = dashboard;
		this.clock = clock;
	}

	@GetMapping("/reports/exceptions")
	@Allowed(resource = Resource.REPORTS, operation = Operation.READ)
	String exceptions(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "period", required = false) @Nullable String period, Model model) {
		long partnershipId = user.requirePartnershipId();
		PeriodChoice choice = PeriodChoice.of(period,
				() -> this.dashboard.defaultPeriod(partnershipId, LocalDate.now(this.clock)));
		ReportingPeriod chosen = choice.period();
		model.addAttribute("period", chosen);
		model.addAttribute("periodText", choice.text());
		model.addAttribute("errors", choice.errors());
		model.addAttribute("exceptions", this.report.of(partnershipId, chosen));
		return "reporting/exceptions";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem exceptionReportLink() {
			return new NavigationItem(BoardFunction.PERFORMANCE, "Exception report", "/reports/exceptions",
					Resource.REPORTS, Operation.READ);
		}

	}

}
