package org.assure.partnership.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.assure.partnership.AssureUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor at sign-in: who must use one, enrolment with an authenticator app,
 * checking a code or a recovery code, and an administrator's reset when a phone and the
 * codes are lost.
 */
@Service
@Transactional
public class SecondFactors {

	/** Recovery codes given at enrolment, each usable once. */
	public static final int RECOVERY_CODES = 10;

	private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final SecuritySettings settings;

	private final Clock clock;

	SecondFactors(JdbcClient jdbc, PasswordEncoder encoder, SecuritySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Whether a user must sign in with a second factor: one of their roles is among
	 * {@code assure.security.second-factor-roles}, or they are a deployment administrator
	 * and administrators must.
	 * @param user the user
	 * @return true when they must
	 */
	@Transactional(readOnly = true)
	public boolean required(AssureUser user) {
		return user.roles().stream().anyMatch(this.settings.secondFactorRoles()::contains) || (user.deploymentAdmin()
				&& this.settings.secondFactorRoles().contains(org.assure.partnership.Role.ADMIN));
	}

	/**
	 * Whether a user has an authenticator app set up.
	 * @param userId the user
	 * @return true when enrolled
	 */
	@Transactional(readOnly = true)
	public boolean enrolled(long userId) {
		return this.jdbc.sql("select count(*) from user_second_factor where user_id = ?")
			.param(userId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Sets up a user's authenticator app, once its first code proves it holds the secret,
	 * and gives the recovery codes (shown once; only their hashes are kept).
	 * @param userId the user
	 * @param secret the secret shown to them, base 32
	 * @param typed the code their app shows
	 * @return the recovery codes, or empty when the code is wrong
	 */
	public Optional<List<String>> enrol(long userId, String secret, String typed) {
		Instant now = this.clock.instant();
		OptionalLong step = Totp.verify(secret, typed, now, Long.MIN_VALUE);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		reset(userId);
		this.jdbc.sql("insert into user_second_factor (user_id, secret, enrolled_at, last_step) values (?, ?, ?, ?)")
			.params(userId, secret, Timestamp.from(now), step.getAsLong())
			.update();
		List<String> codes = new ArrayList<>(RECOVERY_CODES);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = recoveryCode();
			codes.add(code);
			this.jdbc.sql("insert into user_recovery_code (user_id, code_id, code_hash) values (?, ?, ?)")
				.params(userId, i + 1, this.encoder.encode(code))
				.update();
		}
		return Optional.of(List.copyOf(codes));
	}

	/**
	 * Checks a code from the user's app, or one of their unused recovery codes (which is
	 * then used up).
	 * @param userId the user
	 * @param typed what they typed
	 * @return how it was accepted, or empty when it was not
	 */
	public Optional<Accepted> verify(long userId, String typed) {
		Optional<Enrolment> enrolment = this.jdbc
			.sql("select secret, last_step from user_second_factor where user_id = ?")
			.param(userId)
			.query((rs, row) -> new Enrolment(rs.getString("secret"), rs.getLong("last_step")))
			.optional();
		if (enrolment.isEmpty()) {
			return Optional.empty();
		}
		OptionalLong step = Totp.verify(enrolment.get().secret(), typed, this.clock.instant(),
				enrolment.get().lastStep());
		if (step.isPresent()) {
			int updated = this.jdbc
				.sql("update user_second_factor set last_step = ? where user_id = ? and last_step < ?")
				.params(step.getAsLong(), userId, step.getAsLong())
				.update();
			return (updated == 1) ? Optional.of(Accepted.APP_CODE) : Optional.empty();
		}
		String code = typed.strip().toLowerCase(Locale.ROOT);
		if (code.length() < 9 || code.length() > 20) {
			return Optional.empty();
		}
		List<UnusedCode> unused = this.jdbc
			.sql("select code_id, code_hash from user_recovery_code where user_id = ? and used_at is null")
			.param(userId)
			.query((rs, row) -> new UnusedCode(rs.getInt("code_id"), rs.getString("code_hash")))
			.list();
		for (UnusedCode candidate : unused) {
			if (this.encoder.matches(code, candidate.hash())) {
				this.jdbc.sql(
						"update user_recovery_code set used_at = ? where user_id = ? and code_id = ? and used_at is null")
					.params(Timestamp.from(this.clock.instant()), userId, candidate.id())
					.update();
				return Optional.of(Accepted.RECOVERY_CODE);
			}
		}
		return Optional.empty();
	}

	/**
	 * How many of a user's recovery codes are left.
	 * @param userId the user
	 * @return the number unused
	 */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(long userId) {
		return this.jdbc.sql("select count(*) from user_recovery_code where user_id = ? and used_at is null")
			.param(userId)
			.query(Long.class)
			.single()
			.intValue();
	}

	/**
	 * Removes a user's app and recovery codes: they set up a new app at their next
	 * sign-in.
	 * @param userId the user
	 */
	public void reset(long userId) {
		this.jdbc.sql("delete from user_recovery_code where user_id = ?").param(userId).update();
		this.jdbc.sql("delete from user_second_factor where user_id = ?").param(userId).update();
	}

	private static String recoveryCode() {
		StringBuilder code = new StringBuilder(11);
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/** How a second factor was accepted. */
	public enum Accepted {

		/** A code from the authenticator app. */
		APP_CODE,

		/** One of the recovery codes, now used up. */
		RECOVERY_CODE

	}

	private record Enrolment(String secret, long lastStep) {
	}

	private record UnusedCode(int id, String hash) {
	}

}
