package org.assure.reporting.web;

import java.nio.charset.StandardCharsets;

import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The linter's page marks each finding on its line with the computation; the API returns
 * the findings as JSON, and a file it cannot read as a 400 naming the file.
 */
@AssureIntegrationTest
class LintIntegrationTests {

	private static final String REPORT = "Annual report\n\nOf the 250 referrals received, 40 referrals (19.6%) came "
			+ "from schools.\nThe audit closed on 31st April 2015.\n";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void thePageMarksEachFindingOnItsLine() throws Exception {
		this.mvc
			.perform(multipart("/reports/lint")
				.file(new MockMultipartFile("file", "report.txt", "text/plain",
						REPORT.getBytes(StandardCharsets.UTF_8)))
				.with(user(this.users.demo(Role.BOARD_MEMBER)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2 findings in report.txt: 2 errors, 0 warnings"),
					containsString("id=\"line-3\""), containsString("<mark>Of the 250 referrals received"),
					containsString("40 of 250 is 16%, not 19.6%"), containsString("April 2015 has no day 31"))));
	}

	@Test
	void theApiReturnsTheFindingsAsJson() throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/lint")
				.file(new MockMultipartFile("file", "report.txt", "text/plain",
						REPORT.getBytes(StandardCharsets.UTF_8)))
				.with(user(this.users.demo(Role.AGENCY_DATA_LEAD)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].line").value(3))
			.andExpect(jsonPath("$[0].rule").value("percent-of-base"))
			.andExpect(jsonPath("$[0].severity").value("error"))
			.andExpect(jsonPath("$[0].excerpt").value("40 referrals (19.6%)"))
			.andExpect(jsonPath("$[1].rule").value("impossible-date"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("\"message\":\"40 of 250 is 16%, not 19.6%");
		this.mvc
			.perform(multipart("/api/v1/lint")
				.file(new MockMultipartFile("file", "report.pdf", "application/pdf", new byte[] { 1, 2, 3 }))
				.with(user(this.users.demo(Role.BOARD_MEMBER)))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("report.pdf: is not a PDF the linter can read")));
		this.mvc
			.perform(multipart("/reports/lint")
				.file(new MockMultipartFile("file", "report.pdf", "application/pdf", new byte[] { 1, 2, 3 }))
				.with(user(this.users.demo(Role.BOARD_MEMBER)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("report.pdf: is not a PDF the linter can read")));
	}

}
