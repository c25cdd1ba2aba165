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
 * @param withheld why there is no value although there are counts, such as "not enough
 * history: the case data starts 1 April 2014", or null
 */
public record IndicatorValue(String code, int version, String period, long numerator, @Nullable Long denominator,
		@Nullable Double value, long children, String batches, @Nullable String withheld) {

	/**
	 * A value with nothing withheld.
	 * @param code the indicator
	 * @param version the definition's version
	 * @param period the period's code
	 * @param numerator the count or part
	 * @param denominator the whole, for a percentage
	 * @param value the count or percentage
	 * @param children the children behind it
	 * @param batches the import batches
	 */
	public IndicatorValue(String code, int version, String period, long numerator, @Nullable Long denominator,
			@Nullable Double value, long children, String batches) {
		this(code, version, period, numerator, denominator, value, children, batches, null);
	}

}
