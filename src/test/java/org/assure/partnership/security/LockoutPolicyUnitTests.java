package org.assure.partnership.security;

import java.time.Duration;
import java.time.Instant;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutPolicyUnitTests {

	private static final Instant NOW = Instant.parse("2015-03-31T09:00:00Z");

	private final LockoutPolicy policy = new LockoutPolicy(6, Duration.ofMinutes(30));

	@Test
	void locksOnTheSixthFailureForThirtyMinutes() {
		LockoutPolicy.AfterFailure after = this.policy.afterFailure(5, NOW);
		assertThat(after.locksAccount()).isTrue();
		assertThat(after.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
		assertThat(after.failedAttempts()).isZero();
	}

	@Test
	void keepsCountingBeforeTheSixth() {
		LockoutPolicy.AfterFailure after = this.policy.afterFailure(4, NOW);
		assertThat(after.locksAccount()).isFalse();
		assertThat(after.failedAttempts()).isEqualTo(5);
	}

	@Property
	void locksExactlyOnTheNthFailureInARow(@ForAll @IntRange(min = 1, max = 20) int attempts,
			@ForAll @IntRange(min = 1, max = 60) int failures) {
		LockoutPolicy policy = new LockoutPolicy(attempts, Duration.ofMinutes(30));
		int remembered = 0;
		int locks = 0;
		int firstLock = -1;
		for (int failure = 1; failure <= failures; failure++) {
			LockoutPolicy.AfterFailure after = policy.afterFailure(remembered, NOW);
			if (after.locksAccount()) {
				locks++;
				if (firstLock < 0) {
					firstLock = failure;
				}
			}
			remembered = after.failedAttempts();
			assertThat(remembered).isLessThan(attempts);
		}
		assertThat(locks).isEqualTo(failures / attempts);
		if (failures >= attempts) {
			assertThat(firstLock).isEqualTo(attempts);
		}
	}

}
