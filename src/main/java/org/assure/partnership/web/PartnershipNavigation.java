package org.assure.partnership.web;

import java.util.Set;

import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.shell.BoardFunction;
import org.assure.shell.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partnership module's entries in the navigation.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipNavigation {

	@Bean
	NavigationItem partnershipLink() {
		return new NavigationItem(BoardFunction.PARTNERSHIP, "Partnership", "/partnership",
				Set.of(AssureUser.PARTNERSHIP_MEMBER));
	}

	@Bean
	NavigationItem agenciesLink() {
		return new NavigationItem(BoardFunction.ADMINISTRATION, "Agencies and people", "/admin/agencies",
				Set.of(Role.ADMIN.name(), Role.BOARD_MANAGER.name()));
	}

	@Bean
	NavigationItem usersLink() {
		return new NavigationItem(BoardFunction.ADMINISTRATION, "Users", "/admin/users", Set.of(Role.ADMIN.name()));
	}

	@Bean
	NavigationItem partnershipsLink() {
		return new NavigationItem(BoardFunction.ADMINISTRATION, "Partnerships", "/admin/partnerships",
				Set.of(AssureUser.DEPLOYMENT_ADMIN));
	}

}
