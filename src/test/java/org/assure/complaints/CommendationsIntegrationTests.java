package org.assure.complaints;

import java.util.EnumMap;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Commendations corrected and withdrawn with their history, and earlier years' figures:
 * given with a source, refused for a year with complaints recorded, shown in the report
 * with where they disagree, corrected with a reason and withdrawn.
 */
@AssureIntegrationTest
class CommendationsIntegrationTests {

	@Autowired
	private Commendations commendations;

	@Autowired
	private EarlierYears earlierYears;

	@Autowired
	private Complaints complaints;

	@Autowired
	private Corrections corrections;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void aCommendationIsCorrectedWithAReasonAndWithdrawnOutOfTheCount() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		ReportingPeriod.FinancialYear year = ReportingPeriod.FinancialYear.starting(2014);
		int before = this.commendations.count(partnershipId, year);
		this.mvc
			.perform(post("/complaints/commendations").param("commendedOn", "2015-02-03")
				.param("commendedArea", "Fostering")
				.param("fromWhom", "A foster carer")
				.with(user(manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/complaints/commendations?year=2014-15"));
		assertThat(this.commendations.count(partnershipId, year)).isEqualTo(before + 1);
		Commendations.Commendation made = this.commendations.inYear(partnershipId, year)
			.stream()
			.filter((c) -> c.serviceArea().equals("Fostering") && c.fromWhom().equals("A foster carer"))
			.findFirst()
			.orElseThrow();
		String edit = "/complaints/commendations/" + made.id() + "/edit";
		this.mvc.perform(get(edit).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A foster carer")));
		this.mvc
			.perform(post(edit).param("commendedOn", "2015-02-03")
				.param("commendedArea", "Adoption")
				.param("fromWhom", "A foster carer")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("problems",
					Map.of("reason", "Say why the record is being corrected: the history keeps it")));
		this.mvc
			.perform(post(edit).param("commendedOn", "2015-02-03")
				.param("commendedArea", "Adoption")
				.param("fromWhom", "A foster carer")
				.param("reason", "The letter thanked the adoption team")
				.with(user(manager))
				.with(csrf()))
			.andExpect(redirectedUrl(edit))
			.andExpect(flash().attribute("success", "Commendation corrected"));
		assertThat(this.commendations.corrections(partnershipId, made.id())).singleElement().satisfies((c) -> {
			assertThat(c.reason()).isEqualTo("The letter thanked the adoption team");
			assertThat(c.changes()).singleElement()
				.satisfies((change) -> assertThat(change.field()).isEqualTo("Service commended"));
		});
		this.mvc.perform(get(edit).with(user(this.users.demo(Role.BOARD_MEMBER)))).andExpect(status().isForbidden());
		this.mvc.perform(get("/complaints/commendations/999999/edit").with(user(manager)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/complaints/commendations/" + made.id() + "/withdraw").param("reason", "")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("problems",
					Map.of("withdrawReason", "Say why the record is being corrected: the history keeps it")));
		this.mvc
			.perform(post("/complaints/commendations/" + made.id() + "/withdraw").param("reason", "Recorded twice")
				.with(user(manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/complaints/commendations?year=2014-15"));
		assertThat(this.commendations.count(partnershipId, year)).isEqualTo(before);
		assertThat(this.commendations.find(partnershipId, made.id())).isEmpty();
		RecordRef ref = new RecordRef(Commendations.COMMENDATION_RECORD, made.id());
		assertThat(this.corrections.withdrawn(partnershipId)).anySatisfy(
				(w) -> assertThat(w.description()).isEqualTo("Commendation of Adoption, received 3 February 2015"));
		assertThat(this.corrections.restore(partnershipId, ref, "Not a duplicate after all", "admin")).isEmpty();
		assertThat(this.commendations.count(partnershipId, year)).isEqualTo(before + 1);
		assertThat(this.commendations.withdraw(partnershipId, made.id(), "Test over", "test")).isEmpty();
	}

	@Test
	void earlierYearsFiguresShowInTheReportWithTheirSourceAndWhereTheyDisagree() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		this.mvc
			.perform(post("/complaints/earlier-years").param("year", "2014-15")
				.param("received", "67")
				.param("disabled", "3")
				.param("source", "Annual report")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("problems", Map.of("year",
					"2014-15 has complaints recorded in Assure: its figures come from them, so they cannot be given here",
					"disabled", "Give the number of service users too: the share with a disability is of them")));
		this.mvc
			.perform(post("/complaints/earlier-years").param("year", "2013-14")
				.param("received", "1")
				.param("source", "Annual report")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("problems",
					Map.of("year", "2013-14 has earlier figures already: correct those instead")));
		this.mvc
			.perform(post("/complaints/earlier-years").param("year", "2006-07")
				.param("source", "")
				.param("gender.MALE", "-1")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("problems", Map.of("gender.MALE", "Enter a whole number from 0 to 100,000",
					"source", "Say where the figures come from, such as the annual report and its page")));
		this.mvc
			.perform(post("/complaints/earlier-years").param("year", "2006-07")
				.param("received", "10")
				.param("serviceUsers", "12")
				.param("disabled", "3")
				.param("gender.MALE", "4")
				.param("gender.FEMALE", "4")
				.param("commendations", "7")
				.param("source", "Annual report 2006-07, page 9")
				.with(user(manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/complaints/earlier-years"));
		EarlierYears.Kept kept = this.earlierYears.all(partnershipId)
			.stream()
			.filter((k) -> ReportingPeriod.FinancialYear.starting(2006).equals(k.figures().year()))
			.findFirst()
			.orElseThrow();
		try {
			Complaints.Report report = this.complaints.report(partnershipId,
					ReportingPeriod.FinancialYear.starting(2007));
			Complaints.Equality earliest = report.equality().get(2);
			assertThat(earliest.year()).isEqualTo(ReportingPeriod.FinancialYear.starting(2006));
			assertThat(earliest.source()).isEqualTo("Annual report 2006-07, page 9");
			assertThat(earliest.gender().get(Gender.MALE)).isEqualTo(new Complaints.Share(4, 8));
			assertThat(earliest.gender()).doesNotContainKey(Gender.NOT_KNOWN);
			assertThat(earliest.disabled()).isEqualTo(new Complaints.Share(3, 12));
			assertThat(earliest.lookedAfter()).isNull();
			assertThat(earliest.notes())
				.containsExactly("The gender counts add up to 8, not the 10 complaints received; each share is of 8.");
			assertThat(report.commendations().get(ReportingPeriod.FinancialYear.starting(2006)))
				.isEqualTo(new Complaints.Counted(7, "Annual report 2006-07, page 9"));
			assertThat(report.equality().get(3).source()).as("a year with neither records nor figures").isNull();
			this.mvc.perform(get("/complaints/reports?year=2007-08").with(user(manager)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("not given")))
				.andExpect(content().string(containsString("2006-07: Annual report 2006-07, page 9.")));
			String edit = "/complaints/earlier-years/" + kept.id() + "/edit";
			this.mvc.perform(get(edit).with(user(manager)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("add up to 8, not the 10")));
			Map<Gender, Integer> gender = new EnumMap<>(Gender.class);
			gender.put(Gender.MALE, 4);
			gender.put(Gender.FEMALE, 6);
			EarlierYears.Figures corrected = new EarlierYears.Figures(ReportingPeriod.FinancialYear.starting(2006), 10,
					7, 12, 3, null, gender, Map.of(), "Annual report 2006-07, page 9");
			assertThat(this.earlierYears.edit(partnershipId, kept.id(), corrected, "", "test"))
				.containsKey(Corrections.REASON);
			assertThat(this.earlierYears.edit(partnershipId, kept.id(), corrected, "Misread the table", "test"))
				.isEmpty();
			assertThat(this.earlierYears.of(partnershipId, ReportingPeriod.FinancialYear.starting(2006)).orElseThrow())
				.satisfies((f) -> assertThat(f.disagreements()).isEmpty());
			assertThat(this.earlierYears.corrections(partnershipId, kept.id())).singleElement()
				.satisfies((c) -> assertThat(c.changes()).singleElement()
					.satisfies((change) -> assertThat(change.field()).isEqualTo("Gender: Female")));
			this.mvc.perform(get(edit).with(user(this.users.demo(Role.SUBGROUP_CHAIR))))
				.andExpect(status().isForbidden());
		}
		finally {
			this.mvc
				.perform(post("/complaints/earlier-years/" + kept.id() + "/withdraw").param("reason", "Test over")
					.with(user(manager))
					.with(csrf()))
				.andExpect(redirectedUrl("/complaints/earlier-years"));
		}
		assertThat(this.earlierYears.of(partnershipId, ReportingPeriod.FinancialYear.starting(2006))).isEmpty();
	}

}
