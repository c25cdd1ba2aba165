package org.assure.indicators.analysis;

/**
 * What the latest point says about variation.
 */
public enum VariationIcon {

	/** Only common-cause variation. */
	COMMON_CAUSE,

	/** Special cause, improving, high. */
	IMPROVING_HIGH,

	/** Special cause, improving, low. */
	IMPROVING_LOW,

	/** Special cause, concerning, high. */
	CONCERNING_HIGH,

	/** Special cause, concerning, low. */
	CONCERNING_LOW,

	/** Special cause, high, for a measure with no better direction. */
	NEUTRAL_HIGH,

	/** Special cause, low, for a measure with no better direction. */
	NEUTRAL_LOW

}
