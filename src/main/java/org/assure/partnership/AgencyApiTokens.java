package org.assure.partnership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens of agencies. A token acts as an agency data lead of its agency, for the API
 * only; it is shown once when issued and stored only as its SHA-256 hash; revoking it
 * takes effect at once.
 */
@Service
public class AgencyApiTokens {

	/** Every token starts so, which makes a leaked one easy to recognise. */
	public static final String PREFIX = "assure_";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final Partnerships partnerships;

	private final Clock clock;

	AgencyApiTokens(JdbcClient jdbc, Agencies agencies, Partnerships partnerships, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.partnerships = partnerships;
		this.clock = clock;
	}

	/**
	 * A token as listed (never the token itself).
	 *
	 * @param tokenId its id
	 * @param agencyId the agency
	 * @param name what it is for
	 * @param createdBy who issued it
	 * @param createdAt when
	 * @param lastUsedAt when it was last used, if ever
	 * @param revokedAt when it was revoked, if it was
	 */
	public record ApiToken(long tokenId, long agencyId, String name, String createdBy, Instant createdAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

		/**
		 * Whether the token still works.
		 * @return true until revoked
		 */
		public boolean active() {
			return this.revokedAt == null;
		}

	}

	/**
	 * Issues a token for an agency.
	 * @param partnershipId the partnership
	 * @param agencyId the agency
	 * @param name what the token is for, such as "Police performance team's BI tool"
	 * @param username who issues it
	 * @return the token, to be shown once
	 * @throws IllegalArgumentException when the agency is not the partnership's or the
	 * name is blank or too long
	 */
	@Transactional
	public String issue(long partnershipId, long agencyId, String name, String username) {
		if (this.agencies.find(partnershipId, agencyId).isEmpty()) {
			throw new IllegalArgumentException("There is no such agency in the partnership");
		}
		if (name.isBlank() || name.strip().length() > 100) {
			throw new IllegalArgumentException("Say what the token is for, in at most 100 characters");
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into agency_api_token (partnership_id, agency_id, name, token_hash, created_by, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, agencyId, name.strip(), hash(token), username, now())
			.update();
		return token;
	}

	/**
	 * An agency's tokens, newest first.
	 * @param partnershipId the partnership
	 * @param agencyId the agency
	 * @return the tokens
	 */
	@Transactional(readOnly = true)
	public List<ApiToken> of(long partnershipId, long agencyId) {
		return this.jdbc.sql("""
				select token_id, agency_id, name, created_by, created_at, last_used_at, revoked_at from agency_api_token
				where partnership_id = ? and agency_id = ? order by token_id desc""")
			.params(partnershipId, agencyId)
			.query((rs, row) -> new ApiToken(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant(), instant(rs.getObject(6, OffsetDateTime.class)),
					instant(rs.getObject(7, OffsetDateTime.class))))
			.list();
	}

	/**
	 * Revokes a token.
	 * @param partnershipId the partnership
	 * @param agencyId the agency
	 * @param tokenId the token
	 * @return whether a working token of that agency was revoked
	 */
	@Transactional
	public boolean revoke(long partnershipId, long agencyId, long tokenId) {
		return this.jdbc.sql("""
				update agency_api_token set revoked_at = ? where partnership_id = ? and agency_id = ? and token_id = ?
				and revoked_at is null""").params(now(), partnershipId, agencyId, tokenId).update() == 1;
	}

	/**
	 * The caller a token stands for: an agency data lead of the token's agency.
	 * @param token the bearer token
	 * @return the caller, if the token is known and not revoked
	 */
	@Transactional
	public Optional<AssureUser> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String hash = hash(token);
		Optional<long[]> found = this.jdbc.sql("""
				select partnership_id, agency_id, token_id from agency_api_token where token_hash = ?
				and revoked_at is null""")
			.param(hash)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		long partnershipId = found.get()[0];
		long agencyId = found.get()[1];
		long tokenId = found.get()[2];
		this.jdbc.sql("update agency_api_token set last_used_at = ? where partnership_id = ? and token_id = ?")
			.params(now(), partnershipId, tokenId)
			.update();
		String agencyName = this.agencies.find(partnershipId, agencyId).map(Agency::name).orElse("agency");
		String partnershipName = this.partnerships.findById(partnershipId).map(Partnership::name).orElse(null);
		return Optional.of(new AssureUser(-tokenId, "api-token-" + tokenId, agencyName + " (API token)", null,
				partnershipId, partnershipName, EnumSet.of(Role.AGENCY_DATA_LEAD), agencyId, false, true, null,
				this.clock.instant()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java", ex);
		}
	}

}
