package org.assure.reporting.web;

import java.time.Clock;
import java.time.LocalDate;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.reporting.Dashboard;
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
 * The board's dashboard, for every user of the partnership: every indicator judged up to
 * a period, by theme, with filters by theme and agency and a period picker.
 */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final Agencies agencies;

	private final Clock clock;

	private final org.assure.reporting.ReportCards cards;

	private final DashboardBody body;

	DashboardController(Dashboard dashboard, Agencies agencies, Clock clock, org.assure.reporting.ReportCards cards,
			DashboardBody body) {
		this.body = body;
		this.cards = cards;
		this.dashboard = dashboard;
		this.agencies = agencies;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.READ)
	String dashboard(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "period", required = false) @Nullable String period,
			@RequestParam(name = "theme", required = false) @Nullable String theme,
			@RequestParam(name = "agency", required = false) @Nullable String agency, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		long partnershipId = user.requirePartnershipId();
		PeriodChoice choice = PeriodChoice.of(period,
				() -> this.dashboard.defaultPeriod(partnershipId, LocalDate.now(this.clock)));
		ReportingPeriod chosen = choice.period();
		Theme chosenTheme = (theme != null && !theme.isBlank()) ? Theme.fromCode(theme).orElse(null) : null;
		Long chosenAgency = null;
		if (agency != null && !agency.isBlank()) {
			try {
				chosenAgency = this.agencies.find(partnershipId, Long.parseLong(agency.strip()))
					.map((a) -> a.id())
					.orElse(null);
			}
			catch (NumberFormatException ex) {
				chosenAgency = null;
			}
		}
		Dashboard.View view = this.dashboard.view(partnershipId, chosen, chosenTheme, chosenAgency);
		ReportingPeriod.Quarter quarter = org.assure.reporting.ReportCards.quarterOf(chosen);
		model.addAttribute("body",
				this.body.of(new DashboardBody.Question(view, choice, quarter,
						this.cards.current(partnershipId, quarter.code()), this.agencies.of(partnershipId),
						(chosenTheme != null) ? chosenTheme.code() : "",
						(chosenAgency != null) ? String.valueOf(chosenAgency) : ""), request.getContextPath()));
		return "reporting/dashboard";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem dashboardLink() {
			return new NavigationItem(BoardFunction.PERFORMANCE, "Dashboard", "/dashboard", Resource.INDICATORS,
					Operation.READ);
		}

	}

}
