package org.assure.indicators.web;

import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The children behind a value: listed for a board manager by pseudonymous key, the
 * listing recorded in the access log; breakdowns through the API with small numbers
 * suppressed.
 */
@AssureIntegrationTest
class ChildrenBehindIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBoardManagerListsTheChildrenAndTheListingIsLogged() throws Exception {
		long before = logged();
		this.mvc
			.perform(get("/indicators/on-plan-at-end/children").param("period", "2014-15")
				.with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Children are shown by pseudonymous key only")))
			.andExpect(content().string(containsString("children-table")));
		assertThat(logged()).isEqualTo(before + 1);
	}

	@Test
	void aReturnedIndicatorHasNoChildrenToList() throws Exception {
		this.mvc
			.perform(get("/indicators/assessments-open-beyond-45-days-pct/children")
				.with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("returned by an agency as figures")));
	}

	@Test
	void breakdownsSuppressSmallNumbers() throws Exception {
		this.mvc
			.perform(get("/api/v1/indicators/re-referrals-12m/breakdowns").param("period", "2014-07")
				.with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.suppressed == true && @.numerator != null)]").isEmpty())
			.andExpect(jsonPath("$[?(@.suppressed == false && @.numerator >= 1 && @.numerator <= 5)]").isEmpty())
			.andExpect(jsonPath("$[?(@.breakdown == 'age-band')]").isNotEmpty());
	}

	private long logged() {
		return this.jdbc.sql("select count(*) from access_log where record_type = 'indicator-children'")
			.query(Long.class)
			.single();
	}

}
