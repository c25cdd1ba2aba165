package org.assure.childdeath;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A child's death as the panel holds it: the child by pseudonym only, and the review once
 * a panel has held it.
 *
 * @param id its number
 * @param childKey the child's pseudonym
 * @param diedOn the day of death
 * @param notifiedOn the day the panel was notified
 * @param ageBand the age at death, or null when not recorded
 * @param kind expected, unexpected or neonatal
 * @param area the area of residence
 * @param jointAgencyResponse whether a joint agency response was held
 * @param panelId the panel that reviewed it, or null before its review
 * @param reviewedOn the day of that panel, or null
 * @param category the category of death by its number, or null when not recorded
 * @param modifiable the finding on modifiable factors, or null before the review
 * @param domains the domains in which modifiable factors were found
 */
public record ChildDeath(long id, String childKey, LocalDate diedOn, LocalDate notifiedOn, @Nullable AgeBand ageBand,
		DeathKind kind, String area, boolean jointAgencyResponse, @Nullable Long panelId,
		@Nullable LocalDate reviewedOn, @Nullable Integer category, @Nullable Modifiable modifiable,
		Set<FactorDomain> domains) {

	/**
	 * Whether a panel has reviewed the death.
	 * @return true once reviewed
	 */
	public boolean reviewed() {
		return this.panelId != null;
	}

	/**
	 * Checks that the death can be reviewed at a panel held on a day.
	 * @param panelOn the panel's day
	 * @throws IllegalChildDeathMoveException when it was reviewed already, or the panel
	 * was held before the death was notified
	 */
	public void checkReview(LocalDate panelOn) {
		if (reviewed()) {
			throw new IllegalChildDeathMoveException("This death was reviewed at the panel of " + this.reviewedOn
					+ ": correct the review instead of reviewing it again");
		}
		if (panelOn.isBefore(this.notifiedOn)) {
			throw new IllegalChildDeathMoveException("The panel of " + panelOn
					+ " was held before the death was notified on " + this.notifiedOn + ": choose a later panel");
		}
	}

}
