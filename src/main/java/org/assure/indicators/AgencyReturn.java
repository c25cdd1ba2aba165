package org.assure.indicators;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A stored version of an agency's return.
 *
 * @param returnId its id
 * @param indicatorCode the indicator
 * @param agencyId the agency
 * @param period the period's code
 * @param version 1 for the first submission, then one more for each resubmission
 * @param numerator the count or part, if given
 * @param denominator the whole, if given
 * @param value the value
 * @param channel how it came
 * @param submittedBy who submitted it
 * @param submittedAt when
 * @param reason why it was resubmitted (empty for a first submission)
 * @param outsideLimitsReason the submitter's confirmation of a value outside the limits
 */
public record AgencyReturn(long returnId, String indicatorCode, long agencyId, String period, int version,
		@Nullable Long numerator, @Nullable Long denominator, double value, String channel, String submittedBy,
		Instant submittedAt, String reason, String outsideLimitsReason) {
}
