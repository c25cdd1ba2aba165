package org.assure.lado;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogEntry;
import org.assure.audit.AccessLogFilter;
import org.assure.audit.Retention;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The retention schedule on LADO records: kept while the person's retirement date is not
 * recorded, and until the later of ten years and that date; then anonymised (text,
 * pseudonyms, children and the values of its corrections gone; sector, harm, dates and
 * outcome kept), unless a legal hold keeps it; each disposal in the access log without
 * content.
 */
@AssureIntegrationTest
class LadoRetentionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Retention retention;

	@Autowired
	AccessLog accessLog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAllegationIsKeptUntilTheLaterOfTenYearsAndRetirementThenAnonymised() throws Exception {
		AssureUser lado = this.users.inNewPartnership(Role.LADO);
		long partnershipId = lado.requirePartnershipId();
		LocalDate today = LocalDate.now();
		long id = refer(lado, "Retention adult one", "A summary that must go in time");
		this.mvc
			.perform(as(lado,
					post("/lado/allegations/" + id + "/edit").param("receivedOn", today.toString())
						.param("referrer", "Head teacher")
						.param("sector", "EDUCATION")
						.param("adultRole", "Teacher")
						.param("setting", "Retention School")
						.param("harm", "EMOTIONAL")
						.param("summary", "A summary that must go in time, corrected")
						.param("reason", "The referral said more")))
			.andExpect(flash().attribute("success", "Allegation corrected"));
		this.mvc.perform(as(lado, get("/lado/allegations/" + id)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("That date is not recorded")));

		this.retention.run(today.plusYears(40), "test", partnershipId);
		assertThat(disposedOf(partnershipId)).as("kept while the retirement date is not known")
			.doesNotContain(String.valueOf(id));
		this.mvc.perform(as(lado, post("/lado/allegations/" + id + "/retention").param("retireOn", "not a date")))
			.andExpect(flash().attributeExists("problems"));
		this.mvc
			.perform(as(lado,
					post("/lado/allegations/" + id + "/retention").param("retireOn", today.plusYears(15).toString())))
			.andExpect(flash().attribute("success", "Retirement date recorded"));
		this.mvc.perform(as(lado, get("/lado/allegations/" + id)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kept until")));

		this.retention.run(today.plusYears(12), "test", partnershipId);
		assertThat(summary(id)).as("ten years passed, not the retirement date")
			.isEqualTo("A summary that must go in time, corrected");
		this.retention.run(today.plusYears(15).minusDays(1), "test", partnershipId);
		assertThat(summary(id)).isEqualTo("A summary that must go in time, corrected");

		this.retention.run(today.plusYears(15), "test", partnershipId);
		Map<String, Object> row = this.jdbc
			.sql("select summary, referrer, setting, adult_key, sector, harm, received_on, anonymised_at "
					+ "from allegation where partnership_id = ? and allegation_id = ?")
			.params(partnershipId, id)
			.query()
			.singleRow();
		assertThat(row.get("summary")).isEqualTo("(removed under the retention schedule)");
		assertThat(row.get("referrer")).isEqualTo("(removed under the retention schedule)");
		assertThat(row.get("setting")).isEqualTo("(removed under the retention schedule)");
		assertThat((String) row.get("adult_key")).startsWith("removed-");
		assertThat(row.get("sector")).as("kept for the statistics").isEqualTo("EDUCATION");
		assertThat(row.get("harm")).isEqualTo("EMOTIONAL");
		assertThat(row.get("anonymised_at")).isNotNull();
		assertThat(count("select count(*) from allegation_child where partnership_id = ? and allegation_id = ?",
				partnershipId, id))
			.isZero();
		assertThat(count("""
				select count(*) from record_correction_field f join record_correction c
				  on c.partnership_id = f.partnership_id and c.correction_id = f.correction_id
				where c.partnership_id = ? and c.record_kind = 'lado.allegation' and c.record_id = ?
				  and (f.before_value is not null or f.after_value is not null)""", partnershipId, id))
			.as("the corrections' values are blanked")
			.isZero();
		List<AccessLogEntry> disposals = this.accessLog
			.find(new AccessLogFilter(partnershipId, null, AccessAction.DISPOSE, null, null, null, null, 0, 100))
			.stream()
			.filter((entry) -> String.valueOf(id).equals(entry.recordId()))
			.toList();
		assertThat(disposals).singleElement()
			.satisfies((entry) -> assertThat(entry.detail()).startsWith("under the retention schedule")
				.doesNotContain("summary that must go"));
		this.mvc.perform(as(lado, get("/lado/allegations/" + id)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("has been anonymised")));
		this.retention.run(today.plusYears(16), "test", partnershipId);
		assertThat(this.accessLog
			.find(new AccessLogFilter(partnershipId, null, AccessAction.DISPOSE, null, null, null, null, 0, 100))
			.stream()
			.filter((entry) -> String.valueOf(id).equals(entry.recordId()))).as("disposed of once").hasSize(1);
	}

	@Test
	void aLegalHoldKeepsARecordUntilItIsReleased() throws Exception {
		AssureUser lado = this.users.inNewPartnership(Role.LADO);
		long partnershipId = lado.requirePartnershipId();
		LocalDate today = LocalDate.now();
		long id = refer(lado, "Retention adult two", "Held for an inquiry");
		this.mvc
			.perform(as(lado,
					post("/lado/allegations/" + id + "/retention").param("retireOn", today.plusYears(1).toString())))
			.andExpect(flash().attribute("success", "Retirement date recorded"));
		long hold = this.retention.hold(partnershipId, "lado.allegation", String.valueOf(id),
				"Independent inquiry into the setting", "admin");
		List<Retention.ClassRun> runs = this.retention.run(today.plusYears(11), "test", partnershipId);
		assertThat(summary(id)).isEqualTo("Held for an inquiry");
		assertThat(runs).filteredOn((run) -> run.recordClass().equals("lado.allegation"))
			.singleElement()
			.satisfies((run) -> assertThat(run.held().get(partnershipId)).isGreaterThanOrEqualTo(1));
		assertThat(this.retention.holds(partnershipId)).extracting(Retention.Hold::recordId)
			.contains(String.valueOf(id));

		assertThat(this.retention.runs(partnershipId)).first()
			.satisfies((run) -> assertThat(run.held()).isEqualTo(1))
			.satisfies((run) -> assertThat(run.recordClass()).isEqualTo("lado.allegation"));
		assertThat(this.retention.release(partnershipId, hold, "admin")).isTrue();
		assertThat(this.retention.release(partnershipId, hold, "admin")).as("released once").isFalse();
		this.retention.run(today.plusYears(11), "test", partnershipId);
		assertThat(summary(id)).isEqualTo("(removed under the retention schedule)");
		assertThat(this.retention.runs(partnershipId)).first().satisfies((run) -> assertThat(run.disposed()).isOne());
	}

	private List<String> disposedOf(long partnershipId) {
		return this.accessLog
			.find(new AccessLogFilter(partnershipId, null, AccessAction.DISPOSE, null, null, null, null, 0, 500))
			.stream()
			.map(AccessLogEntry::recordId)
			.toList();
	}

	private String summary(long id) {
		return this.jdbc.sql("select summary from allegation where allegation_id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private long refer(AssureUser lado, String adult, String summary) throws Exception {
		String location = this.mvc
			.perform(as(lado,
					post("/lado/allegations").param("receivedOn", LocalDate.now().toString())
						.param("referrer", "Head teacher")
						.param("sector", "EDUCATION")
						.param("adultRole", "Teacher")
						.param("setting", "Retention School")
						.param("adult", adult)
						.param("children", "RETENTION-CHILD-" + summary.length())
						.param("harm", "PHYSICAL")
						.param("summary", summary)))
			.andExpect(redirectedUrlPattern("/lado/allegations/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static MockHttpServletRequestBuilder as(AssureUser user, MockHttpServletRequestBuilder request) {
		return request.with(user(user)).with(csrf());
	}

}
