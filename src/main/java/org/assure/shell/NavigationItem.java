package org.assure.shell;

import java.util.Set;

/**
 * An entry of the service navigation, contributed by a module as a bean.
 *
 * @param function the board function it belongs to, which orders the navigation
 * @param label the link text
 * @param path the path it links to; it is shown as current for this path and below
 * @param roles the role names (without {@code ROLE_}) that see it; empty for every
 * signed-in user
 */
public record NavigationItem(BoardFunction function, String label, String path, Set<String> roles) {

	public NavigationItem {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("A navigation path starts with '/': " + path);
		}
		roles = Set.copyOf(roles);
	}

	/**
	 * Whether a user holding these roles sees the item.
	 * @param heldRoles role names without {@code ROLE_}
	 * @return true if the item is shown
	 */
	public boolean visibleTo(Set<String> heldRoles) {
		return this.roles.isEmpty() || this.roles.stream().anyMatch(heldRoles::contains);
	}

}
