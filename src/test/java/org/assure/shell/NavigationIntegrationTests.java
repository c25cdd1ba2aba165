package org.assure.shell;

import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The navigation's links are rendered once for each set of links and kept, yet each page
 * marks its own section as current and each user sees only the links of their roles.
 */
@AssureIntegrationTest
class NavigationIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void eachPageMarksItsOwnSectionAndEachRoleSeesItsOwnLinks() throws Exception {
		String dashboard = navigation("/dashboard", Role.BOARD_MEMBER);
		assertThat(dashboard).contains("aria-current=\"true\">Performance</a>")
			.contains(">Governance</a>")
			.contains("href=\"/\">Home</a>")
			.doesNotContain(">Administration</a>")
			.doesNotContain("/admin/users");
		assertThat(pages("/dashboard", Role.BOARD_MEMBER)).contains("aria-label=\"Performance pages\"")
			.contains("href=\"/dashboard\" aria-current=\"page\">Dashboard</a>")
			.contains("href=\"/reports/exceptions\">Exception report</a>")
			.doesNotContain("Board and sub-groups");
		assertThat(pages("/governance/attendance", Role.BOARD_MEMBER))
			.contains("href=\"/governance/attendance\" aria-current=\"page\">Attendance</a>")
			.contains("href=\"/actions\">Actions</a>");
		String home = navigation("/", Role.BOARD_MEMBER);
		assertThat(home).contains("href=\"/\" aria-current=\"page\">Home</a>").doesNotContain("aria-current=\"true\"");
		assertThat(navigation("/dashboard", Role.BOARD_MEMBER)).as("kept, and the same").isEqualTo(dashboard);
		assertThat(navigation("/dashboard", Role.ADMIN)).contains(">Administration</a>");
		assertThat(pages("/admin/users", Role.ADMIN)).contains("href=\"/admin/users\" aria-current=\"page\">Users</a>");
	}

	@Test
	void theHomePageListsWhatIsWaitingAndEveryPageByFunction() throws Exception {
		String page = page("/", Role.BOARD_MANAGER);
		assertThat(page).contains("Waiting for you", "An action is overdue", "Your pages", ">Performance</h3>",
				">Governance</h3>");
		assertThat(page).as("no second level on the home page").doesNotContain("id=\"section-pages\"");
		assertThat(page("/", Role.AUDITOR)).contains("Waiting for you").doesNotContain("An action is overdue");
	}

	private String pages(String path, Role role) throws Exception {
		String page = page(path, role);
		int start = page.indexOf("id=\"section-pages\"");
		assertThat(start).as("the section's pages").isPositive();
		return page.substring(start, page.indexOf("</nav>", start));
	}

	private String page(String path, Role role) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.demo(role))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String navigation(String path, Role role) throws Exception {
		String page = this.mvc.perform(get(path).with(user(this.users.demo(role))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("id=\"navigation\"");
		assertThat(start).as("the navigation").isPositive();
		return page.substring(start, page.indexOf("action=\"/logout\"", start));
	}

}
