package org.assure.shell;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the shell shows of the signed-in user. The authenticated principal implements it.
 */
public interface ShellIdentity {

	/**
	 * The name shown to the user.
	 * @return the display name
	 */
	String displayName();

	/**
	 * The partnership the user works in.
	 * @return its id, or null for a deployment administrator who serves every partnership
	 */
	@Nullable Long partnershipId();

	/**
	 * The partnership's name as shown in the header.
	 * @return the name, or null for a deployment administrator
	 */
	@Nullable String partnershipName();

	/**
	 * The user's roles.
	 * @return role names without {@code ROLE_}
	 */
	Set<String> roleNames();

	/**
	 * Whether the user may do something, as far as the own agency at least.
	 * @param resource what
	 * @param operation doing what
	 * @return true when one of the user's grants gives it
	 */
	boolean can(Resource resource, Operation operation);

}
