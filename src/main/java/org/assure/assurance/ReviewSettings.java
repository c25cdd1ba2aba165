package org.assure.assurance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The timescales of a case review (DOMAIN.md §5), each a setting with Working Together's
 * figure as its default.
 *
 * @param notificationWorkingDays the serious incident is notified within these working
 * days of becoming aware (5)
 * @param rapidReviewWorkingDays the rapid review is held within these working days of
 * becoming aware (15)
 * @param decisionMonths the decision is made within these months of becoming aware (1)
 * @param panelDays the national panel is informed within these days of the decision (14)
 * @param publicationMonths a review is published within these months of the decision (6)
 * @param dueSoonWorkingDays a clock is "due soon" within these working days of its date
 * (5)
 */
@ConfigurationProperties("assure.reviews")
public record ReviewSettings(@DefaultValue("5") int notificationWorkingDays,
		@DefaultValue("15") int rapidReviewWorkingDays, @DefaultValue("1") int decisionMonths,
		@DefaultValue("14") int panelDays, @DefaultValue("6") int publicationMonths,
		@DefaultValue("5") int dueSoonWorkingDays) {

	/** The defaults, as Working Together sets them. */
	public static final ReviewSettings DEFAULTS = new ReviewSettings(5, 15, 1, 14, 6, 5);

}
