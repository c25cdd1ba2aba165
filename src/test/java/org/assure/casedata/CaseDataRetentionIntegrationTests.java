package org.assure.casedata;

import java.util.List;

import org.assure.audit.Retention;
import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.IndicatorValue;
import org.assure.indicators.Indicators;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.Fixtures;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The retention schedule on case-level data: six years after the end of the period a
 * return covers, the batch's children, journeys and findings are deleted; the batch stays
 * with its counts, and its period's indicators are kept as computed, never computed again
 * from the journeys left. A batch under a legal hold, or not yet due, is kept.
 */
@AssureIntegrationTest
class CaseDataRetentionIntegrationTests {

	@Autowired
	CaseDataImports imports;

	@Autowired
	ImportBatches batches;

	@Autowired
	Indicators indicators;

	@Autowired
	Retention retention;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aBatchIsDeletedSixYearsAfterItsPeriodAndItsFiguresAreKept() throws Exception {
		AssureUser manager = this.users.inNewPartnership(Role.BOARD_MANAGER);
		long partnershipId = manager.requirePartnershipId();
		long old = importFor(partnershipId, "2015-16");
		long held = importFor(partnershipId, "2016-17");
		List<IndicatorValue> before = this.indicators.stored(partnershipId, "2015-16");
		assertThat(before).as("the import computed the year's indicators").isNotEmpty();
		long childrenBefore = rows("child", partnershipId, old);
		assertThat(childrenBefore).isPositive();
		assertThat(rows("data_quality_finding", partnershipId, old)).isPositive();

		this.retention.run(ReportingPeriod.FinancialYear.starting(2015).end().plusYears(6).minusDays(1), "test",
				partnershipId);
		assertThat(rows("child", partnershipId, old)).as("kept until six years have passed").isEqualTo(childrenBefore);

		this.retention.hold(partnershipId, "case-data-batch", String.valueOf(held), "A claim about 2016-17", "test");
		this.retention.run(ReportingPeriod.FinancialYear.starting(2016).end().plusYears(6).plusDays(1), "test",
				partnershipId);

		for (String table : List.of("child", "contact", "assessment", "data_quality_finding", "kept_return_row")) {
			assertThat(rows(table, partnershipId, old)).as(table).isZero();
		}
		ImportBatch disposed = this.batches.find(partnershipId, old, null).orElseThrow();
		assertThat(disposed.disposed()).isTrue();
		assertThat(disposed.children()).as("the batch keeps its counts").isEqualTo(childrenBefore);
		assertThat(rows("child", partnershipId, held)).as("kept by the legal hold").isPositive();
		assertThat(this.batches.find(partnershipId, held, null).orElseThrow().disposed()).isFalse();

		assertThat(this.indicators.stored(partnershipId, "2015-16")).as("the figures are kept")
			.containsExactlyInAnyOrderElementsOf(before);
		assertThat(this.indicators.computeWithMonths(partnershipId, ReportingPeriod.FinancialYear.starting(2015)))
			.as("computing the year again gives the figures kept, not those of the journeys left")
			.containsExactlyInAnyOrderElementsOf(before);
		assertThat(this.indicators.stored(partnershipId, "2015-16")).containsExactlyInAnyOrderElementsOf(before);
		assertThat(this.batches.disposedPeriods(partnershipId)).extracting(BatchPeriod::code)
			.containsExactly("2015-16");

		this.mvc.perform(get("/casedata/batches/" + old).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("were deleted on")));
		assertThat(this.jdbc
			.sql("select count(*) from access_log where partnership_id = ? and action = 'DISPOSE' "
					+ "and record_type = 'case-data-batch' and record_id = ?")
			.params(partnershipId, String.valueOf(old))
			.query(Long.class)
			.single()).as("the disposal is in the access log").isEqualTo(1);
	}

	@Test
	void theScheduleRunsFromItsPageOnlyWhenConfirmed() throws Exception {
		AssureUser admin = this.users.inNewPartnership(Role.ADMIN);
		long partnershipId = admin.requirePartnershipId();
		long batch = importFor(partnershipId, "2001-02");
		this.mvc.perform(post("/admin/retention/run").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("runError",
					"Tick the box to confirm: the records disposed of cannot be brought back"));
		assertThat(this.batches.find(partnershipId, batch, null).orElseThrow().disposed()).isFalse();
		this.mvc.perform(post("/admin/retention/run").param("confirm", "yes").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", containsString("1 records disposed of")));
		assertThat(this.batches.find(partnershipId, batch, null).orElseThrow().disposed()).isTrue();
	}

	private long importFor(long partnershipId, String period) {
		return this.imports
			.importFiles(partnershipId, ImportSource.CIN_CENSUS,
					List.of(new ImportFile("CIN_Census_2024.xml", Fixtures.external("cin-census/CIN_Census_2024.xml"))),
					period, null, "test", ImportProgress.NONE)
			.batchId();
	}

	private long rows(String table, long partnershipId, long batchId) {
		return this.jdbc.sql("select count(*) from " + table + " where partnership_id = ? and batch_id = ?")
			.params(partnershipId, batchId)
			.query(Long.class)
			.single();
	}

}
