package org.assure.indicators;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for agency returns ({@code assure.returns.*}).
 *
 * @param deadlineWorkingDays working days after a period ends by which its return is due
 * @param limitsCheckPoints how many earlier values a return needs before a value outside
 * their SPC limits must be confirmed with a reason
 */
@ConfigurationProperties("assure.returns")
public record ReturnSettings(@DefaultValue("15") int deadlineWorkingDays, @DefaultValue("6") int limitsCheckPoints) {

	public ReturnSettings {
		if (deadlineWorkingDays < 0 || deadlineWorkingDays > 250) {
			throw new IllegalArgumentException(
					"assure.returns.deadline-working-days is between 0 and 250, not " + deadlineWorkingDays);
		}
		if (limitsCheckPoints < 2) {
			throw new IllegalArgumentException(
					"assure.returns.limits-check-points is 2 or more, not " + limitsCheckPoints);
		}
	}

}
