package org.assure.assurance;

import java.util.Optional;

/**
 * The four-point scale an agency's practice is graded on in a case file audit.
 */
public enum AuditGrade {

	/** Outstanding practice. */
	OUTSTANDING("Outstanding"),

	/** Good practice. */
	GOOD("Good"),

	/** Practice that requires improvement. */
	REQUIRES_IMPROVEMENT("Requires improvement"),

	/** Inadequate practice. */
	INADEQUATE("Inadequate");

	private final String label;

	AuditGrade(String label) {
		this.label = label;
	}

	/**
	 * The grade in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The grade a form's value names.
	 * @param name the constant's name
	 * @return the grade, or empty when none is named
	 */
	public static Optional<AuditGrade> of(String name) {
		for (AuditGrade grade : values()) {
			if (grade.name().equals(name)) {
				return Optional.of(grade);
			}
		}
		return Optional.empty();
	}

}
