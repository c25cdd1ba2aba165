package org.assure.reporting;

import java.io.StringReader;

import org.assure.indicators.Comparators;
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
 * The dashboard's tables are rendered once and kept, but never outlive the figures behind
 * them: a change to what an indicator is judged with shows on the next request.
 */
@AssureIntegrationTest
class DashboardIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Autowired
	private Comparators comparators;

	@Test
	void aChangeToTheFiguresShowsOnTheNextRequest() throws Exception {
		String before = dashboard();
		assertThat(dashboard()).as("the same table for the same question").isEqualTo(before);
		assertThat(before).doesNotContain("Statistical neighbours 4,321");
		this.comparators.load(this.users.demoPartnershipId(), new StringReader("""
				indicator,area,period,value,source
				duty-advice-contacts,Statistical neighbours,2014-15,4321,Made up for this test
				"""), "neighbours.csv", "board-manager");
		assertThat(dashboard()).contains("Statistical neighbours 4,321 (2014-15)");
	}

	private String dashboard() throws Exception {
		String page = this.mvc
			.perform(get("/dashboard").param("period", "2014-15")
				.param("theme", "front-door")
				.with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("id=\"theme-front-door\"");
		assertThat(start).as("the front door's table").isPositive();
		return page.substring(start, page.indexOf("</table>", start));
	}

}
