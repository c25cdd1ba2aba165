package org.assure.partnership;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.assure.shell.Scope;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of grants keeps SECURITY.md's promises: deny by default, a data lead held to
 * the own agency, LADO and child-death records for their own officers, the whole
 * deployment for deployment administrators only; and {@code docs/permissions.md} shows
 * the table as it is.
 */
class GrantsUnitTests {

	private static final Path DOC = Path.of("docs/permissions.md");

	private static final String BEGIN = "<!-- grants:begin -->";

	private static final String END = "<!-- grants:end -->";

	@Test
	void aUserOfNoPartnershipWithoutTheDeploymentHoldsNothing() {
		AssureUser nobody = user(null, EnumSet.allOf(Role.class), null, false);
		for (Resource resource : Resource.values()) {
			for (Operation operation : Operation.values()) {
				assertThat(Grants.scope(nobody, resource, operation)).as(resource + " " + operation).isNull();
			}
		}
	}

	@Test
	void aMemberWithoutARoleHoldsTheMembersGrantsOnly() {
		AssureUser member = user(1L, Set.of(), null, false);
		for (Resource resource : Resource.values()) {
			for (Operation operation : Operation.values()) {
				assertThat(member.can(resource, operation)).as(resource + " " + operation)
					.isEqualTo(Grants.everyMember(resource, operation));
			}
		}
		assertThat(member.can(Resource.INDICATORS, Operation.READ)).isTrue();
		assertThat(member.can(Resource.CASE_DATA, Operation.READ)).isFalse();
	}

	@Test
	void aDataLeadIsHeldToTheOwnAgency() {
		assertThat(Grants.of(Role.AGENCY_DATA_LEAD)).isNotEmpty()
			.allSatisfy((grant) -> assertThat(grant.scope()).isEqualTo(Scope.OWN_AGENCY));
		AssureUser lead = user(1L, Set.of(Role.AGENCY_DATA_LEAD), 7L, false);
		assertThat(lead.agencyScope(Resource.CASE_DATA, Operation.READ)).isEqualTo(7L);
		assertThat(lead.can(Resource.CASE_DATA, Operation.READ)).isTrue();
		assertThat(lead.can(Resource.CASE_DATA, Operation.READ, Scope.PARTNERSHIP)).isFalse();
		AssureUser leadWithoutAgency = user(1L, Set.of(Role.AGENCY_DATA_LEAD), null, false);
		assertThat(leadWithoutAgency.agencyScope(Resource.CASE_DATA, Operation.READ)).isEqualTo(-1L);
	}

	@Test
	void aWiderRoleWidensTheScope() {
		AssureUser both = user(1L, Set.of(Role.AGENCY_DATA_LEAD, Role.BOARD_MANAGER), 7L, false);
		assertThat(both.agencyScope(Resource.CASE_DATA, Operation.READ)).isNull();
		assertThat(user(1L, Set.of(Role.LADO), 7L, false).agencyScope(Resource.CASE_DATA, Operation.READ))
			.as("no grant matches no agency, never every agency")
			.isEqualTo(-1L);
	}

	@Test
	void allegationsAndChildDeathsAreReadByTheirOwnOfficersAndAdministrators() {
		assertThat(Grants.roles(Resource.LADO, Operation.READ)).containsExactlyInAnyOrder(Role.LADO, Role.ADMIN);
		assertThat(Grants.roles(Resource.LADO, Operation.WRITE)).containsExactlyInAnyOrder(Role.LADO, Role.ADMIN);
		assertThat(Grants.roles(Resource.CHILD_DEATHS, Operation.READ)).containsExactlyInAnyOrder(Role.CDOP_OFFICER,
				Role.ADMIN);
		assertThat(Grants.roles(Resource.COMPLAINTS, Operation.READ)).containsExactlyInAnyOrder(Role.BOARD_MANAGER,
				Role.ADMIN);
		for (Resource sensitive : EnumSet.of(Resource.LADO, Resource.CHILD_DEATHS, Resource.COMPLAINTS,
				Resource.CASE_DATA)) {
			assertThat(Grants.everyMember(sensitive, Operation.READ)).as(sensitive.name()).isFalse();
		}
	}

	@Test
	void onlyTheDeploymentReachesEveryPartnership() {
		for (Role role : Role.values()) {
			assertThat(Grants.of(role)).as(role.name()).noneMatch((grant) -> grant.scope() == Scope.ALL);
		}
		assertThat(Grants.members()).noneMatch((grant) -> grant.scope() == Scope.ALL);
		AssureUser deployment = user(null, Set.of(), null, true);
		assertThat(deployment.can(Resource.PARTNERSHIPS, Operation.WRITE, Scope.ALL)).isTrue();
		assertThat(deployment.can(Resource.INDICATORS, Operation.READ)).isFalse();
		assertThat(user(1L, EnumSet.allOf(Role.class), null, false).can(Resource.PARTNERSHIPS, Operation.READ))
			.isFalse();
	}

	@Test
	void everyResourceIsGrantedToSomeone() {
		for (Resource resource : Resource.values()) {
			boolean granted = false;
			for (Operation operation : Operation.values()) {
				granted |= granted(resource, operation);
			}
			assertThat(granted).as(resource.name()).isTrue();
		}
	}

	@Test
	void theDocumentationShowsTheTableAsItIs() throws IOException {
		String doc = Files.readString(DOC, StandardCharsets.UTF_8);
		assertThat(doc).contains(BEGIN, END);
		String shown = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END)).strip();
		assertThat(shown).as("docs/permissions.md is out of date: replace its table with the expected one")
			.isEqualTo(table().strip());
	}

	/**
	 * The table of grants in Markdown: a row per resource and operation, a column per
	 * role, each cell the scope.
	 * @return the table
	 */
	static String table() {
		StringBuilder table = new StringBuilder("| Resource | Operation | Every member |");
		for (Role role : Role.values()) {
			table.append(' ').append(role.label()).append(" |");
		}
		table.append(" Deployment administrator |\n|---|---|---|");
		table.append("---|".repeat(Role.values().length)).append("---|\n");
		for (Resource resource : Resource.values()) {
			for (Operation operation : Operation.values()) {
				if (!granted(resource, operation)) {
					continue;
				}
				table.append("| ").append(resource.label()).append(" | ").append(operation.label()).append(" | ");
				table.append(cell(Grants.members().stream(), resource, operation)).append(" |");
				for (Role role : Role.values()) {
					table.append(' ').append(cell(Grants.of(role).stream(), resource, operation)).append(" |");
				}
				table.append(' ').append(cell(Grants.deployment().stream(), resource, operation)).append(" |\n");
			}
		}
		return table.toString();
	}

	private static boolean granted(Resource resource, Operation operation) {
		return !Grants.roles(resource, operation).isEmpty() || Grants.everyMember(resource, operation)
				|| Grants.deployment()
					.stream()
					.anyMatch((grant) -> grant.resource() == resource && grant.operation() == operation);
	}

	private static String cell(java.util.stream.Stream<Grants.Grant> grants, Resource resource, Operation operation) {
		return grants.filter((grant) -> grant.resource() == resource && grant.operation() == operation)
			.map((grant) -> grant.scope().label())
			.collect(Collectors.joining(", "));
	}

	private static AssureUser user(@Nullable Long partnershipId, Set<Role> roles, @Nullable Long agencyId,
			boolean deploymentAdmin) {
		return new AssureUser(1, "someone", "Someone", null, partnershipId, (partnershipId != null) ? "P" : null, roles,
				agencyId, deploymentAdmin, true, null, Instant.EPOCH);
	}

}
