package org.assure.training;

/**
 * What the programme offers: a course, or an event such as a conference or briefing.
 */
public enum CourseKind {

	/** A course. */
	COURSE("A course"),

	/** An event. */
	EVENT("An event");

	private final String label;

	CourseKind(String label) {
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
