package org.assure.lado;

/**
 * The harm an allegation is about.
 */
public enum HarmType {

	/** Physical harm. */
	PHYSICAL("Physical"),

	/** Sexual harm. */
	SEXUAL("Sexual"),

	/** Emotional harm. */
	EMOTIONAL("Emotional"),

	/** Neglect. */
	NEGLECT("Neglect"),

	/** Behaviour that suggests the adult is unsuitable to work with children. */
	UNSUITABILITY("Behaviour suggesting unsuitability");

	private final String label;

	HarmType(String label) {
		this.label = label;
	}

	/**
	 * The harm in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
