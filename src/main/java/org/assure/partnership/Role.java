package org.assure.partnership;

import java.util.Locale;

/**
 * What a user does in a partnership. A user may hold several roles.
 */
public enum Role {

	/** Manages the partnership's users, agencies and settings. */
	ADMIN("Administrator", "Manages the partnership's users, agencies and people, and reads the access log."),

	/** Runs the framework: catalogue, schedules, chasing returns, reports. */
	BOARD_MANAGER("Board manager",
			"Runs the quality assurance and performance framework: the dataset, the schedule of returns, chasing, and the board's reports."),

	/** Submits an agency's figures and extracts; sees only that agency's raw data. */
	AGENCY_DATA_LEAD("Agency data lead",
			"Submits the agency's figures and case-level extracts, and sees only that agency's raw data."),

	/** Chairs a sub-group: report cards, audits, reviews and actions. */
	SUBGROUP_CHAIR("Sub-group chair",
			"Chairs a sub-group: writes its report cards and owns its audits, reviews and actions."),

	/** Reads the dashboard, challenges, approves reports. */
	BOARD_MEMBER("Board member",
			"Reads the dashboard and reports, challenges partners and approves what the board publishes."),

	/**
	 * The Local Authority Designated Officer: allegations against people who work with
	 * children.
	 */
	LADO("LADO", "Records and reviews allegations against people who work with children."),

	/** The Child Death Overview Panel officer. */
	CDOP_OFFICER("CDOP officer", "Records the child death reviews of the Child Death Overview Panel."),

	/** Leads multi-agency case file audits and records their findings. */
	AUDITOR("Auditor", "Leads multi-agency case file audits and records their findings and grades.");

	private final String label;

	private final String description;

	Role(String label, String description) {
		this.label = label;
		this.description = description;
	}

	/**
	 * What someone in the role does in Assure, in a sentence.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The role's name as people say it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The role in kebab case, as demo users are named: {@code board-manager}.
	 * @return the kebab-case name
	 */
	public String kebabCase() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The Spring Security authority for the role.
	 * @return {@code ROLE_} and the role's name
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
