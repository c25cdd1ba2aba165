package org.assure.indicators.analysis;

/**
 * The special-cause rules of Making Data Count, in the order they are tried.
 */
public enum SpecialCause {

	/** A point beyond a process limit. */
	OUTSIDE_LIMITS,

	/**
	 * A run of consecutive points each strictly higher (or lower) than the one before.
	 */
	TREND,

	/**
	 * Two of three consecutive points close to the same limit, all on that side of the
	 * mean.
	 */
	TWO_OF_THREE_CLOSE_TO_LIMIT,

	/** A run of consecutive points on the same side of the mean. */
	SHIFT

}
