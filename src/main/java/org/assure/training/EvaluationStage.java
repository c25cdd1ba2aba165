package org.assure.training;

/**
 * The four stages of a course's evaluation: before it, just after, and three and six
 * months on, when the learning should show in practice.
 */
public enum EvaluationStage {

	/** Before the course. */
	BEFORE("Before", 0),

	/** Just after the course. */
	AFTER("Just after", 0),

	/** Three months on. */
	THREE_MONTHS("Three months on", 3),

	/** Six months on. */
	SIX_MONTHS("Six months on", 6);

	private final String label;

	private final int monthsAfter;

	EvaluationStage(String label, int monthsAfter) {
		this.label = label;
		this.monthsAfter = monthsAfter;
	}

	/**
	 * The value in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * How many months after the course the stage is recorded, at the earliest.
	 * @return the months
	 */
	public int monthsAfter() {
		return this.monthsAfter;
	}

}
