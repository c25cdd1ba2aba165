package org.assure.partnership.security;

import java.time.Instant;
import java.util.List;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogEntry;
import org.assure.audit.AccessLogFilter;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The second factor through the real filter chain: the roles that must use one are held
 * at the second step after their password until a code is right; enrolment gives recovery
 * codes that work once; no code is accepted twice; wrong codes lock the account as wrong
 * passwords do; an administrator's reset sends the user back to enrolment; other roles
 * sign in with their password alone.
 */
@AssureIntegrationTest
class SecondFactorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccessLog accessLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLadoIsHeldAtTheSecondStepUntilTheirAppIsSetUp() throws Exception {
		String username = this.users.fresh(Role.LADO, null);
		MockHttpSession session = passwordSignIn(username);
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/second-factor"));
		this.mvc.perform(get("/lado").session(session)).andExpect(redirectedUrl("/second-factor"));
		this.mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());

		MvcResult page = this.mvc.perform(get("/second-factor").session(session))
			.andExpect(status().isOk())
			.andExpect(model().attribute("enrolled", false))
			.andReturn();
		String secret = ((String) page.getModelAndView().getModel().get("secret")).replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat((String) page.getModelAndView().getModel().get("address")).startsWith("otpauth://totp/Assure")
			.contains("secret=" + secret);

		long now = Totp.step(Instant.now());
		this.mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", Totp.code(secret, now - 5)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("error", "Enter the 6-digit code your app shows now"));
		MvcResult enrolled = this.mvc
			.perform(post("/second-factor").session(session).with(csrf()).param("code", Totp.code(secret, now)))
			.andExpect(view().name("partnership/second-factor-codes"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) enrolled.getModelAndView().getModel().get("recoveryCodes");
		assertThat(codes).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch((code) -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from user_recovery_code where code_hash like '%-%-%'")
			.query(Long.class)
			.single()).as("only hashes are kept").isZero();
		assertThat(entries(username, AccessAction.SIGN_IN)).extracting(AccessLogEntry::detail)
			.containsExactlyInAnyOrder("password; second factor to follow", "second factor set up");
		assertThat(entries(username, AccessAction.SIGN_IN_FAILED)).extracting(AccessLogEntry::detail)
			.containsExactly("wrong second factor");
	}

	@Test
	void aCodeWorksOnceAndARecoveryCodeWorksOnce() throws Exception {
		String username = this.users.fresh(Role.CDOP_OFFICER, null);
		Enrolled enrolled = enrol(username);

		MockHttpSession again = passwordSignIn(username);
		this.mvc.perform(get("/second-factor").session(again)).andExpect(model().attribute("enrolled", true));
		this.mvc
			.perform(post("/second-factor").session(again)
				.with(csrf())
				.param("code", Totp.code(enrolled.secret(), enrolled.step())))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("error"));
		this.mvc
			.perform(post("/second-factor").session(again)
				.with(csrf())
				.param("code", Totp.code(enrolled.secret(), enrolled.step() + 1)))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").session(again)).andExpect(status().isOk());

		MockHttpSession third = passwordSignIn(username);
		this.mvc
			.perform(post("/second-factor").session(third)
				.with(csrf())
				.param("code", Totp.code(enrolled.secret(), enrolled.step() + 1)))
			.andExpect(model().attributeExists("error"));
		String recovery = enrolled.codes().get(3);
		this.mvc.perform(post("/second-factor").session(third).with(csrf()).param("code", recovery.toUpperCase()))
			.andExpect(redirectedUrl("/"));

		MockHttpSession fourth = passwordSignIn(username);
		this.mvc.perform(post("/second-factor").session(fourth).with(csrf()).param("code", recovery))
			.andExpect(model().attributeExists("error"));
		assertThat(entries(username, AccessAction.SIGN_IN)).extracting(AccessLogEntry::detail)
			.contains("second factor: app code", "second factor: recovery code");
	}

	@Test
	void wrongCodesLockTheAccountAsWrongPasswordsDo() throws Exception {
		String username = this.users.fresh(Role.BOARD_MANAGER, null);
		Enrolled enrolled = enrol(username);
		MockHttpSession session = passwordSignIn(username);
		for (int attempt = 1; attempt < 6; attempt++) {
			this.mvc
				.perform(post("/second-factor").session(session)
					.with(csrf())
					.param("code", Totp.code(enrolled.secret(), enrolled.step() - 10 - attempt)))
				.andExpect(model().attributeExists("error"));
		}
		this.mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", "not-a-code"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(session.isInvalid()).isTrue();
		this.mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(entries(username, AccessAction.ACCOUNT_LOCKED)).hasSize(1);
	}

	@Test
	void anAdministratorsResetSendsTheUserBackToSetUp() throws Exception {
		String username = this.users.fresh(Role.LADO, null);
		enrol(username);
		AssureUser admin = this.users.demo(Role.ADMIN);
		long userId = this.users.named(username).userId();
		this.mvc.perform(get("/admin/users/" + userId).with(user(admin)))
			.andExpect(model().attribute("secondFactorEnrolled", true));
		this.mvc.perform(post("/admin/users/" + userId + "/second-factor/reset").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + userId));
		MockHttpSession session = passwordSignIn(username);
		this.mvc.perform(get("/second-factor").session(session)).andExpect(model().attribute("enrolled", false));
		assertThat(this.jdbc.sql("select count(*) from user_recovery_code where user_id = ?")
			.param(userId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void otherRolesSignInWithTheirPasswordAlone() throws Exception {
		for (Role role : List.of(Role.BOARD_MEMBER, Role.SUBGROUP_CHAIR, Role.AUDITOR)) {
			String username = this.users.fresh(role, null);
			this.mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
		}
	}

	private MockHttpSession passwordSignIn(String username) throws Exception {
		MvcResult signIn = this.mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/second-factor"))
			.andReturn();
		return (MockHttpSession) signIn.getRequest().getSession();
	}

	private Enrolled enrol(String username) throws Exception {
		MockHttpSession session = passwordSignIn(username);
		MvcResult page = this.mvc.perform(get("/second-factor").session(session)).andReturn();
		String secret = ((String) page.getModelAndView().getModel().get("secret")).replace(" ", "");
		long step = Totp.step(Instant.now());
		MvcResult done = this.mvc
			.perform(post("/second-factor").session(session).with(csrf()).param("code", Totp.code(secret, step)))
			.andExpect(view().name("partnership/second-factor-codes"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) done.getModelAndView().getModel().get("recoveryCodes");
		return new Enrolled(secret, step, codes);
	}

	private List<AccessLogEntry> entries(String username, AccessAction action) {
		return this.accessLog.find(new AccessLogFilter(null, username, action, null, null, null, null, 0, 100));
	}

	private record Enrolled(String secret, long step, List<String> codes) {
	}

}
