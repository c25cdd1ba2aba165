package org.assure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assure.indicators.AgencyReturn;
import org.assure.indicators.ReturnChannel;
import org.assure.indicators.ReturnSubmission;
import org.assure.indicators.Returns;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One agency's data lead never sees another agency's rows in a list, and cannot act for
 * another agency: the agency scope of {@link org.assure.partnership.Grants} is applied
 * inside the queries. Each check is made against the demo partnership's own data, where a
 * board manager sees several agencies' rows, so that a leak would show.
 */
@AssureIntegrationTest
class AgencyScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Returns returns;

	@Autowired
	Agencies agencies;

	@Test
	void theReturnsPageListsOnlyTheOwnAgencysReturnsAndGaps() throws Exception {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		AgencyReturn owned = sharedReturn();
		AssureUser lead = leadOf(owned.agencyId());
		long own = lead.agencyId();
		Map<String, Object> managers = model(get("/returns").param("year", "2014-15"), manager);
		Map<String, Object> leads = model(get("/returns").param("year", "2014-15"), lead);
		assertThat(agencies(managers.get("latest"))).as("the demo has several agencies' returns to leak")
			.hasSizeGreaterThan(1)
			.contains(own);
		assertThat(agencies(leads.get("latest"))).containsExactly(own);
		assertThat(agencies(leads.get("missing"))).isSubsetOf(Set.of(own));
	}

	@Test
	void theReturnFormOffersOnlyTheOwnAgencyAndRefusesAnother() throws Exception {
		AssureUser lead = leadOf(sharedReturn().agencyId());
		List<?> offered = (List<?>) model(get("/returns/new"), lead).get("agencies");
		assertThat(offered).extracting((agency) -> ((Agency) agency).id()).containsExactly(lead.agencyId());
		AgencyReturn other = otherAgencysReturn(lead);
		int before = this.returns
			.versions(lead.requirePartnershipId(), other.indicatorCode(), other.agencyId(), other.period())
			.size();
		this.mvc
			.perform(post("/returns").with(user(lead))
				.with(csrf())
				.param("indicator", other.indicatorCode())
				.param("agency", String.valueOf(other.agencyId()))
				.param("period", other.period())
				.param("numerator", "1")
				.param("denominator", "2")
				.param("reason", "trying another agency"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You may return figures only for your own agency")));
		assertThat(this.returns.versions(lead.requirePartnershipId(), other.indicatorCode(), other.agencyId(),
				other.period()))
			.hasSize(before);
	}

	@Test
	void anIndicatorsBreakdownByAgencyShowsADataLeadOnlyTheOwnFigure() throws Exception {
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		AgencyReturn shared = sharedReturn();
		AssureUser lead = leadOf(shared.agencyId());
		String code = shared.indicatorCode();
		String period = shared.period();
		long all = this.returns.current(lead.requirePartnershipId(), code)
			.stream()
			.filter((item) -> item.period().equals(period))
			.count();
		assertThat(all).as("two agencies returned the figure").isGreaterThan(1);
		this.mvc.perform(get("/api/v1/indicators/" + code + "/breakdowns").param("period", period).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(all));
		this.mvc.perform(get("/api/v1/indicators/" + code + "/breakdowns").param("period", period).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void aRoleWithoutTheGrantSeesNoAgencysReturns() throws Exception {
		this.mvc.perform(get("/returns").with(user(this.users.demo(Role.LADO)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/casedata").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isForbidden());
	}

	/**
	 * A demo return of one agency, which another agency is made to return too, so that
	 * the indicator breaks down by two agencies.
	 */
	private AgencyReturn sharedReturn() {
		long partnershipId = this.users.demoPartnershipId();
		AgencyReturn first = this.returns.current(partnershipId)
			.stream()
			.filter((item) -> item.numerator() != null && item.denominator() != null)
			.findFirst()
			.orElseThrow();
		long other = this.agencies.of(partnershipId)
			.stream()
			.map(Agency::id)
			.filter((id) -> id != first.agencyId())
			.findFirst()
			.orElseThrow();
		boolean returned = this.returns.current(partnershipId, first.indicatorCode())
			.stream()
			.anyMatch((item) -> item.agencyId() == other && item.period().equals(first.period()));
		if (!returned) {
			this.returns.submit(partnershipId,
					new ReturnSubmission(first.indicatorCode(), other, first.period(), first.numerator(),
							first.denominator(), null, "agency scope test", "agency scope test", ReturnChannel.FORM),
					"test");
		}
		return first;
	}

	private AssureUser leadOf(long agencyId) {
		return this.users.named(this.users.fresh(Role.AGENCY_DATA_LEAD, agencyId));
	}

	private AgencyReturn otherAgencysReturn(AssureUser lead) {
		return this.returns.current(lead.requirePartnershipId())
			.stream()
			.filter((item) -> item.agencyId() != lead.agencyId())
			.findFirst()
			.orElseThrow();
	}

	private Map<String, Object> model(MockHttpServletRequestBuilder request, AssureUser as) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(as))).andExpect(status().isOk()).andReturn();
		return result.getModelAndView().getModel();
	}

	private static Set<Long> agencies(Object rows) {
		return ((List<?>) rows).stream().map((row) -> {
			if (row instanceof AgencyReturn item) {
				return item.agencyId();
			}
			return ((Returns.MissingReturn) row).agencyId();
		}).collect(Collectors.toSet());
	}

}
