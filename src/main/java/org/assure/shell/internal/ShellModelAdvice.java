package org.assure.shell.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.assure.shell.KeptHtml;
import org.assure.shell.NavigationItem;
import org.assure.shell.ShellIdentity;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;

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

	private final List<NavigationItem> navigation;

	/** The navigation's links as HTML, by the links shown and the context path. */
	private final KeptHtml links;

	ShellModelAdvice(List<NavigationItem> navigation, ITemplateEngine templates) {
		this.links = new KeptHtml(templates, "fragments/navigation", "links", 500);
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
			return new Shell(null, null, "");
		}
		Set<String> roles = identity.roleNames();
		List<Shell.Link> links = this.navigation.stream()
			.filter((item) -> item.visibleTo(roles))
			.map((item) -> new Shell.Link(item.label(), item.path(), isCurrent(item.path(), path)))
			.toList();
		String partnershipName = (identity.partnershipName() != null) ? identity.partnershipName() : "All partnerships";
		boolean home = path.equals("/");
		String contextPath = request.getContextPath();
		// Rendered once for each set of links and the current one, and kept: the layout
		// is
		// rendered on every request of every page, and the links were most of its work.
		return new Shell(identity.displayName(), partnershipName, this.links.get(List.of(links, home, contextPath),
				() -> Map.of("links", links, "home", home, "contextPath", contextPath)));
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
	 * @param navigationHtml the links the user may follow, as HTML
	 */
	record Shell(@Nullable String userName, @Nullable String partnershipName, String navigationHtml) {

		public boolean signedIn() {
			return this.userName != null;
		}

		/**
		 * A link of the navigation.
		 *
		 * @param label its words
		 * @param path where it goes
		 * @param current whether it is the section of the page shown
		 */
		record Link(String label, String path, boolean current) {
		}

	}

}
