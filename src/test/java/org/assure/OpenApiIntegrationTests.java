package org.assure;

import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description documents the read and returns API, for signed-in callers only
 * (it is not an Assure controller, so the endpoint matrix does not see it: it is checked
 * here, anonymous first).
 */
@AssureIntegrationTest
class OpenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void anonymousCallersGetNothing() throws Exception {
		String body = this.mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("/api/v1/returns");
	}

	@Test
	void describesTheIndicatorsAndReturnsApi() throws Exception {
		this.mvc.perform(get("/api/v1/openapi").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Assure API"))
			.andExpect(jsonPath("$.paths['/api/v1/indicators'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/indicators/{code}/judgement'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/returns'].post").exists())
			.andExpect(jsonPath("$.components.securitySchemes.agencyToken.scheme").value("bearer"));
		String body = this.mvc.perform(get("/api/v1/openapi").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"openapi\"", "/api/v1/indicators/{code}/breakdowns");
	}

}
