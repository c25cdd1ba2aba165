package org.assure.partnership.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings ({@code assure.security.*}).
 *
 * @param lockoutAttempts failed sign-ins in a row that lock an account (default 6)
 * @param lockoutDuration how long the lock lasts (default 30 minutes)
 * @param minimumPasswordLength the shortest password a user may set (default 12)
 */
@ConfigurationProperties("assure.security")
public record SecuritySettings(Integer lockoutAttempts, Duration lockoutDuration, Integer minimumPasswordLength) {

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
		if (lockoutAttempts < 1) {
			throw new IllegalArgumentException("assure.security.lockout-attempts must be at least 1");
		}
	}

	LockoutPolicy lockoutPolicy() {
		return new LockoutPolicy(this.lockoutAttempts, this.lockoutDuration);
	}

}
