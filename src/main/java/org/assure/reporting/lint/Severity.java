package org.assure.reporting.lint;

/**
 * How much a finding matters.
 */
public enum Severity {

	/** The figures cannot all be right. */
	error,
	/** The figures look wrong, or read oddly, but could be right. */
	warning

}
