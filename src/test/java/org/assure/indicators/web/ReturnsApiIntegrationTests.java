package org.assure.indicators.web;

import org.assure.indicators.Returns;
import org.assure.partnership.Agencies;
import org.assure.partnership.AgencyApiTokens;
import org.assure.partnership.AgencyType;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/returns} with an agency's API token: accepted for the agency's own
 * figures, refused for another agency's, refused once revoked, and a broken rule is a 400
 * naming the field with nothing stored. The judgement API says what the figures show.
 */
@AssureIntegrationTest
class ReturnsApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencyApiTokens tokens;

	@Autowired
	Returns returns;

	long partnership;

	long agency;

	long otherAgency;

	String token;

	@BeforeEach
	void agencyWithAToken() {
		this.partnership = this.users.demoPartnershipId();
		String suffix = Long.toString(System.nanoTime(), 36);
		this.agency = this.agencies.create(this.partnership, "Token agency " + suffix, AgencyType.POLICE).id();
		this.otherAgency = this.agencies.create(this.partnership, "Other agency " + suffix, AgencyType.HEALTH_PROVIDER)
			.id();
		this.token = this.tokens.issue(this.partnership, this.agency, "Police BI tool", "test");
	}

	@Test
	void aTokenSubmitsItsAgencysReturnWithoutASessionOrCsrf() throws Exception {
		this.mvc
			.perform(post("/api/v1/returns").header("Authorization", "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"indicator": "cse-referrals", "period": "2014-15", "value": 125}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.agencyId").value(this.agency))
			.andExpect(jsonPath("$.channel").value("api"))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(this.returns.versions(this.partnership, "cse-referrals", this.agency, "2014-15")).hasSize(1);
		assertThat(this.tokens.of(this.partnership, this.agency).get(0).lastUsedAt()).isNotNull();
	}

	@Test
	void aTokenCannotReturnForAnotherAgency() throws Exception {
		this.mvc
			.perform(post("/api/v1/returns").header("Authorization", "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"indicator\": \"cse-referrals\", \"period\": \"2014-15\", \"value\": 125, \"agency\": "
						+ this.otherAgency + "}"))
			.andExpect(status().isForbidden());
		assertThat(this.returns.versions(this.partnership, "cse-referrals", this.otherAgency, "2014-15")).isEmpty();
	}

	@Test
	void aBrokenRuleIsA400NamingTheFieldAndNothingIsStored() throws Exception {
		this.mvc.perform(post("/api/v1/returns").header("Authorization", "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"indicator": "camhs-seen-13-weeks", "period": "2014-15", "numerator": 80, "denominator": 70}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.numerator").value("The part (80) is more than the whole (70)"));
		assertThat(this.returns.versions(this.partnership, "camhs-seen-13-weeks", this.agency, "2014-15")).isEmpty();
	}

	@Test
	void aRevokedOrUnknownTokenIsRefused() throws Exception {
		long tokenId = this.tokens.of(this.partnership, this.agency).get(0).tokenId();
		this.tokens.revoke(this.partnership, this.agency, tokenId);
		this.mvc
			.perform(post("/api/v1/returns").header("Authorization", "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"indicator\": \"cse-referrals\", \"period\": \"2014-15\", \"value\": 1}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/indicators/catalogue").header("Authorization", "Bearer assure_not-a-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aSignedInDataLeadOfAnotherAgencyIsRefused() throws Exception {
		String lead = this.users.fresh(Role.AGENCY_DATA_LEAD, this.otherAgency);
		this.mvc
			.perform(post("/api/v1/returns").with(user(this.users.named(lead)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"indicator\": \"cse-referrals\", \"period\": \"2014-15\", \"value\": 3, \"agency\": "
						+ this.agency + "}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theJudgementSaysWhatTheDemoBacklogShows() throws Exception {
		this.mvc
			.perform(get("/api/v1/indicators/assessments-open-beyond-45-days-pct/judgement").param("upTo", "2014-15")
				.with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points.length()").value(9))
			.andExpect(jsonPath("$.points[2].rag").value("RED"))
			.andExpect(jsonPath("$.spc.groups[0].trial").value(true))
			.andExpect(jsonPath("$.spc.variation").value("COMMON_CAUSE"));
		this.mvc
			.perform(get("/api/v1/indicators/no-such-indicator/judgement")
				.with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isBadRequest());
	}

}
