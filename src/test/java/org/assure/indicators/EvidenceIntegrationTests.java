package org.assure.indicators;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence tagged to a theme is shown on the pages of that theme's indicators; recording
 * the same piece again replaces it, and recording it with no theme removes it.
 */
@AssureIntegrationTest
class EvidenceIntegrationTests {

	@Autowired
	private Evidence evidence;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void evidenceOnAThemeIsShownBesideItsIndicatorsAndReplacedWhenRecordedAgain() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		Evidence.Item first = new Evidence.Item(Evidence.Kind.VOICE_OF_PRACTITIONERS, "Supervision survey",
				"Practitioners said supervision was cancelled in busy weeks.", LocalDate.of(2014, 11, 12), "tests",
				"survey-1", null);
		this.evidence.tag(partnershipId, first, EnumSet.of(Theme.WORKFORCE, Theme.ASSESSMENT));
		assertThat(this.evidence.onTheme(partnershipId, Theme.WORKFORCE)).contains(first);
		assertThat(this.evidence.onTheme(partnershipId, Theme.ASSESSMENT)).contains(first);

		this.mvc.perform(get("/indicators/supervision-36-days").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Evidence on this theme"), containsString("Voice of practitioners"),
						containsString("Supervision survey"), containsString("12 November 2014"))));

		Evidence.Item revised = new Evidence.Item(Evidence.Kind.VOICE_OF_PRACTITIONERS, "Supervision survey",
				"Practitioners said supervision now happens monthly.", LocalDate.of(2014, 11, 12), "tests", "survey-1",
				"/indicators/supervision-36-days");
		this.evidence.tag(partnershipId, revised, EnumSet.of(Theme.WORKFORCE));
		assertThat(this.evidence.onTheme(partnershipId, Theme.WORKFORCE)).contains(revised).doesNotContain(first);
		assertThat(this.evidence.onTheme(partnershipId, Theme.ASSESSMENT)).doesNotContain(first, revised);

		this.evidence.tag(partnershipId, revised, Set.of());
		assertThat(this.evidence.onTheme(partnershipId, Theme.WORKFORCE)).doesNotContain(revised);
		this.mvc.perform(get("/indicators/supervision-36-days").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Supervision survey"))));
	}

}
