package org.assure.casedata;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where case-level data comes from.
 */
public enum ImportSource {

	/** The DfE children in need census XML (schemas 2022 to 2026). */
	CIN_CENSUS("cin-census", "CIN census XML"),

	/** Ofsted's Annex A lists, as an Excel workbook. */
	ANNEX_A("annex-a", "Ofsted Annex A workbook"),

	/** The DfE SSDA903 looked-after children return, as CSV tables or XML. */
	SSDA903("ssda903", "SSDA903 looked-after children return"),

	/** Assure's own CSV template, for authorities without those files. */
	ASSURE_CSV("assure-csv", "Assure CSV template");

	private final String code;

	private final String label;

	ImportSource(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/**
	 * The name used on the command line: {@code cin-census}.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The source as people name it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The source with a command-line name.
	 * @param code the name, such as {@code cin-census}
	 * @return the source, if there is one of that name
	 */
	public static Optional<ImportSource> fromCode(String code) {
		return Arrays.stream(values()).filter((source) -> source.code.equals(code)).findFirst();
	}

}
