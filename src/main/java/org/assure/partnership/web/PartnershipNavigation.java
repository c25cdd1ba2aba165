package org.assure.partnership.web;

import org.assure.shell.BoardFunction;
import org.assure.shell.NavigationItem;
import org.assure.shell.Operation;
import org.assure.shell.Resource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partnership module's entries in the navigation.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipNavigation {

	@Bean
	NavigationItem partnershipLink() {
		return new NavigationItem(BoardFunction.PARTNERSHIP, "Partnership", "/partnership", Resource.AGENCIES,
				Operation.READ);
	}

	@Bean
	NavigationItem agenciesLink() {
		return new NavigationItem(BoardFunction.ADMINISTRATION, "Agencies and people", "/admin/agencies",
				Resource.AGENCIES, Operation.WRITE);
	}

	@Bean
	NavigationItem usersLink() {
		return new NavigationItem(BoardFunction.ADMINISTRATION, "Users", "/admin/users", Resource.USERS,
				Operation.READ);
	}

	@Bean
	NavigationItem partnershipsLink() {
		return new NavigationItem(BoardFunction.ADMINISTRATION, "Partnerships", "/admin/partnerships",
				Resource.PARTNERSHIPS, Operation.READ);
	}

}
