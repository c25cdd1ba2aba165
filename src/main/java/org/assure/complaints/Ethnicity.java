package org.assure.complaints;

/**
 * The ethnicity of a complaint's complainant or service user, for equality monitoring, in
 * the groups the seed's tables use.
 */
public enum Ethnicity {

	/** Asian or Asian British, Bangladeshi. */
	ASIAN_BANGLADESHI("Asian or Asian British – Bangladeshi"),

	/** Asian or Asian British, Indian. */
	ASIAN_INDIAN("Asian or Asian British – Indian"),

	/** Asian or Asian British, Pakistani. */
	ASIAN_PAKISTANI("Asian or Asian British – Pakistani"),

	/** Any other Asian background. */
	ASIAN_OTHER("Asian or Asian British – Other"),

	/** Black or Black British, African. */
	BLACK_AFRICAN("Black or Black British – African"),

	/** Black or Black British, Caribbean. */
	BLACK_CARIBBEAN("Black or Black British – Caribbean"),

	/** Any other Black background. */
	BLACK_OTHER("Black or Black British – Other"),

	/** Mixed or multiple ethnic groups. */
	MIXED("Mixed or multiple ethnic groups"),

	/** Chinese or any other ethnic group. */
	CHINESE_OTHER("Chinese or other ethnic groups"),

	/** White British. */
	WHITE_BRITISH("White – British"),

	/** White Irish. */
	WHITE_IRISH("White – Irish"),

	/** Any other White background. */
	WHITE_OTHER("White – Other"),

	/** Not declared, or not known. */
	NOT_KNOWN("Not declared or not known");

	private final String label;

	Ethnicity(String label) {
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
