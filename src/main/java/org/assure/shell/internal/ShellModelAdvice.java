package org.assure.shell.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.assure.shell.NavigationItem;
import org.assure.shell.ShellIdentity;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the layout needs into every page's model: who is signed in, for which
 * partnership, and the navigation that user may see.
 */
@ControllerAdvice
class ShellModelAdvice {

	private static final int MOST_KEPT = 500;

	private final List<NavigationItem> navigation;

	private final ITemplateEngine templates;

	/** The navigation's HTML by the links shown and the context path. */
	private final Map<List<Object>, String> rendered = new ConcurrentHashMap<>();

	ShellModelAdvice(List<NavigationItem> navigation, ITemplateEngine templates) {
		this.templates = templates;
		this.navigation = navigation.stream()
			.sorted(Comparator.comparing(NavigationItem::function).thenComparing(NavigationItem::label))
			.toList();
	}

	@ModelAttribute("shell")
	Shell shell(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		@Nullable ShellIdentity identity = (authentication != null
				&& authentication.getPrincipal() instanceof ShellIdentity shellIdentity) ? shellIdentity : null;
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (identity == null) {
			return new Shell(null, null, List.of(), path, "");
		}
		Set<String> roles = identity.roleNames();
		List<Shell.Link> links = this.navigation.stream()
			.filter((item) -> item.visibleTo(roles))
			.map((item) -> new Shell.Link(item.label(), item.path(), isCurrent(item.path(), path)))
			.toList();
		String partnershipName = (identity.partnershipName() != null) ? identity.partnershipName() : "All partnerships";
		return new Shell(identity.displayName(), partnershipName, links, path,
				navigationHtml(links, path.equals("/"), request.getContextPath()));
	}

	/**
	 * The navigation's links as HTML, rendered once for each set of links and the current
	 * one, and kept: the layout is rendered on every request of every page, and the links
	 * were most of its work.
	 */
	private String navigationHtml(List<Shell.Link> links, boolean home, String contextPath) {
		List<Object> key = List.of(links, home, contextPath);
		String html = this.rendered.get(key);
		if (html == null) {
			html = this.templates.process("fragments/navigation", Set.of("links"),
					new Context(Locale.UK, Map.of("links", links, "home", home, "contextPath", contextPath)));
			if (this.rendered.size() >= MOST_KEPT) {
				this.rendered.clear();
			}
			this.rendered.put(key, html);
		}
		return html;
	}

	private static boolean isCurrent(String itemPath, String requestPath) {
		if (itemPath.equals("/")) {
			return requestPath.equals("/");
		}
		return requestPath.equals(itemPath) || requestPath.startsWith(itemPath + "/");
	}

	/**
	 * The layout's model.
	 *
	 * @param userName the signed-in user's name, or null when nobody is signed in
	 * @param partnershipName the partnership shown in the header
	 * @param navigation the links the user may follow
	 * @param path the current path
	 * @param navigationHtml the navigation's links as HTML
	 */
	record Shell(@Nullable String userName, @Nullable String partnershipName, List<Link> navigation, String path,
			String navigationHtml) {

		public boolean signedIn() {
			return this.userName != null;
		}

		record Link(String label, String path, boolean current) {
		}

	}

}
