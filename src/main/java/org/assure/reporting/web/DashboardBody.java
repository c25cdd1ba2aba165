package org.assure.reporting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Theme;
import org.assure.partnership.Agency;
import org.assure.reporting.Dashboard;
import org.assure.reporting.ReportCards;
import org.assure.shell.Choice;
import org.assure.shell.KeptHtml;
import org.thymeleaf.ITemplateEngine;

import org.springframework.stereotype.Component;

/**
 * The dashboard's page body as HTML (the filters, the summary, the report cards and the
 * tables), rendered once for each question and kept. A view, the quarter's cards and the
 * agencies are each the same object until what is behind them changes, and the body is
 * the same for every user of the partnership who asks the same question, so rendering it
 * for every request only spent the processor. A body with an error in what was typed is
 * rendered every time and not kept.
 */
@Component
class DashboardBody {

	private final KeptHtml bodies;

	/**
	 * What a body shows: the view, the cards and the agencies compared by identity (each
	 * is a new object after any change to it), the filters and the context path by value.
	 */
	private record Key(Dashboard.View view, Map<String, ReportCards.Card> cards, List<Agency> agencies, String theme,
			String agency, String contextPath) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.view == this.view && key.cards == this.cards
					&& key.agencies == this.agencies && key.theme.equals(this.theme) && key.agency.equals(this.agency)
					&& key.contextPath.equals(this.contextPath);
		}

		@Override
		public int hashCode() {
			return Objects.hash(System.identityHashCode(this.view), System.identityHashCode(this.cards),
					System.identityHashCode(this.agencies), this.theme, this.agency, this.contextPath);
		}

	}

	/**
	 * The question a body answers and the data it shows.
	 *
	 * @param view the judged indicators
	 * @param choice the period asked for, as typed, with any error
	 * @param quarter the quarter of the report cards
	 * @param cards the quarter's cards by sub-group
	 * @param agencies the agencies to filter by
	 * @param theme the theme chosen, or empty
	 * @param agency the agency chosen (its id), or empty
	 */
	record Question(Dashboard.View view, PeriodChoice choice, ReportingPeriod.Quarter quarter,
			Map<String, ReportCards.Card> cards, List<Agency> agencies, String theme, String agency) {
	}

	DashboardBody(ITemplateEngine templates) {
		this.bodies = new KeptHtml(templates, "reporting/dashboard-body", "body", 200);
	}

	/**
	 * The body answering a question.
	 * @param question the question and its data
	 * @param contextPath where the application is served, for the links
	 * @return the HTML of the body
	 */
	String of(Question question, String contextPath) {
		if (!question.choice().errors().isEmpty()) {
			return this.bodies.render(variables(question, contextPath));
		}
		return this.bodies.get(new Key(question.view(), question.cards(), question.agencies(), question.theme(),
				question.agency(), contextPath), () -> variables(question, contextPath));
	}

	private static Map<String, Object> variables(Question question, String contextPath) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("view", question.view());
		variables.put("errors", question.choice().errors());
		variables.put("periodText", question.choice().text());
		variables.put("cardQuarter", question.quarter());
		variables.put("cards", question.cards());
		variables.put("themes", Choice.of(List.of(Theme.values()), Theme::code, Theme::label));
		variables.put("theme", question.theme());
		variables.put("agencies", Choice.of(question.agencies(), Agency::id, Agency::name));
		variables.put("agency", question.agency());
		variables.put("contextPath", contextPath);
		return variables;
	}

}
