package org.assure.childdeath;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.audit.Retention;
import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention schedule on child deaths: a reviewed death is anonymised fifteen years
 * after the child died, its pseudonym, source and corrected values gone and its figures
 * kept; a death still awaiting its review is kept however old.
 */
@AssureIntegrationTest
class ChildDeathRetentionIntegrationTests {

	@Autowired
	ChildDeaths deaths;

	@Autowired
	Retention retention;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReviewedDeathIsAnonymisedFifteenYearsAfterItAndOneAwaitingReviewIsKept() {
		AssureUser officer = this.users.inNewPartnership(Role.CDOP_OFFICER);
		long partnershipId = officer.requirePartnershipId();
		LocalDate today = this.deaths.today();
		LocalDate died = today.minusDays(40);
		long reviewed = notify(partnershipId, died, "retention-reviewed", "Hospital notification");
		long awaiting = notify(partnershipId, died, "retention-awaiting", null);
		assertThat(this.deaths
			.edit(partnershipId, reviewed,
					new ChildDeaths.Notification(died, died.plusDays(1), "", null, AgeBand.AGE_1_4,
							DeathKind.UNEXPECTED, "North", true, "Hospital notification"),
					"area was wrong", "officer"))
			.isEmpty();
		assertThat(this.deaths.holdPanel(partnershipId, today.minusDays(5), "officer")).isEmpty();
		long panel = this.deaths.panels(partnershipId).get(0).id();
		assertThat(this.deaths.review(partnershipId, reviewed,
				new ChildDeaths.Review(panel, 7, Modifiable.YES, Set.of(FactorDomain.values()[0]), List.of()),
				"officer"))
			.isEmpty();
		ReportingPeriod.FinancialYear year = ReportingPeriod.FinancialYear
			.starting((died.getMonthValue() >= 4) ? died.getYear() : died.getYear() - 1);
		ChildDeaths.Report before = this.deaths.report(partnershipId, year);
		String keyBefore = row(reviewed).get("child_key").toString();
		assertThat(correctedValues(partnershipId, reviewed)).isPositive();

		this.retention.run(died.plusYears(15).minusDays(1), "test", partnershipId);
		assertThat(row(reviewed).get("anonymised_at")).as("kept until fifteen years have passed").isNull();

		this.retention.run(died.plusYears(15), "test", partnershipId);
		Map<String, Object> row = row(reviewed);
		assertThat(row.get("anonymised_at")).isNotNull();
		assertThat(row.get("child_key").toString()).startsWith("removed-").isNotEqualTo(keyBefore);
		assertThat(row.get("source")).isEqualTo("(removed under the retention schedule)");
		assertThat(row.get("area")).isEqualTo("North");
		assertThat(row.get("category")).isEqualTo(7);
		assertThat(this.deaths.report(partnershipId, year)).as("the year's figures are unchanged")
			.usingRecursiveComparison()
			.isEqualTo(before);
		assertThat(correctedValues(partnershipId, reviewed)).as("the corrections' values are blanked").isZero();

		this.retention.run(died.plusYears(40), "test", partnershipId);
		assertThat(row(awaiting).get("anonymised_at")).as("a death awaiting its review is kept").isNull();
	}

	private long notify(long partnershipId, LocalDate died, String child, String source) {
		ChildDeaths.Created created = this.deaths.notify(partnershipId, new ChildDeaths.Notification(died,
				died.plusDays(1), child, null, AgeBand.AGE_1_4, DeathKind.UNEXPECTED, "South", true, source),
				"officer");
		assertThat(created.problems()).isEmpty();
		return created.id();
	}

	private long correctedValues(long partnershipId, long id) {
		return this.jdbc.sql("""
				select count(*) from record_correction_field f join record_correction c
				  on c.partnership_id = f.partnership_id and c.correction_id = f.correction_id
				where c.partnership_id = ? and c.record_kind = ? and c.record_id = ?
				  and (f.before_value is not null or f.after_value is not null)""")
			.params(partnershipId, ChildDeaths.DEATH_RECORD, id)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> row(long id) {
		return this.jdbc
			.sql("select child_key, source, area, category, anonymised_at from child_death where death_id = ?")
			.param(id)
			.query()
			.singleRow();
	}

}
