package org.assure.partnership;

import java.util.Locale;

/**
 * What a user does in a partnership. A user may hold several roles.
 */
public enum Role {

	/** Manages the partnership's users, agencies and settings. */
	ADMIN("Administrator"),

	/** Runs the framework: catalogue, schedules, chasing returns, reports. */
	BOARD_MANAGER("Board manager"),

	/** Submits an agency's figures and extracts; sees only that agency's raw data. */
	AGENCY_DATA_LEAD("Agency data lead"),

	/** Chairs a sub-group: report cards, audits, reviews and actions. */
	SUBGROUP_CHAIR("Sub-group chair"),

	/** Reads the dashboard, challenges, approves reports. */
	BOARD_MEMBER("Board member"),

	/**
	 * The Local Authority Designated Officer: allegations against people who work with
	 * children.
	 */
	LADO("LADO"),

	/** The Child Death Overview Panel officer. */
	CDOP_OFFICER("CDOP officer"),

	/** Leads multi-agency case file audits and records their findings. */
	AUDITOR("Auditor");

	private final String label;

	Role(String label) {
		this.label = label;
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
