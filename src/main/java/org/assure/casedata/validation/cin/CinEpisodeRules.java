package org.assure.casedata.validation.cin;

import static org.assure.casedata.validation.cin.Cin.ASSESSMENTS;
import static org.assure.casedata.validation.cin.Cin.ASSESSMENT_END;
import static org.assure.casedata.validation.cin.Cin.ASSESSMENT_START;
import static org.assure.casedata.validation.cin.Cin.CLOSURE;
import static org.assure.casedata.validation.cin.Cin.CPP_END;
import static org.assure.casedata.validation.cin.Cin.CPP_START;
import static org.assure.casedata.validation.cin.Cin.DEATH;
import static org.assure.casedata.validation.cin.Cin.DETAILS;
import static org.assure.casedata.validation.cin.Cin.ICPC;
import static org.assure.casedata.validation.cin.Cin.PLANS;
import static org.assure.casedata.validation.cin.Cin.PLAN_DATES;
import static org.assure.casedata.validation.cin.Cin.PLAN_END;
import static org.assure.casedata.validation.cin.Cin.PLAN_START;
import static org.assure.casedata.validation.cin.Cin.REFERRAL;
import static org.assure.casedata.validation.cin.Cin.S47_START;
import static org.assure.casedata.validation.cin.Cin.SECTION47;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assure.casedata.validation.Dates;
import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.Findings;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.Rows;
import org.assure.casedata.validation.RuleSpec;
import org.jspecify.annotations.Nullable;

/**
 * The rules about episodes of need ({@code CINdetails}): referral and closure, the
 * assessments and Section 47 enquiries within them, and conferences.
 */
final class CinEpisodeRules {

	private static final Set<String> YES_NO = Set.of("1", "0", "true", "false");

	private CinEpisodeRules() {
	}

	static List<DfeRule> first() {
		return List.of(assessmentBeforeReferral(), conferenceBeforeReferral(), planBeforeReferral(), conferenceTwice(),
				planNotOnConferenceDay(), enquiryBeforeReferral(), activityAfterNoFurtherAction(),
				enquiryWithoutAssessment(), activityAfterClosure(), referralNfaFlag(), oldReferralNfa(), diedNoDeath(),
				referralDate(), assessmentEndsBeforeStart(), primaryNeedMissing(), factorsWithoutAuthorisation(),
				enquiryAfterConference(), factor8a(), closureInYear(), closureBeforeReferral(), closureReason(),
				primaryNeed(), assessmentEndInYear(), conferenceInYear(), noFactorsNotClosed(), assessmentOverdue(),
				enquiryOverdue(), openAssessmentStartInYear(), openEnquiryStartInYear(), closureWithoutReason(),
				reasonWithoutClosure(), twoOpenEpisodes(), openEpisodeNotLatest(), overlappingEpisodes(),
				closedAfterAssessmentWithoutOne(), activityAfterReferralNfa(), twoOpenEnquiries(),
				overlappingAssessments(), referralSource(), closedWithOpenAssessment(), closedWithOpenEnquiry(),
				factor21WithOthers(), conferenceTargetAtWeekend(), conferenceAtWeekend(), overlappingEnquiries(),
				twoOpenAssessments(), factorsMissing(), factorTwice());
	}

	/** 2024-25: factors 18A and 19A split. */
	static List<DfeRule> addedIn2025() {
		return List.of(retiredFactor("8945Q", "18A", "'18B' or '18C'"),
				retiredFactor("8950Q", "19A", "'19B' or '19C'"));
	}

	/** Whether every value is the one given. */
	private static boolean allEqual(List<String> values, String value) {
		for (String each : values) {
			if (!value.equals(each)) {
				return false;
			}
		}
		return true;
	}

	/** Whether any value is the one given, whatever its case. */
	private static boolean anyIgnoringCase(List<String> values, String value) {
		for (String each : values) {
			if (value.equalsIgnoreCase(each)) {
				return true;
			}
		}
		return false;
	}

	/** Each episode's rows of one nested table, with the episode. */
	private static void each(org.assure.casedata.validation.ReturnChild child, String table, Nested check) {
		for (Row episode : child.rows(DETAILS)) {
			for (Row row : episode.rows(table)) {
				check.row(episode, row);
			}
		}
	}

	@FunctionalInterface
	private interface Nested {

		void row(Row episode, Row row);

	}

	private static DfeRule assessmentBeforeReferral() {
		RuleSpec spec = RuleSpec.of("1103", "The assessment start date cannot be before the referral date",
				"Assessments.AssessmentActualStartDate", "CINdetails.CINreferralDate");
		return DfeRule.of(spec, (child, context, findings) -> each(child, ASSESSMENTS, (episode, assessment) -> {
			LocalDate start = assessment.date(ASSESSMENT_START);
			LocalDate referral = episode.date(REFERRAL);
			if (Dates.before(start, referral)) {
				findings.at(assessment, ASSESSMENT_START, "Assessment started " + start + ", referral " + referral);
			}
		}));
	}

	private static DfeRule conferenceBeforeReferral() {
		RuleSpec spec = RuleSpec.of("1104",
				"The date of the initial child protection conference cannot be before the referral date",
				"Section47.DateOfInitialCPC", "CINdetails.DateOfInitialCPC", "CINdetails.CINreferralDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				LocalDate referral = episode.date(REFERRAL);
				if (Dates.before(episode.date(ICPC), referral)) {
					findings.at(episode, ICPC, "Conference " + episode.date(ICPC) + ", referral " + referral);
				}
				for (Row enquiry : episode.rows(SECTION47)) {
					if (Dates.before(enquiry.date(ICPC), referral)) {
						findings.at(enquiry, ICPC, "Conference " + enquiry.date(ICPC) + ", referral " + referral);
					}
				}
			}
		});
	}

	private static DfeRule planBeforeReferral() {
		RuleSpec spec = RuleSpec.of("1105", "The child protection plan start date cannot be before the referral date",
				"ChildProtectionPlans.CPPstartDate", "CINdetails.CINreferralDate");
		return DfeRule.of(spec, (child, context, findings) -> each(child, PLANS, (episode, plan) -> {
			LocalDate start = plan.date(CPP_START);
			if (Dates.before(start, episode.date(REFERRAL))) {
				findings.at(plan, CPP_START, "Plan started " + start + ", referral " + episode.date(REFERRAL));
			}
		}));
	}

	private static DfeRule conferenceTwice() {
		RuleSpec spec = RuleSpec.of("2884",
				"An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one",
				"Section47.DateOfInitialCPC", "CINdetails.DateOfInitialCPC");
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> enquiries = child.nested(DETAILS, SECTION47);
			for (Row episode : child.rows(DETAILS)) {
				LocalDate conference = episode.date(ICPC);
				for (Row enquiry : enquiries) {
					if (Dates.same(conference, enquiry.date(ICPC))) {
						findings.at(enquiry, ICPC, "Conference " + conference + " is given on both the Section 47 and "
								+ episode.location().place());
					}
				}
			}
		});
	}

	private static DfeRule planNotOnConferenceDay() {
		RuleSpec spec = RuleSpec.of("2885",
				"Child protection plan shown as starting a different day to the initial child protection conference.",
				"ChildProtectionPlans.CPPstartDate", "Section47.DateOfInitialCPC", "CINdetails.DateOfInitialCPC");
		return DfeRule.of(spec, (child, context, findings) -> each(child, PLANS, (episode, plan) -> {
			LocalDate start = plan.date(CPP_START);
			if (!context.inPeriod(start)) {
				return;
			}
			List<LocalDate> conferences = new ArrayList<>();
			if (episode.date(ICPC) != null) {
				conferences.add(episode.date(ICPC));
			}
			for (Row enquiry : episode.rows(SECTION47)) {
				LocalDate conference = enquiry.date(ICPC);
				if (conference != null) {
					conferences.add(conference);
				}
			}
			if (!conferences.contains(start)) {
				findings.at(plan, CPP_START, "Plan started " + start + "; the episode's conferences: "
						+ (conferences.isEmpty() ? "none" : conferences));
			}
		}));
	}

	private static DfeRule enquiryBeforeReferral() {
		RuleSpec spec = RuleSpec.of("2889", "The S47 start date cannot be before the referral date.",
				"Section47.S47ActualStartDate", "CINdetails.CINreferralDate");
		return DfeRule.of(spec, (child, context, findings) -> each(child, SECTION47, (episode, enquiry) -> {
			LocalDate start = enquiry.date(S47_START);
			if (Dates.before(start, episode.date(REFERRAL))) {
				findings.at(enquiry, S47_START, "Enquiry started " + start + ", referral " + episode.date(REFERRAL));
			}
		}));
	}

	private static DfeRule activityAfterNoFurtherAction() {
		RuleSpec spec = RuleSpec.of("2990",
				"Activity is recorded against a case marked as ‘Case closed after assessment, no further action’.",
				"CINdetails.ReasonForClosure");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				if (!"RC8".equals(episode.text("ReasonForClosure"))) {
					continue;
				}
				List<String> activity = new ArrayList<>();
				if (!episode.rows(SECTION47).isEmpty()) {
					activity.add("a Section 47 enquiry");
				}
				if (!episode.rows(PLANS).isEmpty()) {
					activity.add("a child protection plan");
				}
				if (episode.has(ICPC)) {
					activity.add("an initial conference");
				}
				if (!episode.rows(PLAN_DATES).isEmpty()) {
					activity.add("a CIN plan");
				}
				if (!activity.isEmpty()) {
					findings.at(episode, "ReasonForClosure", "Closed RC8 but records " + String.join(", ", activity));
				}
			}
		});
	}

	private static DfeRule enquiryWithoutAssessment() {
		RuleSpec spec = RuleSpec.of("2991Q",
				"Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode",
				"CINdetails.CINdetailsID");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				if (!episode.rows(SECTION47).isEmpty() && episode.rows(ASSESSMENTS).isEmpty()) {
					findings.at(episode, SECTION47, "The episode referred " + episode.text(REFERRAL)
							+ " has a Section 47 enquiry and no assessment");
				}
			}
		});
	}

	private static DfeRule activityAfterClosure() {
		RuleSpec spec = RuleSpec.of("8565", "Activity shown after a case has been closed", "CINdetails.CINclosureDate",
				"Assessments.AssessmentActualStartDate", "Assessments.AssessmentAuthorisationDate",
				"Section47.S47ActualStartDate", "Section47.DateOfInitialCPC", "CINdetails.DateOfInitialCPC",
				"ChildProtectionPlans.CPPendDate", "CINplanDates.CINPlanStartDate", "CINplanDates.CINPlanEndDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				LocalDate closed = episode.date(CLOSURE);
				if (closed == null) {
					continue;
				}
				after(findings, episode, closed, episode, ICPC);
				for (Row assessment : episode.rows(ASSESSMENTS)) {
					after(findings, episode, closed, assessment, ASSESSMENT_START);
					after(findings, episode, closed, assessment, ASSESSMENT_END);
				}
				for (Row enquiry : episode.rows(SECTION47)) {
					after(findings, episode, closed, enquiry, S47_START);
					after(findings, episode, closed, enquiry, ICPC);
				}
				for (Row plan : episode.rows(PLANS)) {
					after(findings, episode, closed, plan, CPP_END);
				}
				for (Row plan : episode.rows(PLAN_DATES)) {
					after(findings, episode, closed, plan, PLAN_START);
					after(findings, episode, closed, plan, PLAN_END);
				}
			}
		});
	}

	private static void after(Findings.Reporter findings, Row episode, LocalDate closed, Row row, String field) {
		LocalDate date = row.date(field);
		if (Dates.after(date, closed)) {
			findings.at(row, field, field + " " + date + " is after the episode closed on " + closed);
		}
	}

	private static DfeRule referralNfaFlag() {
		RuleSpec spec = RuleSpec.of("8568", "RNFA flag is missing or invalid", "CINdetails.ReferralNFA");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				String flag = episode.text("ReferralNFA");
				if (flag == null || !YES_NO.contains(flag.toLowerCase(java.util.Locale.ROOT))) {
					findings.at(episode, "ReferralNFA",
							(flag == null) ? "No ReferralNFA is given" : "ReferralNFA is '" + flag + "'");
				}
			}
		});
	}

	private static DfeRule oldReferralNfa() {
		RuleSpec spec = RuleSpec.of("8569",
				"A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case",
				"CINdetails.ReferralNFA", "CINdetails.CINreferralDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate limit = context.periodStart().minusDays(1);
			while (!context.workingDays().isWorkingDay(limit)) {
				limit = limit.minusDays(1);
			}
			for (Row episode : child.rows(DETAILS)) {
				LocalDate referral = episode.date(REFERRAL);
				if (Dates.before(referral, limit) && episode.yes("ReferralNFA")) {
					findings.at(episode, "ReferralNFA", "Referred " + referral + ", before " + limit
							+ " (one working day before the collection starts), and marked no further action");
				}
			}
		});
	}

	private static DfeRule diedNoDeath() {
		RuleSpec spec = RuleSpec.of("8585Q",
				"Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death",
				"CINdetails.ReasonForClosure", "ChildIdentifiers.PersonDeathDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			if (CinChildRules.date(child, DEATH) != null) {
				return;
			}
			for (Row episode : child.rows(DETAILS)) {
				if ("RC2".equals(episode.text("ReasonForClosure"))) {
					findings.at(episode, "ReasonForClosure", "Closed RC2 (died); the child has no date of death");
				}
			}
		});
	}

	private static DfeRule referralDate() {
		RuleSpec spec = RuleSpec.of("8600", "Child referral date missing or after data collection period",
				"CINdetails.CINreferralDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				LocalDate referral = episode.date(REFERRAL);
				if (referral == null || referral.isAfter(context.referenceDate())) {
					findings.at(episode, REFERRAL, (referral == null) ? "No referral date is given"
							: "Referred " + referral + ", after " + context.referenceDate());
				}
			}
		});
	}

	private static DfeRule assessmentEndsBeforeStart() {
		RuleSpec spec = RuleSpec.of("8608", "Assessment Start Date cannot be later than its End Date",
				"Assessments.AssessmentActualStartDate", "Assessments.AssessmentAuthorisationDate");
		return DfeRule.of(spec, (child, context, findings) -> each(child, ASSESSMENTS, (episode, assessment) -> {
			LocalDate start = assessment.date(ASSESSMENT_START);
			LocalDate end = assessment.date(ASSESSMENT_END);
			if (Dates.after(start, end)) {
				findings.at(assessment, ASSESSMENT_START, "Started " + start + ", authorised " + end);
			}
		}));
	}

	private static DfeRule primaryNeedMissing() {
		RuleSpec spec = RuleSpec.of("8610", "Primary Need code is missing for a referral which led to further action.",
				"CINdetails.ReferralNFA", "CINdetails.PrimaryNeedCode");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				String flag = episode.text("ReferralNFA");
				boolean furtherAction = "0".equals(flag) || "false".equalsIgnoreCase(String.valueOf(flag));
				if (furtherAction && !episode.has("PrimaryNeedCode")) {
					findings.at(episode, "PrimaryNeedCode", "ReferralNFA is " + flag + " and no primary need is given");
				}
			}
		});
	}

	private static DfeRule factorsWithoutAuthorisation() {
		RuleSpec spec = RuleSpec.of("8614",
				"Parental or child factors at assessment should only be present for a completed assessment.",
				"Assessments.AssessmentAuthorisationDate", "Assessments.AssessmentFactors");
		return DfeRule.of(spec, (child, context, findings) -> each(child, ASSESSMENTS, (episode, assessment) -> {
			if (!assessment.has(ASSESSMENT_END) && assessment.has("AssessmentFactors")) {
				findings.at(assessment, "AssessmentFactors",
						"Factors " + assessment.all("AssessmentFactors") + " on an assessment not authorised");
			}
		}));
	}

	private static DfeRule enquiryAfterConference() {
		RuleSpec spec = RuleSpec.of("8615",
				"Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
				"Section47.S47ActualStartDate", "Section47.DateOfInitialCPC");
		return DfeRule.of(spec, (child, context, findings) -> each(child, SECTION47, (episode, enquiry) -> {
			LocalDate conference = enquiry.date(ICPC);
			LocalDate start = enquiry.date(S47_START);
			if (conference != null && (start == null || start.isAfter(conference))) {
				findings.at(enquiry, S47_START, (start == null) ? "Conference " + conference + " and no enquiry start"
						: "Enquiry started " + start + ", after the conference on " + conference);
			}
		}));
	}

	private static DfeRule factor8a() {
		RuleSpec spec = RuleSpec.of("8617", "Code 8A has been returned. This code is not a valid code.",
				"Assessments.AssessmentFactors");
		return DfeRule.of(spec, (child, context, findings) -> each(child, ASSESSMENTS, (episode, assessment) -> {
			if (assessment.all("AssessmentFactors").contains("8A")) {
				findings.at(assessment, "AssessmentFactors", "Factor 8A is returned");
			}
		}));
	}

	private static DfeRule closureInYear() {
		RuleSpec spec = RuleSpec.of("8620", "CIN Closure Date present and does not fall within the Census year",
				"CINdetails.CINclosureDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				LocalDate closed = episode.date(CLOSURE);
				if (closed != null && !context.inPeriod(closed)) {
					findings.at(episode, CLOSURE, outside("Closed", closed, context));
				}
			}
		});
	}

	private static DfeRule closureBeforeReferral() {
		RuleSpec spec = RuleSpec.of("8630", "CIN Closure Date is before CIN Referral Date for the same CIN episode",
				"CINdetails.CINreferralDate", "CINdetails.CINclosureDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				if (Dates.before(episode.date(CLOSURE), episode.date(REFERRAL))) {
					findings.at(episode, CLOSURE,
							"Closed " + episode.date(CLOSURE) + ", referred " + episode.date(REFERRAL));
				}
			}
		});
	}

	private static DfeRule closureReason() {
		return code("8640", "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)",
				"ReasonForClosure", "ReasonForClosure");
	}

	private static DfeRule primaryNeed() {
		return code("8650", "Primary Need Code invalid (see Primary Need table in CIN census code set)",
				"PrimaryNeedCode", "PrimaryNeedCode");
	}

	/** An episode's coded field that, when present, must be in its DfE list. */
	private static DfeRule code(String code, String message, String field, String list) {
		RuleSpec spec = RuleSpec.of(code, message, "CINdetails." + field);
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				String value = episode.text(field);
				if (value != null && !context.codes().codes(list, context.collectionYear()).contains(value)) {
					findings.at(episode, field, "'" + value + "' is not a " + field + " code");
				}
			}
		});
	}

	private static DfeRule assessmentEndInYear() {
		RuleSpec spec = RuleSpec.of("8696", "Assessment end date must fall within the census year",
				"Assessments.AssessmentAuthorisationDate", "Header.ReferenceDate");
		return DfeRule.of(spec, (child, context, findings) -> each(child, ASSESSMENTS, (episode, assessment) -> {
			LocalDate end = assessment.date(ASSESSMENT_END);
			if (end != null && !context.inPeriod(end)) {
				findings.at(assessment, ASSESSMENT_END, outside("Authorised", end, context));
			}
		}));
	}

	private static DfeRule conferenceInYear() {
		RuleSpec spec = RuleSpec.of("8715",
				"Date of Initial Child Protection Conference must fall within the census year",
				"Section47.DateOfInitialCPC");
		return DfeRule.of(spec, (child, context, findings) -> each(child, SECTION47, (episode, enquiry) -> {
			LocalDate conference = enquiry.date(ICPC);
			if (conference != null && !context.inPeriod(conference)) {
				findings.at(enquiry, ICPC, outside("Conference", conference, context));
			}
		}));
	}

	private static DfeRule noFactorsNotClosed() {
		RuleSpec spec = RuleSpec.of("8873",
				"When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ must be used.",
				"CINdetails.ReasonForClosure", "Assessments.AssessmentFactors");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				List<Row> assessments = episode.rows(ASSESSMENTS);
				if (assessments.size() == 1 && assessments.get(0).all("AssessmentFactors").contains("21")
						&& !"RC8".equals(episode.text("ReasonForClosure"))) {
					findings.at(episode, "ReasonForClosure", "The only assessment found no factors (21); reason for "
							+ "closure is " + String.valueOf(episode.text("ReasonForClosure")));
				}
			}
		});
	}

	private static DfeRule assessmentOverdue() {
		RuleSpec spec = RuleSpec.of("8670Q",
				"Please check: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.",
				"Assessments.AssessmentActualStartDate", "Assessments.AssessmentAuthorisationDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate limit = context.workingDaysBeforeReference(45);
			each(child, ASSESSMENTS, (episode, assessment) -> {
				LocalDate start = assessment.date(ASSESSMENT_START);
				if (!assessment.has(ASSESSMENT_END) && Dates.before(start, limit)) {
					findings.at(assessment, ASSESSMENT_START, "Started " + start + ", before " + limit
							+ " (45 working days before " + context.referenceDate() + "), and not authorised");
				}
			});
		});
	}

	private static DfeRule enquiryOverdue() {
		RuleSpec spec = RuleSpec.of("8675Q",
				"Please check: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.",
				"Section47.S47ActualStartDate", "Section47.DateOfInitialCPC", "Section47.ICPCnotRequired");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate limit = context.workingDaysBeforeReference(15);
			each(child, SECTION47, (episode, enquiry) -> {
				LocalDate start = enquiry.date(S47_START);
				if (!enquiry.has(ICPC) && !enquiry.yes("ICPCnotRequired") && Dates.before(start, limit)) {
					findings.at(enquiry, S47_START, "Started " + start + ", before " + limit
							+ " (15 working days before " + context.referenceDate() + "), with no conference");
				}
			});
		});
	}

	private static DfeRule openAssessmentStartInYear() {
		RuleSpec spec = RuleSpec.of("8736",
				"For an Assessment that has not been completed, the start date must fall within the census year",
				"Assessments.AssessmentActualStartDate", "Assessments.AssessmentAuthorisationDate");
		return DfeRule.of(spec, (child, context, findings) -> each(child, ASSESSMENTS, (episode, assessment) -> {
			LocalDate start = assessment.date(ASSESSMENT_START);
			if (!assessment.has(ASSESSMENT_END) && start != null && !context.inPeriod(start)) {
				findings.at(assessment, ASSESSMENT_START, outside("Not authorised; started", start, context));
			}
		}));
	}

	private static DfeRule openEnquiryStartInYear() {
		RuleSpec spec = RuleSpec.of("8740",
				"For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year",
				"Section47.S47ActualStartDate", "Section47.DateOfInitialCPC", "Section47.ICPCnotRequired");
		return DfeRule.of(spec, (child, context, findings) -> each(child, SECTION47, (episode, enquiry) -> {
			LocalDate start = enquiry.date(S47_START);
			if (!enquiry.has(ICPC) && !enquiry.yes("ICPCnotRequired") && start != null && !context.inPeriod(start)) {
				findings.at(enquiry, S47_START, outside("No conference; started", start, context));
			}
		}));
	}

	private static DfeRule closureWithoutReason() {
		RuleSpec spec = RuleSpec.of("8805", "A CIN case cannot have a CIN closure date without a Reason for Closure",
				"CINdetails.CINclosureDate", "CINdetails.ReasonForClosure");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				if (episode.has(CLOSURE) && !episode.has("ReasonForClosure")) {
					findings.at(episode, "ReasonForClosure", "Closed " + episode.text(CLOSURE) + " with no reason");
				}
			}
		});
	}

	private static DfeRule reasonWithoutClosure() {
		RuleSpec spec = RuleSpec.of("8810", "A CIN case cannot have a Reason for Closure without a CIN Closure Date",
				"CINdetails.ReasonForClosure", "CINdetails.CINclosureDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				if (!episode.has(CLOSURE) && episode.has("ReasonForClosure")) {
					findings.at(episode, CLOSURE,
							"Reason for closure " + episode.text("ReasonForClosure") + " with no closure date");
				}
			}
		});
	}

	private static DfeRule twoOpenEpisodes() {
		RuleSpec spec = RuleSpec.of("8815",
				"More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.",
				"CINdetails.CINclosureDate", "CINdetails.ReferralNFA");
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> open = Rows.where(child.rows(DETAILS),
					(episode) -> !episode.has(CLOSURE) && CinChildRules.furtherAction(episode));
			if (open.size() > 1) {
				for (Row episode : open) {
					findings.at(episode, CLOSURE, open.size() + " open episodes going on to further action");
				}
			}
		});
	}

	private static DfeRule openEpisodeNotLatest() {
		RuleSpec spec = RuleSpec.of("8816",
				"An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.",
				"CINdetails.CINreferralDate", "CINdetails.ReferralNFA");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate latest = null;
			for (Row episode : child.rows(DETAILS)) {
				LocalDate referral = episode.date(REFERRAL);
				if (referral != null && (latest == null || referral.isAfter(latest))) {
					latest = referral;
				}
			}
			for (Row episode : child.rows(DETAILS)) {
				LocalDate referral = episode.date(REFERRAL);
				if (!episode.has(CLOSURE) && CinChildRules.furtherAction(episode) && referral != null
						&& !referral.equals(latest)) {
					findings.at(episode, REFERRAL, "Open, referred " + referral + "; the latest referral is " + latest);
				}
			}
		});
	}

	private static DfeRule overlappingEpisodes() {
		RuleSpec spec = RuleSpec.of("8820", "The dates on the CIN episodes for this child overlap",
				"CINdetails.CINreferralDate", "CINdetails.CINclosureDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> episodes = child.rows(DETAILS);
			for (Row episode : episodes) {
				LocalDate referral = episode.date(REFERRAL);
				for (Row other : episodes) {
					if (other == episode || referral == null || other.date(REFERRAL) == null) {
						continue;
					}
					LocalDate otherEnd = other.date(CLOSURE);
					boolean open = otherEnd == null && CinChildRules.furtherAction(other);
					if ((otherEnd != null || open)
							&& Dates.within(referral, other.date(REFERRAL), otherEnd, context.referenceDate())) {
						findings.at(episode, REFERRAL,
								"Referred " + referral + ", within the episode referred " + other.text(REFERRAL)
										+ ((otherEnd != null) ? " and closed " + otherEnd : ", still open"));
						break;
					}
				}
			}
		});
	}

	private static DfeRule closedAfterAssessmentWithoutOne() {
		RuleSpec spec = RuleSpec.of("8825Q",
				"Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.",
				"CINdetails.ReasonForClosure");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				String reason = episode.text("ReasonForClosure");
				if (("RC8".equals(reason) || "RC9".equals(reason)) && episode.rows(ASSESSMENTS).isEmpty()) {
					findings.at(episode, "ReasonForClosure", "Closed " + reason + " with no assessment");
				}
			}
		});
	}

	private static DfeRule activityAfterReferralNfa() {
		RuleSpec spec = RuleSpec.of("8831",
				"Activity is recorded against a case marked as a referral with no further action",
				"CINdetails.ReferralNFA", "Assessments.AssessmentActualStartDate",
				"Assessments.AssessmentAuthorisationDate", "Section47.S47ActualStartDate",
				"CINdetails.DateOfInitialCPC");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				if (!episode.yes("ReferralNFA")) {
					continue;
				}
				boolean activity = episode.has(ICPC)
						|| Rows.any(episode.rows(ASSESSMENTS), (a) -> a.has(ASSESSMENT_START) || a.has(ASSESSMENT_END))
						|| Rows.any(episode.rows(SECTION47), (e) -> e.has(S47_START) || e.has(ICPC));
				if (activity) {
					findings.at(episode, "ReferralNFA",
							"Marked no further action, with an assessment, enquiry or " + "conference recorded");
				}
			}
		});
	}

	private static DfeRule twoOpenEnquiries() {
		RuleSpec spec = RuleSpec.of("8839", "Within one CINDetails group there are 2 or more open S47 Assessments",
				"Section47.DateOfInitialCPC", "Section47.ICPCnotRequired");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				List<Row> open = Rows.where(episode.rows(SECTION47),
						(enquiry) -> !enquiry.has(ICPC) && !enquiry.yes("ICPCnotRequired"));
				if (open.size() > 1) {
					for (Row enquiry : open) {
						findings.at(enquiry, ICPC, open.size() + " enquiries in the episode have no conference");
					}
				}
			}
		});
	}

	private static DfeRule overlappingAssessments() {
		RuleSpec spec = RuleSpec.of("8863",
				"An Assessment is shown as starting when there is another Assessment ongoing",
				"Assessments.AssessmentActualStartDate", "Assessments.AssessmentAuthorisationDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				List<Row> assessments = episode.rows(ASSESSMENTS);
				for (Row assessment : assessments) {
					LocalDate start = assessment.date(ASSESSMENT_START);
					for (Row other : assessments) {
						boolean same = Dates.same(start, other.date(ASSESSMENT_START)) && java.util.Objects
							.equals(assessment.text(ASSESSMENT_END), other.text(ASSESSMENT_END));
						if (other != assessment && !same && Dates.within(start, other.date(ASSESSMENT_START),
								other.date(ASSESSMENT_END), context.referenceDate())) {
							findings.at(assessment, ASSESSMENT_START,
									"Started " + start + ", during the assessment " + "from "
											+ other.text(ASSESSMENT_START) + " to "
											+ ((other.has(ASSESSMENT_END)) ? other.text(ASSESSMENT_END) : "(open)"));
							break;
						}
					}
				}
			}
		});
	}

	private static DfeRule referralSource() {
		RuleSpec spec = RuleSpec.of("8866", "Source of Referral is missing or an invalid code",
				"CINdetails.CINreferralDate", "CINdetails.ReferralSource");
		LocalDate from = LocalDate.of(2013, 4, 1);
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				LocalDate referral = episode.date(REFERRAL);
				String source = episode.text("ReferralSource");
				if (referral != null && !referral.isBefore(from) && (source == null
						|| !context.codes().codes("ReferralSource", context.collectionYear()).contains(source))) {
					findings.at(episode, "ReferralSource", (source == null) ? "No referral source is given"
							: "'" + source + "' is not a referral source code");
				}
			}
		});
	}

	private static DfeRule closedWithOpenAssessment() {
		RuleSpec spec = RuleSpec.of("8867",
				"CIN episode is shown as closed, however Assessment is not shown as completed",
				"CINdetails.CINclosureDate", "Assessments.AssessmentAuthorisationDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				if (!episode.has(CLOSURE)) {
					continue;
				}
				for (Row assessment : episode.rows(ASSESSMENTS)) {
					if (!assessment.has(ASSESSMENT_END)) {
						findings.at(assessment, ASSESSMENT_END,
								"The episode closed " + episode.text(CLOSURE) + "; the assessment started "
										+ assessment.text(ASSESSMENT_START) + " is not authorised");
					}
				}
			}
		});
	}

	private static DfeRule closedWithOpenEnquiry() {
		RuleSpec spec = RuleSpec.of("8868",
				"CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag",
				"CINdetails.CINclosureDate", "Section47.DateOfInitialCPC", "Section47.ICPCnotRequired");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				if (!episode.has(CLOSURE)) {
					continue;
				}
				for (Row enquiry : episode.rows(SECTION47)) {
					if (!enquiry.has(ICPC) && !enquiry.yes("ICPCnotRequired")) {
						findings.at(enquiry, ICPC,
								"The episode closed " + episode.text(CLOSURE) + "; the enquiry started "
										+ enquiry.text(S47_START) + " has no conference and is not "
										+ "marked conference not required");
					}
				}
			}
		});
	}

	private static DfeRule factor21WithOthers() {
		RuleSpec spec = RuleSpec.of("8869",
				"The assessment factors code “21” cannot be used in conjunction with any other assessment factors.",
				"Assessments.AssessmentFactors");
		return DfeRule.of(spec, (child, context, findings) -> each(child, ASSESSMENTS, (episode, assessment) -> {
			List<String> factors = assessment.all("AssessmentFactors");
			if (factors.contains("21") && !allEqual(factors, "21")) {
				findings.at(assessment, "AssessmentFactors", "Factors " + factors);
			}
		}));
	}

	private static DfeRule conferenceTargetAtWeekend() {
		RuleSpec spec = RuleSpec.of("8870Q",
				"Please check: The Target Date for Initial Child Protection Conference should not be a weekend",
				"Section47.InitialCPCtarget");
		return DfeRule.of(spec, (child, context, findings) -> each(child, SECTION47, (episode, enquiry) -> {
			LocalDate target = enquiry.date("InitialCPCtarget");
			if (Dates.weekend(target)) {
				findings.at(enquiry, "InitialCPCtarget", "Target " + target + " is a " + target.getDayOfWeek());
			}
		}));
	}

	private static DfeRule conferenceAtWeekend() {
		RuleSpec spec = RuleSpec.of("8875", "The Date of Initial Child Protection Conference cannot be a weekend",
				"Section47.DateOfInitialCPC");
		return DfeRule.of(spec, (child, context, findings) -> each(child, SECTION47, (episode, enquiry) -> {
			LocalDate conference = enquiry.date(ICPC);
			if (Dates.weekend(conference)) {
				findings.at(enquiry, ICPC, "Conference " + conference + " is a " + conference.getDayOfWeek());
			}
		}));
	}

	private static DfeRule overlappingEnquiries() {
		RuleSpec spec = RuleSpec.of("8890",
				"A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing",
				"Section47.S47ActualStartDate", "Section47.DateOfInitialCPC");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				List<Row> enquiries = episode.rows(SECTION47);
				for (Row enquiry : enquiries) {
					LocalDate start = enquiry.date(S47_START);
					for (Row other : enquiries) {
						if (other == enquiry) {
							continue;
						}
						boolean ongoing = other.has(ICPC) || !other.yes("ICPCnotRequired");
						if (ongoing && Dates.within(start, other.date(S47_START), other.date(ICPC),
								context.referenceDate())) {
							findings.at(enquiry, S47_START, "Started " + start + ", during the enquiry from "
									+ other.text(S47_START) + " to "
									+ (other.has(ICPC) ? "its conference on " + other.text(ICPC) : "(no conference)"));
							break;
						}
					}
				}
			}
		});
	}

	private static DfeRule twoOpenAssessments() {
		RuleSpec spec = RuleSpec.of("8896", "Within one CINDetails group there are 2 or more open Assessments groups",
				"Assessments.AssessmentAuthorisationDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row episode : child.rows(DETAILS)) {
				List<Row> open = Rows.where(episode.rows(ASSESSMENTS), (a) -> !a.has(ASSESSMENT_END));
				if (open.size() > 1) {
					for (Row assessment : open) {
						findings.at(assessment, ASSESSMENT_END,
								open.size() + " assessments in the episode are not " + "authorised");
					}
				}
			}
		});
	}

	private static DfeRule factorsMissing() {
		RuleSpec spec = RuleSpec.of("8897",
				"Parental or child factors at assessment information is missing from a completed assessment",
				"Assessments.AssessmentAuthorisationDate", "Assessments.AssessmentFactors");
		return DfeRule.of(spec, (child, context, findings) -> each(child, ASSESSMENTS, (episode, assessment) -> {
			LocalDate authorised = assessment.date(ASSESSMENT_END);
			if (authorised == null || authorised.isBefore(context.periodStart())) {
				return;
			}
			List<String> factors = assessment.all("AssessmentFactors");
			java.util.Set<String> valid = context.codes().codes("AssessmentFactors", context.collectionYear());
			List<String> invalid = List.of();
			for (String each : factors) {
				if (!valid.contains(each)) {
					if (invalid.isEmpty()) {
						invalid = new java.util.ArrayList<>(2);
					}
					invalid.add(each);
				}
			}
			if (factors.isEmpty() || !invalid.isEmpty()) {
				findings.at(assessment, "AssessmentFactors",
						factors.isEmpty() ? "Authorised " + authorised + " with no factors"
								: "Factors " + invalid + " are not valid codes");
			}
		}));
	}

	private static DfeRule factorTwice() {
		RuleSpec spec = RuleSpec.of("8898",
				"The assessment has more than one parental or child factors with the same code",
				"Assessments.AssessmentFactors");
		return DfeRule.of(spec, (child, context, findings) -> each(child, ASSESSMENTS, (episode, assessment) -> {
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (String factor : assessment.all("AssessmentFactors")) {
				if (!seen.add(factor)) {
					findings.at(assessment, "AssessmentFactors", "Factor " + factor + " is recorded more than once");
					return;
				}
			}
		}));
	}

	private static DfeRule retiredFactor(String code, String factor, String instead) {
		RuleSpec spec = RuleSpec.of(code,
				"Please check and either amend data or provide a reason: the assessment factors " + "code '" + factor
						+ "' should not be used (" + instead + " should be used instead)",
				"Assessments.AssessmentFactors");
		return DfeRule.of(spec, (child, context, findings) -> each(child, ASSESSMENTS, (episode, assessment) -> {
			if (anyIgnoringCase(assessment.all("AssessmentFactors"), factor)) {
				findings.at(assessment, "AssessmentFactors", "Factor " + factor + " is returned");
			}
		}));
	}

	static String outside(String what, @Nullable LocalDate date, org.assure.casedata.validation.ReturnContext context) {
		return what + " " + date + ", outside the census year " + context.periodStart() + " to "
				+ context.referenceDate();
	}

}
