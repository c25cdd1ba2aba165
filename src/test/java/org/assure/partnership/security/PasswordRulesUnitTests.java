package org.assure.partnership.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesUnitTests {

	private final PasswordRules rules = new PasswordRules(new SecuritySettings(6, Duration.ofMinutes(30), 12, null));

	@Test
	void refusesAShortPassword() {
		assertThat(this.rules.problem("short", "jo")).contains("Password must be at least 12 characters long");
	}

	@Test
	void refusesAPasswordThatContainsTheUserName() {
		assertThat(this.rules.problem("my name is Board-Manager", "board-manager"))
			.contains("Password must not contain the user name");
	}

	@Test
	void acceptsALongPassphrase() {
		assertThat(this.rules.problem("correct horse battery staple", "jo")).isEmpty();
	}

	@Test
	void generatesTwentyCharacterAdministratorPasswordsThatPassTheRules() {
		String password = AdministratorBootstrap.generate();
		assertThat(password).hasSize(20).matches("[A-Za-z2-9]+");
		assertThat(this.rules.problem(password, "administrator")).isEmpty();
		assertThat(AdministratorBootstrap.generate()).isNotEqualTo(password);
	}

}
