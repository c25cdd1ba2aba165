package org.assure.partnership.web;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogFilter;
import org.assure.partnership.Agencies;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators manage agencies, people and users; bad input gets a message naming the
 * field and the rule, and changes nothing.
 */
@AssureIntegrationTest
class AdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Agencies agencies;

	@Autowired
	AccessLog accessLog;

	@Test
	void homePageNamesThePartnershipAndItsAgencies() throws Exception {
		this.mvc.perform(get("/").with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Leicester (demo)")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Leicestershire Police")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("NSPCC")));
	}

	@Test
	void everyRoleHasAHomePageThatSaysWhatTheRoleDoes() throws Exception {
		for (Role role : Role.values()) {
			String page = this.mvc.perform(get("/").with(user(this.users.demo(role))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(role.name())
				.contains(HtmlUtils.htmlEscape(role.description()))
				.contains(role.label())
				.contains("Leicester (demo)");
		}
	}

	@Test
	void dataLeadsHomePageNamesTheirAgency() throws Exception {
		String page = this.mvc.perform(get("/").with(user(this.users.demo(Role.AGENCY_DATA_LEAD))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("You act for").contains("Leicestershire Police");
	}

	@Test
	void refusesAnAgencyWithoutANameAndSavesNothing() throws Exception {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		int before = this.agencies.of(manager.requirePartnershipId()).size();
		String page = this.mvc
			.perform(post("/admin/agencies").with(user(manager)).with(csrf()).param("name", " ").param("type", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There is a problem", "Enter the agency&#39;s name", "Select the type of agency");
		assertThat(this.agencies.of(manager.requirePartnershipId())).hasSize(before);
	}

	@Test
	void refusesASecondAgencyOfTheSameName() throws Exception {
		String page = this.mvc
			.perform(post("/admin/agencies").with(user(this.users.demo(Role.ADMIN)))
				.with(csrf())
				.param("name", "NSPCC")
				.param("type", "VOLUNTARY"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("An agency called NSPCC already exists");
	}

	@Test
	void addsAnAgencyAndLogsTheChange() throws Exception {
		AssureUser admin = this.users.demo(Role.ADMIN);
		String name = "Youth Offending Service " + System.nanoTime();
		this.mvc
			.perform(post("/admin/agencies").with(user(admin))
				.with(csrf())
				.param("name", name)
				.param("type", "PROBATION")
				.param("active", "true"))
			.andExpect(redirectedUrl("/admin/agencies"));
		long id = this.agencies.findByName(admin.requirePartnershipId(), name).orElseThrow().id();
		assertThat(this.accessLog.find(new AccessLogFilter(admin.requirePartnershipId(), "admin", AccessAction.CREATE,
				"agency", String.valueOf(id), null, null, 0, 10)))
			.hasSize(1);
	}

	@Test
	void opensAUserWhoCanSignInWithTheGivenRoles() throws Exception {
		AssureUser admin = this.users.demo(Role.ADMIN);
		String username = "lado-" + (System.nanoTime() % 100000);
		this.mvc
			.perform(post("/admin/users").with(user(admin))
				.with(csrf())
				.param("username", username)
				.param("displayName", "A LADO")
				.param("roles", "LADO")
				.param("password", "a long enough passphrase"))
			.andExpect(redirectedUrl("/admin/users"));
		// a LADO signs in with a second factor: the password leads to that step
		this.mvc.perform(formLogin().user(username).password("a long enough passphrase"))
			.andExpect(redirectedUrl("/second-factor"));
		assertThat(this.users.named(username).roles()).containsExactly(Role.LADO);
	}

	@Test
	void insistsThatADataLeadHasAnAgencyAndAPasswordIsLong() throws Exception {
		String page = this.mvc
			.perform(post("/admin/users").with(user(this.users.demo(Role.ADMIN)))
				.with(csrf())
				.param("username", "lead-" + System.nanoTime() % 100000)
				.param("displayName", "A lead")
				.param("roles", "AGENCY_DATA_LEAD")
				.param("password", "short"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Select the agency whose data this data lead submits",
				"Password must be at least 12 characters long");
	}

	@Test
	void doesNotShowAnotherPartnershipsUserOrAgency() throws Exception {
		AssureUser admin = this.users.demo(Role.ADMIN);
		this.mvc.perform(get("/admin/users/" + this.users.deploymentAdministrator().userId()).with(user(admin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/agencies/999999").with(user(admin))).andExpect(status().isNotFound());
	}

	@Test
	void letsAnAdministratorFilterTheAccessLogOfTheirPartnershipOnly() throws Exception {
		AssureUser admin = this.users.demo(Role.ADMIN);
		this.mvc.perform(formLogin().user("unknown-person").password("x"));
		String page = this.mvc.perform(get("/admin/access-log").with(user(admin)).param("action", "SIGN_IN_FAILED"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("unknown-person");
		String everything = this.mvc
			.perform(get("/admin/access-log").with(user(this.users.deploymentAdministrator()))
				.param("action", "SIGN_IN_FAILED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(everything).contains("unknown-person");
	}

	@Test
	void explainsABadDateInTheAccessLogFilter() throws Exception {
		String page = this.mvc
			.perform(get("/admin/access-log").with(user(this.users.demo(Role.ADMIN))).param("from", "31/03/2015"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Enter the date as year-month-day, for example 2015-03-31");
	}

}
