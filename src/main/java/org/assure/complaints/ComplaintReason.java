package org.assure.complaints;

/**
 * Why a complaint was made, as the complainant sees it when it is received.
 */
public enum ComplaintReason {

	/** Challenging a practice decision. */
	PRACTICE_DECISION("Challenging a practice decision"),

	/** Lack of communication. */
	COMMUNICATION("Lack of communication"),

	/** Staff attitude and behaviour. */
	STAFF_ATTITUDE("Staff attitude and behaviour"),

	/** The quality of a service. */
	QUALITY_OF_SERVICE("Quality of service"),

	/** Delay in providing a service. */
	DELAY("Delay in providing a service"),

	/** A service not provided. */
	SERVICE_NOT_PROVIDED("Service not provided"),

	/** A policy or procedure. */
	POLICY("Policy or procedure"),

	/** Any other reason. */
	OTHER("Other");

	private final String label;

	ComplaintReason(String label) {
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
