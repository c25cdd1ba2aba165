package org.assure.partnership.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts and their membership of their home partnership.
 */
@Repository
@Transactional(readOnly = true)
public class UserAccounts {

	private static final String SUMMARY = """
			select u.user_id, u.partnership_id, u.username, u.display_name, m.roles, m.agency_id,
			       a.name as agency_name, u.deployment_admin, u.enabled, u.locked_until
			from user_account u
			left join membership m on m.user_id = u.user_id and m.partnership_id = u.partnership_id
			left join agency a on a.partnership_id = m.partnership_id and a.agency_id = m.agency_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	UserAccounts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The user who would sign in under a name, with everything signing in needs.
	 * @param username the sign-in name
	 * @return the user, if the account exists
	 */
	public Optional<AssureUser> findForSignIn(String username) {
		Instant now = this.clock.instant();
		return this.jdbc
			.sql("""
					select u.user_id, u.username, u.display_name, u.password_hash, u.partnership_id, p.name as partnership_name,
					       m.roles, m.agency_id, u.deployment_admin, u.enabled, u.locked_until
					from user_account u
					left join partnership p on p.partnership_id = u.partnership_id
					left join membership m on m.user_id = u.user_id and m.partnership_id = u.partnership_id
					where u.username = ?
					""")
			.param(username)
			.query((rs, row) -> {
				Long partnershipId = nullableLong(rs, "partnership_id");
				return new AssureUser(rs.getLong("user_id"), rs.getString("username"), rs.getString("display_name"),
						rs.getString("password_hash"), partnershipId, rs.getString("partnership_name"),
						roles(rs.getString("roles")), nullableLong(rs, "agency_id"), rs.getBoolean("deployment_admin"),
						rs.getBoolean("enabled"), instant(rs, "locked_until"), now);
			})
			.optional();
	}

	/**
	 * A partnership's user accounts, by name.
	 * @param partnershipId the partnership
	 * @return the accounts
	 */
	public List<UserAccount> of(long partnershipId) {
		return this.jdbc.sql(SUMMARY + " where u.partnership_id = ? order by u.display_name")
			.param(partnershipId)
			.query(UserAccounts::account)
			.list();
	}

	/**
	 * One of a partnership's accounts.
	 * @param partnershipId the partnership
	 * @param userId the account
	 * @return the account, if it is the partnership's
	 */
	public Optional<UserAccount> find(long partnershipId, long userId) {
		return this.jdbc.sql(SUMMARY + " where u.partnership_id = ? and u.user_id = ?")
			.params(partnershipId, userId)
			.query(UserAccounts::account)
			.optional();
	}

	/**
	 * Whether a sign-in name is taken, in any partnership.
	 * @param username the name
	 * @return true if an account has it
	 */
	public boolean usernameTaken(String username) {
		return this.jdbc.sql("select count(*) from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Whether the deployment has an administrator.
	 * @return true if at least one account administers the deployment
	 */
	public boolean hasDeploymentAdministrator() {
		return this.jdbc.sql("select count(*) from user_account where deployment_admin = true")
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Opens an account in a partnership.
	 * @param partnershipId the home partnership
	 * @param username the sign-in name
	 * @param displayName the name shown
	 * @param passwordHash the encoded password
	 * @param roles the roles
	 * @param agencyId the agency scope, if any
	 * @return the new account's id
	 */
	@Transactional
	public long create(long partnershipId, String username, String displayName, String passwordHash, Set<Role> roles,
			@Nullable Long agencyId) {
		long userId = insertAccount(partnershipId, username, displayName, passwordHash, false);
		this.jdbc.sql("insert into membership (partnership_id, user_id, roles, agency_id) values (?, ?, ?, ?)")
			.params(partnershipId, userId, rolesColumn(roles), agencyId)
			.update();
		return userId;
	}

	/**
	 * Opens the account of a deployment administrator, who belongs to no partnership.
	 * @param username the sign-in name
	 * @param displayName the name shown
	 * @param passwordHash the encoded password
	 * @return the new account's id
	 */
	@Transactional
	public long createDeploymentAdministrator(String username, String displayName, String passwordHash) {
		return insertAccount(null, username, displayName, passwordHash, true);
	}

	private long insertAccount(@Nullable Long partnershipId, String username, String displayName, String passwordHash,
			boolean deploymentAdmin) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into user_account (partnership_id, username, display_name, password_hash, deployment_admin, "
					+ "enabled, failed_attempts, created_at) values (?, ?, ?, ?, ?, true, 0, ?)")
			.params(partnershipId, username, displayName, passwordHash, deploymentAdmin,
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update(keys, "user_id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Changes what an account may do in its partnership.
	 * @param partnershipId the partnership
	 * @param userId the account
	 * @param displayName the name shown
	 * @param roles the roles
	 * @param agencyId the agency scope
	 * @param enabled whether it may sign in
	 * @return whether the account was found in the partnership
	 */
	@Transactional
	public boolean update(long partnershipId, long userId, String displayName, Set<Role> roles, @Nullable Long agencyId,
			boolean enabled) {
		int accounts = this.jdbc
			.sql("update user_account set display_name = ?, enabled = ? where partnership_id = ? and user_id = ?")
			.params(displayName, enabled, partnershipId, userId)
			.update();
		if (accounts == 0) {
			return false;
		}
		this.jdbc.sql("update membership set roles = ?, agency_id = ? where partnership_id = ? and user_id = ?")
			.params(rolesColumn(roles), agencyId, partnershipId, userId)
			.update();
		return true;
	}

	/**
	 * Sets an account's password hash.
	 * @param userId the account
	 * @param passwordHash the encoded password
	 */
	@Transactional
	public void changePassword(long userId, String passwordHash) {
		this.jdbc.sql("update user_account set password_hash = ? where user_id = ?")
			.params(passwordHash, userId)
			.update();
	}

	/**
	 * The encoded password of an account, for checking a password a user types.
	 * @param userId the account
	 * @return the hash
	 */
	public String passwordHash(long userId) {
		return this.jdbc.sql("select password_hash from user_account where user_id = ?")
			.param(userId)
			.query(String.class)
			.single();
	}

	/**
	 * Ends a lock and forgets earlier failures.
	 * @param userId the account
	 */
	@Transactional
	public void unlock(long userId) {
		this.jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where user_id = ?")
			.param(userId)
			.update();
	}

	/**
	 * Records a successful sign-in: earlier failures no longer count.
	 * @param username the sign-in name
	 */
	@Transactional
	public void recordSuccess(String username) {
		this.jdbc.sql("update user_account set failed_attempts = 0 where username = ?").param(username).update();
	}

	/**
	 * Records a failed sign-in with a wrong password, and locks the account when the
	 * policy says so.
	 * @param username the sign-in name
	 * @param policy the lockout policy
	 * @return the account's new state, or empty when no account has that name
	 */
	@Transactional
	public Optional<LockoutPolicy.AfterFailure> recordFailure(String username, LockoutPolicy policy) {
		Optional<Integer> failures = this.jdbc
			.sql("select failed_attempts from user_account where username = ? for update")
			.param(username)
			.query(Integer.class)
			.optional();
		if (failures.isEmpty()) {
			return Optional.empty();
		}
		LockoutPolicy.AfterFailure after = policy.afterFailure(failures.get(), this.clock.instant());
		OffsetDateTime lockedUntil = (after.lockedUntil() != null)
				? OffsetDateTime.ofInstant(after.lockedUntil(), ZoneOffset.UTC) : null;
		if (lockedUntil != null) {
			this.jdbc.sql("update user_account set failed_attempts = ?, locked_until = ? where username = ?")
				.params(after.failedAttempts(), lockedUntil, username)
				.update();
		}
		else {
			this.jdbc.sql("update user_account set failed_attempts = ? where username = ?")
				.params(after.failedAttempts(), username)
				.update();
		}
		return Optional.of(after);
	}

	/**
	 * The home partnership of an account, for the access log.
	 * @param username the sign-in name
	 * @return the partnership's id, or empty for an unknown name or a deployment
	 * administrator
	 */
	public Optional<Long> partnershipOf(String username) {
		return this.jdbc
			.sql("select partnership_id from user_account where username = ? and partnership_id is not null")
			.param(username)
			.query(Long.class)
			.optional();
	}

	private static UserAccount account(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getLong("user_id"), nullableLong(rs, "partnership_id"), rs.getString("username"),
				rs.getString("display_name"), roles(rs.getString("roles")), nullableLong(rs, "agency_id"),
				rs.getString("agency_name"), rs.getBoolean("deployment_admin"), rs.getBoolean("enabled"),
				instant(rs, "locked_until"));
	}

	static Set<Role> roles(@Nullable String column) {
		if (column == null || column.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(column.split(","))
			.map(String::trim)
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	static String rolesColumn(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
