package org.assure.casedata.validation.cin;

import java.util.ArrayList;
import java.util.List;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.RuleBook;

/**
 * The DfE's CIN census validation rules, from the 2022-23 collection: the first year's
 * rules, then each year's additions, changes and withdrawals.
 */
public final class CinRules {

	/** The source code of the CIN census. */
	public static final String SOURCE = "cin-census";

	private static final RuleBook BOOK = RuleBook.builder(SOURCE)
		.year(2023, (year) -> year.add(first()))
		.year(2024, (year) -> year.add(CinChildRules.changedIn2024()))
		.year(2025,
				(year) -> year.add(CinChildRules.changedIn2025())
					.add(CinReturnRules.changedIn2025())
					.add(CinEpisodeRules.addedIn2025()))
		.year(2026, (year) -> {
		})
		.build();

	private CinRules() {
	}

	/**
	 * The CIN census rule sets.
	 * @return the rule book
	 */
	public static RuleBook book() {
		return BOOK;
	}

	private static List<DfeRule> first() {
		List<DfeRule> rules = new ArrayList<>();
		rules.addAll(CinChildRules.first());
		rules.addAll(CinEpisodeRules.first());
		rules.addAll(CinPlanRules.first());
		rules.addAll(CinProtectionRules.first());
		rules.addAll(CinReturnRules.first());
		return rules;
	}

}
