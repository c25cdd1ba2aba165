package org.assure.reporting;

import java.util.List;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Evidence;
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
 * Triangulation: each exception on the report carries the audits, Section 11 results,
 * case reviews and voices recorded on the indicator's theme by the end of the period, and
 * the page lists them, or says there are none.
 */
@AssureIntegrationTest
class ExceptionReportIntegrationTests {

	@Autowired
	private ExceptionReport report;

	@Autowired
	private Evidence evidence;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void eachExceptionCarriesTheEvidenceOnItsThemeByTheEndOfThePeriod() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		ReportingPeriod year = ReportingPeriod.parse("2014-15");
		List<ExceptionReport.Flagged> flagged = this.report.of(partnershipId, year);
		assertThat(flagged).as("the demo's 2014-15 figures have exceptions").isNotEmpty();
		for (ExceptionReport.Flagged each : flagged) {
			assertThat(each.evidence()).as(each.code())
				.containsExactlyElementsOf(this.evidence.onTheme(partnershipId, each.theme())
					.stream()
					.filter((item) -> !item.date().isAfter(year.end()))
					.toList());
		}
		assertThat(flagged).flatExtracting(ExceptionReport.Flagged::evidence)
			.extracting(Evidence.Item::kind)
			.as("the demo's case file audits and case reviews of 2014-15 stand beside its exceptions")
			.contains(Evidence.Kind.AUDIT, Evidence.Kind.CASE_REVIEW);
		assertThat(this.report.of(partnershipId, ReportingPeriod.parse("2012-13")))
			.as("evidence gathered after a period is not shown for it")
			.allSatisfy((each) -> assertThat(each.evidence()).allMatch((item) -> item.date().getYear() <= 2013));

		String page = this.mvc
			.perform(get("/reports/exceptions?period=2014-15").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (ExceptionReport.Flagged each : flagged) {
			if (each.evidence().isEmpty()) {
				assertThat(page).contains("None on " + each.theme().label());
			}
			else {
				assertThat(page)
					.contains(org.springframework.web.util.HtmlUtils.htmlEscape(each.evidence().get(0).title()));
			}
		}
	}

}
