package org.assure.partnership.security;

import java.time.Duration;
import java.util.List;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogEntry;
import org.assure.audit.AccessLogFilter;
import org.assure.audit.AccessOutcome;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The security baseline of SECURITY.md, through the real filter chain: deny by default,
 * lockout after six failures, no user enumeration, CSRF, strict headers.
 */
@AssureIntegrationTest
class SecurityBaselineIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	AccessLog accessLog;

	@Autowired
	Environment environment;

	@Test
	void redirectsAnAnonymousVisitorToSignIn() throws Exception {
		for (String path : List.of("/", "/partnership", "/admin/users", "/admin/access-log", "/no-such-page")) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void answersAnAnonymousApiCallerWith401() throws Exception {
		this.mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/anything")).andExpect(status().isUnauthorized());
	}

	@Test
	void leavesTheSignInPageAndHealthOpen() throws Exception {
		this.mvc.perform(get("/login")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void signsInWithTheRightPasswordAndRecordsIt() throws Exception {
		String username = this.users.fresh(Role.BOARD_MEMBER, null);
		this.mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
		assertThat(entries(username, AccessAction.SIGN_IN)).hasSize(1);
	}

	@Test
	void locksTheAccountAfterSixWrongPasswordsAndLogsEveryFailureAndTheLock() throws Exception {
		String username = this.users.fresh(Role.BOARD_MEMBER, null);
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin().user(username).password("wrong " + attempt))
				.andExpect(redirectedUrl("/login?error"));
			assertThat(this.users.named(username).isAccountNonLocked()).as("after %d failures", attempt).isTrue();
		}
		this.mvc.perform(formLogin().user(username).password("wrong 6")).andExpect(redirectedUrl("/login?error"));
		assertThat(this.users.named(username).isAccountNonLocked()).isFalse();

		// Locked: even the right password is refused, with the same message as any
		// failure.
		this.mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));

		List<AccessLogEntry> failures = entries(username, AccessAction.SIGN_IN_FAILED);
		assertThat(failures).hasSize(7).allMatch((entry) -> entry.outcome() == AccessOutcome.FAILURE);
		assertThat(failures.get(0).detail()).isEqualTo("account locked");
		assertThat(entries(username, AccessAction.ACCOUNT_LOCKED)).singleElement()
			.satisfies((entry) -> assertThat(entry.detail()).startsWith("after 6 failed sign-ins"));
		assertThat(entries(username, AccessAction.SIGN_IN)).isEmpty();
	}

	@Test
	void answersAnUnknownNameExactlyAsAWrongPassword() throws Exception {
		String known = this.users.fresh(Role.BOARD_MEMBER, null);
		MvcResult wrongPassword = this.mvc.perform(formLogin().user(known).password("not it")).andReturn();
		MvcResult unknownName = this.mvc.perform(formLogin().user("nobody-" + known).password("not it")).andReturn();
		assertThat(unknownName.getResponse().getStatus()).isEqualTo(wrongPassword.getResponse().getStatus());
		assertThat(unknownName.getResponse().getRedirectedUrl())
			.isEqualTo(wrongPassword.getResponse().getRedirectedUrl());
		assertThat(entries("nobody-" + known, AccessAction.SIGN_IN_FAILED)).singleElement()
			.satisfies((entry) -> assertThat(entry.partnershipId()).isNull());
	}

	@Test
	void refusesAChangeWithoutItsCsrfToken() throws Exception {
		AssureUser admin = this.users.demo(Role.ADMIN);
		this.mvc.perform(post("/admin/agencies").with(user(admin)).param("name", "Forged").param("type", "OTHER"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user(admin))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agencies").with(user(admin))
				.with(csrf())
				.param("name", "Agency made with a token " + System.nanoTime())
				.param("type", "OTHER"))
			.andExpect(status().isFound());
	}

	@Test
	void sendsStrictSecurityHeadersWithNoInlineScript() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().exists("Permissions-Policy"));
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		String page = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain(" style=\"");
	}

	@Test
	void expiresAnIdleSessionAfterThirtyMinutesByDefault() {
		assertThat(this.environment.getProperty("server.servlet.session.timeout", Duration.class))
			.isEqualTo(Duration.ofMinutes(30));
	}

	private List<AccessLogEntry> entries(String username, AccessAction action) {
		return this.accessLog.find(new AccessLogFilter(null, username, action, null, null, null, null, 0, 100));
	}

}
