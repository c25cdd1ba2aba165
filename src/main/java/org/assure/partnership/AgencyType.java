package org.assure.partnership;

/**
 * The kind of body an agency is.
 */
public enum AgencyType {

	/** A council: children's services, education, legal, public health. */
	LOCAL_AUTHORITY("Local authority"),

	/** A police force. */
	POLICE("Police"),

	/** A body that commissions health services: CCG, ICB, NHS England. */
	HEALTH_COMMISSIONER("Health commissioner"),

	/** A body that provides health services: hospital, community, ambulance trust. */
	HEALTH_PROVIDER("Health provider"),

	/** Probation or youth justice. */
	PROBATION("Probation"),

	/** Schools, colleges and their representatives. */
	EDUCATION("Education"),

	/** Charities and the voluntary and community sector. */
	VOLUNTARY("Voluntary sector"),

	/** Lay members. */
	LAY("Lay"),

	/** Any other partner, such as CAFCASS. */
	OTHER("Other");

	private final String label;

	AgencyType(String label) {
		this.label = label;
	}

	/**
	 * The type as people say it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
