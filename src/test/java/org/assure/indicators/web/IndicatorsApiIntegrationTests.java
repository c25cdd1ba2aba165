package org.assure.indicators.web;

import java.util.List;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.IndicatorValue;
import org.assure.indicators.Indicators;
import org.assure.partnership.AssureUser;
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

@AssureIntegrationTest
class IndicatorsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Indicators indicators;

	@Test
	void givesTheDemoPartnershipsValuesForAPeriod() throws Exception {
		AssureUser member = this.users.demo(Role.BOARD_MEMBER);
		List<IndicatorValue> computed = this.indicators.compute(member.requirePartnershipId(),
				ReportingPeriod.parse("2014-15"));
		assertThat(computed).hasSize(20);
		this.mvc.perform(get("/api/v1/indicators").param("period", "2014-15").with(user(member)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'referrals')].name").value("Referrals"))
			.andExpect(jsonPath("$[?(@.code == 'on-plan-at-end')].unit").value("count"))
			.andExpect(jsonPath("$[?(@.code == 'assessments-within-45-wd')].denominator").isNotEmpty());
	}

	@Test
	void explainsAPeriodThatIsNotOne() throws Exception {
		this.mvc.perform(get("/api/v1/indicators").param("period", "last year").with(user(this.users.demo(Role.ADMIN))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("A period is a financial year")));
	}

	@Test
	void listsTheCatalogue() throws Exception {
		this.mvc.perform(get("/api/v1/indicators/catalogue").with(user(this.users.demo(Role.LADO))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(56))
			.andExpect(jsonPath("$[0].code").value("contacts"))
			.andExpect(jsonPath("$[?(@.code == 'assessments-open-beyond-45-days-pct')].target").value(20.0))
			.andExpect(jsonPath("$[?(@.code == 'assessments-open-beyond-45-days-pct')].version").value(2))
			.andExpect(jsonPath("$[?(@.code == 'assessments-open-beyond-45-days-pct')].source").value("RETURN"));
	}

}
