package org.assure.governance;

/**
 * How a business plan activity stands at a quarterly review.
 */
public enum PlanProgress {

	/** Going to plan (green). */
	ON_TRACK("On track", "green"),
	/** Slipping, but recoverable (amber). */
	AT_RISK("At risk", "orange"),
	/** Will not deliver without the board's help (red). */
	OFF_TRACK("Off track", "red"),
	/** Delivered (blue). */
	COMPLETE("Complete", "blue");

	private final String label;

	private final String colour;

	PlanProgress(String label, String colour) {
		this.label = label;
		this.colour = colour;
	}

	/**
	 * The rating as people read it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The GOV.UK tag colour that shows it.
	 * @return the colour's name
	 */
	public String colour() {
		return this.colour;
	}

}
