package org.assure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assure.partnership.AssureUser;
import org.assure.partnership.Partnerships;
import org.assure.partnership.Role;
import org.assure.partnership.security.UserAccounts;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No page or API call shows one partnership's record to another partnership's user who
 * guesses its number. Every GET mapping with a record's number in its path (read from the
 * controllers, so that a new one is covered) is asked for the first numbers, first by a
 * user of the demo partnership holding every role but a data lead's (which numbers are
 * records the demo holds), then by a user of a new partnership holding the same roles:
 * the first record the owner sees, the stranger gets 404 or 403, never the page and never
 * an error.
 */
@AssureIntegrationTest
class GuessedIdsIntegrationTests {

	/** A path variable that holds a record's number. */
	private static final Pattern ID = Pattern.compile("\\{(\\w*[iI]d)\\}");

	private static final int GUESSES = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Partnerships partnerships;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noRecordOfOnePartnershipReachesAnotherByItsNumber() throws Exception {
		Set<Role> roles = EnumSet.complementOf(EnumSet.of(Role.AGENCY_DATA_LEAD));
		AssureUser owner = userOf(this.users.demoPartnershipId(), roles);
		long strangers = this.partnerships
			.create("g-" + UUID.randomUUID().toString().substring(0, 8), "Guessing partnership", null, null)
			.id();
		AssureUser stranger = userOf(strangers, roles);

		List<String> leaks = new ArrayList<>();
		Set<String> tested = new TreeSet<>();
		Set<String> untested = new TreeSet<>();
		for (String template : templates()) {
			boolean any = false;
			for (int id = 1; id <= GUESSES; id++) {
				String path = ID.matcher(template).replaceAll(String.valueOf(id));
				int ownerSees = this.mvc.perform(get(path).with(user(owner))).andReturn().getResponse().getStatus();
				if (ownerSees != 200) {
					continue;
				}
				any = true;
				int strangerGets = this.mvc.perform(get(path).with(user(stranger)))
					.andReturn()
					.getResponse()
					.getStatus();
				if (strangerGets != 404 && strangerGets != 403) {
					leaks.add(path + ": the demo's user sees it; another partnership's user got " + strangerGets);
				}
				// One record of the demo's is enough to show the path keeps it.
				break;
			}
			(any ? tested : untested).add(template);
		}
		assertThat(leaks).as("records reached from another partnership").isEmpty();
		// A test that found no record would prove nothing: most of the paths must have
		// had
		// a record of the demo's to guess.
		assertThat(tested).as("paths tested; not tested (no demo record among the first numbers): %s", untested)
			.hasSizeGreaterThanOrEqualTo(20);
		System.out.printf("Guessed ids: %d paths tested, %d without a demo record among the first %d numbers: %s%n",
				tested.size(), untested.size(), GUESSES, untested);
	}

	private AssureUser userOf(long partnershipId, Set<Role> roles) {
		String username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(partnershipId, username, "Test " + username, "{noop}unused", roles, null);
		return this.users.named(username);
	}

	/** The GET paths whose every variable is a record's number. */
	private Set<String> templates() {
		Set<String> templates = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getName().startsWith("org.assure.")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				Matcher ids = ID.matcher(pattern);
				if (ids.find() && !ids.replaceAll("").contains("{")) {
					templates.add(pattern);
				}
			}
		}
		return templates;
	}

}
