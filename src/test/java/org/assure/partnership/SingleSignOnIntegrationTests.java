package org.assure.partnership;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestOidcProvider;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Single sign-on with an OpenID Connect provider, against a local provider: the provider
 * proves who the user is, Assure decides what they may do. A known user is signed in with
 * the roles Assure holds; a role that needs a second factor still gets Assure's second
 * step; an identity Assure does not know, a forged token and a forged state are refused;
 * every outcome is in the access log.
 */
@AssureIntegrationTest
class SingleSignOnIntegrationTests {

	static final TestOidcProvider PROVIDER = TestOidcProvider.start();

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		registry.add("assure.sso.issuer-uri", PROVIDER::issuer);
		registry.add("assure.sso.client-id", () -> TestOidcProvider.CLIENT_ID);
		registry.add("assure.sso.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
		registry.add("assure.sso.name", () -> "your council account");
		registry.add("server.servlet.session.cookie.same-site", () -> "lax");
	}

	@AfterAll
	static void stop() {
		PROVIDER.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSignInPageOffersTheProvider() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in with <span>your council account</span>")))
			.andExpect(content().string(containsString("href=\"/oauth2/authorization/sso\"")));
	}

	@Test
	void aKnownUserIsSignedInWithTheRolesAssureHolds() throws Exception {
		String username = "sso." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.users.demoUserNamed(username, Role.BOARD_MEMBER);
		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorise(session);
		String code = PROVIDER.code(request.get("nonce"),
				Map.of("email", username.toUpperCase(java.util.Locale.ROOT), "name", "A Board Member"));
		this.mvc.perform(
				get("/login/oauth2/code/sso").param("code", code).param("state", request.get("state")).session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/api/v1/me").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles[0]").value("BOARD_MEMBER"));
		assertThat(lastSignIn(username)).isEqualTo("SIGN_IN SUCCESS single sign-on");
	}

	@Test
	void aRoleThatNeedsASecondFactorStillGetsAssuresSecondStep() throws Exception {
		String username = "sso." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.users.demoUserNamed(username, Role.BOARD_MANAGER);
		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorise(session);
		String code = PROVIDER.code(request.get("nonce"), Map.of("email", username));
		this.mvc.perform(
				get("/login/oauth2/code/sso").param("code", code).param("state", request.get("state")).session(session))
			.andExpect(redirectedUrl("/second-factor"));
		this.mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
		assertThat(lastSignIn(username)).isEqualTo("SIGN_IN SUCCESS single sign-on; second factor to follow");
	}

	@Test
	void anIdentityAssureDoesNotKnowIsRefused() throws Exception {
		String stranger = "stranger." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorise(session);
		String code = PROVIDER.code(request.get("nonce"), Map.of("email", stranger));
		this.mvc.perform(
				get("/login/oauth2/code/sso").param("code", code).param("state", request.get("state")).session(session))
			.andExpect(redirectedUrl("/login?ssoError"));
		this.mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
		assertThat(lastSignIn(stranger))
			.isEqualTo("SIGN_IN_FAILED FAILURE single sign-on: no Assure account of that name");
		this.mvc.perform(get("/login").param("ssoError", ""))
			.andExpect(content().string(containsString("Single sign-on did not sign you in")));
	}

	@Test
	void aForgedTokenOrStateIsRefused() throws Exception {
		String username = "sso." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		this.users.demoUserNamed(username, Role.BOARD_MEMBER);

		MockHttpSession session = new MockHttpSession();
		Map<String, String> request = authorise(session);
		String forged = PROVIDER.forgedCode(request.get("nonce"), Map.of("email", username));
		this.mvc
			.perform(get("/login/oauth2/code/sso").param("code", forged)
				.param("state", request.get("state"))
				.session(session))
			.andExpect(redirectedUrl("/login?ssoError"));
		this.mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());

		MockHttpSession other = new MockHttpSession();
		Map<String, String> second = authorise(other);
		String code = PROVIDER.code(second.get("nonce"), Map.of("email", username));
		this.mvc
			.perform(get("/login/oauth2/code/sso").param("code", code).param("state", "forged-state").session(other))
			.andExpect(redirectedUrl("/login?ssoError"));
		this.mvc.perform(get("/api/v1/me").session(other)).andExpect(status().isUnauthorized());

		MockHttpSession wrongNonce = new MockHttpSession();
		Map<String, String> third = authorise(wrongNonce);
		String replayed = PROVIDER.code("another-nonce", Map.of("email", username));
		this.mvc
			.perform(get("/login/oauth2/code/sso").param("code", replayed)
				.param("state", third.get("state"))
				.session(wrongNonce))
			.andExpect(redirectedUrl("/login?ssoError"));
		this.mvc.perform(get("/api/v1/me").session(wrongNonce)).andExpect(status().isUnauthorized());
		assertThat(this.jdbc
			.sql("select count(*) from access_log where action = 'SIGN_IN_FAILED' and detail like "
					+ "'single sign-on refused: %'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	/**
	 * The whole round: to the provider, a user signed in there with these claims, and
	 * back.
	 */
	private org.springframework.test.web.servlet.ResultActions signInAtTheProvider(MockHttpSession session,
			Map<String, Object> claims) throws Exception {
		Map<String, String> request = authorise(session);
		String code = PROVIDER.code(request.get("nonce"), claims);
		return this.mvc.perform(get("/login/oauth2/code/sso").param("code", code)
			.param("state", request.get("state"))
			.session(session));
	}

	/**
	 * Starts single sign-on as the sign-in page's button does: Assure sends the browser
	 * to the provider with a state and a nonce.
	 */
	private Map<String, String> authorise(MockHttpSession session) throws Exception {
		MvcResult result = this.mvc.perform(get("/oauth2/authorization/sso").session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		URI location = URI.create(result.getResponse().getRedirectedUrl());
		assertThat(location.toString()).startsWith(PROVIDER.issuer() + "/authorize");
		MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
		assertThat(query.getFirst("client_id")).isEqualTo(TestOidcProvider.CLIENT_ID);
		assertThat(query.getFirst("scope")).contains("openid");
		return Map.of("state", decode(query.getFirst("state")), "nonce", decode(query.getFirst("nonce")));
	}

	private static String decode(String value) {
		return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private String lastSignIn(String username) {
		return this.jdbc
			.sql("select action || ' ' || outcome || ' ' || coalesce(detail, '') from access_log "
					+ "where username = ? and action in ('SIGN_IN', 'SIGN_IN_FAILED') order by entry_id desc")
			.param(username)
			.query(String.class)
			.list()
			.get(0)
			.strip();
	}

}
