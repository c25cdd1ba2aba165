package org.assure.shell;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NavigationItemUnitTests {

	@Test
	void showsAnItemOnlyToTheRolesItNames() {
		NavigationItem users = new NavigationItem(BoardFunction.ADMINISTRATION, "Users", "/admin/users",
				Set.of("ADMIN"));
		assertThat(users.visibleTo(identity(Set.of("ADMIN", "PARTNERSHIP_MEMBER")))).isTrue();
		assertThat(users.visibleTo(identity(Set.of("LADO")))).isFalse();
	}

	@Test
	void showsAnItemOfAResourceToWhoeverMayDoItsOperation() {
		NavigationItem allegations = new NavigationItem(BoardFunction.CASEWORK, "Allegations", "/lado/allegations",
				Resource.LADO, Operation.READ);
		ShellIdentity lado = identity(Set.of("LADO"), Resource.LADO);
		assertThat(allegations.visibleTo(lado)).isTrue();
		assertThat(allegations.visibleTo(identity(Set.of("LADO"), Resource.CHILD_DEATHS)))
			.as("decided by the grant, not the role's name")
			.isFalse();
	}

	@Test
	void showsAnItemWithoutRolesToEveryone() {
		NavigationItem item = new NavigationItem(BoardFunction.PARTNERSHIP, "Home", "/", Set.of());
		assertThat(item.visibleTo(identity(Set.of()))).isTrue();
	}

	@Test
	void refusesARelativePath() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NavigationItem(BoardFunction.PARTNERSHIP, "x", "admin", Set.of()));
	}

	private static ShellIdentity identity(Set<String> roles, Resource... readable) {
		return new ShellIdentity() {

			@Override
			public String displayName() {
				return "Someone";
			}

			@Override
			public Long partnershipId() {
				return 1L;
			}

			@Override
			public String partnershipName() {
				return "Somewhere";
			}

			@Override
			public Set<String> roleNames() {
				return roles;
			}

			@Override
			public boolean can(Resource resource, Operation operation) {
				return operation == Operation.READ && Set.of(readable).contains(resource);
			}

		};
	}

}
