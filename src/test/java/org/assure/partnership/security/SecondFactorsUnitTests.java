package org.assure.partnership.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who must sign in with a second factor, by the setting: by default administrators
 * (deployment administrators too), board managers, the LADO and CDOP officers; none when
 * the setting is empty.
 */
class SecondFactorsUnitTests {

	@Test
	void theRolesOfTheSettingMustUseASecondFactor() {
		SecondFactors byDefault = factors(null);
		assertThat(byDefault.required(user(Set.of(Role.LADO), false))).isTrue();
		assertThat(byDefault.required(user(Set.of(Role.BOARD_MEMBER, Role.CDOP_OFFICER), false))).isTrue();
		assertThat(byDefault.required(user(Set.of(Role.BOARD_MEMBER, Role.AUDITOR), false))).isFalse();
		assertThat(byDefault.required(user(Set.of(), true))).as("a deployment administrator").isTrue();
		SecondFactors none = factors(Set.of());
		assertThat(none.required(user(Set.of(Role.ADMIN), false))).isFalse();
		assertThat(none.required(user(Set.of(), true))).isFalse();
		SecondFactors auditors = factors(Set.of(Role.AUDITOR));
		assertThat(auditors.required(user(Set.of(Role.AUDITOR), false))).isTrue();
		assertThat(auditors.required(user(Set.of(Role.ADMIN), false))).isFalse();
	}

	@Test
	void anEmptySettingMeansNoRoleAndAListMeansThoseRoles() {
		assertThat(bind("").secondFactorRoles()).isEmpty();
		assertThat(bind("LADO, AUDITOR").secondFactorRoles()).containsExactlyInAnyOrder(Role.LADO, Role.AUDITOR);
		assertThat(new org.springframework.boot.context.properties.bind.Binder(
				new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
						java.util.Map.of("assure.security.lockout-attempts", "6")))
			.bindOrCreate("assure.security", SecuritySettings.class)
			.secondFactorRoles()).isEqualTo(SecuritySettings.DEFAULT_SECOND_FACTOR_ROLES);
	}

	private static SecuritySettings bind(String roles) {
		return new org.springframework.boot.context.properties.bind.Binder(
				new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
						java.util.Map.of("assure.security.second-factor-roles", roles)))
			.bindOrCreate("assure.security", SecuritySettings.class);
	}

	private static SecondFactors factors(Set<Role> roles) {
		return new SecondFactors(null, null, new SecuritySettings(null, Duration.ofMinutes(30), null, roles),
				Clock.systemUTC());
	}

	private static AssureUser user(Set<Role> roles, boolean deploymentAdmin) {
		return new AssureUser(1, "someone", "Someone", null, deploymentAdmin ? null : 1L, null, roles, null,
				deploymentAdmin, true, null, Instant.now());
	}

}
