package org.assure.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The themes a dashboard groups indicators by.
 */
public enum Theme {

	/** Early help and universal services. */
	EARLY_HELP("Early help"),

	/** Contacts, referrals and children in need. */
	FRONT_DOOR("Front door and children in need"),

	/** Single assessments. */
	ASSESSMENT("Assessment"),

	/** Section 47 enquiries, conferences and plans. */
	CHILD_PROTECTION("Child protection"),

	/** Children looked after and care leavers. */
	LOOKED_AFTER("Looked after children and care leavers"),

	/** Child sexual exploitation and children missing. */
	CSE_MISSING("Child sexual exploitation and missing"),

	/** Allegations against people who work with children. */
	LADO("Allegations (LADO)"),

	/** Children's statutory complaints. */
	COMPLAINTS("Complaints"),

	/** Child death reviews. */
	CHILD_DEATHS("Child deaths"),

	/** The workforce, supervision and training. */
	WORKFORCE("Workforce and training");

	private final String label;

	Theme(String label) {
		this.label = label;
	}

	/**
	 * The theme as people read it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The theme's code, as the catalogue file writes it: {@code child-protection}.
	 * @return the code
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * A theme from its code.
	 * @param code the code
	 * @return the theme, if the code names one
	 */
	public static Optional<Theme> fromCode(String code) {
		return Arrays.stream(values()).filter((theme) -> theme.code().equals(code.trim())).findFirst();
	}

}
