package org.assure.partnership;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo partnership reproduces the seed's Appendix (a) and (f), and loading it again
 * adds nothing.
 */
@AssureIntegrationTest
class PartnershipDemoLoaderIntegrationTests {

	@Autowired
	Partnerships partnerships;

	@Autowired
	Agencies agencies;

	@Autowired
	People people;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("partnershipDemoLoader")
	ApplicationRunner loader;

	@Test
	void loadsTheLeicesterPartnershipFromTheSeed() {
		Partnership demo = this.partnerships.findByCode("demo").orElseThrow();
		assertThat(demo.name()).isEqualTo("Leicester (demo)");
		assertThat(demo.contactEmail()).isEqualTo("lcitylscb@leicester.gov.uk");
		List<Agency> agencies = this.agencies.of(demo.id());
		assertThat(agencies).extracting(Agency::name)
			.contains("Leicestershire Police", "University Hospitals Leicester", "NSPCC", "CAFCASS",
					"Leicester City Clinical Commissioning Group", "Children's Services, Leicester City Council");
		assertThat(agencies).filteredOn((agency) -> agency.name().equals("Leicestershire Police"))
			.singleElement()
			.extracting(Agency::type)
			.isEqualTo(AgencyType.POLICE);
	}

	@Test
	void keepsTheSeedsSeatsWithTbcRowsAsVacancies() {
		long demo = this.users.demoPartnershipId();
		List<Seat> seats = this.people.seats(demo);
		Map<SeatKind, Long> byKind = seats.stream().collect(Collectors.groupingBy(Seat::kind, Collectors.counting()));
		assertThat(byKind).containsEntry(SeatKind.STATUTORY_MEMBER, 23L)
			.containsEntry(SeatKind.PROGRAMME_GROUP_CHAIR, 8L)
			.containsEntry(SeatKind.BOARD_OFFICER, 6L);
		assertThat(seats).filteredOn(Seat::vacant)
			.extracting(Seat::title)
			.containsExactly("TBC", "Director", "LSCB Administrator", "LSCB Administrator");
		assertThat(seats).filteredOn((seat) -> "Independent Chair".equals(seat.title()))
			.singleElement()
			.satisfies((chair) -> {
				assertThat(chair.holderName()).isEqualTo("Dr David Jones");
				assertThat(chair.source()).isEqualTo("seed:000_3b8676840c427715.txt:1708");
			});
		// Adrian Spanswick holds two seats (Designated Nurse, chair of SEG) and is one
		// person.
		assertThat(seats).filteredOn((seat) -> "Adrian Spanswick".equals(seat.holderName())).hasSize(2);
		assertThat(this.people.of(demo)).filteredOn((person) -> person.fullName().equals("Adrian Spanswick"))
			.hasSize(1);
	}

	@Test
	void givesEveryRoleADemoUserAndTheDataLeadThePolice() {
		for (Role role : Role.values()) {
			AssureUser user = this.users.demo(role);
			assertThat(user.roles()).containsExactly(role);
			assertThat(user.partnershipName()).isEqualTo("Leicester (demo)");
		}
		AssureUser dataLead = this.users.demo(Role.AGENCY_DATA_LEAD);
		assertThat(this.agencies.find(dataLead.requirePartnershipId(), dataLead.agencyId()).orElseThrow().name())
			.isEqualTo("Leicestershire Police");
	}

	@Test
	void loadingAgainAddsNothing() throws Exception {
		Map<String, Long> before = counts();
		this.loader.run(new DefaultApplicationArguments());
		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Long> counts() {
		return Map.of("partnership", count("partnership"), "agency", count("agency"), "person", count("person"), "seat",
				count("seat"), "user_account", count("user_account"), "membership", count("membership"));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
