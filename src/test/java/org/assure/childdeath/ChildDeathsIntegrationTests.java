package org.assure.childdeath;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogFilter;
import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.reporting.DisclosureControl;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Child death reviews end to end: the demo's 2014-15 report reproduces the seed's counts;
 * the published edition shows no count from 1 to 5; a CDOP officer records a death and
 * its review, corrects and withdraws it; the board reads only the published report; every
 * read is logged and the child's identifier is never stored.
 */
@AssureIntegrationTest
class ChildDeathsIntegrationTests {

	@Autowired
	private ChildDeaths deaths;

	@Autowired
	private AccessLog accessLog;

	@Autowired
	private org.assure.indicators.Indicators indicators;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void theDemoReportReproducesTheSeeds2014To15Figures() throws Exception {
		ChildDeaths.Report report = this.deaths.report(this.users.demoPartnershipId(),
				ReportingPeriod.FinancialYear.starting(2014));
		assertThat(report.panels()).isEqualTo(9);
		assertThat(report.reviewed()).isEqualTo(71);
		DisclosureControl.Table byKind = table(report, "by-kind").table();
		assertThat(byKind.count(0, 0)).as("neonatal").isEqualTo(23);
		assertThat(byKind.count(0, 1)).as("expected").isEqualTo(23);
		assertThat(byKind.count(0, 2)).as("unexpected").isEqualTo(25);
		DisclosureControl.Table modifiable = table(report, "modifiable").table();
		assertThat(modifiable.columnTotal(Modifiable.YES.ordinal())).isEqualTo(23);
		assertThat(modifiable.grandTotal()).isEqualTo(71);
		DisclosureControl.Table themes = table(report, "themes").table();
		assertThat(themes.rows()).contains("Unsafe sleeping", "Consanguinity", "Risky behaviour");
		assertThat(themes.grandTotal()).isEqualTo(23);
		assertThat(report.campaigns()).extracting(ChildDeaths.Campaign::title)
			.containsExactlyInAnyOrder("Disc button batteries", "999 calls and language barriers");
		for (ChildDeaths.ReportTable t : report.tables()) {
			DisclosureControl.Published p = t.published();
			for (int r = 0; r < t.table().rows().size(); r++) {
				for (int c = 0; c < t.table().columns().size(); c++) {
					int count = t.table().count(r, c);
					if (count >= 1 && count <= 5) {
						assertThat(p.cell(r, c)).as("%s %d,%d", t.id(), r, c).isEqualTo("c");
					}
				}
			}
		}
		assertThat(table(report, "themes").published().anyHidden()).as("3 or 4 of each of 7 themes").isTrue();
		assertThat(this.indicators.stored(this.users.demoPartnershipId(), "2014-15")).anySatisfy((value) -> {
			assertThat(value.code()).isEqualTo("cdop-reviews");
			assertThat(value.numerator()).isEqualTo(71);
		}).anySatisfy((value) -> {
			assertThat(value.code()).isEqualTo("cdop-modifiable");
			assertThat(value.numerator()).isEqualTo(23);
			assertThat(value.denominator()).isEqualTo(71);
		});
		this.mvc
			.perform(get("/child-deaths/reports?year=2014-15&edition=internal")
				.with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("9 panels held; 71 deaths reviewed")))
			.andExpect(content().string(containsString("published edition")))
			.andExpect(content().string(containsString("c: a count from 1 to 5")))
			.andExpect(content().string(not(containsString("internal edition"))));
		this.mvc
			.perform(get("/child-deaths/reports?year=2014-15&edition=internal")
				.with(user(this.users.demo(Role.CDOP_OFFICER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("internal edition")));
	}

	private static ChildDeaths.ReportTable table(ChildDeaths.Report report, String id) {
		return report.tables().stream().filter((t) -> t.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void aCdopOfficerRecordsADeathAndItsReviewAndTheBoardCannotReadIt() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser officer = this.users.demo(Role.CDOP_OFFICER);
		LocalDate today = this.deaths.today();
		this.mvc
			.perform(post("/child-deaths").param("diedOn", today.toString())
				.param("notifiedOn", today.minusDays(1).toString())
				.param("bornOn", today.minusYears(20).toString())
				.with(user(officer))
				.with(csrf()))
			.andExpect(flash().attribute("problems",
					Map.of("notifiedOn", "The panel is notified on or after the day of death", "bornOn",
							"A child death review covers children who die before their 18th birthday", "kind",
							"Choose expected, unexpected or neonatal", "area", "Name the area where the child lived",
							"child",
							"Give the child's NHS number or the authority's id: it is stored only as a pseudonym")));
		LocalDate died = today.minusDays(20);
		String location = this.mvc
			.perform(post("/child-deaths").param("diedOn", died.toString())
				.param("notifiedOn", died.plusDays(1).toString())
				.param("bornOn", died.minusMonths(7).toString())
				.param("child", "943 476 5919")
				.param("kind", "UNEXPECTED")
				.param("area", "Test City")
				.param("jointAgencyResponse", "true")
				.with(user(officer))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/child-deaths/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		try {
			ChildDeath death = this.deaths.find(partnershipId, id).orElseThrow();
			assertThat(death.ageBand()).isEqualTo(AgeBand.INFANT);
			assertThat(death.childKey()).doesNotContain("943").hasSizeGreaterThan(20);
			assertThat(this.jdbc.sql("select count(*) from child_death where child_key like '%943%'")
				.query(Long.class)
				.single()).isZero();
			this.mvc.perform(get(location).with(user(officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Held by a pseudonym only")))
				.andExpect(content().string(not(containsString("943 476 5919"))));
			this.mvc.perform(
					post("/child-deaths/panels").param("heldOn", today.toString()).with(user(officer)).with(csrf()));
			ChildDeaths.Panel panel = this.deaths.panels(partnershipId)
				.stream()
				.filter((p) -> p.heldOn().equals(today))
				.findFirst()
				.orElseThrow();
			this.mvc
				.perform(post(location + "/review").param("panelId", String.valueOf(panel.id()))
					.param("modifiable", "YES")
					.with(user(officer))
					.with(csrf()))
				.andExpect(flash().attribute("problems",
						Map.of("domains", "Choose the domains in which modifiable factors were found")));
			this.mvc
				.perform(post(location + "/review").param("panelId", String.valueOf(panel.id()))
					.param("category", "10")
					.param("modifiable", "YES")
					.param("domains", "PARENTING", "FAMILY_ENVIRONMENT")
					.param("theme", "unsafe   sleeping")
					.param("learning", "Co-sleeping after alcohol")
					.with(user(officer))
					.with(csrf()))
				.andExpect(flash().attribute("success", "Review recorded"));
			ChildDeath reviewed = this.deaths.find(partnershipId, id).orElseThrow();
			assertThat(reviewed.reviewedOn()).isEqualTo(today);
			assertThat(reviewed.domains()).isEqualTo(Set.of(FactorDomain.PARENTING, FactorDomain.FAMILY_ENVIRONMENT));
			assertThat(this.deaths.learning(partnershipId)).anySatisfy((l) -> {
				assertThat(l.deathId()).isEqualTo(id);
				assertThat(l.theme()).isEqualTo("Unsafe sleeping");
			});
			this.mvc
				.perform(post(location + "/review").param("panelId", String.valueOf(panel.id()))
					.param("modifiable", "NO")
					.with(user(officer))
					.with(csrf()))
				.andExpect(flash().attribute("problems", Map.of("move", "This death was reviewed at the panel of "
						+ today + ": correct the review instead of reviewing it again")));
			this.mvc
				.perform(post(location + "/review/edit").param("panelId", String.valueOf(panel.id()))
					.param("category", "10")
					.param("modifiable", "YES")
					.param("domains", "PARENTING")
					.param("reason", "")
					.with(user(officer))
					.with(csrf()))
				.andExpect(flash().attribute("problems",
						Map.of("reason", "Say why the record is being corrected: the history keeps it")));
			this.mvc
				.perform(post(location + "/review/edit").param("panelId", String.valueOf(panel.id()))
					.param("category", "10")
					.param("modifiable", "YES")
					.param("domains", "PARENTING")
					.param("reason", "The panel agreed family factors did not contribute")
					.with(user(officer))
					.with(csrf()))
				.andExpect(flash().attribute("success", "Review corrected"));
			assertThat(this.deaths.find(partnershipId, id).orElseThrow().domains())
				.containsExactly(FactorDomain.PARENTING);
			assertThat(this.deaths.corrections(partnershipId, id)).singleElement()
				.satisfies((c) -> assertThat(c.changes()).singleElement()
					.satisfies((f) -> assertThat(f.field()).isEqualTo("Domains")));
			this.mvc
				.perform(post("/child-deaths/panels/" + panel.id() + "/withdraw").param("reason", "Wrong day")
					.with(user(officer))
					.with(csrf()))
				.andExpect(flash().attribute("problems", Map.of("panel",
						"1 death was reviewed at the panel of " + today + ": correct the reviews first")));
			ChildDeaths.Learning point = this.deaths.learning(partnershipId)
				.stream()
				.filter((l) -> Long.valueOf(id).equals(l.deathId()))
				.findFirst()
				.orElseThrow();
			this.mvc
				.perform(post("/child-deaths/learning/" + point.id() + "/withdraw").param("reason", "Recorded twice")
					.with(user(officer))
					.with(csrf()))
				.andExpect(flash().attribute("success", "Learning withdrawn from the register"));
			assertThat(this.deaths.learning(partnershipId))
				.noneSatisfy((l) -> assertThat(l.id()).isEqualTo(point.id()));
			this.mvc
				.perform(post(location + "/edit").param("diedOn", died.toString())
					.param("notifiedOn", died.plusDays(2).toString())
					.param("kind", "UNEXPECTED")
					.param("area", "Test City")
					.param("jointAgencyResponse", "true")
					.param("reason", "The notification form was dated the day after")
					.with(user(officer))
					.with(csrf()))
				.andExpect(flash().attribute("success", "Death corrected"));
			assertThat(this.deaths.corrections(partnershipId, id)).last()
				.satisfies((c) -> assertThat(c.changes()).extracting((f) -> f.field()).containsExactly("Notified on"));
			assertThat(this.deaths.find(partnershipId, id).orElseThrow().ageBand())
				.as("kept when no birth day is given")
				.isEqualTo(AgeBand.INFANT);
			for (Role role : List.of(Role.BOARD_MANAGER, Role.BOARD_MEMBER, Role.LADO, Role.SUBGROUP_CHAIR)) {
				this.mvc.perform(get(location).with(user(this.users.demo(role)))).andExpect(status().isForbidden());
			}
			this.mvc.perform(get("/child-deaths/999999").with(user(officer))).andExpect(status().isNotFound());
			assertThat(this.accessLog.find(new AccessLogFilter(partnershipId, "cdop-officer", AccessAction.READ,
					ChildDeaths.DEATH_RECORD, String.valueOf(id), null, null, 0, 10)))
				.singleElement()
				.satisfies((entry) -> assertThat(entry.detail()).isNull());
		}
		finally {
			assertThat(this.deaths.withdraw(partnershipId, id, "The test is over", "test")).isEmpty();
		}
		assertThat(this.deaths.find(partnershipId, id)).isEmpty();
		assertThat(this.deaths.learning(partnershipId)).noneSatisfy((l) -> assertThat(l.deathId()).isEqualTo(id));
		ChildDeaths.Panel unused = this.deaths.panels(partnershipId)
			.stream()
			.filter((p) -> p.reviews() == 0)
			.findFirst()
			.orElseThrow();
		assertThat(this.deaths.withdrawPanel(partnershipId, unused.id(), "Recorded by the test", "test")).isEmpty();
		assertThat(this.deaths.panels(partnershipId)).noneSatisfy((p) -> assertThat(p.id()).isEqualTo(unused.id()));
	}

}
