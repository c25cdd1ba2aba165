package org.assure.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an indicator's values come from.
 */
public enum IndicatorSource {

	/** Computed by Assure from the imported child journeys. */
	JOURNEYS("Computed from child journeys"),

	/** Returned by an agency, by form, CSV or API. */
	RETURN("Agency return"),

	/** Computed from a casework module (LADO, child deaths, complaints). */
	CASEWORK("Casework module");

	private final String label;

	IndicatorSource(String label) {
		this.label = label;
	}

	/**
	 * The source as people read it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The source's code in the catalogue file.
	 * @return the code
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * A source from its code.
	 * @param code the code
	 * @return the source, if the code names one
	 */
	public static Optional<IndicatorSource> fromCode(String code) {
		return Arrays.stream(values()).filter((source) -> source.code().equals(code.trim())).findFirst();
	}

}
