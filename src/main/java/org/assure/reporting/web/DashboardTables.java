package org.assure.reporting.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.assure.reporting.Dashboard;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The dashboard's tables as HTML, rendered once for each view: a view is the same object
 * until the figures behind it change, and its tables are the same for every user who asks
 * the same question, so rendering them for every request only spent the processor.
 */
@Component
class DashboardTables {

	private final ITemplateEngine templates;

	private final Map<Key, String> rendered = new ConcurrentHashMap<>();

	/** A view (compared by identity) and the application's context path. */
	private record Key(Dashboard.View view, String contextPath) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.view == this.view && key.contextPath.equals(this.contextPath);
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.view) * 31 + this.contextPath.hashCode();
		}

	}

	DashboardTables(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The tables of a view.
	 * @param view the view
	 * @param contextPath where the application is served, for the links
	 * @return the HTML of the tables
	 */
	String of(Dashboard.View view, String contextPath) {
		Key key = new Key(view, contextPath);
		String html = this.rendered.get(key);
		if (html == null) {
			html = this.templates.process("reporting/dashboard-tables", Set.of("tables"),
					new Context(Locale.UK, Map.of("view", view, "contextPath", contextPath)));
			if (this.rendered.size() > 200) {
				this.rendered.clear();
			}
			this.rendered.put(key, html);
		}
		return html;
	}

}
