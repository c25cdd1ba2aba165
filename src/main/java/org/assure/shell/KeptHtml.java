package org.assure.shell;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A fragment of a page rendered once for each key and kept: for a part of a page that is
 * the same for every request that asks the same question, and is asked for on every
 * request. The fragment is rendered outside a request, so it builds its links from a
 * {@code contextPath} variable rather than with {@code @{...}}. At most a set number of
 * renderings are kept; past that, all are forgotten and rendered again as asked for. Keys
 * must change whenever what the fragment shows does (a key may compare its parts by
 * identity, for data that is a new object after every change).
 */
public final class KeptHtml {

	private final ITemplateEngine templates;

	private final String template;

	private final String fragment;

	private final int mostKept;

	private final Map<Object, String> rendered = new ConcurrentHashMap<>();

	/**
	 * Renderings of one fragment.
	 * @param templates the template engine
	 * @param template the template's name
	 * @param fragment the fragment's name within it
	 * @param mostKept how many renderings to keep at most
	 */
	public KeptHtml(ITemplateEngine templates, String template, String fragment, int mostKept) {
		this.templates = templates;
		this.template = template;
		this.fragment = fragment;
		this.mostKept = mostKept;
	}

	/**
	 * The fragment for a key, rendered with the variables the first time it is asked for.
	 * @param key what the rendering shows
	 * @param variables the fragment's variables
	 * @return the HTML
	 */
	public String get(Object key, Supplier<Map<String, Object>> variables) {
		String html = this.rendered.get(key);
		if (html == null) {
			html = render(variables.get());
			if (this.rendered.size() >= this.mostKept) {
				this.rendered.clear();
			}
			this.rendered.put(key, html);
		}
		return html;
	}

	/**
	 * The fragment rendered now, not kept.
	 * @param variables the fragment's variables
	 * @return the HTML
	 */
	public String render(Map<String, Object> variables) {
		return this.templates.process(this.template, Set.of(this.fragment), new Context(Locale.UK, variables));
	}

}
