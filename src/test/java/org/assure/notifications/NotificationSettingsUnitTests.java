package org.assure.notifications;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A failed reminder is retried with a doubling wait, and given up after the settings'
 * most attempts.
 */
class NotificationSettingsUnitTests {

	private final NotificationSettings settings = new NotificationSettings(true, "assure@localhost",
			"http://localhost:8080", 5, 7, 6, Duration.ofMinutes(5));

	@Test
	void theWaitDoublesAfterEachFailure() {
		assertThat(this.settings.retryAfter(1)).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(10));
		assertThat(this.settings.retryAfter(3)).isEqualTo(Duration.ofMinutes(20));
		assertThat(this.settings.retryAfter(5)).isEqualTo(Duration.ofMinutes(80));
	}

	@Test
	void theWaitStopsGrowingRatherThanOverflowing() {
		assertThat(this.settings.retryAfter(40)).isEqualTo(this.settings.retryAfter(21));
		assertThat(this.settings.retryAfter(40)).isPositive();
		assertThatIllegalArgumentException().isThrownBy(() -> this.settings.retryAfter(0));
	}

	@Test
	void aMessageIsGivenUpAfterTheMostAttempts() {
		assertThat(this.settings.givesUpAfter(5)).isFalse();
		assertThat(this.settings.givesUpAfter(6)).isTrue();
	}

}
