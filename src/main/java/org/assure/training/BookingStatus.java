package org.assure.training;

/**
 * Where a booking stands: booked, then attended, a no-show, or cancelled before the day.
 */
public enum BookingStatus {

	/** Booked. */
	BOOKED("Booked"),

	/** Attended. */
	ATTENDED("Attended"),

	/** Did not attend. */
	NO_SHOW("Did not attend"),

	/** Cancelled. */
	CANCELLED("Cancelled");

	private final String label;

	BookingStatus(String label) {
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
