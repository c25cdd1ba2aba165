package org.assure.governance;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The board or one of its sub-groups.
 *
 * @param partnershipId the partnership
 * @param id its number
 * @param name its name
 * @param kind board or sub-group
 * @param termsOfReference what it is for and how it works
 * @param quorumPercent the share of members its quorum needs
 * @param quorumAgencies the different partner agencies its quorum needs
 * @param chair who chairs it, or null
 * @param viceChair who is vice-chair, or null
 * @param chairReviewDate when the chair's annual review is due, or null
 */
public record BoardGroup(long partnershipId, long id, String name, GroupKind kind, String termsOfReference,
		int quorumPercent, int quorumAgencies, @Nullable String chair, @Nullable String viceChair,
		@Nullable LocalDate chairReviewDate) {

	/**
	 * Whether the chair's review needs attention: due within the reminder's days, or
	 * past.
	 * @param today today
	 * @param reminderDays how many days ahead to remind
	 * @return true when the reminder shows
	 */
	public boolean chairReviewDue(LocalDate today, int reminderDays) {
		return this.chairReviewDate != null && !this.chairReviewDate.isAfter(today.plusDays(reminderDays));
	}

}
