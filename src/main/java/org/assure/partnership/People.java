package org.assure.partnership;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who work with a partnership and the seats they hold. Every query is scoped
 * by the partnership.
 */
@Repository
@Transactional(readOnly = true)
public class People {

	private static final String PERSON_COLUMNS = "partnership_id, person_id as id, full_name, job_title, agency_id, "
			+ "phone, email";

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A partnership's people, by name.
	 * @param partnershipId the partnership
	 * @return the people
	 */
	public List<Person> of(long partnershipId) {
		return this.jdbc.sql("select " + PERSON_COLUMNS + " from person where partnership_id = ? order by full_name")
			.param(partnershipId)
			.query(Person.class)
			.list();
	}

	/**
	 * One person.
	 * @param partnershipId the partnership
	 * @param personId the person
	 * @return the person, if the partnership has one with that id
	 */
	public Optional<Person> find(long partnershipId, long personId) {
		return this.jdbc.sql("select " + PERSON_COLUMNS + " from person where partnership_id = ? and person_id = ?")
			.params(partnershipId, personId)
			.query(Person.class)
			.optional();
	}

	/**
	 * A person by name.
	 * @param partnershipId the partnership
	 * @param fullName the name, exactly
	 * @return the first person of that name, if any
	 */
	public Optional<Person> findByName(long partnershipId, String fullName) {
		return this.jdbc
			.sql("select " + PERSON_COLUMNS + " from person where partnership_id = ? and full_name = ? "
					+ "order by person_id")
			.params(partnershipId, fullName)
			.query(Person.class)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Adds a person.
	 * @param partnershipId the partnership
	 * @param fullName the name
	 * @param jobTitle the job title
	 * @param agencyId the agency, if any
	 * @param phone a work telephone
	 * @param email a work email
	 * @return the new person
	 */
	@Transactional
	public Person create(long partnershipId, String fullName, @Nullable String jobTitle, @Nullable Long agencyId,
			@Nullable String phone, @Nullable String email) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into person (partnership_id, full_name, job_title, agency_id, phone, email) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(partnershipId, fullName, jobTitle, agencyId, phone, email)
			.update(keys, "person_id");
		return new Person(partnershipId, keys.getKeyAs(Long.class), fullName, jobTitle, agencyId, phone, email);
	}

	/**
	 * Changes a person.
	 * @param person the person as they should be
	 * @return whether the person was found
	 */
	@Transactional
	public boolean update(Person person) {
		return this.jdbc
			.sql("update person set full_name = ?, job_title = ?, agency_id = ?, phone = ?, email = ? "
					+ "where partnership_id = ? and person_id = ?")
			.params(person.fullName(), person.jobTitle(), person.agencyId(), person.phone(), person.email(),
					person.partnershipId(), person.id())
			.update() == 1;
	}

	/**
	 * A partnership's seats, board first, with their holders and agencies.
	 * @param partnershipId the partnership
	 * @return the seats
	 */
	public List<Seat> seats(long partnershipId) {
		return this.jdbc.sql("""
				select s.partnership_id, s.seat_id as id, s.seat_kind as kind, s.title, s.group_name, s.agency_id,
				       a.name as agency_name, s.person_id, p.full_name as holder_name, s.source
				from seat s
				left join agency a on a.partnership_id = s.partnership_id and a.agency_id = s.agency_id
				left join person p on p.partnership_id = s.partnership_id and p.person_id = s.person_id
				where s.partnership_id = ?
				order by s.seat_id
				""").param(partnershipId).query(Seat.class).list();
	}

	/**
	 * Adds a seat.
	 * @param partnershipId the partnership
	 * @param kind where the seat is
	 * @param title its title
	 * @param groupName the board, group or team
	 * @param agencyId the agency it represents, if any
	 * @param personId its holder, or null for a vacancy
	 * @param source where it was taken from
	 * @return the new seat's id
	 */
	@Transactional
	public long createSeat(long partnershipId, SeatKind kind, String title, String groupName, @Nullable Long agencyId,
			@Nullable Long personId, @Nullable String source) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into seat (partnership_id, seat_kind, title, group_name, agency_id, person_id, source) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(partnershipId, kind.name(), title, groupName, agencyId, personId, source)
			.update(keys, "seat_id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Whether a seat was already taken from a source, so that a loader can add it only
	 * once.
	 * @param partnershipId the partnership
	 * @param source the source
	 * @return true if a seat has that source
	 */
	public boolean hasSeatFrom(long partnershipId, String source) {
		return this.jdbc.sql("select count(*) from seat where partnership_id = ? and source = ?")
			.params(partnershipId, source)
			.query(Long.class)
			.single() > 0;
	}

}
