package org.assure.complaints;

/**
 * Who made a complaint, as the Children Act 1989 and the Adoption and Children Act 2002
 * list those whose complaints the council must consider.
 */
public enum ComplainantCategory {

	/** A child or young person who is looked after or in need. */
	CHILD("A child or young person looked after or in need"),

	/** A parent, or someone with parental responsibility. */
	PARENT("A parent or person with parental responsibility"),

	/** A local authority foster carer. */
	FOSTER_CARER("A local authority foster carer"),

	/** A young person leaving care. */
	CARE_LEAVER("A young person leaving care"),

	/** A special guardian. */
	SPECIAL_GUARDIAN("A special guardian"),

	/** A child or young person under a special guardianship order. */
	CHILD_UNDER_SGO("A child under a special guardianship order"),

	/** A person who has applied for an assessment. */
	ASSESSMENT_APPLICANT("A person who has applied for an assessment"),

	/** A child placed for adoption, and their parents or guardians. */
	ADOPTION_PLACEMENT("A child placed for adoption, or their parents or guardians"),

	/** A person wishing to adopt a child. */
	PROSPECTIVE_ADOPTER("A person wishing to adopt"),

	/** A person for whom adoption services may be provided. */
	ADOPTION_SERVICES("A person for whom adoption services may be provided"),

	/** An adopted person, their parents, natural parents or former guardians. */
	ADOPTED_PERSON("An adopted person, their parents, natural parents or former guardians"),

	/**
	 * Another person the council considers has sufficient interest in the child's
	 * welfare.
	 */
	SUFFICIENT_INTEREST("Another person with sufficient interest in the child's welfare");

	private final String label;

	ComplainantCategory(String label) {
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
