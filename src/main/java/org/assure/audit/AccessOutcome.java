package org.assure.audit;

/**
 * Whether what was attempted happened.
 */
public enum AccessOutcome {

	/** It happened. */
	SUCCESS,

	/** It was attempted and failed. */
	FAILURE,

	/** It was refused for want of permission. */
	DENIED

}
