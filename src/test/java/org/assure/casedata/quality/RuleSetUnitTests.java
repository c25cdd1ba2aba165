package org.assure.casedata.quality;

import java.time.LocalDate;
import java.util.List;

import org.assure.calendar.WorkingDays;
import org.assure.casedata.journey.Journey;
import org.assure.casedata.journey.Location;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSetUnitTests {

	private static final LocalDate REFERENCE = LocalDate.of(2015, 3, 31);

	private final RuleSet rules = new RuleSet(REFERENCE, WorkingDays.englandAndWales(), CodeLists.dfe());

	private final Location at = new Location("test.xml", "Child[1]");

	@Test
	void acceptsAGoodJourneyWithoutFindings() {
		Journey.Child child = child();
		Journey.Episode episode = episode(child, "2014-06-02", "2014-11-28");
		Journey.Assessment assessment = new Journey.Assessment(this.at.then("Assessments[1]"));
		assessment.start = LocalDate.of(2014, 6, 3);
		assessment.authorised = LocalDate.of(2014, 7, 20);
		assessment.factors.add("2A");
		episode.assessments.add(assessment);
		assertThat(this.rules.check(child, false)).isEmpty();
		assertThat(child.rejected()).isFalse();
	}

	@Test
	void rejectsADateAfterTheReferenceDate() {
		Journey.Child child = child();
		Journey.Episode episode = episode(child, "2015-04-01", null);
		List<Finding> findings = this.rules.check(child, false);
		assertThat(findings).extracting(Finding::rule).containsExactly("DQ101");
		assertThat(episode.rejected()).isTrue();
		assertThat(child.rejected()).isFalse();
	}

	@Test
	void rejectsAReferralAfterItsClosure() {
		Journey.Child child = child();
		Journey.Episode episode = episode(child, "2014-06-02", "2014-05-01");
		assertThat(this.rules.check(child, false)).extracting(Finding::rule).containsExactly("DQ103");
		assertThat(episode.rejected()).isTrue();
	}

	@Test
	void rejectsAnAssessmentAuthorisedBeforeItStartedAndAnEndBeforeAStart() {
		Journey.Child child = child();
		Journey.Episode episode = episode(child, "2014-06-02", null);
		Journey.Assessment assessment = new Journey.Assessment(this.at.then("Assessments[1]"));
		assessment.start = LocalDate.of(2014, 6, 10);
		assessment.authorised = LocalDate.of(2014, 6, 9);
		episode.assessments.add(assessment);
		Journey.CinPlan plan = new Journey.CinPlan(this.at.then("CINPlanDates[1]"));
		plan.start = LocalDate.of(2014, 8, 1);
		plan.end = LocalDate.of(2014, 7, 1);
		episode.cinPlans.add(plan);
		assertThat(this.rules.check(child, false)).extracting(Finding::rule).containsExactly("DQ104", "DQ102");
		assertThat(assessment.rejected()).isTrue();
		assertThat(plan.rejected()).isTrue();
		assertThat(episode.rejected()).isFalse();
	}

	@Test
	void rejectsAConferenceBeforeItsEnquiryAndAReviewBeforeItsPlan() {
		Journey.Child child = child();
		Journey.Episode episode = episode(child, "2014-06-02", null);
		Journey.Section47 enquiry = new Journey.Section47(this.at.then("Section47[1]"));
		enquiry.start = LocalDate.of(2014, 6, 10);
		enquiry.icpcDate = LocalDate.of(2014, 6, 5);
		episode.section47s.add(enquiry);
		Journey.ProtectionPlan plan = new Journey.ProtectionPlan(this.at.then("ChildProtectionPlans[1]"));
		plan.start = LocalDate.of(2014, 7, 1);
		plan.reviews.add(LocalDate.of(2014, 6, 30));
		plan.initialCategory = "NEG";
		episode.protectionPlans.add(plan);
		assertThat(this.rules.check(child, false)).extracting(Finding::rule).containsExactly("DQ105", "DQ106");
	}

	@Test
	void queriesOverlappingEpisodesAndKeepsThem() {
		Journey.Child child = child();
		episode(child, "2014-06-02", "2014-09-01");
		Journey.Episode second = episode(child, "2014-08-01", null);
		List<Finding> findings = this.rules.check(child, false);
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("DQ107");
			assertThat(finding.severity()).isEqualTo(Severity.QUERY);
			assertThat(finding.message()).isEqualTo(
					"Referral 2014-08-01 falls inside the episode referred on 2014-06-02 and closed on 2014-09-01");
		});
		assertThat(second.rejected()).isFalse();
	}

	@Test
	void rejectsTheSecondRecordOfADuplicateChild() {
		Journey.Child child = child();
		assertThat(this.rules.check(child, true)).extracting(Finding::rule).containsExactly("DQ108");
		assertThat(child.rejected()).isTrue();
	}

	@Test
	void queriesACodeOutsideTheListAndKeepsTheRecordWithoutIt() {
		Journey.Child child = child();
		child.ethnicity = "ZZZZ";
		Journey.Episode episode = episode(child, "2014-06-02", null);
		episode.referralSource = "9Z";
		assertThat(this.rules.check(child, false)).extracting(Finding::rule).containsExactly("DQ109", "DQ109");
		assertThat(child.ethnicity).isNull();
		assertThat(episode.referralSource).isNull();
		assertThat(episode.rejected()).isFalse();
	}

	@Test
	void queriesAnAssessmentOpenMoreThan45WorkingDays() {
		Journey.Child child = child();
		Journey.Episode episode = episode(child, "2015-01-02", null);
		Journey.Assessment late = new Journey.Assessment(this.at.then("Assessments[1]"));
		late.start = LocalDate.of(2015, 1, 5);
		episode.assessments.add(late);
		Journey.Assessment inTime = new Journey.Assessment(this.at.then("Assessments[2]"));
		inTime.start = LocalDate.of(2015, 2, 2);
		episode.assessments.add(inTime);
		List<Finding> findings = this.rules.check(child, false);
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.rule()).isEqualTo("DQ110");
			assertThat(finding.location().place()).endsWith("Assessments[1]");
			assertThat(finding.message())
				.isEqualTo("Started 2015-01-05 and not authorised 61 working days later, at 2015-03-31");
		});
	}

	@Test
	void queriesAnEnquiryWithoutAConferenceAfter15WorkingDays() {
		Journey.Child child = child();
		Journey.Episode episode = episode(child, "2015-02-02", null);
		Journey.Section47 waiting = new Journey.Section47(this.at.then("Section47[1]"));
		waiting.start = LocalDate.of(2015, 3, 9);
		episode.section47s.add(waiting);
		Journey.Section47 notRequired = new Journey.Section47(this.at.then("Section47[2]"));
		notRequired.start = LocalDate.of(2015, 2, 9);
		notRequired.icpcNotRequired = true;
		episode.section47s.add(notRequired);
		Journey.Section47 recent = new Journey.Section47(this.at.then("Section47[3]"));
		recent.start = LocalDate.of(2015, 3, 10);
		episode.section47s.add(recent);
		assertThat(this.rules.check(child, false)).extracting(Finding::rule).containsExactly("DQ111");
	}

	@Test
	void holdsCensusFilesToTheYearsSexCodesButAcceptsEitherSetElsewhere() {
		Journey.Child census = child();
		census.sex = "M";
		assertThat(this.rules.check(census, false)).extracting(Finding::rule).containsExactly("DQ109");
		RuleSet lenient = new RuleSet(REFERENCE, WorkingDays.englandAndWales(), CodeLists.dfe(), false);
		Journey.Child other = child();
		other.sex = "F";
		assertThat(lenient.check(other, false)).isEmpty();
		assertThat(other.sex).isEqualTo("F");
		Journey.Child coded = child();
		coded.sex = "1";
		assertThat(lenient.check(coded, false)).isEmpty();
		assertThat(coded.sex).isEqualTo("M");
	}

	@Test
	void versionsTheCodeListsByCollectionYear() {
		assertThat(CodeLists.dfe().codes("Sex", 2025)).containsExactlyInAnyOrder("M", "F", "U");
		assertThat(CodeLists.dfe().codes("GenderCurrent", 2015)).contains("1", "2");
		assertThat(CodeLists.dfe().codes("ReferralSource", 2022)).doesNotContain("5D");
		assertThat(CodeLists.dfe().codes("ReferralSource", 2023)).contains("5D");
		assertThat(this.rules.collectionYear()).isEqualTo(2015);
	}

	private Journey.Child child() {
		Journey.Child child = new Journey.Child(this.at);
		child.localId = "A1";
		child.sex = "1";
		child.ethnicity = "WBRI";
		return child;
	}

	private Journey.Episode episode(Journey.Child child, String referral, String closure) {
		Journey.Episode episode = new Journey.Episode(this.at.then("CINdetails[" + (child.episodes.size() + 1) + "]"));
		episode.referralDate = LocalDate.parse(referral);
		episode.closureDate = (closure != null) ? LocalDate.parse(closure) : null;
		episode.referralSource = "1A";
		episode.primaryNeed = "N1";
		child.episodes.add(episode);
		return episode;
	}

}
