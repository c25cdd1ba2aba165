package org.assure.indicators;

import java.util.Locale;

/**
 * How a return reached Assure.
 */
public enum ReturnChannel {

	/** Typed into the web form. */
	FORM,

	/** A row of an uploaded CSV file. */
	CSV,

	/** {@code POST /api/v1/returns} with an agency's API token. */
	API,

	/** Loaded by demo mode from the seed report. */
	DEMO;

	/**
	 * The channel's code as stored.
	 * @return the code
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
