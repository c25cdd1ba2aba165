package org.assure.indicators.analysis;

/**
 * Whether the process, as its latest limits describe it, can be relied on to meet the
 * target.
 */
public enum AssuranceIcon {

	/** The target lies beyond the limits on the good side: the process will fail it. */
	CONSISTENTLY_FAILS,

	/** The target lies beyond the limits on the bad side: the process will meet it. */
	CONSISTENTLY_PASSES,

	/** The target lies within the limits: sometimes met, sometimes not. */
	HIT_AND_MISS,

	/** No target, or no better direction: no icon. */
	NONE

}
