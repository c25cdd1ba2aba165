package org.assure.indicators;

import org.jspecify.annotations.Nullable;

/**
 * A computed value of an indicator for a period.
 *
 * @param code the indicator
 * @param version the definition's version
 * @param period the period's code
 * @param numerator the count (for a percentage, the part)
 * @param denominator the whole, for a percentage; null for a count
 * @param value the count, or the percentage (0 to 100); null when the whole is zero
 * @param children how many distinct children stand behind the value
 * @param batches the import batches it was computed from
 */
public record IndicatorValue(String code, int version, String period, long numerator, @Nullable Long denominator,
		@Nullable Double value, long children, String batches) {
}
