package org.assure.partnership.web;

import java.util.List;

import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: who the caller is, in which partnership, with which roles.
 */
@RestController
class MeController {

	@GetMapping("/api/v1/me")
	@PreAuthorize("isAuthenticated()")
	Me me(@AuthenticationPrincipal AssureUser user) {
		return new Me(user.getUsername(), user.displayName(), user.partnershipId(), user.partnershipName(),
				user.roles().stream().sorted().map(Role::name).toList(), user.agencyId(), user.deploymentAdmin());
	}

	record Me(String username, String displayName, @Nullable Long partnershipId, @Nullable String partnershipName,
			List<String> roles, @Nullable Long agencyId, boolean deploymentAdmin) {
	}

}
