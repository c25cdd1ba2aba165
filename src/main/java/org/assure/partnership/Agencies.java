package org.assure.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's agencies. Every query is scoped by the partnership.
 */
@Repository
@Transactional(readOnly = true)
public class Agencies {

	private static final String COLUMNS = "partnership_id, agency_id as id, name, agency_type as type, active";

	private final JdbcClient jdbc;

	/**
	 * Each partnership's agencies, read once and forgotten when one is added or changed.
	 */
	private final java.util.Map<Long, List<Agency>> kept = new java.util.concurrent.ConcurrentHashMap<>();

	Agencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A partnership's agencies, by name.
	 * @param partnershipId the partnership
	 * @return its agencies, active and not
	 */
	public List<Agency> of(long partnershipId) {
		List<Agency> agencies = this.kept.get(partnershipId);
		if (agencies == null) {
			agencies = List
				.copyOf(this.jdbc.sql("select " + COLUMNS + " from agency where partnership_id = ? order by name")
					.param(partnershipId)
					.query(Agencies::row)
					.list());
			this.kept.put(partnershipId, agencies);
		}
		return agencies;
	}

	/**
	 * One agency.
	 * @param partnershipId the partnership
	 * @param agencyId the agency
	 * @return the agency, if it is the partnership's
	 */
	public Optional<Agency> find(long partnershipId, long agencyId) {
		return this.jdbc.sql("select " + COLUMNS + " from agency where partnership_id = ? and agency_id = ?")
			.params(partnershipId, agencyId)
			.query(Agencies::row)
			.optional();
	}

	/**
	 * An agency by its name.
	 * @param partnershipId the partnership
	 * @param name the agency's name, exactly
	 * @return the agency, if there is one
	 */
	public Optional<Agency> findByName(long partnershipId, String name) {
		return this.jdbc.sql("select " + COLUMNS + " from agency where partnership_id = ? and name = ?")
			.params(partnershipId, name)
			.query(Agencies::row)
			.optional();
	}

	/**
	 * Adds an agency.
	 * @param partnershipId the partnership
	 * @param name its name, unique in the partnership
	 * @param type what kind of body it is
	 * @return the new agency
	 */
	@Transactional
	public Agency create(long partnershipId, String name, AgencyType type) {
		org.assure.shell.AfterCommit.forgetNowAndAtEnd(() -> this.kept.remove(partnershipId));
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into agency (partnership_id, name, agency_type, active) values (?, ?, ?, true)")
			.params(partnershipId, name, type.name())
			.update(keys, "agency_id");
		return new Agency(partnershipId, keys.getKeyAs(Long.class), name, type, true);
	}

	/**
	 * Changes an agency.
	 * @param agency the agency as it should be
	 * @return whether the agency was found
	 */
	@Transactional
	public boolean update(Agency agency) {
		org.assure.shell.AfterCommit.forgetNowAndAtEnd(() -> this.kept.remove(agency.partnershipId()));
		return this.jdbc
			.sql("update agency set name = ?, agency_type = ?, active = ? where partnership_id = ? and agency_id = ?")
			.params(agency.name(), agency.type().name(), agency.active(), agency.partnershipId(), agency.id())
			.update() == 1;
	}

	// Mapped by hand: the data-class mapper asks the driver for columns under several
	// names, and H2 logs every miss with its stack trace, which cost a dashboard most of
	// its time.
	private static Agency row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Agency(rs.getLong("partnership_id"), rs.getLong("id"), rs.getString("name"),
				AgencyType.valueOf(rs.getString("type")), rs.getBoolean("active"));
	}

}
