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
		assertThat(dashboard).contains("href=\"/dashboard\" aria-current=\"page\">Dashboard</a>")
			.contains("href=\"/\">Home</a>")
			.doesNotContain("/admin/users");
		String home = navigation("/", Role.BOARD_MEMBER);
		assertThat(home).contains("href=\"/\" aria-current=\"page\">Home</a>")
			.contains("href=\"/dashboard\">Dashboard</a>");
		assertThat(navigation("/dashboard", Role.BOARD_MEMBER)).as("kept, and the same").isEqualTo(dashboard);
		assertThat(navigation("/dashboard", Role.ADMIN)).contains("href=\"/admin/users\">Users</a>");
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
