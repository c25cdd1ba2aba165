package org.assure.indicators;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * An agency's figure for an indicator and period, as submitted.
 *
 * @param indicatorCode the indicator
 * @param agencyId the agency returning it
 * @param period the period's code, such as {@code 2014-07}
 * @param numerator the count, or the part of a percentage, if given
 * @param denominator the whole of a percentage, if given
 * @param value the value as stated (its scale is the stated precision), if given
 * @param reason why a figure already returned is resubmitted
 * @param outsideLimitsReason the confirmation of a value outside the limits of the
 * earlier values
 * @param channel how it came
 */
public record ReturnSubmission(String indicatorCode, long agencyId, String period, @Nullable Long numerator,
		@Nullable Long denominator, @Nullable BigDecimal value, String reason, String outsideLimitsReason,
		ReturnChannel channel) {
}
