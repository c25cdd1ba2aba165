package org.assure.governance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Governance settings: the quorum rule a new group starts with, whether a deputy fills a
 * member's seat (for quorum and attendance), and how long before a chair's annual review
 * the groups page reminds the board manager.
 *
 * @param quorumPercent the share of members a new group's quorum needs (default 50)
 * @param quorumAgencies the different partner agencies it needs (default 3)
 * @param deputiesCount whether a deputy counts as attending (default true)
 * @param chairReviewReminderDays days before a chair's review date that the reminder
 * shows (default 30)
 */
@ConfigurationProperties("assure.governance")
public record GovernanceSettings(Integer quorumPercent, Integer quorumAgencies, Boolean deputiesCount,
		Integer chairReviewReminderDays) {

	/**
	 * Fills in the defaults and checks the values.
	 * @param quorumPercent share of members
	 * @param quorumAgencies partner agencies
	 * @param deputiesCount whether deputies count
	 * @param chairReviewReminderDays reminder days
	 */
	public GovernanceSettings {
		quorumPercent = (quorumPercent != null) ? quorumPercent : 50;
		quorumAgencies = (quorumAgencies != null) ? quorumAgencies : 3;
		deputiesCount = (deputiesCount != null) ? deputiesCount : Boolean.TRUE;
		chairReviewReminderDays = (chairReviewReminderDays != null) ? chairReviewReminderDays : 30;
		if (quorumPercent < 0 || quorumPercent > 100) {
			throw new IllegalArgumentException("assure.governance.quorum-percent must be between 0 and 100");
		}
		if (quorumAgencies < 0 || chairReviewReminderDays < 0) {
			throw new IllegalArgumentException(
					"assure.governance.quorum-agencies and chair-review-reminder-days must not be negative");
		}
	}

}
