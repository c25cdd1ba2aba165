package org.assure.casedata.quality;

/**
 * How grave a finding is.
 */
public enum Severity {

	/** The record cannot be right: it is not stored, and the finding says why. */
	ERROR,

	/** The record may be right but needs checking: it is stored and listed. */
	QUERY

}
