package org.assure.casedata;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of a partnership's stored journeys that indicators are computed from, read
 * from every current batch. Children appear only by their pseudonymous key.
 */
@Repository
@Transactional(readOnly = true)
public class JourneyFacts {

	private final JdbcClient jdbc;

	JourneyFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A contact.
	 *
	 * @param childKey the child
	 * @param date when
	 */
	public record Contact(String childKey, LocalDate date) {
	}

	/**
	 * A referral, opening an episode.
	 *
	 * @param childKey the child
	 * @param referred when
	 * @param closed when it closed
	 * @param source the referral source code (CIN census), if recorded
	 */
	public record Episode(String childKey, LocalDate referred, @Nullable LocalDate closed, @Nullable String source) {
	}

	/**
	 * A partnership's journey facts, or a file's, held in memory.
	 *
	 * @param contacts contacts
	 * @param episodes episodes of need
	 * @param assessments assessments
	 * @param enquiries Section 47 enquiries
	 * @param plans child protection plans
	 * @param lookedAfter looked-after episodes
	 * @param missing missing episodes
	 * @param children what is known of each child
	 */
	public record Snapshot(List<Contact> contacts, List<Episode> episodes, List<Assessment> assessments,
			List<Enquiry> enquiries, List<Plan> plans, List<LookedAfter> lookedAfter, List<Missing> missing,
			java.util.Map<String, Child> children) {
	}

	/**
	 * What is known of a child for breakdowns; never a name.
	 *
	 * @param childKey the child's pseudonymous key
	 * @param birthMonth the month of birth, if known
	 * @param sex M, F or U, if known
	 * @param ethnicity the DfE ethnicity code, if known
	 * @param disabilities the disability codes, comma-separated, if any were recorded
	 * @param agency the agency whose data the child's latest batch is, if one was named
	 */
	public record Child(String childKey, @Nullable LocalDate birthMonth, @Nullable String sex,
			@Nullable String ethnicity, @Nullable String disabilities, @Nullable String agency) {
	}

	/**
	 * A partnership's children, one per key (the latest batch's record where a child
	 * appears in several).
	 * @param partnershipId the partnership
	 * @return the children by key
	 */
	public java.util.Map<String, Child> children(long partnershipId) {
		java.util.Map<String, Child> children = new java.util.HashMap<>();
		this.jdbc.sql("""
				select c.child_key, c.birth_month, c.sex, c.ethnicity, c.disabilities, a.name from child c
				join import_batch b on b.partnership_id = c.partnership_id and b.batch_id = c.batch_id
				left join agency a on a.partnership_id = b.partnership_id and a.agency_id = b.agency_id
				where c.partnership_id = ? order by c.batch_id, c.child_id""")
			.param(partnershipId)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> children.put(rs.getString(1),
					new Child(rs.getString(1), date(rs.getDate(2)), rs.getString(3), rs.getString(4), rs.getString(5),
							rs.getString(6))));
		return children;
	}

	/**
	 * An assessment.
	 *
	 * @param childKey the child
	 * @param referred the referral
	 * @param started when the assessment started
	 * @param authorised when authorised
	 */
	public record Assessment(String childKey, LocalDate referred, LocalDate started, @Nullable LocalDate authorised) {
	}

	/**
	 * A Section 47 enquiry.
	 *
	 * @param childKey the child
	 * @param started when
	 * @param conference the ICPC
	 */
	public record Enquiry(String childKey, LocalDate started, @Nullable LocalDate conference) {
	}

	/**
	 * A child protection plan.
	 *
	 * @param childKey the child
	 * @param started when
	 * @param ended when, if it has
	 * @param previousPlans the number of earlier plans the file recorded
	 * @param reviews the review conferences' dates, in order
	 */
	public record Plan(String childKey, LocalDate started, @Nullable LocalDate ended, @Nullable Integer previousPlans,
			List<LocalDate> reviews) {
	}

	/**
	 * A period of being looked after.
	 *
	 * @param childKey the child
	 * @param started when
	 * @param ended when
	 * @param reasonNew why the episode started (SSDA903 RNE: S started, L legal status
	 * only, P placement only, T both, U, B), if recorded
	 * @param placementType the placement type (SSDA903 PLACE), if recorded
	 */
	public record LookedAfter(String childKey, LocalDate started, @Nullable LocalDate ended, @Nullable String reasonNew,
			@Nullable String placementType) {
	}

	/**
	 * A missing episode (or an absence).
	 *
	 * @param childKey the child
	 * @param started when the child went missing
	 * @param ended when the child came back, if known
	 * @param absence whether it was an absence rather than missing
	 * @param interviewOffered whether a return interview was offered
	 * @param interviewAccepted whether it was accepted
	 */
	public record Missing(String childKey, LocalDate started, @Nullable LocalDate ended, @Nullable Boolean absence,
			@Nullable Boolean interviewOffered, @Nullable Boolean interviewAccepted) {
	}

	/**
	 * A partnership's missing episodes.
	 * @param partnershipId the partnership
	 * @return the episodes
	 */
	public List<Missing> missing(long partnershipId) {
		return this.jdbc.sql("""
				select c.child_key, m.start_date, m.end_date, m.absence, m.return_interview_offered,
				       m.return_interview_accepted from missing_episode m
				join child c on c.partnership_id = m.partnership_id and c.child_id = m.child_id
				where m.partnership_id = ?""")
			.param(partnershipId)
			.query((rs, row) -> new Missing(rs.getString(1), rs.getDate(2).toLocalDate(), date(rs.getDate(3)),
					bool(rs, 4), bool(rs, 5), bool(rs, 6)))
			.list();
	}

	private static @Nullable Boolean bool(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

	/**
	 * The batches the facts come from.
	 * @param partnershipId the partnership
	 * @return batch ids, in order
	 */
	public List<Long> batches(long partnershipId) {
		return this.jdbc.sql("select batch_id from import_batch where partnership_id = ? order by batch_id")
			.param(partnershipId)
			.query(Long.class)
			.list();
	}

	/**
	 * Where the case data begins: the first day of the earliest period any batch covers.
	 * Events before it are known only in part (a census holds the episodes still open,
	 * not those closed before its year), so a definition that looks back before it cannot
	 * be computed.
	 * @param partnershipId the partnership
	 * @return the first day, or null without batches
	 */
	public @Nullable LocalDate dataStart(long partnershipId) {
		LocalDate earliest = null;
		for (String code : this.jdbc.sql("select distinct period_code from import_batch where partnership_id = ?")
			.param(partnershipId)
			.query(String.class)
			.list()) {
			try {
				LocalDate start = BatchPeriod.parse(code).start();
				if (earliest == null || start.isBefore(earliest)) {
					earliest = start;
				}
			}
			catch (IllegalArgumentException ex) {
				// A period Assure cannot read says nothing about where the data begins.
			}
		}
		return earliest;
	}

	public List<Contact> contacts(long partnershipId) {
		return this.jdbc.sql("""
				select c.child_key, x.contact_date from contact x
				join child c on c.partnership_id = x.partnership_id and c.child_id = x.child_id
				where x.partnership_id = ?""")
			.param(partnershipId)
			.query((rs, row) -> new Contact(rs.getString(1), rs.getDate(2).toLocalDate()))
			.list();
	}

	public List<Episode> episodes(long partnershipId) {
		return this.jdbc.sql("""
				select c.child_key, e.referral_date, e.closure_date, e.referral_source from episode_of_need e
				join child c on c.partnership_id = e.partnership_id and c.child_id = e.child_id
				where e.partnership_id = ?""")
			.param(partnershipId)
			.query((rs, row) -> new Episode(rs.getString(1), rs.getDate(2).toLocalDate(), date(rs.getDate(3)),
					rs.getString(4)))
			.list();
	}

	public List<Assessment> assessments(long partnershipId) {
		return this.jdbc.sql("""
				select c.child_key, e.referral_date, a.start_date, a.authorised_date from assessment a
				join episode_of_need e on e.partnership_id = a.partnership_id and e.episode_id = a.episode_id
				join child c on c.partnership_id = e.partnership_id and c.child_id = e.child_id
				where a.partnership_id = ?""")
			.param(partnershipId)
			.query((rs, row) -> new Assessment(rs.getString(1), rs.getDate(2).toLocalDate(),
					rs.getDate(3).toLocalDate(), date(rs.getDate(4))))
			.list();
	}

	public List<Enquiry> enquiries(long partnershipId) {
		return this.jdbc.sql("""
				select c.child_key, s.start_date, s.icpc_date from section47_enquiry s
				join episode_of_need e on e.partnership_id = s.partnership_id and e.episode_id = s.episode_id
				join child c on c.partnership_id = e.partnership_id and c.child_id = e.child_id
				where s.partnership_id = ?""")
			.param(partnershipId)
			.query((rs, row) -> new Enquiry(rs.getString(1), rs.getDate(2).toLocalDate(), date(rs.getDate(3))))
			.list();
	}

	public List<Plan> plans(long partnershipId) {
		java.util.Map<Long, List<LocalDate>> reviews = new java.util.HashMap<>();
		this.jdbc
			.sql("select plan_id, review_date from child_protection_review where partnership_id = ? "
					+ "order by plan_id, review_date")
			.param(partnershipId)
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> reviews
				.computeIfAbsent(rs.getLong(1), (key) -> new java.util.ArrayList<>())
				.add(rs.getDate(2).toLocalDate()));
		return this.jdbc.sql("""
				select c.child_key, p.start_date, p.end_date, p.previous_plans, p.plan_id from child_protection_plan p
				join episode_of_need e on e.partnership_id = p.partnership_id and e.episode_id = p.episode_id
				join child c on c.partnership_id = e.partnership_id and c.child_id = e.child_id
				where p.partnership_id = ?""").param(partnershipId).query((rs, row) -> {
			int previous = rs.getInt(4);
			Integer previousPlans = rs.wasNull() ? null : previous;
			return new Plan(rs.getString(1), rs.getDate(2).toLocalDate(), date(rs.getDate(3)), previousPlans,
					List.copyOf(reviews.getOrDefault(rs.getLong(5), List.of())));
		}).list();
	}

	public List<LookedAfter> lookedAfter(long partnershipId) {
		return this.jdbc.sql("""
				select c.child_key, l.start_date, l.end_date, l.reason_new, l.placement_type from looked_after_episode l
				join child c on c.partnership_id = l.partnership_id and c.child_id = l.child_id
				where l.partnership_id = ?""")
			.param(partnershipId)
			.query((rs, row) -> new LookedAfter(rs.getString(1), rs.getDate(2).toLocalDate(), date(rs.getDate(3)),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	private static @Nullable LocalDate date(@Nullable Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
