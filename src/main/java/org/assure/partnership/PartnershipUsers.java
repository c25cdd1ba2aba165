package org.assure.partnership;

import java.util.List;
import java.util.Set;

import org.assure.partnership.security.UserAccounts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Who signs in to a partnership, with their roles and agency: for the modules that write
 * to people (reminders), never their passwords or sign-in state.
 */
@Service
public class PartnershipUsers {

	private final UserAccounts accounts;

	PartnershipUsers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * A user of a partnership.
	 *
	 * @param username the sign-in name
	 * @param displayName the name shown
	 * @param roles the roles
	 * @param agencyId the agency a data lead is limited to, or null
	 */
	public record PartnershipUser(String username, String displayName, Set<Role> roles, @Nullable Long agencyId) {

	}

	/**
	 * The partnership's enabled users.
	 * @param partnershipId the partnership
	 * @return the users
	 */
	public List<PartnershipUser> of(long partnershipId) {
		return this.accounts.of(partnershipId)
			.stream()
			.filter((account) -> account.enabled())
			.map((account) -> new PartnershipUser(account.username(), account.displayName(), account.roles(),
					account.agencyId()))
			.toList();
	}

}
