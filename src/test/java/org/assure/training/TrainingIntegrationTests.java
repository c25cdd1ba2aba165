package org.assure.training;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogFilter;
import org.assure.calendar.ReportingPeriod;
import org.assure.partnership.AssureUser;
import org.assure.partnership.Role;
import org.assure.shell.InvalidUploadException;
import org.assure.support.AssureIntegrationTest;
import org.assure.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The training programme end to end: the demo's 2014-15 report reproduces the seed's
 * figures; a course goes from its bookings to the six-month evaluation; the board reads
 * only the report; reads of bookings are logged and the attendee never stored; a
 * spreadsheet stores all or nothing.
 */
@AssureIntegrationTest
class TrainingIntegrationTests {

	@Autowired
	private Training training;

	@Autowired
	private TrainingCsv csv;

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
		Training.Report report = this.training.report(this.users.demoPartnershipId(),
				ReportingPeriod.FinancialYear.starting(2014));
		assertThat(report.courses()).hasSize(63);
		assertThat(report.themes()).hasSize(17);
		Training.Comparison comparison = report.comparison();
		assertThat(comparison.months()).isEqualTo(9);
		assertThat(comparison.practitioners()).isEqualTo(847);
		assertThat(comparison.noShowRate()).isEqualTo("7.0%");
		assertThat(comparison.lastAttended()).isEqualTo(792);
		assertThat(comparison.lastNoShowRate()).isEqualTo("12.0%");
		assertThat(comparison.change()).isEqualTo("+6.9%");
		assertThat(comparison.lastSource()).contains("seed lines 862-869");
		assertThat(report.adultServicesShare()).isEqualTo("12.0%");
		assertThat(report.lastAdultServicesShare()).isEqualTo("6.1%");
		assertThat(report.share(report.areas().get("Our area only"))).isEqualTo("43.0%");
		assertThat(report.share(report.areas().get("Both areas"))).isEqualTo("19.0%");
		assertThat(report.evaluation()).allSatisfy((stage) -> assertThat(stage.responses()).isZero());
		assertThat(this.indicators.stored(this.users.demoPartnershipId(), "2014-15")).anySatisfy((value) -> {
			assertThat(value.code()).isEqualTo("training-no-shows");
			assertThat(value.numerator()).isEqualTo(64);
			assertThat(value.denominator()).isEqualTo(911);
		});
		this.mvc.perform(get("/training/reports?year=2014-15").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("847 practitioners trained in the 9 months to date")))
			.andExpect(content().string(containsString("id=\"evaluation-chart\"")))
			.andExpect(content().string(containsString("id=\"attendance-chart\"")));
		this.mvc.perform(get("/training/reports").with(user(this.users.demo(Role.LADO))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCourseGoesFromItsBookingsToTheSixMonthEvaluation() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		AssureUser manager = this.users.demo(Role.BOARD_MANAGER);
		LocalDate runs = this.training.today().minusMonths(7);
		String location = this.mvc
			.perform(post("/training/courses").param("title", "Test course on neglect")
				.param("theme", "neglect")
				.param("kind", "COURSE")
				.param("runsOn", runs.toString())
				.param("provider", "Police")
				.param("places", "1")
				.with(user(manager))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/training/courses/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		try {
			this.mvc
				.perform(post(location + "/bookings").param("attendee", "jo.bloggs@example.org")
					.param("sector", "HEALTH")
					.param("area", "Both areas")
					.param("competencyLevel", "2")
					.param("bookedOn", runs.minusDays(3).toString())
					.with(user(manager))
					.with(csrf()))
				.andExpect(flash().attribute("success", "Place booked"));
			this.mvc
				.perform(post(location + "/bookings").param("attendee", "someone.else@example.org")
					.param("sector", "POLICE")
					.param("area", "Our area only")
					.param("bookedOn", runs.minusDays(2).toString())
					.with(user(manager))
					.with(csrf()))
				.andExpect(flash().attribute("problems",
						Map.of("attendee", "The course is full: all 1 places are booked")));
			assertThat(this.jdbc.sql("select count(*) from training_booking where attendee_key like '%bloggs%'")
				.query(Long.class)
				.single()).isZero();
			Booking booking = this.training.bookings(partnershipId, id).get(0);
			this.mvc
				.perform(post(location + "/evaluations").param("bookingId", String.valueOf(booking.id()))
					.param("stage", "AFTER")
					.param("knowledge", "8")
					.param("skills", "7")
					.param("confidence", "8")
					.param("objectives", "MET")
					.param("evaluatedOn", runs.toString())
					.with(user(manager))
					.with(csrf()))
				.andExpect(flash().attribute("problems", Map.of("stage",
						"Only an attendee evaluates the course after it: record the attendance first")));
			this.mvc
				.perform(post(location + "/attendance").param("mark." + booking.id(), "ATTENDED")
					.with(user(manager))
					.with(csrf()))
				.andExpect(flash().attribute("success", "Attendance recorded"));
			String[][] stages = { { "BEFORE", "4", "5", "3", "NOT_MET", runs.minusDays(1).toString() },
					{ "AFTER", "8", "7", "8", "MET", runs.toString() },
					{ "THREE_MONTHS", "8", "8", "8", "MET", runs.plusMonths(3).toString() },
					{ "SIX_MONTHS", "9", "8", "9", "MET", runs.plusMonths(6).toString() } };
			for (String[] stage : stages) {
				this.mvc
					.perform(post(location + "/evaluations").param("bookingId", String.valueOf(booking.id()))
						.param("stage", stage[0])
						.param("knowledge", stage[1])
						.param("skills", stage[2])
						.param("confidence", stage[3])
						.param("objectives", stage[4])
						.param("evaluatedOn", stage[5])
						.with(user(manager))
						.with(csrf()))
					.andExpect(flash().attribute("success", "Evaluation recorded"));
			}
			this.mvc
				.perform(post(location + "/evaluations").param("bookingId", String.valueOf(booking.id()))
					.param("stage", "SIX_MONTHS")
					.param("knowledge", "11")
					.param("skills", "8")
					.param("confidence", "8")
					.param("objectives", "MET")
					.param("evaluatedOn", runs.plusMonths(6).toString())
					.with(user(manager))
					.with(csrf()))
				.andExpect(flash().attribute("problems", Map.of("knowledge", "Enter the knowledge score: 1 to 10")));
			assertThat(this.training.evaluations(partnershipId, id).get(booking.id())).hasSize(4);
			Training.Report report = this.training.report(partnershipId, ReportingPeriod.financialYearOf(runs));
			assertThat(report.evaluation().get(EvaluationStage.SIX_MONTHS.ordinal()).responses()).isPositive();
			this.mvc.perform(get(location).with(user(this.users.demo(Role.BOARD_MEMBER))))
				.andExpect(status().isForbidden());
			this.mvc.perform(get(location).with(user(manager)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Before, Just after, Three months on, Six months on")));
			assertThat(this.accessLog.find(new AccessLogFilter(partnershipId, "board-manager", AccessAction.READ,
					Training.COURSE_RECORD, String.valueOf(id), null, null, 0, 10)))
				.isNotEmpty()
				.allSatisfy((entry) -> assertThat(entry.detail()).isNull());
		}
		finally {
			assertThat(this.training.withdraw(partnershipId, id, "The test is over", "test")).isEmpty();
		}
	}

	@Test
	void aSpreadsheetStoresAllOrNothing() {
		long partnershipId = this.users.demoPartnershipId();
		String header = String.join(",", TrainingCsv.COLUMNS) + "\n";
		int before = this.training.courses(partnershipId).size();
		String bad = header + "CSV course,Neglect,course,2016-05-10,Health,10,a@example.org,Health,Our area only,,"
				+ "2016-05-01,attended\n"
				+ "CSV course,Neglect,course,2016-05-10,Health,10,b@example.org,Nursing,Nowhere,9,2016-05-11,maybe\n";
		assertThatThrownBy(() -> this.csv.importCsv(partnershipId, new StringReader(bad), "training.csv", "test"))
			.isInstanceOfSatisfying(InvalidUploadException.class, (ex) -> assertThat(ex.problems()).containsExactly(
					"training.csv row 3, sector: one of Children's social care, Early help and family support, "
							+ "Schools and education, Early years and childcare, Health, Police, Probation and "
							+ "youth justice, Voluntary, community and faith, Adult social and health care, "
							+ "Other, Not recorded, not 'Nursing'",
					"training.csv row 3, status: one of Booked, Attended, Did not attend, Cancelled, not 'maybe'"));
		assertThat(this.training.courses(partnershipId)).hasSize(before);
		String good = header + "CSV course,Neglect,course,2016-05-10,Health,10,a@example.org,Health,Our area only,,"
				+ "2016-05-01,attended\n"
				+ "CSV course,Neglect,course,2016-05-10,Health,10,b@example.org,Police,Both areas,2,2016-05-02,"
				+ "did not attend\n" + "CSV event,Child sexual exploitation,event,2016-06-01,Police,100,,,,,,\n";
		assertThat(this.csv.importCsv(partnershipId, new StringReader(good), "training.csv", "test")).isEqualTo(3);
		try {
			Course course = this.training.courses(partnershipId)
				.stream()
				.filter((c) -> c.title().equals("CSV course"))
				.findFirst()
				.orElseThrow();
			assertThat(course.attended()).isEqualTo(1);
			assertThat(course.noShows()).isEqualTo(1);
			assertThat(this.training.courses(partnershipId)).hasSize(before + 2);
		}
		finally {
			this.training.courses(partnershipId)
				.stream()
				.filter((c) -> c.title().startsWith("CSV "))
				.forEach((c) -> this.training.withdraw(partnershipId, c.id(), "The test is over", "test"));
		}
	}

}
