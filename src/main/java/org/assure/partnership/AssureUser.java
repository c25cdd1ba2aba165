package org.assure.partnership;

import java.io.Serial;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.Scope;
import org.assure.shell.ShellIdentity;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: who, in which partnership, with which roles and which agency scope.
 * Controllers take it as {@code @AuthenticationPrincipal AssureUser user} and scope their
 * queries by {@link #partnershipId()} and, for agency data leads, {@link #agencyId()}.
 */
public final class AssureUser implements UserDetails, CredentialsContainer, ShellIdentity {

	/** The authority of a deployment administrator, who manages every partnership. */
	public static final String DEPLOYMENT_ADMIN = "DEPLOYMENT_ADMIN";

	/** The authority every user of a partnership holds, whatever their roles. */
	public static final String PARTNERSHIP_MEMBER = "PARTNERSHIP_MEMBER";

	@Serial
	private static final long serialVersionUID = 1L;

	private final long userId;

	private final String username;

	private final String displayName;

	private @Nullable String passwordHash;

	private final @Nullable Long partnershipId;

	private final @Nullable String partnershipName;

	private final Set<Role> roles;

	private final @Nullable Long agencyId;

	private final boolean deploymentAdmin;

	private final boolean enabled;

	private final @Nullable Instant lockedUntil;

	private final Instant checkedAt;

	/**
	 * A user as loaded for signing in or for a request.
	 * @param userId the account's id
	 * @param username the sign-in name
	 * @param displayName the name shown
	 * @param passwordHash the password hash
	 * @param partnershipId the home partnership, null for a deployment administrator
	 * @param partnershipName the home partnership's name
	 * @param roles the roles in the home partnership
	 * @param agencyId the agency scope, if any
	 * @param deploymentAdmin whether the user administers the whole deployment
	 * @param enabled whether the account may sign in
	 * @param lockedUntil until when the account is locked, if it is
	 * @param checkedAt the time at which the lock is judged
	 */
	public AssureUser(long userId, String username, String displayName, @Nullable String passwordHash,
			@Nullable Long partnershipId, @Nullable String partnershipName, Set<Role> roles, @Nullable Long agencyId,
			boolean deploymentAdmin, boolean enabled, @Nullable Instant lockedUntil, Instant checkedAt) {
		this.userId = userId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.partnershipId = partnershipId;
		this.partnershipName = partnershipName;
		this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		this.agencyId = agencyId;
		this.deploymentAdmin = deploymentAdmin;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
		this.checkedAt = checkedAt;
	}

	public long userId() {
		return this.userId;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public @Nullable Long partnershipId() {
		return this.partnershipId;
	}

	@Override
	public @Nullable String partnershipName() {
		return this.partnershipName;
	}

	/**
	 * The partnership the user works in, for code that needs one.
	 * @return the partnership's id
	 * @throws NoPartnershipException for a deployment administrator, who has none
	 */
	public long requirePartnershipId() {
		if (this.partnershipId == null) {
			throw new NoPartnershipException();
		}
		return this.partnershipId;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	/**
	 * Whether the user holds a role.
	 * @param role the role
	 * @return true if held
	 */
	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	@Override
	public Set<String> roleNames() {
		return getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.map((authority) -> authority.startsWith("ROLE_") ? authority.substring(5) : authority)
			.collect(Collectors.toSet());
	}

	/**
	 * The agency whose raw data the user is limited to.
	 * @return the agency's id, or null when the user is not limited to one agency
	 */
	public @Nullable Long agencyId() {
		return this.agencyId;
	}

	/**
	 * Whether the user may do something, as far as the own agency at least.
	 * @param resource what
	 * @param operation doing what
	 * @return true when one of the user's grants gives it
	 */
	@Override
	public boolean can(Resource resource, Operation operation) {
		return Grants.scope(this, resource, operation) != null;
	}

	/**
	 * Whether the user may do something as far as a scope reaches.
	 * @param resource what
	 * @param operation doing what
	 * @param required how far
	 * @return true when one of the user's grants gives it that far
	 */
	public boolean can(Resource resource, Operation operation, Scope required) {
		Scope held = Grants.scope(this, resource, operation);
		return held != null && held.covers(required);
	}

	/**
	 * Whose records a query may return to the user: null for every agency of the
	 * partnership, the user's agency for a grant of the own agency only, and -1, which
	 * matches no agency, for a user without the grant or a data lead without an agency.
	 * @param resource what
	 * @param operation doing what
	 * @return the agency scope to apply in the query
	 */
	public @Nullable Long agencyScope(Resource resource, Operation operation) {
		Scope held = Grants.scope(this, resource, operation);
		if (held == null) {
			return Long.valueOf(-1);
		}
		if (held.covers(Scope.PARTNERSHIP)) {
			return null;
		}
		return (this.agencyId != null) ? this.agencyId : Long.valueOf(-1);
	}

	public boolean deploymentAdmin() {
		return this.deploymentAdmin;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		this.roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		if (this.partnershipId != null) {
			authorities.add(new SimpleGrantedAuthority(PARTNERSHIP_MEMBER));
		}
		if (this.deploymentAdmin) {
			authorities.add(new SimpleGrantedAuthority(DEPLOYMENT_ADMIN));
		}
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.lockedUntil == null || !this.lockedUntil.isAfter(this.checkedAt);
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AssureUser user && user.userId == this.userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.userId);
	}

	@Override
	public String toString() {
		return "AssureUser[" + this.username + "]";
	}

	/**
	 * Thrown when partnership work is asked of a deployment administrator, who belongs to
	 * no partnership.
	 */
	public static final class NoPartnershipException extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		NoPartnershipException() {
			super("This page belongs to a partnership; a deployment administrator works under Partnerships.");
		}

	}

}
