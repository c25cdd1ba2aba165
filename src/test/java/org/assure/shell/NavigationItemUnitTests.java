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
		assertThat(users.visibleTo(Set.of("ADMIN", "PARTNERSHIP_MEMBER"))).isTrue();
		assertThat(users.visibleTo(Set.of("LADO"))).isFalse();
	}

	@Test
	void showsAnItemWithoutRolesToEveryone() {
		NavigationItem item = new NavigationItem(BoardFunction.PARTNERSHIP, "Home", "/", Set.of());
		assertThat(item.visibleTo(Set.of())).isTrue();
	}

	@Test
	void refusesARelativePath() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NavigationItem(BoardFunction.PARTNERSHIP, "x", "admin", Set.of()));
	}

}
