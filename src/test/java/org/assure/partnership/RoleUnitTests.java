package org.assure.partnership;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleUnitTests {

	@Test
	void namesDemoUsersInKebabCase() {
		assertThat(Arrays.stream(Role.values()).map(Role::kebabCase)).containsExactly("admin", "board-manager",
				"agency-data-lead", "subgroup-chair", "board-member", "lado", "cdop-officer", "auditor");
	}

	@Test
	void grantsPartnershipMembershipOnlyToPartnershipUsers() {
		AssureUser member = new AssureUser(1, "a", "A", "x", 7L, "P", java.util.Set.of(Role.LADO), null, false, true,
				null, java.time.Instant.EPOCH);
		AssureUser deployment = new AssureUser(2, "b", "B", "x", null, null, java.util.Set.of(), null, true, true, null,
				java.time.Instant.EPOCH);
		assertThat(member.roleNames()).containsExactlyInAnyOrder("LADO", AssureUser.PARTNERSHIP_MEMBER);
		assertThat(deployment.roleNames()).containsExactly(AssureUser.DEPLOYMENT_ADMIN);
	}

	@Test
	void judgesTheLockAtTheMomentItWasLoaded() {
		java.time.Instant now = java.time.Instant.parse("2015-01-01T10:00:00Z");
		AssureUser locked = new AssureUser(1, "a", "A", "x", 7L, "P", java.util.Set.of(Role.LADO), null, false, true,
				now.plusSeconds(60), now);
		AssureUser expired = new AssureUser(1, "a", "A", "x", 7L, "P", java.util.Set.of(Role.LADO), null, false, true,
				now.minusSeconds(1), now);
		assertThat(locked.isAccountNonLocked()).isFalse();
		assertThat(expired.isAccountNonLocked()).isTrue();
	}

}
