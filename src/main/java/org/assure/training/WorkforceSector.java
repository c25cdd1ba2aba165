package org.assure.training;

/**
 * The attendee's workforce sector, as the programme's reports count them.
 */
public enum WorkforceSector {

	/** Children's social care. */
	CHILDRENS_SOCIAL_CARE("Children's social care"),

	/** Early help and family support. */
	EARLY_HELP("Early help and family support"),

	/** Schools and education. */
	EDUCATION("Schools and education"),

	/** Early years and childcare. */
	EARLY_YEARS("Early years and childcare"),

	/** Health. */
	HEALTH("Health"),

	/** Police. */
	POLICE("Police"),

	/** Probation and youth justice. */
	YOUTH_JUSTICE("Probation and youth justice"),

	/** Voluntary, community and faith. */
	VOLUNTARY("Voluntary, community and faith"),

	/** Adult social and health care. */
	ADULT_SERVICES("Adult social and health care"),

	/** Other. */
	OTHER("Other"),

	/** Not recorded (an imported or earlier record that does not say). */
	NOT_RECORDED("Not recorded");

	private final String label;

	WorkforceSector(String label) {
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
