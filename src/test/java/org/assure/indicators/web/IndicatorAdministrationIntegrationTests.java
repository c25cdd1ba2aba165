package org.assure.indicators.web;

import org.assure.indicators.Analysis;
import org.assure.indicators.Comparators;
import org.assure.indicators.Judgement;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A board manager records a rebase with its reason and the analysis starts new limits
 * there; loads comparators from CSV, all or nothing; and a returned indicator breaks down
 * by the agencies that returned it.
 */
@AssureIntegrationTest
class IndicatorAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Analysis analysis;

	@Autowired
	Comparators comparators;

	@Autowired
	org.assure.partnership.Agencies agencies;

	@Test
	void aRebaseStartsNewLimitsAndKeepsItsReason() throws Exception {
		this.mvc
			.perform(post("/indicators/social-care-referrals/rebase").param("fromPeriod", "2014-15")
				.param("rebaseReason", "New front door")
				.with(csrf())
				.with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("rebaseError", containsString("monthly period")));
		this.mvc
			.perform(post("/indicators/social-care-referrals/rebase").param("fromPeriod", "2014-10")
				.param("rebaseReason", "The multi-agency front door opened in October")
				.with(csrf())
				.with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", containsString("2014-10")));
		long partnership = this.users.demoPartnershipId();
		Judgement judgement = this.analysis.judge(partnership, "social-care-referrals", null);
		assertThat(judgement.spc().groups()).hasSize(2);
		assertThat(judgement.spc().groups().get(1).from()).isEqualTo(5);
		assertThat(this.analysis.rebases(partnership, "social-care-referrals")).singleElement()
			.satisfies((rebase) -> assertThat(rebase.reason()).contains("front door opened"));
		this.mvc.perform(get("/indicators/social-care-referrals").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(content().string(containsString("The multi-agency front door opened in October")));
	}

	@Test
	void comparatorsLoadWholeOrNotAtAll() throws Exception {
		long partnership = this.users.demoPartnershipId();
		MockMultipartFile bad = new MockMultipartFile("file", "neighbours.csv", "text/csv", """
				indicator,area,period,value,source
				referrals,Statistical neighbours,2013-14,5100,Test source
				no-such-indicator,England,2013-14,1,Test source
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.mvc
			.perform(multipart("/indicators/comparators").file(bad)
				.with(csrf())
				.with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"neighbours.csv row 3: indicator: there is no indicator &#39;no-such-indicator&#39;")));
		assertThat(this.comparators.of(partnership, "referrals")).noneMatch((c) -> c.period().equals("2013-14"));
		MockMultipartFile good = new MockMultipartFile("file", "neighbours.csv", "text/csv", """
				indicator,area,period,value,source
				referrals,Statistical neighbours,2013-14,5100,Test source
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.mvc
			.perform(multipart("/indicators/comparators").file(good)
				.with(csrf())
				.with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.comparators.of(partnership, "referrals"))
			.anyMatch((c) -> c.period().equals("2013-14") && c.area().equals("Statistical neighbours"));
	}

	@Test
	void aDataLeadCommentsOnlyOnTheAgencysOwnIndicators() throws Exception {
		long council = this.agencies
			.findByName(this.users.demoPartnershipId(), "Children's Services, Leicester City Council")
			.orElseThrow()
			.id();
		String lead = this.users.fresh(Role.AGENCY_DATA_LEAD, council);
		this.mvc
			.perform(post("/indicators/s47-in-period/commentary").param("commentaryPeriod", "2015-01")
				.param("what", "146 enquiries")
				.param("soWhat", "More children were thought at risk of significant harm")
				.param("whatNext", "Threshold audit in April")
				.with(csrf())
				.with(user(this.users.named(lead))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", containsString("2015-01")));
		this.mvc
			.perform(post("/indicators/s47-in-period/commentary").param("commentaryPeriod", "2015-01")
				.param("what", "x")
				.param("soWhat", "y")
				.param("whatNext", "z")
				.with(csrf())
				.with(user(this.users.demo(Role.AGENCY_DATA_LEAD))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReturnedIndicatorBreaksDownByAgency() throws Exception {
		this.mvc
			.perform(get("/api/v1/indicators/assessments-open-beyond-45-days-pct/breakdowns").param("period", "2014-07")
				.with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].breakdown").value("agency"))
			.andExpect(jsonPath("$[0].group").value("Children's Services, Leicester City Council"))
			.andExpect(jsonPath("$[0].numerator").value(204));
	}

}
