package org.assure.shell.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.assure.shell.NavigationItem;
import org.assure.shell.ShellIdentity;
import org.jspecify.annotations.Nullable;

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

	ShellModelAdvice(List<NavigationItem> navigation) {
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
			return new Shell(null, null, List.of(), path);
		}
		Set<String> roles = identity.roleNames();
		List<Shell.Link> links = this.navigation.stream()
			.filter((item) -> item.visibleTo(roles))
			.map((item) -> new Shell.Link(item.label(), item.path(), isCurrent(item.path(), path)))
			.toList();
		String partnershipName = (identity.partnershipName() != null) ? identity.partnershipName() : "All partnerships";
		return new Shell(identity.displayName(), partnershipName, links, path);
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
	 */
	record Shell(@Nullable String userName, @Nullable String partnershipName, List<Link> navigation, String path) {

		public boolean signedIn() {
			return this.userName != null;
		}

		record Link(String label, String path, boolean current) {
		}

	}

}
