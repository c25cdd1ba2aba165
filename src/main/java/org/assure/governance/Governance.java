package org.assure.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.partnership.Agencies;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board and its sub-groups, their members and meetings, and what is computed from the
 * attendance recorded: whether each meeting was quorate, and the record of attendance.
 */
@Service
public class Governance {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final GovernanceSettings settings;

	private final Corrections corrections;

	private final Clock clock;

	Governance(JdbcClient jdbc, Agencies agencies, GovernanceSettings settings, Corrections corrections, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.settings = settings;
		this.corrections = corrections;
		this.clock = clock;
	}

	/** The kind of record a member is, in the history of corrections. */
	public static final String MEMBER_RECORD = "governance.member";

	/** The kind of record a group is, in the history of corrections. */
	public static final String GROUP_RECORD = "governance.group";

	/** The kind of record a meeting is, in the history of corrections. */
	public static final String MEETING_RECORD = "governance.meeting";

	/**
	 * What a create did.
	 *
	 * @param id the new record's number, or null when refused
	 * @param problems the broken rules by field
	 */
	public record Created(@Nullable Long id, Map<String, String> problems) {
	}

	/**
	 * A member's attendance at a meeting.
	 *
	 * @param attendance how the member was there
	 * @param deputy the deputy's name, or null
	 */
	public record Mark(Attendance attendance, @Nullable String deputy) {
	}

	/**
	 * A sub-group's attendance over a year.
	 *
	 * @param group the sub-group's name
	 * @param meetings meetings with attendance recorded
	 * @param percent every attendance over every expected attendance, in percent, or null
	 */
	public record GroupAttendance(String group, int meetings, @Nullable Double percent) {
	}

	/**
	 * The settings in force.
	 * @return the settings
	 */
	public GovernanceSettings settings() {
		return this.settings;
	}

	/**
	 * The partnership's board and sub-groups, the board first.
	 * @param partnershipId the partnership
	 * @return the groups
	 */
	@Transactional(readOnly = true)
	public List<BoardGroup> groups(long partnershipId) {
		return this.jdbc
			.sql(GROUP + " where partnership_id = ? order by case kind when 'BOARD' then 0 else 1 end, name")
			.param(partnershipId)
			.query(Governance::group)
			.list();
	}

	/**
	 * A group.
	 * @param partnershipId the partnership
	 * @param id the group
	 * @return the group, if the partnership has it
	 */
	@Transactional(readOnly = true)
	public Optional<BoardGroup> group(long partnershipId, long id) {
		return this.jdbc.sql(GROUP + " where partnership_id = ? and group_id = ?")
			.params(partnershipId, id)
			.query(Governance::group)
			.optional();
	}

	/**
	 * Adds a group with the default quorum rule.
	 * @param partnershipId the partnership
	 * @param name its name
	 * @param kind board or sub-group
	 * @param termsOfReference what it is for
	 * @return its number, or the problems
	 */
	@Transactional
	public Created createGroup(long partnershipId, String name, GroupKind kind, String termsOfReference) {
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "name", name, "Enter the group's name", 200);
		if (termsOfReference.length() > 4000) {
			problems.put("termsOfReference", "Keep the terms of reference to 4000 characters");
		}
		List<BoardGroup> existing = groups(partnershipId);
		if (problems.isEmpty() && existing.stream().anyMatch((g) -> g.name().equalsIgnoreCase(name.strip()))) {
			problems.put("name", "The partnership already has a group called " + name.strip());
		}
		if (kind == GroupKind.BOARD && existing.stream().anyMatch((g) -> g.kind() == GroupKind.BOARD)) {
			problems.put("kind", "The partnership already has its board: add a sub-group");
		}
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into board_group (partnership_id, name, kind, terms_of_reference, quorum_percent, quorum_agencies)
					values (?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, name.strip(), kind.name(), termsOfReference.strip(), this.settings.quorumPercent(),
					this.settings.quorumAgencies())
			.update(keys, "group_id");
		return new Created(keys.getKeyAs(Long.class), problems);
	}

	/**
	 * Changes a group's terms of reference, quorum rule and chairs.
	 * @param partnershipId the partnership
	 * @param id the group
	 * @param termsOfReference what it is for
	 * @param quorumPercent the share of members needed, as typed
	 * @param quorumAgencies the partner agencies needed, as typed
	 * @param chair the chair, or blank
	 * @param viceChair the vice-chair, or blank
	 * @param chairReviewDate the chair's annual review date, as typed (2015-09-30), or
	 * blank
	 * @param reason why a recorded value is changed (blank when only filling in)
	 * @param by who changes it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> updateGroup(long partnershipId, long id, String termsOfReference, String quorumPercent,
			String quorumAgencies, String chair, String viceChair, String chairReviewDate, String reason, String by) {
		BoardGroup group = group(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No group " + id));
		Map<String, String> problems = new LinkedHashMap<>();
		if (termsOfReference.length() > 4000) {
			problems.put("termsOfReference", "Keep the terms of reference to 4000 characters");
		}
		Integer percent = whole(quorumPercent, 0, 100);
		if (percent == null) {
			problems.put("quorumPercent", "Enter the share of members needed as a whole number from 0 to 100");
		}
		Integer agencyCount = whole(quorumAgencies, 0, 100);
		if (agencyCount == null) {
			problems.put("quorumAgencies", "Enter the number of partner agencies needed as a whole number from 0");
		}
		if (chair.length() > 200 || viceChair.length() > 200) {
			problems.put("chair", "Keep the chairs' names to 200 characters");
		}
		LocalDate review = null;
		if (!chairReviewDate.isBlank()) {
			try {
				review = LocalDate.parse(chairReviewDate.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				problems.put("chairReviewDate", "Enter the review date as a real date, such as 2015-09-30");
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		List<FieldChange> changes = Corrections.changes(
				groupFields(group.termsOfReference(), group.quorumPercent(), group.quorumAgencies(), group.chair(),
						group.viceChair(), group.chairReviewDate()),
				groupFields(termsOfReference, percent, agencyCount, chair, viceChair, review));
		if (Corrections.correctsAValue(changes)) {
			Corrections.checkReason(problems, reason);
			if (!problems.isEmpty()) {
				return problems;
			}
		}
		this.corrections.recordEdit(partnershipId, new RecordRef(GROUP_RECORD, id), changes,
				Corrections.reasonFor(changes, reason), by);
		this.jdbc.sql("""
				update board_group set terms_of_reference = ?, quorum_percent = ?, quorum_agencies = ?, chair_name = ?,
				       vice_chair_name = ?, chair_review_date = ? where partnership_id = ? and group_id = ?""")
			.params(termsOfReference.strip(), percent, agencyCount, blankToNull(chair), blankToNull(viceChair), review,
					partnershipId, id)
			.update();
		return problems;
	}

	private static Map<String, @Nullable Object> groupFields(String terms, @Nullable Integer percent,
			@Nullable Integer agencies, @Nullable String chair, @Nullable String viceChair,
			@Nullable LocalDate review) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Terms of reference", terms);
		fields.put("Quorum: share of members (%)", percent);
		fields.put("Quorum: partner agencies", agencies);
		fields.put("Chair", chair);
		fields.put("Vice-chair", viceChair);
		fields.put("Chair's annual review", review);
		return fields;
	}

	private static @Nullable Integer whole(String text, int min, int max) {
		try {
			int value = Integer.parseInt(text.strip());
			return (value >= min && value <= max) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	/**
	 * A group's members, in the order they were added.
	 * @param partnershipId the partnership
	 * @param groupId the group
	 * @return the members, current and past
	 */
	@Transactional(readOnly = true)
	public List<Member> members(long partnershipId, long groupId) {
		return this.jdbc
			.sql(MEMBER
					+ " where m.partnership_id = ? and m.group_id = ? and m.withdrawn_at is null order by m.member_id")
			.params(partnershipId, groupId)
			.query(Governance::member)
			.list();
	}

	/**
	 * Adds a member to a group.
	 * @param partnershipId the partnership
	 * @param groupId the group
	 * @param seat the organisation, agency or role the seat stands for
	 * @param personName who holds it, or blank
	 * @param agencyId the partner agency, or null
	 * @param membership how it sits on the group
	 * @param source where it comes from, or null
	 * @return its number, or the problems
	 */
	@Transactional
	public Created addMember(long partnershipId, long groupId, String seat, String personName, @Nullable Long agencyId,
			Membership membership, @Nullable String source) {
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "seat", seat, "Enter the organisation, agency or role the member stands for", 200);
		if (personName.length() > 200) {
			problems.put("personName", "Keep the name to 200 characters");
		}
		if (agencyId != null && this.agencies.find(partnershipId, agencyId).isEmpty()) {
			problems.put("agency", "Choose the agency from the list");
		}
		if (group(partnershipId, groupId).isEmpty()) {
			problems.put("group", "The partnership has no such group");
		}
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into group_member (partnership_id, group_id, seat, person_name, agency_id, membership, active, source)
					values (?, ?, ?, ?, ?, ?, true, ?)""")
			.params(partnershipId, groupId, seat.strip(), blankToNull(personName), agencyId, membership.name(), source)
			.update(keys, "member_id");
		return new Created(keys.getKeyAs(Long.class), problems);
	}

	/**
	 * A group's meetings, by date.
	 * @param partnershipId the partnership
	 * @param groupId the group
	 * @return the meetings
	 */
	@Transactional(readOnly = true)
	public List<Meeting> meetings(long partnershipId, long groupId) {
		return this.jdbc.sql(MEETING
				+ " where partnership_id = ? and group_id = ? and withdrawn_at is null order by meeting_date, meeting_id")
			.params(partnershipId, groupId)
			.query(Governance::meeting)
			.list();
	}

	/**
	 * A meeting.
	 * @param partnershipId the partnership
	 * @param id the meeting
	 * @return the meeting, if the partnership has it
	 */
	@Transactional(readOnly = true)
	public Optional<Meeting> meeting(long partnershipId, long id) {
		return this.jdbc.sql(MEETING + " where partnership_id = ? and meeting_id = ? and withdrawn_at is null")
			.params(partnershipId, id)
			.query(Governance::meeting)
			.optional();
	}

	/**
	 * Schedules a meeting.
	 * @param partnershipId the partnership
	 * @param groupId the group
	 * @param date when
	 * @param title its title
	 * @param agenda what it is to discuss
	 * @param source where the record comes from, or null
	 * @return its number, or the problems
	 */
	@Transactional
	public Created scheduleMeeting(long partnershipId, long groupId, @Nullable LocalDate date, String title,
			String agenda, @Nullable String source) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (date == null) {
			problems.put("date", "Enter the meeting's date, such as 2015-06-17");
		}
		TextRules.require(problems, "title", title, "Enter the meeting's title", 300);
		if (agenda.length() > 4000) {
			problems.put("agenda", "Keep the agenda to 4000 characters");
		}
		if (group(partnershipId, groupId).isEmpty()) {
			problems.put("group", "The partnership has no such group");
		}
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into meeting (partnership_id, group_id, meeting_date, title, agenda, decisions, source)
				values (?, ?, ?, ?, ?, '', ?)""")
			.params(partnershipId, groupId, date, title.strip(), agenda.strip(), source)
			.update(keys, "meeting_id");
		return new Created(keys.getKeyAs(Long.class), problems);
	}

	/**
	 * Records the meeting's decisions.
	 * @param partnershipId the partnership
	 * @param meetingId the meeting
	 * @param decisions what it decided
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> recordDecisions(long partnershipId, long meetingId, String decisions) {
		return recordDecisions(partnershipId, meetingId, decisions, "", "system");
	}

	/**
	 * Records the meeting's decisions; changing decisions already recorded is a
	 * correction, which needs a reason and keeps the old text in the history.
	 * @param partnershipId the partnership
	 * @param meetingId the meeting
	 * @param decisions what it decided
	 * @param reason why recorded decisions are changed, or blank when first recorded
	 * @param by who records them
	 * @return the problems by field (decisions, reason); empty when saved
	 */
	@Transactional
	public Map<String, String> recordDecisions(long partnershipId, long meetingId, String decisions, String reason,
			String by) {
		if (decisions.length() > 4000) {
			return Map.of("decisions", "Keep the decisions to 4000 characters");
		}
		Meeting meeting = meeting(partnershipId, meetingId)
			.orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
		List<FieldChange> changes = Corrections.changes(Map.of("Decisions", meeting.decisions()),
				Map.of("Decisions", decisions));
		if (Corrections.correctsAValue(changes)) {
			Map<String, String> problems = new LinkedHashMap<>();
			Corrections.checkReason(problems, reason);
			if (!problems.isEmpty()) {
				return problems;
			}
		}
		this.jdbc.sql("update meeting set decisions = ? where partnership_id = ? and meeting_id = ?")
			.params(decisions.strip(), partnershipId, meetingId)
			.update();
		this.corrections.recordEdit(partnershipId, new RecordRef(MEETING_RECORD, meetingId), changes,
				Corrections.reasonFor(changes, reason), by);
		return Map.of();
	}

	/**
	 * Who was at a meeting.
	 * @param partnershipId the partnership
	 * @param meetingId the meeting
	 * @return each recorded member's mark, by member
	 */
	@Transactional(readOnly = true)
	public Map<Long, Mark> attendance(long partnershipId, long meetingId) {
		Map<Long, Mark> marks = new LinkedHashMap<>();
		this.jdbc.sql("""
				select member_id, attendance, deputy_name from meeting_attendance
				where partnership_id = ? and meeting_id = ? order by member_id""")
			.params(partnershipId, meetingId)
			.query((RowCallbackHandler) (rs) -> marks.put(rs.getLong(1),
					new Mark(Attendance.valueOf(rs.getString(2)), rs.getString(3))));
		return marks;
	}

	/**
	 * Records who was at a meeting, replacing what was recorded before. Every current
	 * member of the group needs a mark; a deputy needs a name.
	 * @param partnershipId the partnership
	 * @param meetingId the meeting
	 * @param marks the marks by member
	 * @return the problems by field (member-N); empty when saved
	 */
	@Transactional
	public Map<String, String> recordAttendance(long partnershipId, long meetingId, Map<Long, Mark> marks) {
		return recordAttendance(partnershipId, meetingId, marks, "", "system");
	}

	/**
	 * Records who was at a meeting. The first record of a meeting's attendance needs no
	 * reason; a change to attendance already recorded is a correction: it needs a reason,
	 * and the history keeps each member's mark before and after.
	 * @param partnershipId the partnership
	 * @param meetingId the meeting
	 * @param marks the marks by member
	 * @param reason why recorded attendance is changed, or blank for a first record
	 * @param by who records it
	 * @return the problems by field (member-N, deputy-N, reason); empty when saved
	 */
	@Transactional
	public Map<String, String> recordAttendance(long partnershipId, long meetingId, Map<Long, Mark> marks,
			String reason, String by) {
		Meeting meeting = meeting(partnershipId, meetingId)
			.orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
		Map<String, String> problems = new LinkedHashMap<>();
		List<Member> members = members(partnershipId, meeting.groupId());
		Map<Long, Member> byId = new HashMap<>();
		members.forEach((member) -> byId.put(member.id(), member));
		for (Long memberId : marks.keySet()) {
			if (!byId.containsKey(memberId)) {
				problems.put("member-" + memberId, "Member " + memberId + " is not a member of this group");
			}
		}
		for (Member member : members) {
			Mark mark = marks.get(member.id());
			if (mark == null && member.active()) {
				problems.put("member-" + member.id(), "Say how " + member.seat() + " was at the meeting");
			}
			else if (mark != null && mark.attendance() == Attendance.DEPUTY
					&& (mark.deputy() == null || mark.deputy().isBlank())) {
				problems.put("deputy-" + member.id(), "Name the deputy for " + member.seat());
			}
			else if (mark != null && mark.deputy() != null && mark.deputy().length() > 200) {
				problems.put("deputy-" + member.id(), "Keep the deputy's name to 200 characters");
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Map<Long, Mark> before = attendance(partnershipId, meetingId);
		List<FieldChange> changes = List.of();
		if (!before.isEmpty()) {
			Map<String, String> was = new LinkedHashMap<>();
			Map<String, String> now = new LinkedHashMap<>();
			for (Member member : members) {
				String label = "Attendance of " + member.seat();
				was.put(label, words(before.get(member.id())));
				now.put(label, words(marks.get(member.id())));
			}
			changes = Corrections.changes(was, now);
			if (!changes.isEmpty()) {
				Corrections.checkReason(problems, reason);
				if (!problems.isEmpty()) {
					return problems;
				}
			}
		}
		this.corrections.recordEdit(partnershipId, new RecordRef(MEETING_RECORD, meetingId), changes, reason, by);
		this.jdbc.sql("delete from meeting_attendance where partnership_id = ? and meeting_id = ?")
			.params(partnershipId, meetingId)
			.update();
		marks.forEach((memberId, mark) -> this.jdbc.sql("""
				insert into meeting_attendance (partnership_id, meeting_id, member_id, attendance, deputy_name)
				values (?, ?, ?, ?, ?)""")
			.params(partnershipId, meetingId, memberId, mark.attendance().name(),
					(mark.attendance() == Attendance.DEPUTY && mark.deputy() != null) ? mark.deputy().strip() : null)
			.update());
		return problems;
	}

	private static @Nullable String words(@Nullable Mark mark) {
		if (mark == null) {
			return null;
		}
		return (mark.attendance() == Attendance.DEPUTY && mark.deputy() != null)
				? mark.attendance().label() + " (" + mark.deputy().strip() + ")" : mark.attendance().label();
	}

	/**
	 * A member of the partnership's groups, withdrawn or not: for its page of
	 * corrections.
	 * @param partnershipId the partnership
	 * @param memberId the member
	 * @return the member, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<Member> member(long partnershipId, long memberId) {
		return this.jdbc.sql(MEMBER + " where m.partnership_id = ? and m.member_id = ? and m.withdrawn_at is null")
			.params(partnershipId, memberId)
			.query(Governance::member)
			.optional();
	}

	/**
	 * Corrects a member: the seat, who holds it, the agency, the membership and whether
	 * it is current. The history keeps each changed field's old value.
	 * @param partnershipId the partnership
	 * @param memberId the member
	 * @param seat the organisation, agency or role the seat stands for
	 * @param personName who holds it, or blank
	 * @param agencyId the partner agency, or null
	 * @param membership how it sits on the group
	 * @param active whether the seat is current (a past seat needs no attendance mark)
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> editMember(long partnershipId, long memberId, String seat, String personName,
			@Nullable Long agencyId, @Nullable Membership membership, boolean active, String reason, String by) {
		Member member = member(partnershipId, memberId)
			.orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "seat", seat, "Enter the organisation, agency or role the member stands for", 200);
		if (personName.length() > 200) {
			problems.put("personName", "Keep the name to 200 characters");
		}
		String agencyName = null;
		if (agencyId != null) {
			var agency = this.agencies.find(partnershipId, agencyId);
			if (agency.isEmpty()) {
				problems.put("agency", "Choose the agency from the list");
			}
			else {
				agencyName = agency.get().name();
			}
		}
		if (membership == null) {
			problems.put("membership", "Choose how the member sits on the group");
		}
		Corrections.checkReason(problems, reason);
		if (!problems.isEmpty()) {
			return problems;
		}
		List<FieldChange> changes = Corrections.changes(memberFields(member.seat(), member.personName(),
				member.agencyName(), member.membership(), member.active()),
				memberFields(seat, personName, agencyName, membership, active));
		if (changes.isEmpty()) {
			return Map.of("seat", "Nothing was changed: change a field, or go back");
		}
		this.jdbc.sql("""
				update group_member set seat = ?, person_name = ?, agency_id = ?, membership = ?, active = ?
				where partnership_id = ? and member_id = ?""")
			.params(seat.strip(), blankToNull(personName), agencyId, membership.name(), active, partnershipId, memberId)
			.update();
		this.corrections.recordEdit(partnershipId, new RecordRef(MEMBER_RECORD, memberId), changes, reason, by);
		return Map.of();
	}

	private static Map<String, @Nullable Object> memberFields(String seat, @Nullable String person,
			@Nullable String agency, @Nullable Membership membership, boolean active) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Seat", seat);
		fields.put("Held by", person);
		fields.put("Agency", agency);
		fields.put("Membership", (membership != null) ? membership.label() : null);
		fields.put("Current", active ? "Yes" : "No");
		return fields;
	}

	/**
	 * Withdraws a member recorded by mistake: it leaves the group's list, its quorum and
	 * its record of attendance; its history stays.
	 * @param partnershipId the partnership
	 * @param memberId the member
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdrawMember(long partnershipId, long memberId, String reason, String by) {
		member(partnershipId, memberId).orElseThrow(() -> new IllegalArgumentException("No member " + memberId));
		return withdraw(partnershipId, "group_member", "member_id", MEMBER_RECORD, memberId, reason, by);
	}

	/**
	 * Corrects a meeting's date, title and agenda.
	 * @param partnershipId the partnership
	 * @param meetingId the meeting
	 * @param date when, or null when not given
	 * @param title its title
	 * @param agenda what it was to discuss
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> editMeeting(long partnershipId, long meetingId, @Nullable LocalDate date, String title,
			String agenda, String reason, String by) {
		Meeting meeting = meeting(partnershipId, meetingId)
			.orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
		Map<String, String> problems = new LinkedHashMap<>();
		if (date == null) {
			problems.put("date", "Enter the meeting's date, such as 2015-06-17");
		}
		TextRules.require(problems, "title", title, "Enter the meeting's title", 300);
		if (agenda.length() > 4000) {
			problems.put("agenda", "Keep the agenda to 4000 characters");
		}
		Corrections.checkReason(problems, reason);
		if (!problems.isEmpty()) {
			return problems;
		}
		Map<String, @Nullable Object> was = new LinkedHashMap<>();
		was.put("Date", meeting.date());
		was.put("Title", meeting.title());
		was.put("Agenda", meeting.agenda());
		Map<String, @Nullable Object> now = new LinkedHashMap<>();
		now.put("Date", date);
		now.put("Title", title);
		now.put("Agenda", agenda);
		List<FieldChange> changes = Corrections.changes(was, now);
		if (changes.isEmpty()) {
			return Map.of("title", "Nothing was changed: change a field, or go back");
		}
		this.jdbc.sql(
				"update meeting set meeting_date = ?, title = ?, agenda = ? where partnership_id = ? and meeting_id = ?")
			.params(date, title.strip(), agenda.strip(), partnershipId, meetingId)
			.update();
		this.corrections.recordEdit(partnershipId, new RecordRef(MEETING_RECORD, meetingId), changes, reason, by);
		return Map.of();
	}

	/**
	 * Withdraws a meeting recorded by mistake: it leaves the group's meetings and the
	 * record of attendance; its history stays.
	 * @param partnershipId the partnership
	 * @param meetingId the meeting
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdrawMeeting(long partnershipId, long meetingId, String reason, String by) {
		meeting(partnershipId, meetingId).orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
		return withdraw(partnershipId, "meeting", "meeting_id", MEETING_RECORD, meetingId, reason, by);
	}

	private Map<String, String> withdraw(long partnershipId, String table, String idColumn, String kind, long id,
			String reason, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		Corrections.checkReason(problems, reason);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc
			.sql("update " + table + " set withdrawn_at = ? where partnership_id = ? and " + idColumn
					+ " = ? and withdrawn_at is null")
			.params(java.time.OffsetDateTime.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC), partnershipId,
					id)
			.update();
		this.corrections.recordWithdrawal(partnershipId, new RecordRef(kind, id), reason, by);
		return Map.of();
	}

	/**
	 * A member's or meeting's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param kind {@link #MEMBER_RECORD} or {@link #MEETING_RECORD}
	 * @param id its number
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, String kind, long id) {
		return this.corrections.history(partnershipId, new RecordRef(kind, id));
	}

	/**
	 * Whether a meeting was quorate, by its group's rule, from the attendance recorded.
	 * @param partnershipId the partnership
	 * @param meetingId the meeting
	 * @return the judgement, with its reason
	 */
	@Transactional(readOnly = true)
	public Quorum.Result quorum(long partnershipId, long meetingId) {
		Meeting meeting = meeting(partnershipId, meetingId)
			.orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
		BoardGroup group = group(partnershipId, meeting.groupId()).orElseThrow();
		return quorum(group, members(partnershipId, meeting.groupId()), attendance(partnershipId, meetingId));
	}

	/**
	 * Whether each of a group's meetings was quorate, reading the group and its members
	 * once.
	 * @param partnershipId the partnership
	 * @param group the group
	 * @param meetings its meetings
	 * @return each meeting's judgement, by meeting
	 */
	@Transactional(readOnly = true)
	public Map<Long, Quorum.Result> quorums(long partnershipId, BoardGroup group, List<Meeting> meetings) {
		List<Member> members = members(partnershipId, group.id());
		Map<Long, Quorum.Result> results = new LinkedHashMap<>();
		for (Meeting meeting : meetings) {
			results.put(meeting.id(), quorum(group, members, attendance(partnershipId, meeting.id())));
		}
		return results;
	}

	private Quorum.Result quorum(BoardGroup group, List<Member> members, Map<Long, Mark> marks) {
		List<Quorum.Seat> seats = new ArrayList<>();
		for (Member member : members) {
			Mark mark = marks.get(member.id());
			if (mark != null) {
				seats.add(new Quorum.Seat(member.membership(), member.agencyId(), mark.attendance()));
			}
		}
		return new Quorum(group.quorumPercent(), group.quorumAgencies(), this.settings.deputiesCount()).judge(seats);
	}

	/**
	 * A group's record of attendance over a financial year, as Appendix (b).
	 * @param partnershipId the partnership
	 * @param groupId the group
	 * @param year the year
	 * @return the record: the meetings with attendance recorded, and every member
	 * recorded at any of them
	 */
	@Transactional(readOnly = true)
	public AttendanceRecord attendanceRecord(long partnershipId, long groupId, ReportingPeriod.FinancialYear year) {
		List<Meeting> held = new ArrayList<>();
		List<Map<Long, Mark>> marksByMeeting = new ArrayList<>();
		for (Meeting meeting : meetings(partnershipId, groupId)) {
			if (meeting.date().isBefore(year.start()) || meeting.date().isAfter(year.end())) {
				continue;
			}
			Map<Long, Mark> marks = attendance(partnershipId, meeting.id());
			if (!marks.isEmpty()) {
				held.add(meeting);
				marksByMeeting.add(marks);
			}
		}
		List<String> seats = new ArrayList<>();
		Map<String, Map<Integer, Attendance>> bySeat = new LinkedHashMap<>();
		for (Member member : members(partnershipId, groupId)) {
			Map<Integer, Attendance> own = new LinkedHashMap<>();
			for (int i = 0; i < held.size(); i++) {
				Mark mark = marksByMeeting.get(i).get(member.id());
				if (mark != null) {
					own.put(i, mark.attendance());
				}
			}
			if (!own.isEmpty()) {
				String seat = member.seat() + ((member.personName() != null) ? " (" + member.personName() + ")" : "");
				seats.add(seat);
				bySeat.put(seat, own);
			}
		}
		return AttendanceRecord.of(held.stream().map((m) -> MONTH.format(m.date())).toList(), seats, bySeat,
				this.settings.deputiesCount());
	}

	/**
	 * Each sub-group's attendance over a year, as the second table of Appendix (b).
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the sub-groups with their attendance
	 */
	@Transactional(readOnly = true)
	public List<GroupAttendance> subGroupAttendance(long partnershipId, ReportingPeriod.FinancialYear year) {
		List<GroupAttendance> result = new ArrayList<>();
		for (BoardGroup group : groups(partnershipId)) {
			if (group.kind() != GroupKind.SUB_GROUP) {
				continue;
			}
			AttendanceRecord record = attendanceRecord(partnershipId, group.id(), year);
			result.add(new GroupAttendance(group.name(), record.meetings().size(), record.overall()));
		}
		return result;
	}

	/**
	 * The date of the latest meeting with attendance recorded.
	 * @param partnershipId the partnership
	 * @return the date, if any meeting has attendance
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> latestMeetingHeld(long partnershipId) {
		List<LocalDate> dates = new ArrayList<>();
		this.jdbc
			.sql("select max(m.meeting_date) from meeting m where m.partnership_id = ? and m.withdrawn_at is null and exists (select 1 from "
					+ "meeting_attendance a where a.partnership_id = m.partnership_id and a.meeting_id = m.meeting_id)")
			.param(partnershipId)
			.query((RowCallbackHandler) (rs) -> {
				LocalDate date = rs.getObject(1, LocalDate.class);
				if (date != null) {
					dates.add(date);
				}
			});
		return dates.stream().findFirst();
	}

	private static final String GROUP = "select partnership_id, group_id, name, kind, terms_of_reference, quorum_percent, "
			+ "quorum_agencies, chair_name, vice_chair_name, chair_review_date from board_group";

	private static BoardGroup group(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new BoardGroup(rs.getLong(1), rs.getLong(2), rs.getString(3), GroupKind.valueOf(rs.getString(4)),
				rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9),
				rs.getObject(10, LocalDate.class));
	}

	private static final String MEMBER = "select m.member_id, m.group_id, m.seat, m.person_name, m.agency_id, a.name, "
			+ "m.membership, m.active, m.source from group_member m left join agency a "
			+ "on a.partnership_id = m.partnership_id and a.agency_id = m.agency_id";

	private static Member member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long agency = rs.getLong(5);
		Long agencyId = rs.wasNull() ? null : agency;
		return new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), agencyId, rs.getString(6),
				Membership.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getString(9));
	}

	private static final String MEETING = "select meeting_id, group_id, meeting_date, title, agenda, decisions, source "
			+ "from meeting";

	private static Meeting meeting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Meeting(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7));
	}

}
