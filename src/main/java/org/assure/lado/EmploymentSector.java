package org.assure.lado;

/**
 * Where the adult an allegation is about works with children.
 */
public enum EmploymentSector {

	/** Schools and colleges. */
	EDUCATION("Education"),

	/** Early years and day care. */
	EARLY_YEARS("Early years and day care"),

	/** Foster carers, kinship carers included. */
	FOSTER_CARER("Foster carer"),

	/** Residential care. */
	RESIDENTIAL_CARE("Residential care"),

	/** Health. */
	HEALTH("Health"),

	/** Police. */
	POLICE("Police"),

	/** Faith settings. */
	FAITH("Faith"),

	/** Voluntary organisations. */
	VOLUNTARY("Voluntary"),

	/** Transport. */
	TRANSPORT("Transport"),

	/** Sport and leisure. */
	SPORT_LEISURE("Sport and leisure"),

	/** Any other. */
	OTHER("Other");

	private final String label;

	EmploymentSector(String label) {
		this.label = label;
	}

	/**
	 * The sector in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
