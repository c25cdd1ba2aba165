package org.assure.childdeath;

/**
 * The domains of the review's analysis (Form C) in which modifiable factors are found.
 */
public enum FactorDomain {

	/** Factors intrinsic to the child. */
	CHILD("The child"),

	/** Factors in the family and environment. */
	FAMILY_ENVIRONMENT("Family and environment"),

	/** Parenting capacity. */
	PARENTING("Parenting capacity"),

	/** Service provision. */
	SERVICES("Service provision");

	private final String label;

	FactorDomain(String label) {
		this.label = label;
	}

	/**
	 * The value in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
