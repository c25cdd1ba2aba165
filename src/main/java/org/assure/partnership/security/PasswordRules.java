package org.assure.partnership.security;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable when a user or an administrator sets one: long enough,
 * and not the user name. Length beats complexity rules (NCSC password guidance).
 */
@Component
public class PasswordRules {

	private final int minimumLength;

	PasswordRules(SecuritySettings settings) {
		this.minimumLength = settings.minimumPasswordLength();
	}

	/**
	 * What is wrong with a password, if anything.
	 * @param password the proposed password
	 * @param username the account's user name
	 * @return a message for the user, or empty when the password is acceptable
	 */
	public Optional<String> problem(String password, String username) {
		if (password.length() < this.minimumLength) {
			return Optional.of("Password must be at least " + this.minimumLength + " characters long");
		}
		if (password.length() > 128) {
			return Optional.of("Password must be 128 characters or fewer");
		}
		if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("Password must not contain the user name");
		}
		return Optional.empty();
	}

	public int minimumLength() {
		return this.minimumLength;
	}

}
