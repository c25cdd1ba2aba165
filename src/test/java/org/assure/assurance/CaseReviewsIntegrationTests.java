package org.assure.assurance;

import java.time.LocalDate;
import java.util.Map;

import org.assure.calendar.ClockState;
import org.assure.audit.AccessAction;
import org.assure.audit.AccessLog;
import org.assure.audit.AccessLogFilter;
import org.assure.calendar.ReportingPeriod;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Evidence;
import org.assure.indicators.Theme;
import org.assure.notifications.Notifications;
import org.assure.partnership.Role;
import org.assure.shell.WaitingList;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Case reviews end to end: the demo reproduces the seed's nine cases; a case is put
 * forward, reviewed, decided and published through the web, an illegal move is refused
 * with its reason, every read is in the access log, a clock due soon is a reminder and
 * waits on the board manager's home page, a data lead cannot see reviews, and a review is
 * corrected, withdrawn and restored.
 */
@AssureIntegrationTest
class CaseReviewsIntegrationTests {

	@Autowired
	private CaseReviews reviews;

	@Autowired
	private Notifications notifications;

	@Autowired
	private Corrections corrections;

	@Autowired
	private Evidence evidence;

	@Autowired
	private AccessLog accessLog;

	@Autowired
	private TestUsers users;

	@Autowired
	private MockMvc mvc;

	@Test
	void theDemoReproducesTheSeedsNineCasesConsideredIn2014To15() throws Exception {
		CaseReviews.Summary summary = this.reviews.summary(this.users.demoPartnershipId(),
				ReportingPeriod.FinancialYear.starting(2014));
		assertThat(summary.considered()).isEqualTo(9);
		assertThat(summary.byDecision()).containsEntry(ReviewDecision.STATUTORY_REVIEW, 5)
			.containsEntry(ReviewDecision.LEARNING_REVIEW, 2)
			.containsEntry(ReviewDecision.CRITERIA_NOT_MET, 2);
		assertThat(summary.published()).as("no SCR was published in 2014-15").isZero();
		this.mvc.perform(get("/assurance/reviews?year=2014-15").with(user(this.users.demo(Role.BOARD_MEMBER))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<dd class=\"govuk-summary-list__value\" id=\"considered\">9</dd>")));
	}

	@Test
	void aCaseGoesFromNotificationToPublicationAndAnIllegalMoveSaysWhy() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		var manager = this.users.demo(Role.BOARD_MANAGER);
		String location = this.mvc
			.perform(post("/assurance/reviews").param("reference", "IT case A")
				.param("summary", "Serious injury to an infant")
				.param("becameAwareOn", "2015-06-01")
				.param("notifiedOn", "2015-06-03")
				.param("theme", Theme.CHILD_PROTECTION.code())
				.with(user(manager))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/assurance/reviews/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		this.mvc
			.perform(post("/assurance/reviews/" + id + "/decision").param("decision", "LEARNING_REVIEW")
				.param("rationale", "Learning to draw out")
				.param("decidedOn", "2015-06-20")
				.param("endorsedBy", "Independent Chair")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("problems", Map.of("move",
					"A review that stands at 'Notified' cannot record the decision: hold the rapid review first")));

		this.mvc
			.perform(post("/assurance/reviews/" + id + "/rapid-review").param("rapidReviewOn", "2015-06-19")
				.param("abuseOrNeglect", "true")
				.param("seriouslyHarmed", "true")
				.param("concernAboutWorkingTogether", "true")
				.with(user(this.users.demo(Role.SUBGROUP_CHAIR)))
				.with(csrf()))
			.andExpect(flash().attribute("success", "Rapid review recorded"));
		this.mvc
			.perform(post("/assurance/reviews/" + id + "/decision").param("decision", "LEARNING_REVIEW")
				.param("rationale", "Learning to draw out")
				.param("decidedOn", "2015-06-20")
				.param("endorsedBy", "Independent Chair")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("problems", Map.of("move",
					"The rapid review found the criteria met, so the case must have a serious case review: correct the checklist if it is wrong")));
		this.mvc
			.perform(post("/assurance/reviews/" + id + "/decision").param("decision", "STATUTORY_REVIEW")
				.param("rationale", "Criteria met")
				.param("decidedOn", "2015-06-20")
				.param("endorsedBy", "Independent Chair")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("success", "Decision recorded"));
		assertThat(this.evidence.onTheme(partnershipId, Theme.CHILD_PROTECTION)).anySatisfy((item) -> {
			assertThat(item.title()).isEqualTo("Case review: IT case A");
			assertThat(item.kind()).isEqualTo(Evidence.Kind.CASE_REVIEW);
		});
		this.mvc
			.perform(post("/assurance/reviews/" + id + "/publication").param("publishedOn", "2015-12-01")
				.param("learning", "Hospital discharge planning")
				.with(user(manager))
				.with(csrf()))
			.andExpect(flash().attribute("success", "Publication recorded"));
		CaseReview published = this.reviews.find(partnershipId, id).orElseThrow();
		assertThat(published.status()).isEqualTo(ReviewStatus.PUBLISHED);
		assertThat(this.reviews.clocks().of(published, LocalDate.of(2016, 1, 1)))
			.extracting((clock) -> clock.state().name())
			.containsExactly("MET", "MET", "MET", "OVERDUE", "MET");

		this.mvc.perform(get("/assurance/reviews/" + id).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hospital discharge planning")));
		assertThat(this.accessLog.find(new AccessLogFilter(partnershipId, "board-manager", AccessAction.READ,
				CaseReviews.REVIEW_RECORD, String.valueOf(id), null, null, 0, 10)))
			.as("reading a review is logged, without its content")
			.singleElement()
			.satisfies((entry) -> assertThat(entry.detail()).isNull());
	}

	@Test
	void aClockDueSoonIsARemindedAndWaitingStepAndADataLeadSeesNoReviews() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		LocalDate today = this.reviews.today();
		CaseReviews.Created created = this.reviews.notify(partnershipId,
				new CaseReviews.NewReview("IT case B", null, "Death of a child", null, today, null, null), "test");
		assertThat(created.problems()).isEmpty();
		assertThat(this.reviews.due(partnershipId, today)).anySatisfy((due) -> {
			assertThat(due.review().id()).isEqualTo(created.id());
			assertThat(due.clock().step()).isEqualTo(ReviewClocks.Step.NOTIFICATION);
			assertThat(due.clock().state()).isEqualTo(ClockState.DUE_SOON);
		});
		assertThat(this.notifications.waitingFor(partnershipId, "board-manager")).extracting(WaitingList.Waiting::link)
			.contains("/assurance/reviews/" + created.id());
		assertThat(this.notifications.waitingFor(partnershipId, "agency-data-lead"))
			.extracting(WaitingList.Waiting::link)
			.doesNotContain("/assurance/reviews/" + created.id());

		this.mvc.perform(get("/assurance/reviews").with(user(this.users.demo(Role.AGENCY_DATA_LEAD))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/assurance/reviews/" + created.id()).with(user(this.users.demo(Role.AGENCY_DATA_LEAD))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/assurance/reviews/" + created.id() + "/rapid-review").param("rapidReviewOn", "2015-06-19")
				.with(user(this.users.demo(Role.BOARD_MEMBER)))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReviewIsCorrectedWithdrawnAndRestored() throws Exception {
		long partnershipId = this.users.demoPartnershipId();
		long id = this.reviews
			.notify(partnershipId,
					new CaseReviews.NewReview("IT case C", null, "Injury", null, LocalDate.of(2016, 3, 2), null, null),
					"test")
			.id();
		assertThat(this.reviews
			.notify(partnershipId, new CaseReviews.NewReview(" ", null, "", null, LocalDate.of(2099, 1, 1), null, null),
					"test")
			.problems()).containsOnlyKeys("reference", "summary", "becameAwareOn");
		this.mvc
			.perform(post("/assurance/reviews/" + id + "/edit").param("reference", "IT case C")
				.param("summary", "Injury")
				.param("becameAwareOn", "2016-03-03")
				.param("reason", "")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(flash().attribute("problems",
					Map.of("reason", "Say why the record is being corrected: the history keeps it")));
		this.mvc
			.perform(post("/assurance/reviews/" + id + "/edit").param("reference", "IT case C")
				.param("summary", "Injury")
				.param("becameAwareOn", "2016-03-03")
				.param("reason", "The referral came the next day")
				.with(user(this.users.demo(Role.BOARD_MANAGER)))
				.with(csrf()))
			.andExpect(flash().attribute("success", "Case review corrected"));
		assertThat(this.reviews.find(partnershipId, id).orElseThrow().becameAwareOn())
			.isEqualTo(LocalDate.of(2016, 3, 3));

		assertThat(this.reviews.withdraw(partnershipId, id, "Put forward twice", "board-manager")).isEmpty();
		assertThat(this.reviews.find(partnershipId, id)).isEmpty();
		this.mvc.perform(get("/assurance/reviews/" + id).with(user(this.users.demo(Role.BOARD_MANAGER))))
			.andExpect(status().isNotFound());
		RecordRef record = new RecordRef(CaseReviews.REVIEW_RECORD, id);
		assertThat(this.corrections.withdrawn(partnershipId)).anySatisfy((w) -> {
			assertThat(w.record()).isEqualTo(record);
			assertThat(w.what()).isEqualTo("case review");
			assertThat(w.description()).startsWith("IT case C");
		});
		assertThat(this.corrections.restore(partnershipId, record, "Not a duplicate", "admin")).isEmpty();
		assertThat(this.reviews.find(partnershipId, id)).isPresent();
		assertThat(this.reviews.corrections(partnershipId, id)).extracting(Correction::kind)
			.containsExactly(Correction.Kind.EDITED, Correction.Kind.WITHDRAWN, Correction.Kind.RESTORED);
	}

}
