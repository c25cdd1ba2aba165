package org.assure.partnership.security;

import java.time.Duration;
import java.util.Set;

import org.assure.partnership.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings ({@code assure.security.*}).
 *
 * @param lockoutAttempts failed sign-ins in a row that lock an account (default 6)
 * @param lockoutDuration how long the lock lasts (default 30 minutes)
 * @param minimumPasswordLength the shortest password a user may set (default 12)
 * @param secondFactorRoles the roles that must sign in with a second factor, a one-time
 * code from an authenticator app (default administrators, board managers, the LADO and
 * CDOP officers; a deployment administrator counts as an administrator; empty for none)
 */
@ConfigurationProperties("assure.security")
public record SecuritySettings(Integer lockoutAttempts, Duration lockoutDuration, Integer minimumPasswordLength,
		Set<Role> secondFactorRoles) {

	/** The roles that hold the most sensitive records or manage who may see them. */
	public static final Set<Role> DEFAULT_SECOND_FACTOR_ROLES = Set.of(Role.ADMIN, Role.BOARD_MANAGER, Role.LADO,
			Role.CDOP_OFFICER);

	public SecuritySettings {
		if (lockoutAttempts == null) {
			lockoutAttempts = 6;
		}
		if (lockoutDuration == null) {
			lockoutDuration = Duration.ofMinutes(30);
		}
		if (minimumPasswordLength == null) {
			minimumPasswordLength = 12;
		}
		secondFactorRoles = (secondFactorRoles != null) ? Set.copyOf(secondFactorRoles) : DEFAULT_SECOND_FACTOR_ROLES;
		if (lockoutAttempts < 1) {
			throw new IllegalArgumentException("assure.security.lockout-attempts must be at least 1");
		}
	}

	LockoutPolicy lockoutPolicy() {
		return new LockoutPolicy(this.lockoutAttempts, this.lockoutDuration);
	}

}
