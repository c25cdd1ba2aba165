package org.assure.partnership.security;

import java.time.Instant;
import java.util.Set;

import org.assure.partnership.Role;
import org.jspecify.annotations.Nullable;

/**
 * A user account as administrators see it: never its password.
 *
 * @param userId the account's id
 * @param partnershipId the home partnership, null for a deployment administrator
 * @param username the sign-in name
 * @param displayName the name shown
 * @param roles the roles in the home partnership
 * @param agencyId the agency scope
 * @param agencyName the agency scope's name
 * @param deploymentAdmin whether the account administers the whole deployment
 * @param enabled whether it may sign in
 * @param lockedUntil the end of a lock, if one was ever set
 */
public record UserAccount(long userId, @Nullable Long partnershipId, String username, String displayName,
		Set<Role> roles, @Nullable Long agencyId, @Nullable String agencyName, boolean deploymentAdmin, boolean enabled,
		@Nullable Instant lockedUntil) {

	/**
	 * Whether the account is locked at a moment.
	 * @param now the moment
	 * @return true while a lock lasts
	 */
	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
