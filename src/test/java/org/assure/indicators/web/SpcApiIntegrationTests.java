package org.assure.indicators.web;

import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AssureIntegrationTest
class SpcApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void analysesASeries() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/analysis/spc").with(user(this.users.demo(Role.BOARD_MEMBER)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"values\": [3, 1, 4, 1, 5, 9, 2], \"better\": \"down\", \"target\": 20}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groups[0].centreLine").value(org.hamcrest.Matchers.closeTo(3.571429, 1e-6)))
			.andExpect(jsonPath("$.groups[0].upperLimit").value(org.hamcrest.Matchers.closeTo(13.768095, 1e-6)))
			.andExpect(jsonPath("$.groups[0].trial").value(true))
			.andExpect(jsonPath("$.points.length()").value(7))
			.andExpect(jsonPath("$.variation").value("COMMON_CAUSE"))
			.andExpect(jsonPath("$.assurance").value("CONSISTENTLY_PASSES"))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("\"rules\":\"Making Data Count");
	}

	@Test
	void explainsABadRequest() throws Exception {
		this.mvc
			.perform(post("/api/v1/analysis/spc").with(user(this.users.demo(Role.BOARD_MEMBER)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"values\": [1, 2], \"better\": \"sideways\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The better direction is up, down or neutral, not 'sideways'"));
		this.mvc
			.perform(post("/api/v1/analysis/spc").with(user(this.users.demo(Role.BOARD_MEMBER)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"values\": [1]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Give at least 2 values"));
	}

}
