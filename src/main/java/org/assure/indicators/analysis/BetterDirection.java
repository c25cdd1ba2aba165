package org.assure.indicators.analysis;

/**
 * Which way a measure should move.
 */
public enum BetterDirection {

	/** Higher is better. */
	UP,

	/** Lower is better. */
	DOWN,

	/** Neither: the measure describes, it does not judge. */
	NEUTRAL

}
