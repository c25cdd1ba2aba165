package org.assure.casedata.validation;

import java.util.Optional;

import org.assure.casedata.validation.cin.CinRules;

/**
 * The DfE rule books Assure holds, by the source they judge.
 */
public final class DfeRules {

	private DfeRules() {
	}

	/**
	 * The rule book of a source.
	 * @param source the source's code ({@code cin-census})
	 * @return its rules, or empty when Assure holds no DfE rules for it
	 */
	public static Optional<RuleBook> of(String source) {
		return CinRules.SOURCE.equals(source) ? Optional.of(CinRules.book()) : Optional.empty();
	}

}
