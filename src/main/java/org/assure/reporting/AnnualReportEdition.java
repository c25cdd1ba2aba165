package org.assure.reporting;

import java.util.Locale;

/**
 * The two editions of an annual report.
 */
public enum AnnualReportEdition {

	/** Everything, for the board and its members. */
	INTERNAL("Internal edition: every figure, for the board's members only"),
	/** For publication: small counts hidden under disclosure control. */
	PUBLIC("Public edition: counts from 1 to the threshold hidden");

	private final String label;

	AnnualReportEdition(String label) {
		this.label = label;
	}

	/**
	 * The edition in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The edition's code.
	 * @return internal or public
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The edition of a code.
	 * @param code internal or public
	 * @return the edition
	 * @throws IllegalArgumentException naming the codes
	 */
	public static AnnualReportEdition of(String code) {
		for (AnnualReportEdition edition : values()) {
			if (edition.code().equalsIgnoreCase(code.strip())) {
				return edition;
			}
		}
		throw new IllegalArgumentException("Choose the edition internal or public");
	}

}
