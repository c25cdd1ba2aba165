package org.assure.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.assure.shell.BoardFunction;
import org.assure.shell.KeptHtml;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
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

	/** The current section's pages as HTML, the second level. */
	private final KeptHtml pages;

	ShellModelAdvice(List<NavigationItem> navigation, ITemplateEngine templates) {
		this.links = new KeptHtml(templates, "fragments/navigation", "links", 500);
		this.pages = new KeptHtml(templates, "fragments/navigation", "pages", 500);
		this.navigation = navigation.stream()
			.sorted(Comparator.comparing(NavigationItem::function).thenComparing(NavigationItem::label))
			.toList();
	}

	/**
	 * Whether the user may read the access log: the administrators, whose record pages
	 * link to who has seen the record.
	 * @return true for an administrator
	 */
	@ModelAttribute("readsAccessLog")
	boolean readsAccessLog() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ShellIdentity identity
				&& identity.can(Resource.ACCESS_LOG, Operation.READ);
	}

	@ModelAttribute("shell")
	Shell shell(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		@Nullable ShellIdentity identity = (authentication != null
				&& authentication.getPrincipal() instanceof ShellIdentity shellIdentity) ? shellIdentity : null;
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (identity == null) {
			return new Shell(null, null, "", "", List.of());
		}
		List<Shell.Section> sections = sections(identity, path);
		String partnershipName = (identity.partnershipName() != null) ? identity.partnershipName() : "All partnerships";
		boolean home = path.equals("/");
		String contextPath = request.getContextPath();
		Shell.Section current = sections.stream().filter(Shell.Section::current).findFirst().orElse(null);
		List<Shell.Link> pages = (current != null) ? current.links() : List.of();
		String currentLabel = (current != null) ? current.label() : "";
		// Rendered once for each set of links and the current one, and kept: the layout
		// is
		// rendered on every request of every page, and the links were most of its work.
		return new Shell(identity.displayName(), partnershipName,
				this.links.get(List.of(sections, home, contextPath),
						() -> Map.of("sections", sections, "home", home, "contextPath", contextPath)),
				pages.isEmpty() ? ""
						: this.pages.get(List.of(pages, currentLabel, contextPath),
								() -> Map.of("pages", pages, "section", currentLabel, "contextPath", contextPath)),
				sections);
	}

	/**
	 * The user's links grouped by board function, in the functions' order: each function
	 * a section of the first level, its pages the second.
	 */
	private List<Shell.Section> sections(ShellIdentity identity, String path) {
		List<NavigationItem> visible = this.navigation.stream().filter((item) -> item.visibleTo(identity)).toList();
		// The page's own link is the most specific that matches: /governance/plan is the
		// business plan's, not the board and sub-groups' (/governance).
		String current = visible.stream()
			.map(NavigationItem::path)
			.filter((itemPath) -> isCurrent(itemPath, path))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
		Map<BoardFunction, List<Shell.Link>> byFunction = new EnumMap<>(BoardFunction.class);
		for (NavigationItem item : visible) {
			byFunction.computeIfAbsent(item.function(), (key) -> new ArrayList<>())
				.add(new Shell.Link(item.label(), item.path(), item.path().equals(current)));
		}
		List<Shell.Section> sections = new ArrayList<>();
		byFunction.forEach((function, links) -> sections.add(new Shell.Section(function.label(), links.get(0).path(),
				links.stream().anyMatch(Shell.Link::current), List.copyOf(links))));
		return sections;
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
	 * @param navigationHtml the sections (board functions) the user may follow, as HTML
	 * @param pagesHtml the current section's pages, as HTML, or blank outside a section
	 * @param sections every section and page the user may follow, for the home page
	 */
	record Shell(@Nullable String userName, @Nullable String partnershipName, String navigationHtml, String pagesHtml,
			List<Section> sections) {

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

		/**
		 * A section of the navigation: a board function and its pages.
		 *
		 * @param label the function's name
		 * @param path where its link goes (its first page)
		 * @param current whether the page shown is one of its pages
		 * @param links its pages
		 */
		record Section(String label, String path, boolean current, List<Link> links) {
		}

	}

}
