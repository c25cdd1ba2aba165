package org.assure.partnership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.Scope;
import org.jspecify.annotations.Nullable;

import static org.assure.shell.Operation.APPROVE;
import static org.assure.shell.Operation.CHALLENGE;
import static org.assure.shell.Operation.READ;
import static org.assure.shell.Operation.REPORT;
import static org.assure.shell.Operation.RESPOND;
import static org.assure.shell.Operation.WRITE;
import static org.assure.shell.Resource.ACCESS_LOG;
import static org.assure.shell.Resource.ACTIONS;
import static org.assure.shell.Resource.AGENCIES;
import static org.assure.shell.Resource.AUDITS;
import static org.assure.shell.Resource.CASE_DATA;
import static org.assure.shell.Resource.CASE_REVIEWS;
import static org.assure.shell.Resource.CHILD_DEATHS;
import static org.assure.shell.Resource.COMPLAINTS;
import static org.assure.shell.Resource.GOVERNANCE;
import static org.assure.shell.Resource.INDICATORS;
import static org.assure.shell.Resource.INTERNAL_REPORTS;
import static org.assure.shell.Resource.NOTIFICATIONS;
import static org.assure.shell.Resource.PARTNERSHIPS;
import static org.assure.shell.Resource.RECORDS;
import static org.assure.shell.Resource.REPORTS;
import static org.assure.shell.Resource.REPORT_CARDS;
import static org.assure.shell.Resource.SECTION_11;
import static org.assure.shell.Resource.TRAINING;
import static org.assure.shell.Resource.USERS;
import static org.assure.shell.Resource.VOICE;
import static org.assure.shell.Scope.ALL;
import static org.assure.shell.Scope.OWN_AGENCY;
import static org.assure.shell.Scope.PARTNERSHIP;

/**
 * Who may do what: the one table of Assure's permissions. A role is a set of grants, each
 * a {@link Resource}, an {@link Operation} and a {@link Scope}. Every user of a
 * partnership holds the members' grants as well as those of their roles; a deployment
 * administrator holds the deployment's. Controllers say what they need with
 * {@link Allowed}, pages and services ask {@link AssureUser#can(Resource, Operation)},
 * and queries are limited by {@link AssureUser#agencyScope(Resource, Operation)}: nothing
 * else decides by role.
 */
public final class Grants {

	/**
	 * One permission: an operation on a resource, as far as a scope reaches.
	 *
	 * @param resource what
	 * @param operation doing what
	 * @param scope how far
	 */
	public record Grant(Resource resource, Operation operation, Scope scope) {
	}

	private static final List<Grant> MEMBERS = List.of(new Grant(INDICATORS, READ, PARTNERSHIP),
			new Grant(REPORTS, READ, PARTNERSHIP), new Grant(REPORT_CARDS, READ, PARTNERSHIP),
			new Grant(ACTIONS, READ, PARTNERSHIP), new Grant(GOVERNANCE, READ, PARTNERSHIP),
			new Grant(VOICE, READ, PARTNERSHIP), new Grant(AGENCIES, READ, PARTNERSHIP));

	private static final List<Grant> DEPLOYMENT = List.of(new Grant(ACCESS_LOG, READ, ALL),
			new Grant(PARTNERSHIPS, READ, ALL), new Grant(PARTNERSHIPS, WRITE, ALL));

	private static final Map<Role, List<Grant>> BY_ROLE = new EnumMap<>(Role.class);

	static {
		BY_ROLE.put(Role.ADMIN,
				businessOffice().and(Resource.LADO, READ, WRITE, REPORT)
					.and(CHILD_DEATHS, READ, WRITE, REPORT)
					.and(USERS, READ, WRITE)
					.and(RECORDS, READ, WRITE)
					.and(ACCESS_LOG, READ)
					.grants());
		BY_ROLE.put(Role.BOARD_MANAGER,
				businessOffice().and(INDICATORS, WRITE, RESPOND)
					.and(REPORT_CARDS, WRITE)
					.and(CHILD_DEATHS, REPORT)
					.grants());
		BY_ROLE.put(Role.AGENCY_DATA_LEAD,
				ownAgency(INDICATORS, RESPOND).and(CASE_DATA, READ, WRITE)
					.and(ACTIONS, RESPOND)
					.and(SECTION_11, READ, RESPOND)
					.grants());
		BY_ROLE.put(Role.SUBGROUP_CHAIR,
				partnership(INDICATORS, RESPOND).and(REPORT_CARDS, WRITE)
					.and(INTERNAL_REPORTS, READ)
					.and(ACTIONS, WRITE)
					.and(GOVERNANCE, CHALLENGE)
					.and(VOICE, WRITE)
					.and(AUDITS, READ, WRITE, APPROVE)
					.and(SECTION_11, READ, CHALLENGE)
					.and(CASE_REVIEWS, READ, WRITE)
					.and(CHILD_DEATHS, REPORT)
					.and(COMPLAINTS, REPORT)
					.and(TRAINING, REPORT)
					.grants());
		BY_ROLE.put(Role.BOARD_MEMBER,
				partnership(REPORTS, APPROVE).and(AUDITS, READ)
					.and(INTERNAL_REPORTS, READ)
					.and(SECTION_11, READ)
					.and(CASE_REVIEWS, READ)
					.and(CHILD_DEATHS, REPORT)
					.and(COMPLAINTS, REPORT)
					.and(TRAINING, REPORT)
					.grants());
		BY_ROLE.put(Role.LADO, partnership(Resource.LADO, READ, WRITE, REPORT).grants());
		BY_ROLE.put(Role.CDOP_OFFICER, partnership(CHILD_DEATHS, READ, WRITE, REPORT).grants());
		BY_ROLE.put(Role.AUDITOR, partnership(AUDITS, READ, WRITE).grants());
	}

	private Grants() {
	}

	/**
	 * How far a user may do something: the widest scope among the grants of the user's
	 * roles, the members' grants (for a user of a partnership) and the deployment's (for
	 * a deployment administrator).
	 * @param user the user
	 * @param resource what
	 * @param operation doing what
	 * @return the scope, or null when the user may not do it at all
	 */
	public static @Nullable Scope scope(AssureUser user, Resource resource, Operation operation) {
		Scope widest = null;
		for (Grant grant : held(user)) {
			if (grant.resource() == resource && grant.operation() == operation
					&& (widest == null || grant.scope().covers(widest))) {
				widest = grant.scope();
			}
		}
		return widest;
	}

	/**
	 * The roles granted an operation on a resource, whatever the scope; empty when only
	 * the members' or the deployment's grants give it.
	 * @param resource what
	 * @param operation doing what
	 * @return the roles
	 */
	public static Set<Role> roles(Resource resource, Operation operation) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		BY_ROLE.forEach((role, grants) -> {
			if (grants.stream().anyMatch((grant) -> grant.resource() == resource && grant.operation() == operation)) {
				roles.add(role);
			}
		});
		return roles;
	}

	/**
	 * Whether every user of a partnership holds an operation on a resource.
	 * @param resource what
	 * @param operation doing what
	 * @return true when the members' grants give it
	 */
	public static boolean everyMember(Resource resource, Operation operation) {
		return MEMBERS.stream().anyMatch((grant) -> grant.resource() == resource && grant.operation() == operation);
	}

	/**
	 * The grants of a role, as the table holds them.
	 * @param role the role
	 * @return its grants
	 */
	public static List<Grant> of(Role role) {
		return BY_ROLE.getOrDefault(role, List.of());
	}

	/**
	 * The grants every user of a partnership holds, whatever the role.
	 * @return the members' grants
	 */
	public static List<Grant> members() {
		return MEMBERS;
	}

	/**
	 * The grants of a deployment administrator.
	 * @return the deployment's grants
	 */
	public static List<Grant> deployment() {
		return DEPLOYMENT;
	}

	private static List<Grant> held(AssureUser user) {
		List<Grant> held = new ArrayList<>();
		if (user.partnershipId() != null) {
			held.addAll(MEMBERS);
			user.roles().forEach((role) -> held.addAll(of(role)));
		}
		if (user.deploymentAdmin()) {
			held.addAll(DEPLOYMENT);
		}
		return held;
	}

	/**
	 * What both an administrator and a board manager hold to run the board's business:
	 * returns, reports, actions, governance, the voice of children, audits, Section 11,
	 * case reviews, complaints, training, notifications and agencies.
	 * @return the grants, open for each role's own
	 */
	private static Table businessOffice() {
		return partnership(CASE_DATA, READ, WRITE).and(REPORTS, WRITE)
			.and(INTERNAL_REPORTS, READ)
			.and(ACTIONS, WRITE, RESPOND)
			.and(GOVERNANCE, WRITE, CHALLENGE)
			.and(VOICE, WRITE)
			.and(AUDITS, READ, WRITE, APPROVE)
			.and(SECTION_11, READ, WRITE, RESPOND, CHALLENGE)
			.and(CASE_REVIEWS, READ, WRITE)
			.and(COMPLAINTS, READ, WRITE, REPORT)
			.and(TRAINING, READ, WRITE, REPORT)
			.and(NOTIFICATIONS, READ)
			.and(AGENCIES, WRITE);
	}

	private static Table partnership(Resource resource, Operation... operations) {
		return new Table(PARTNERSHIP).and(resource, operations);
	}

	private static Table ownAgency(Resource resource, Operation... operations) {
		return new Table(OWN_AGENCY).and(resource, operations);
	}

	/** Builds one role's grants, all of one scope. */
	private static final class Table {

		private final Scope scope;

		private final List<Grant> grants = new ArrayList<>();

		Table(Scope scope) {
			this.scope = scope;
		}

		Table and(Resource resource, Operation... operations) {
			for (Operation operation : operations) {
				this.grants.add(new Grant(resource, operation, this.scope));
			}
			return this;
		}

		List<Grant> grants() {
			return Collections.unmodifiableList(this.grants);
		}

	}

}
