package org.assure.actions;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an action comes from.
 */
public enum ActionSource {

	/** A recommendation of an Ofsted inspection. */
	OFSTED("Ofsted recommendation"),
	/** A serious case review, rapid review or learning review. */
	CASE_REVIEW("Case review"),
	/** A multi-agency case file audit. */
	AUDIT("Case file audit"),
	/** A Section 11 audit of an agency. */
	SECTION_11("Section 11 audit"),
	/** A child death review. */
	CHILD_DEATH("Child death review"),
	/** The business plan. */
	BUSINESS_PLAN("Business plan"),
	/** A meeting of the board or a sub-group. */
	MEETING("Meeting"),
	/** A sub-group's report card. */
	REPORT_CARD("Report card"),
	/** Learning from an allegation against a person who works with children. */
	LADO("LADO allegation"),
	/** Learning from a children's statutory complaint. */
	COMPLAINT("Complaint");

	private final String label;

	ActionSource(String label) {
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
	 * The code used in addresses and files.
	 * @return the code, such as case-review
	 */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/**
	 * The source of a code.
	 * @param code the code
	 * @return the source, if there is one
	 */
	public static Optional<ActionSource> fromCode(String code) {
		return Arrays.stream(values()).filter((source) -> source.code().equals(code)).findFirst();
	}

}
