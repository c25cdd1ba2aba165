package org.assure.partnership.security;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When repeated failed sign-ins lock an account, and for how long.
 *
 * @param attempts the failures in a row that lock the account
 * @param duration how long the lock lasts
 */
record LockoutPolicy(int attempts, Duration duration) {

	/**
	 * What follows a failed sign-in.
	 * @param failuresBefore failures in a row before this one
	 * @param now when this one happened
	 * @return the account's new state
	 */
	AfterFailure afterFailure(int failuresBefore, Instant now) {
		int failures = failuresBefore + 1;
		if (failures >= this.attempts) {
			return new AfterFailure(0, now.plus(this.duration));
		}
		return new AfterFailure(failures, null);
	}

	/**
	 * An account's state after a failed sign-in.
	 *
	 * @param failedAttempts failures in a row to remember
	 * @param lockedUntil the end of a lock that starts now, or null when the account
	 * stays open
	 */
	record AfterFailure(int failedAttempts, @Nullable Instant lockedUntil) {

		boolean locksAccount() {
			return this.lockedUntil != null;
		}

	}

}
