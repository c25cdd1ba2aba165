package org.assure.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessEventUnitTests {

	@Test
	void cutsADetailSoThatContentCannotBePouredIntoTheLog() {
		AccessEvent event = AccessEvent.of(1L, AccessAction.READ, "person", "4").withDetail("x".repeat(1000));
		assertThat(event.detail()).hasSize(AccessEvent.MAX_DETAIL);
	}

	@Test
	void leavesTheUserToBeTakenFromTheSignedInUser() {
		AccessEvent event = AccessEvent.of(1L, AccessAction.EXPORT, "report", null);
		assertThat(event.username()).isNull();
		assertThat(event.outcome()).isEqualTo(AccessOutcome.SUCCESS);
	}

}
