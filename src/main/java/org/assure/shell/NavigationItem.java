package org.assure.shell;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An entry of the service navigation, contributed by a module as a bean. It is shown to
 * whoever may do its operation on its resource, or, for a page of no resource, to the
 * roles it names.
 *
 * @param function the board function it belongs to, which orders the navigation
 * @param label the link text
 * @param path the path it links to; it is shown as current for this path and below
 * @param resource what the page shows, or null for a page of no resource
 * @param operation what the user does there, or null for a page of no resource
 * @param roles for a page of no resource, the role names (without {@code ROLE_}) that see
 * it; empty for every signed-in user
 */
public record NavigationItem(BoardFunction function, String label, String path, @Nullable Resource resource,
		@Nullable Operation operation, Set<String> roles) {

	public NavigationItem {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("A navigation path starts with '/': " + path);
		}
		if ((resource == null) != (operation == null)) {
			throw new IllegalArgumentException("A navigation item names both a resource and an operation, or neither");
		}
		roles = Set.copyOf(roles);
	}

	/**
	 * An entry for a page that shows a resource.
	 * @param function the board function
	 * @param label the link text
	 * @param path the path
	 * @param resource what the page shows
	 * @param operation what the user does there
	 */
	public NavigationItem(BoardFunction function, String label, String path, Resource resource, Operation operation) {
		this(function, label, path, resource, operation, Set.of());
	}

	/**
	 * An entry for a page of no resource, shown to the roles it names.
	 * @param function the board function
	 * @param label the link text
	 * @param path the path
	 * @param roles the role names that see it; empty for every signed-in user
	 */
	public NavigationItem(BoardFunction function, String label, String path, Set<String> roles) {
		this(function, label, path, null, null, roles);
	}

	/**
	 * Whether a user sees the item.
	 * @param identity the user
	 * @return true if the item is shown
	 */
	public boolean visibleTo(ShellIdentity identity) {
		if (this.resource != null && this.operation != null) {
			return identity.can(this.resource, this.operation);
		}
		return this.roles.isEmpty() || this.roles.stream().anyMatch(identity.roleNames()::contains);
	}

}
