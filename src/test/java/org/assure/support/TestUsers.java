package org.assure.support;

import java.util.Set;
import java.util.UUID;

import org.assure.partnership.AssureUser;
import org.assure.partnership.Partnerships;
import org.assure.partnership.Role;
import org.assure.partnership.security.UserAccounts;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Users for tests: the demo users as they sign in, and fresh users with a known password.
 */
@Component
public class TestUsers {

	/** The password of users made by {@link #fresh(Role, Long)}. */
	public static final String PASSWORD = "correct horse battery staple";

	private final UserAccounts accounts;

	private final Partnerships partnerships;

	private final PasswordEncoder encoder;

	TestUsers(UserAccounts accounts, Partnerships partnerships, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.partnerships = partnerships;
		this.encoder = encoder;
	}

	/**
	 * A user as the sign-in would load it.
	 * @param username the user name
	 * @return the user
	 */
	public AssureUser named(String username) {
		return this.accounts.findForSignIn(username).orElseThrow();
	}

	/**
	 * The demo user of a role.
	 * @param role the role
	 * @return the user
	 */
	public AssureUser demo(Role role) {
		return named(role.kebabCase());
	}

	/**
	 * The deployment administrator created on first start.
	 * @return the user
	 */
	public AssureUser deploymentAdministrator() {
		return named("administrator");
	}

	/**
	 * The demo partnership's id.
	 * @return the id
	 */
	public long demoPartnershipId() {
		return this.partnerships.findByCode("demo").orElseThrow().id();
	}

	/**
	 * A new user of the demo partnership with the password {@link #PASSWORD}.
	 * @param role the user's role
	 * @param agencyId the agency scope
	 * @return the new user's name
	 */
	public String fresh(Role role, @Nullable Long agencyId) {
		String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(demoPartnershipId(), username, "Test " + username, this.encoder.encode(PASSWORD),
				Set.of(role), agencyId);
		return username;
	}

	/**
	 * A user of a new, empty partnership, for tests whose work must not touch the demo
	 * partnership's records (such as a run of the retention schedule).
	 * @param role the user's role
	 * @return the user
	 */
	public AssureUser inNewPartnership(Role role) {
		String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
		long partnershipId = this.partnerships.create(code, "Test partnership " + code, null, null).id();
		String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(partnershipId, username, "Test " + username, this.encoder.encode(PASSWORD), Set.of(role),
				null);
		return named(username);
	}

	/**
	 * A new user of the demo partnership with a name of the test's choosing (such as an
	 * e-mail address, as single sign-on names users) and the password {@link #PASSWORD}.
	 * @param username the name
	 * @param role the user's role
	 * @return the user
	 */
	public AssureUser demoUserNamed(String username, Role role) {
		this.accounts.create(demoPartnershipId(), username, "Test " + username, this.encoder.encode(PASSWORD),
				Set.of(role), null);
		return named(username);
	}

}
