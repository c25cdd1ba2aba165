package org.assure.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action tracker: every recommendation and action of the partnership, whatever its
 * source, with a guarded lifecycle. Overdue and escalated are never stored: they are read
 * from the due date and today.
 */
@Service
public class Actions {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final Clock clock;

	private final ActionSettings settings;

	private final Corrections corrections;

	Actions(JdbcClient jdbc, Agencies agencies, Clock clock, ActionSettings settings, Corrections corrections) {
		this.corrections = corrections;
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * An action to put on the tracker.
	 *
	 * @param source where it comes from
	 * @param sourceReference what in the source
	 * @param title what is to be done, in a line
	 * @param description more about it, or empty
	 * @param ownerAgencyId the agency that owns it, or null for the board itself
	 * @param ownerPerson the person who leads it
	 * @param dueDate when it is due
	 */
	public record NewAction(ActionSource source, String sourceReference, String title, String description,
			@Nullable Long ownerAgencyId, String ownerPerson, @Nullable LocalDate dueDate) {
	}

	/**
	 * What {@link #create} did.
	 *
	 * @param id the new action's number, or null when it was refused
	 * @param problems the broken rules by field
	 */
	public record Created(@Nullable Long id, Map<String, String> problems) {
	}

	/**
	 * A change of status, as the history keeps it.
	 *
	 * @param from the status before, or null for the action's creation
	 * @param to the status after
	 * @param note what was said with it
	 * @param by who
	 * @param at when
	 */
	public record Change(@Nullable ActionStatus from, ActionStatus to, String note, String by, Instant at) {
	}

	/**
	 * Which actions to list.
	 *
	 * @param status only this status, or null
	 * @param source only this source, or null
	 * @param ownerAgencyId only this agency's, or null
	 * @param overdueOnly only overdue ones
	 * @param escalatedOnly only escalated ones
	 */
	public record Filter(@Nullable ActionStatus status, @Nullable ActionSource source, @Nullable Long ownerAgencyId,
			boolean overdueOnly, boolean escalatedOnly) {

		/** Every action. */
		public static final Filter ALL = new Filter(null, null, null, false, false);

	}

	/**
	 * Puts an action on the tracker.
	 * @param partnershipId the partnership
	 * @param action the action
	 * @param username who
	 * @return its number, or the problems
	 */
	@Transactional
	public Created create(long partnershipId, NewAction action, String username) {
		Map<String, String> problems = problems(partnershipId, action);
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		OffsetDateTime now = now();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into tracked_action (partnership_id, source, source_reference, title, description, owner_agency_id,
					       owner_person, due_date, status, created_by, created_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0)""")
			.params(partnershipId, action.source().name(), action.sourceReference().strip(), action.title().strip(),
					action.description().strip(), action.ownerAgencyId(), action.ownerPerson().strip(),
					action.dueDate(), username, now)
			.update(keys, "action_id");
		long id = keys.getKeyAs(Long.class);
		history(partnershipId, id, null, ActionStatus.OPEN, "Put on the tracker", username, now);
		return new Created(id, problems);
	}

	private Map<String, String> problems(long partnershipId, NewAction action) {
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "title", action.title(), "Say what is to be done", 500);
		TextRules.require(problems, "sourceReference", action.sourceReference(),
				"Say where in the source the action comes from, such as the recommendation's number", 200);
		TextRules.require(problems, "ownerPerson", action.ownerPerson(), "Say who leads the action", 200);
		if (action.description().length() > 4000) {
			problems.put("description", "Keep the description to 4000 characters");
		}
		if (action.ownerAgencyId() != null
				&& this.agencies.find(partnershipId, action.ownerAgencyId()).filter((a) -> a.active()).isEmpty()) {
			problems.put("ownerAgency", "Choose the owning agency from the list");
		}
		if (action.dueDate() == null) {
			problems.put("dueDate", "Enter the date the action is due");
		}
		return problems;
	}

	/**
	 * Puts an action on the tracker from a form's fields: {@code title},
	 * {@code description}, {@code ownerAgency} (an agency's number, or blank for the
	 * board), {@code ownerPerson} and {@code dueDate} (yyyy-mm-dd). Every module's form
	 * for an action arising uses it, so that each names the same problems the same way.
	 * @param partnershipId the partnership
	 * @param source where the action comes from, or null when the form did not say
	 * @param sourceReference what in the source
	 * @param fields the form's fields
	 * @param username who
	 * @return the action's number, or the problems by field
	 */
	@Transactional
	public Created createFromForm(long partnershipId, @Nullable ActionSource source, String sourceReference,
			Map<String, String> fields, String username) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (source == null) {
			problems.put("source", "Choose where the action comes from");
		}
		Long agency = ownerAgency(fields, problems);
		LocalDate due = dueDate(fields, problems);
		NewAction action = new NewAction((source != null) ? source : ActionSource.MEETING, sourceReference,
				fields.getOrDefault("title", ""), fields.getOrDefault("description", ""), agency,
				fields.getOrDefault("ownerPerson", ""), due);
		if (problems.isEmpty()) {
			return create(partnershipId, action, username);
		}
		problems(partnershipId, action).forEach(problems::putIfAbsent);
		return new Created(null, problems);
	}

	/** The kind of record an action is, in the history of corrections. */
	public static final String ACTION_RECORD = "actions.action";

	/** The fields whose change re-plans an action. */
	public static final List<String> PLAN_FIELDS = List.of("Due date", "Owning agency", "Lead");

	/**
	 * Whether a user may re-plan or correct an action: those who may put one on the
	 * tracker by hand, board managers, administrators and sub-group chairs.
	 * @param user the user
	 * @return true when allowed
	 */
	public static boolean mayReplan(AssureUser user) {
		return user.can(Resource.ACTIONS, Operation.WRITE);
	}

	/**
	 * Re-plans an outstanding action: a new due date, owning agency or lead. The history
	 * of corrections keeps the old values, who changed them and why, and the tracker
	 * counts how often each action was re-planned.
	 * @param user who
	 * @param id the action
	 * @param expectedVersion the version the user read
	 * @param fields the form's fields: {@code dueDate}, {@code ownerAgency},
	 * {@code ownerPerson} and {@code reason}
	 * @return the broken rules by field; empty when re-planned
	 * @throws ActionNotFoundException when the partnership has no such action
	 */
	@Transactional
	public Map<String, String> replan(AssureUser user, long id, int expectedVersion, Map<String, String> fields) {
		long partnershipId = user.requirePartnershipId();
		Action action = find(partnershipId, id).orElseThrow(() -> new ActionNotFoundException(id));
		if (!mayReplan(user)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only a board manager, an administrator or a sub-group chair may re-plan an action");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		if (!action.status().outstanding()) {
			problems.put("dueDate", "A " + action.status().label().toLowerCase(java.util.Locale.UK)
					+ " action is no longer re-planned: reopen it first");
			return problems;
		}
		if (action.version() != expectedVersion) {
			problems.put("dueDate", "Someone changed the action while you were reading it: look again, then re-plan");
			return problems;
		}
		Long agency = ownerAgency(fields, problems);
		String agencyName = null;
		if (agency != null) {
			var found = this.agencies.find(partnershipId, agency).filter((a) -> a.active());
			if (found.isEmpty()) {
				problems.put("ownerAgency", "Choose the owning agency from the list");
			}
			else {
				agencyName = found.get().name();
			}
		}
		LocalDate due = dueDate(fields, problems);
		if (due == null) {
			problems.putIfAbsent("dueDate", "Enter the date the action is due");
		}
		String lead = fields.getOrDefault("ownerPerson", "");
		TextRules.require(problems, "ownerPerson", lead, "Say who leads the action", 200);
		String reason = fields.getOrDefault(Corrections.REASON, "");
		Corrections.checkReason(problems, reason);
		if (!problems.isEmpty()) {
			return problems;
		}
		List<FieldChange> changes = Corrections.changes(
				plan(action.dueDate(), action.ownerAgencyName(), action.ownerPerson()), plan(due, agencyName, lead));
		if (changes.isEmpty()) {
			return Map.of("dueDate", "Nothing was changed: give a new due date, owner or lead");
		}
		int updated = this.jdbc.sql("""
				update tracked_action set due_date = ?, owner_agency_id = ?, owner_person = ?, updated_at = ?,
				       version = version + 1
				where partnership_id = ? and action_id = ? and version = ?""")
			.params(due, agency, lead.strip(), now(), partnershipId, id, expectedVersion)
			.update();
		if (updated != 1) {
			return Map.of("dueDate", "Someone changed the action while you were reading it: look again, then re-plan");
		}
		this.corrections.recordEdit(partnershipId, new RecordRef(ACTION_RECORD, id), changes, reason,
				user.getUsername());
		return Map.of();
	}

	private static Map<String, @Nullable Object> plan(@Nullable LocalDate due, @Nullable String agency, String lead) {
		Map<String, @Nullable Object> plan = new LinkedHashMap<>();
		plan.put(PLAN_FIELDS.get(0), due);
		plan.put(PLAN_FIELDS.get(1), (agency != null) ? agency : "The board");
		plan.put(PLAN_FIELDS.get(2), lead);
		return plan;
	}

	/**
	 * An action's corrections (re-plans), oldest first.
	 * @param partnershipId the partnership
	 * @param id the action
	 * @return the history of corrections
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(ACTION_RECORD, id));
	}

	/**
	 * How often each action was re-planned.
	 * @param partnershipId the partnership
	 * @return the count by action; an action never re-planned is absent
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> replans(long partnershipId) {
		return this.corrections.editsTouching(partnershipId, ACTION_RECORD, PLAN_FIELDS);
	}

	/** The owning agency a form names ({@code ownerAgency}), or null for the board. */
	private static @Nullable Long ownerAgency(Map<String, String> fields, Map<String, String> problems) {
		String text = fields.getOrDefault("ownerAgency", "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			problems.put("ownerAgency", "Choose the owning agency from the list");
			return null;
		}
	}

	/**
	 * The due date a form gives ({@code dueDate}, yyyy-mm-dd), or null when blank or
	 * wrong.
	 */
	private static @Nullable LocalDate dueDate(Map<String, String> fields, Map<String, String> problems) {
		String text = fields.getOrDefault("dueDate", "").strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			problems.put("dueDate", "Enter the due date as a real date, such as 2015-09-30");
			return null;
		}
	}

	/**
	 * Whether a user may move an action on: board managers and administrators any action;
	 * an agency data lead only the agency's own, and never to closed.
	 * @param user the user
	 * @param action the action
	 * @param to where to
	 * @return true when allowed
	 */
	public static boolean mayMove(AssureUser user, Action action, ActionStatus to) {
		Long scope = user.agencyScope(Resource.ACTIONS, Operation.RESPOND);
		if (scope == null) {
			return true;
		}
		return scope.equals(action.ownerAgencyId()) && to != ActionStatus.CLOSED;
	}

	/**
	 * Moves an action to its next status.
	 * @param user who
	 * @param id the action
	 * @param expectedVersion the version the user read, so that a move made on an old
	 * reading is refused
	 * @param to where to
	 * @param text what the move needs: the reason for reopening, what was done, the
	 * evidence, or the impact
	 * @return the broken rules by field; empty when it moved
	 * @throws ActionNotFoundException when the partnership has no such action
	 * @throws org.springframework.security.access.AccessDeniedException when the user may
	 * not make this move
	 */
	@Transactional
	public Map<String, String> move(AssureUser user, long id, int expectedVersion, ActionStatus to, String text) {
		long partnershipId = user.requirePartnershipId();
		Action action = find(partnershipId, id).orElseThrow(() -> new ActionNotFoundException(id));
		if (!mayMove(user, action, to)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Only the owning agency's data lead, a board manager or an administrator may move this action");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		if (action.version() != expectedVersion) {
			problems.put("status", "Someone changed this action while you were reading it: look at it again");
			return problems;
		}
		if (!action.status().next().contains(to)) {
			problems.put("status",
					"An action that is " + action.status().label().toLowerCase(java.util.Locale.ROOT)
							+ " cannot be moved to " + to.label().toLowerCase(java.util.Locale.ROOT)
							+ allowed(action.status()));
			return problems;
		}
		String required = switch (to) {
			case IN_PROGRESS -> (action.status() == ActionStatus.OPEN) ? null : "Say why the action is reopened";
			case COMPLETED -> "Say what was done";
			case EVIDENCED -> "Record the evidence that the action is done";
			case CLOSED -> "Say what difference the action made for children";
			case OPEN -> null;
		};
		if (required != null) {
			TextRules.require(problems, "text", text, required, 4000);
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		String column = switch (to) {
			case COMPLETED -> "completion_note";
			case EVIDENCED -> "evidence";
			case CLOSED -> "impact";
			default -> null;
		};
		OffsetDateTime now = now();
		String set = (column != null) ? ", " + column + " = ?" : "";
		List<Object> params = new ArrayList<>();
		params.add(to.name());
		params.add(now);
		if (column != null) {
			params.add(text.strip());
		}
		params.add(partnershipId);
		params.add(id);
		params.add(expectedVersion);
		int updated = this.jdbc
			.sql("update tracked_action set status = ?, updated_at = ?, version = version + 1" + set
					+ " where partnership_id = ? and action_id = ? and version = ?")
			.params(params)
			.update();
		if (updated != 1) {
			problems.put("status", "Someone changed this action while you were reading it: look at it again");
			return problems;
		}
		history(partnershipId, id, action.status(), to, text.strip(), user.getUsername(), now);
		return problems;
	}

	private static String allowed(ActionStatus from) {
		if (from.next().isEmpty()) {
			return ": it is closed";
		}
		return ": from " + from.label().toLowerCase(java.util.Locale.ROOT) + " it can move to " + String.join(" or ",
				from.next().stream().map((s) -> s.label().toLowerCase(java.util.Locale.ROOT)).toList());
	}

	private void history(long partnershipId, long id, @Nullable ActionStatus from, ActionStatus to, String note,
			String username, OffsetDateTime at) {
		this.jdbc.sql("""
				insert into action_history (partnership_id, action_id, from_status, to_status, note, changed_by,
				       changed_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, id, (from != null) ? from.name() : null, to.name(), note, username, at)
			.update();
	}

	/**
	 * An action.
	 * @param partnershipId the partnership
	 * @param id its number
	 * @return the action, if the partnership has it
	 */
	@Transactional(readOnly = true)
	public Optional<Action> find(long partnershipId, long id) {
		return this.jdbc.sql(SELECT + " where a.partnership_id = ? and a.action_id = ?")
			.params(partnershipId, id)
			.query(Actions::action)
			.optional();
	}

	/**
	 * An action's history, oldest first.
	 * @param partnershipId the partnership
	 * @param id the action
	 * @return its changes
	 */
	@Transactional(readOnly = true)
	public List<Change> history(long partnershipId, long id) {
		return this.jdbc.sql("""
				select from_status, to_status, note, changed_by, changed_at from action_history
				where partnership_id = ? and action_id = ? order by changed_at, history_id""")
			.params(partnershipId, id)
			.query((rs, row) -> new Change((rs.getString(1) != null) ? ActionStatus.valueOf(rs.getString(1)) : null,
					ActionStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The actions matching a filter, soonest due first.
	 * @param partnershipId the partnership
	 * @param filter which
	 * @return the actions
	 */
	@Transactional(readOnly = true)
	public List<Action> list(long partnershipId, Filter filter) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where a.partnership_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(partnershipId);
		if (filter.status() != null) {
			sql.append(" and a.status = ?");
			params.add(filter.status().name());
		}
		if (filter.source() != null) {
			sql.append(" and a.source = ?");
			params.add(filter.source().name());
		}
		if (filter.ownerAgencyId() != null) {
			sql.append(" and a.owner_agency_id = ?");
			params.add(filter.ownerAgencyId());
		}
		LocalDate today = today();
		if (filter.overdueOnly() || filter.escalatedOnly()) {
			sql.append(" and a.status in ('OPEN', 'IN_PROGRESS') and a.due_date < ?");
			params.add(filter.escalatedOnly() ? today.minusDays(this.settings.escalateAfterDays()) : today);
		}
		sql.append(" order by a.due_date, a.action_id");
		return this.jdbc.sql(sql.toString()).params(params).query(Actions::action).list();
	}

	/**
	 * The actions from one place in a source, such as one meeting, by number.
	 * @param partnershipId the partnership
	 * @param source the source
	 * @param sourceReference the reference within it, exactly as the actions were created
	 * @return the actions
	 */
	@Transactional(readOnly = true)
	public List<Action> from(long partnershipId, ActionSource source, String sourceReference) {
		return this.jdbc
			.sql(SELECT + " where a.partnership_id = ? and a.source = ? and a.source_reference = ? "
					+ "order by a.action_id")
			.params(partnershipId, source.name(), sourceReference)
			.query(Actions::action)
			.list();
	}

	/**
	 * Today, in Europe/London, against which overdue and escalated are read.
	 * @return today
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(LONDON));
	}

	/**
	 * How many days overdue an action may be before it is escalated.
	 * @return the days
	 */
	public int escalateAfterDays() {
		return this.settings.escalateAfterDays();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static final String SELECT = "select a.partnership_id, a.action_id, a.source, a.source_reference, a.title, "
			+ "a.description, a.owner_agency_id, g.name, a.owner_person, a.due_date, a.status, a.completion_note, "
			+ "a.evidence, a.impact, a.created_by, a.created_at, a.version from tracked_action a left join agency g "
			+ "on g.partnership_id = a.partnership_id and g.agency_id = a.owner_agency_id";

	private static Action action(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long agency = rs.getLong(7);
		Long agencyId = rs.wasNull() ? null : agency;
		return new Action(rs.getLong(1), rs.getLong(2), ActionSource.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getString(6), agencyId, rs.getString(8), rs.getString(9),
				rs.getObject(10, LocalDate.class), ActionStatus.valueOf(rs.getString(11)), rs.getString(12),
				rs.getString(13), rs.getString(14), rs.getString(15),
				rs.getObject(16, OffsetDateTime.class).toInstant(), rs.getInt(17));
	}

}
