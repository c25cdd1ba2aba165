package org.assure.partnership;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnerships this deployment serves.
 */
@Repository
@Transactional(readOnly = true)
public class Partnerships {

	/** A short code: lower-case letters, digits and hyphens, starting with a letter. */
	public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

	private final JdbcClient jdbc;

	private final Clock clock;

	Partnerships(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Every partnership, by name.
	 * @return the partnerships
	 */
	public List<Partnership> all() {
		return this.jdbc
			.sql("select partnership_id as id, code, name, contact_phone, contact_email from partnership order by name")
			.query(Partnership.class)
			.list();
	}

	/**
	 * The partnership with a short code.
	 * @param code the short code, as given on the command line
	 * @return the partnership, if there is one
	 */
	public Optional<Partnership> findByCode(String code) {
		return this.jdbc.sql(
				"select partnership_id as id, code, name, contact_phone, contact_email from partnership where code = ?")
			.param(code)
			.query(Partnership.class)
			.optional();
	}

	/**
	 * The partnership with an id.
	 * @param id the id
	 * @return the partnership, if there is one
	 */
	public Optional<Partnership> findById(long id) {
		return this.jdbc
			.sql("select partnership_id as id, code, name, contact_phone, contact_email from partnership "
					+ "where partnership_id = ?")
			.param(id)
			.query(Partnership.class)
			.optional();
	}

	/**
	 * Adds a partnership.
	 * @param code its short code
	 * @param name its name
	 * @param contactPhone the board office's telephone
	 * @param contactEmail the board office's email
	 * @return the new partnership
	 */
	@Transactional
	public Partnership create(String code, String name, @Nullable String contactPhone, @Nullable String contactEmail) {
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A partnership code is 2 to 40 lower-case letters, digits and hyphens, "
					+ "starting with a letter: " + code);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into partnership (code, name, contact_phone, contact_email, created_at) "
					+ "values (?, ?, ?, ?, ?)")
			.params(code, name, contactPhone, contactEmail,
					OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update(keys, "partnership_id");
		long id = keys.getKeyAs(Long.class);
		return new Partnership(id, code, name, contactPhone, contactEmail);
	}

}
