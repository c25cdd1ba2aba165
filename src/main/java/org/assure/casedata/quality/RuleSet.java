package org.assure.casedata.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.assure.calendar.WorkingDays;
import org.assure.casedata.journey.Journey;
import org.assure.casedata.journey.Location;
import org.jspecify.annotations.Nullable;

/**
 * The data-quality rules of one collection year, applied to one child at a time. Errors
 * reject the part of the journey they are found in (and everything inside it); queries
 * keep it.
 */
public final class RuleSet {

	/** Every rule, in the order the report lists them. */
	public static final List<Rule> RULES = List.of(
			new Rule("DQ100", Severity.ERROR, "A required value is missing or cannot be read"),
			new Rule("DQ101", Severity.ERROR, "A date is after the reference date"),
			new Rule("DQ102", Severity.ERROR, "An end date is before its start date"),
			new Rule("DQ103", Severity.ERROR, "A referral is dated after the episode's closure"),
			new Rule("DQ104", Severity.ERROR, "An assessment is authorised before it started"),
			new Rule("DQ105", Severity.ERROR,
					"An initial child protection conference is before its Section 47 started"),
			new Rule("DQ106", Severity.ERROR, "A plan review is before the plan started"),
			new Rule("DQ107", Severity.QUERY, "Episodes of need overlap"),
			new Rule("DQ108", Severity.ERROR, "The same child appears twice in the file"),
			new Rule("DQ109", Severity.QUERY, "A code is not in the DfE code list for the year; kept without the code"),
			new Rule("DQ110", Severity.QUERY,
					"An assessment has been open more than 45 working days without authorisation"),
			new Rule("DQ111", Severity.QUERY,
					"A Section 47 started more than 15 working days before the reference date has no conference"),
			new Rule("DQ112", Severity.QUERY,
					"An episode of need was inferred: no referral or CIN record in the file comes before this record"));

	private static final java.util.regex.Pattern CODE_SHAPE = java.util.regex.Pattern.compile("[A-Za-z0-9]{1,4}");

	/** Assessment timescale, Working Together 2013 onwards. */
	static final int ASSESSMENT_WORKING_DAYS = 45;

	/** Initial child protection conference timescale. */
	static final int ICPC_WORKING_DAYS = 15;

	private final int collectionYear;

	private final LocalDate referenceDate;

	private final WorkingDays workingDays;

	private final CodeLists codes;

	private final boolean censusSexCodes;

	/**
	 * The rules for a CIN census collection: sex is coded as that year's schema says.
	 * @param referenceDate the date the data is as at (the census 31 March); no date may
	 * be after it
	 * @param workingDays the calendar for working-day timescales
	 * @param codes the DfE code lists
	 */
	public RuleSet(LocalDate referenceDate, WorkingDays workingDays, CodeLists codes) {
		this(referenceDate, workingDays, codes, true);
	}

	/**
	 * The rules for a collection.
	 * @param referenceDate the date the data is as at; no date may be after it
	 * @param workingDays the calendar for working-day timescales
	 * @param codes the DfE code lists
	 * @param censusSexCodes true to hold sex to the year's census codes (GenderCurrent
	 * 1/2/0/9 to 2024, Sex M/F/U from 2025); false to accept either set, as other sources
	 * may use
	 */
	public RuleSet(LocalDate referenceDate, WorkingDays workingDays, CodeLists codes, boolean censusSexCodes) {
		this.censusSexCodes = censusSexCodes;
		this.referenceDate = referenceDate;
		this.collectionYear = referenceDate.getMonthValue() >= 4 ? referenceDate.getYear() + 1
				: referenceDate.getYear();
		this.workingDays = workingDays;
		this.codes = codes;
	}

	/**
	 * The version of the rules and code lists: the collection year they apply to.
	 * @return the year of the 31 March that ends the collection
	 */
	public int collectionYear() {
		return this.collectionYear;
	}

	public LocalDate referenceDate() {
		return this.referenceDate;
	}

	/**
	 * Checks a child's journey, rejecting what errors condemn.
	 * @param child the child, as read
	 * @param duplicate whether the same child was already read from this file
	 * @return what was found
	 */
	public List<Finding> check(Journey.Child child, boolean duplicate) {
		Checks checks = new Checks();
		if (child.localId == null || child.localId.isBlank()) {
			checks.error("DQ100", child, child.location(), "LAchildID", "The child has no local id");
			return checks.findings;
		}
		if (duplicate) {
			checks.error("DQ108", child, child.location(), "LAchildID",
					"This child was already read from the file; the second record is not kept");
			return checks.findings;
		}
		for (int i = 0; i < child.unreadable.size(); i++) {
			Journey.Unreadable value = child.unreadable.get(i);
			checks.error("DQ100", child.unreadableParts.get(i), value.location(), value.field(),
					value.field() + " '" + abbreviate(value.value()) + "' is not " + value.expected());
		}
		checks.notAfterReference(child, child.location(), "PersonBirthDate", child.birthDate);
		String sexList = (this.collectionYear >= 2025) ? "Sex" : "GenderCurrent";
		if (!this.censusSexCodes && child.sex != null && child.sex.length() == 1 && "MFU".contains(child.sex)) {
			sexList = "Sex";
		}
		child.sex = normaliseSex(checks.code(child.location(), child.sex, sexList, "Sex"));
		child.ethnicity = checks.code(child.location(), child.ethnicity, "Ethnicity", "Ethnicity");
		child.disabilities.removeIf((code) -> checks.code(child.location(), code, "Disability", "Disability") == null);
		for (Journey.Contact contact : child.contacts) {
			checks.required(contact, contact.location(), "ContactDate", contact.date);
			checks.notAfterReference(contact, contact.location(), "ContactDate", contact.date);
		}
		for (Journey.EarlyHelp help : child.earlyHelp) {
			checks.required(help, help.location(), "EarlyHelpStartDate", help.start);
			checks.notAfterReference(help, help.location(), "EarlyHelpStartDate", help.start);
			checks.endNotBeforeStart(help, help.location(), "EarlyHelpEndDate", help.start, help.end);
		}
		for (Journey.Episode episode : child.episodes) {
			episode(checks, episode);
		}
		overlaps(checks, child);
		for (Journey.Contact contact : child.contacts) {
			contact.source = checks.shaped(contact.location(), contact.source, "ContactSource");
		}
		for (Journey.CareLeaver leaver : child.careLeaver) {
			leaver.inTouch = checks.shaped(leaver.location(), leaver.inTouch, "IN_TOUCH");
			leaver.activity = checks.shaped(leaver.location(), leaver.activity, "ACTIV");
			leaver.accommodation = checks.shaped(leaver.location(), leaver.accommodation, "ACCOM");
		}
		for (Journey.LookedAfter episode : child.lookedAfter) {
			episode.reasonForNewEpisode = checks.shaped(episode.location(), episode.reasonForNewEpisode, "RNE");
			episode.legalStatus = checks.shaped(episode.location(), episode.legalStatus, "LS");
			episode.placementType = checks.shaped(episode.location(), episode.placementType, "PLACE");
			episode.reasonCeased = checks.shaped(episode.location(), episode.reasonCeased, "REC");
			checks.required(episode, episode.location(), "DECOM", episode.start);
			checks.notAfterReference(episode, episode.location(), "DECOM", episode.start);
			checks.notAfterReference(episode, episode.location(), "DEC", episode.end);
			checks.endNotBeforeStart(episode, episode.location(), "DEC", episode.start, episode.end);
		}
		for (Journey.Missing missing : child.missing) {
			checks.required(missing, missing.location(), "MIS_START", missing.start);
			checks.notAfterReference(missing, missing.location(), "MIS_START", missing.start);
			checks.endNotBeforeStart(missing, missing.location(), "MIS_END", missing.start, missing.end);
		}
		return checks.findings;
	}

	private void episode(Checks checks, Journey.Episode episode) {
		Location at = episode.location();
		if (episode.inferredFrom != null) {
			checks.query("DQ112", at, "CINreferralDate", "No referral or CIN record in the file comes before this "
					+ episode.inferredFrom + "; an episode starting on " + episode.referralDate + " was inferred");
		}
		checks.required(episode, at, "CINreferralDate", episode.referralDate);
		checks.notAfterReference(episode, at, "CINreferralDate", episode.referralDate);
		checks.notAfterReference(episode, at, "CINclosureDate", episode.closureDate);
		if (episode.referralDate != null && episode.closureDate != null
				&& episode.closureDate.isBefore(episode.referralDate)) {
			checks.error("DQ103", episode, at, "CINreferralDate, CINclosureDate", "Referral " + episode.referralDate
					+ " is after the closure of the episode on " + episode.closureDate);
		}
		episode.referralSource = checks.code(at, episode.referralSource, "ReferralSource", "ReferralSource");
		episode.primaryNeed = checks.code(at, episode.primaryNeed, "PrimaryNeedCode", "PrimaryNeedCode");
		episode.closureReason = checks.code(at, episode.closureReason, "ReasonForClosure", "ReasonForClosure");
		for (Journey.Assessment assessment : episode.assessments) {
			Location where = assessment.location();
			checks.required(assessment, where, "AssessmentActualStartDate", assessment.start);
			checks.notAfterReference(assessment, where, "AssessmentActualStartDate", assessment.start);
			checks.notAfterReference(assessment, where, "AssessmentAuthorisationDate", assessment.authorised);
			if (assessment.start != null && assessment.authorised != null
					&& assessment.authorised.isBefore(assessment.start)) {
				checks.error("DQ104", assessment, where, "AssessmentAuthorisationDate", "Authorised "
						+ assessment.authorised + ", before the assessment started on " + assessment.start);
			}
			assessment.factors
				.removeIf((code) -> checks.code(where, code, "AssessmentFactors", "AssessmentFactors") == null);
			if (!assessment.rejected() && assessment.start != null && assessment.authorised == null
					&& !this.referenceDate.isBefore(assessment.start)) {
				long open = this.workingDays.between(assessment.start, this.referenceDate);
				if (open > ASSESSMENT_WORKING_DAYS) {
					checks.query("DQ110", where, "AssessmentAuthorisationDate", "Started " + assessment.start
							+ " and not authorised " + open + " working days later, at " + this.referenceDate);
				}
			}
		}
		for (Journey.CinPlan plan : episode.cinPlans) {
			checks.required(plan, plan.location(), "CINPlanStartDate", plan.start);
			checks.notAfterReference(plan, plan.location(), "CINPlanStartDate", plan.start);
			checks.notAfterReference(plan, plan.location(), "CINPlanEndDate", plan.end);
			checks.endNotBeforeStart(plan, plan.location(), "CINPlanEndDate", plan.start, plan.end);
		}
		for (Journey.Section47 enquiry : episode.section47s) {
			Location where = enquiry.location();
			checks.required(enquiry, where, "S47ActualStartDate", enquiry.start);
			checks.notAfterReference(enquiry, where, "S47ActualStartDate", enquiry.start);
			checks.notAfterReference(enquiry, where, "DateOfInitialCPC", enquiry.icpcDate);
			if (enquiry.start != null && enquiry.icpcDate != null && enquiry.icpcDate.isBefore(enquiry.start)) {
				checks.error("DQ105", enquiry, where, "DateOfInitialCPC", "Conference on " + enquiry.icpcDate
						+ ", before the Section 47 enquiry started on " + enquiry.start);
			}
			if (!enquiry.rejected() && enquiry.start != null && enquiry.icpcDate == null
					&& !Boolean.TRUE.equals(enquiry.icpcNotRequired) && !this.referenceDate.isBefore(enquiry.start)) {
				long waited = this.workingDays.between(enquiry.start, this.referenceDate);
				if (waited > ICPC_WORKING_DAYS) {
					checks.query("DQ111", where, "DateOfInitialCPC", "Started " + enquiry.start + ", no conference and "
							+ "none marked not required " + waited + " working days later, at " + this.referenceDate);
				}
			}
		}
		for (Journey.ProtectionPlan plan : episode.protectionPlans) {
			Location where = plan.location();
			checks.required(plan, where, "CPPstartDate", plan.start);
			checks.notAfterReference(plan, where, "CPPstartDate", plan.start);
			checks.notAfterReference(plan, where, "CPPendDate", plan.end);
			checks.endNotBeforeStart(plan, where, "CPPendDate", plan.start, plan.end);
			plan.initialCategory = checks.code(where, plan.initialCategory, "CategoryOfAbuse",
					"InitialCategoryOfAbuse");
			plan.latestCategory = checks.code(where, plan.latestCategory, "CategoryOfAbuse", "LatestCategoryOfAbuse");
			for (LocalDate review : plan.reviews) {
				checks.notAfterReference(plan, where, "CPPreviewDate", review);
				if (plan.start != null && review.isBefore(plan.start)) {
					checks.error("DQ106", plan, where, "CPPreviewDate",
							"Review on " + review + ", before the plan started on " + plan.start);
				}
			}
		}
	}

	private void overlaps(Checks checks, Journey.Child child) {
		List<Journey.Episode> episodes = new ArrayList<>(
				child.episodes.stream().filter((e) -> !e.rejected() && e.referralDate != null).toList());
		episodes.sort(Comparator.comparing((Journey.Episode e) -> e.referralDate));
		for (int i = 1; i < episodes.size(); i++) {
			Journey.Episode previous = episodes.get(i - 1);
			Journey.Episode next = episodes.get(i);
			LocalDate previousEnd = previous.closureDate;
			if (previousEnd == null || !next.referralDate.isAfter(previousEnd)) {
				checks.query("DQ107", next.location(), "CINreferralDate",
						"Referral " + next.referralDate + " falls inside the episode referred on "
								+ previous.referralDate
								+ (previousEnd == null ? ", which is still open" : " and closed on " + previousEnd));
			}
		}
	}

	/** Findings of one child, and the rejection they cause. */
	private final class Checks {

		private final List<Finding> findings = new ArrayList<>();

		void error(String rule, Journey.Part part, Location at, String field, String message) {
			part.reject();
			this.findings.add(new Finding(rule, Severity.ERROR, at, field, message, null));
		}

		void query(String rule, Location at, String field, String message) {
			this.findings.add(new Finding(rule, Severity.QUERY, at, field, message, null));
		}

		void required(Journey.Part part, Location at, String field, @Nullable Object value) {
			if (value == null && !part.rejected()) {
				error("DQ100", part, at, field, field + " is missing or is not a date");
			}
		}

		void notAfterReference(Journey.Part part, Location at, String field, @Nullable LocalDate date) {
			if (date != null && date.isAfter(RuleSet.this.referenceDate)) {
				error("DQ101", part, at, field,
						field + " " + date + " is after the reference date " + RuleSet.this.referenceDate);
			}
		}

		void endNotBeforeStart(Journey.Part part, Location at, String field, @Nullable LocalDate start,
				@Nullable LocalDate end) {
			if (start != null && end != null && end.isBefore(start)) {
				error("DQ102", part, at, field, field + " " + end + " is before the start " + start);
			}
		}

		/**
		 * A code of a list Assure does not ship (SSDA903's): one to four letters or
		 * digits.
		 */
		@Nullable String shaped(Location at, @Nullable String code, String field) {
			if (code == null || code.isBlank() || CODE_SHAPE.matcher(code).matches()) {
				return code;
			}
			query("DQ109", at, field,
					"'" + abbreviate(code) + "' is not a " + field + " code (one to four letters or " + "digits)");
			return null;
		}

		@Nullable String code(Location at, @Nullable String code, String list, String field) {
			if (code == null || code.isBlank()) {
				return null;
			}
			int year = ("Sex".equals(list) && !RuleSet.this.censusSexCodes) ? 2025 : RuleSet.this.collectionYear;
			Set<String> valid = RuleSet.this.codes.codes(list, year);
			if (valid.isEmpty() || valid.contains(code)) {
				return code;
			}
			query("DQ109", at, field, "'" + abbreviate(code) + "' is not a " + field + " code in the "
					+ RuleSet.this.collectionYear + " code list");
			return null;
		}

	}

	/**
	 * Sex as Assure stores it: M, F or U, from the 2025 codes or the earlier
	 * GenderCurrent codes (1 male, 2 female, 0 not recorded, 9 indeterminate).
	 * @param code the code as read and checked
	 * @return M, F, U or null
	 */
	static @Nullable String normaliseSex(@Nullable String code) {
		if (code == null) {
			return null;
		}
		return switch (code) {
			case "1", "M" -> "M";
			case "2", "F" -> "F";
			default -> "U";
		};
	}

	private static String abbreviate(String value) {
		return (value.length() > 20) ? value.substring(0, 20) + "…" : value;
	}

}
