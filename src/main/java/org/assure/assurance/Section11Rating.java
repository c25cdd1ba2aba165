package org.assure.assurance;

import java.util.Optional;

/**
 * How an agency rates itself against a Section 11 standard.
 */
public enum Section11Rating {

	/** The standard is fully met. */
	MET("Met"),

	/** The standard is partly met. */
	PARTLY_MET("Partly met"),

	/** The standard is not met. */
	NOT_MET("Not met");

	private final String label;

	Section11Rating(String label) {
		this.label = label;
	}

	/**
	 * The rating in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * How a rating compares with an earlier one: better, worse or the same.
	 * @param before the earlier rating
	 * @return a positive number when better, negative when worse, zero when the same or
	 * new
	 */
	public int comparedWith(Section11Rating before) {
		return before.ordinal() - ordinal();
	}

	/**
	 * The rating a form's value names.
	 * @param name the constant's name
	 * @return the rating, or empty when none is named
	 */
	public static Optional<Section11Rating> of(String name) {
		for (Section11Rating rating : values()) {
			if (rating.name().equals(name)) {
				return Optional.of(rating);
			}
		}
		return Optional.empty();
	}

}
