package org.assure.actions;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tracker's settings.
 *
 * @param escalateAfterDays how many days past its due date an outstanding action may be
 * before it is escalated to the board (default 28)
 */
@ConfigurationProperties("assure.actions")
public record ActionSettings(Integer escalateAfterDays) {

	/**
	 * Fills in the defaults.
	 * @param escalateAfterDays days overdue before escalation
	 */
	public ActionSettings {
		if (escalateAfterDays == null) {
			escalateAfterDays = 28;
		}
		if (escalateAfterDays < 0) {
			throw new IllegalArgumentException("assure.actions.escalate-after-days must not be negative");
		}
	}

}
