package org.assure.partnership.security;

import org.assure.partnership.AssureUser;
import org.assure.shell.Allowed;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Decides {@link Allowed}: the caller must be an Assure user whose grants give the
 * operation on the resource as far as the scope. Anything else, an unknown name included,
 * is refused.
 */
@Component("grants")
class GrantsExpressions {

	/**
	 * Whether the caller may go on.
	 * @param authentication the caller
	 * @param resource the resource's name
	 * @param operation the operation's name
	 * @param scope the scope's name
	 * @return true when allowed
	 */
	public boolean allows(@Nullable Authentication authentication, String resource, String operation, String scope) {
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof AssureUser user)) {
			return false;
		}
		try {
			return user.can(Resource.valueOf(resource), Operation.valueOf(operation), Scope.valueOf(scope));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
