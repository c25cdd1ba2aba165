package org.assure.partnership.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.assure.partnership.Agency;

/**
 * Agencies as form options: ids as text, and their names for lists.
 */
final class AgencyOptions {

	private AgencyOptions() {
	}

	static Map<Long, String> names(List<Agency> agencies) {
		return agencies.stream().collect(Collectors.toMap(Agency::id, Agency::name, (a, b) -> a));
	}

	static Optional<Long> parse(String agencyId) {
		try {
			return agencyId.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(agencyId.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
