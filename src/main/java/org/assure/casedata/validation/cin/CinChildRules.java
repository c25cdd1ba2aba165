package org.assure.casedata.validation.cin;

import static org.assure.casedata.validation.cin.Cin.BIRTH;
import static org.assure.casedata.validation.cin.Cin.CHARACTERISTICS;
import static org.assure.casedata.validation.cin.Cin.DEATH;
import static org.assure.casedata.validation.cin.Cin.DETAILS;
import static org.assure.casedata.validation.cin.Cin.EXPECTED_BIRTH;
import static org.assure.casedata.validation.cin.Cin.IDENTIFIERS;
import static org.assure.casedata.validation.cin.Cin.PLAN_DATES;
import static org.assure.casedata.validation.cin.Cin.PLAN_END;
import static org.assure.casedata.validation.cin.Cin.PLAN_START;
import static org.assure.casedata.validation.cin.Cin.REFERRAL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.Map;

import org.assure.casedata.validation.Dates;
import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.Findings;
import org.assure.casedata.validation.ReturnChild;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.Rows;
import org.assure.casedata.validation.RuleSpec;
import org.jspecify.annotations.Nullable;

/**
 * The rules about the child: identifiers (LA child id, UPN, former UPN), dates of birth
 * and death, sex and ethnicity.
 */
final class CinChildRules {

	private CinChildRules() {
	}

	static List<DfeRule> first() {
		return List.of(upnCheckLetter(), new Unique("1520", "More than one record with the same UPN", "UPN"),
				upnAuthority(false), upnDigits(), upnLastCharacter(), formerUpn(),
				new Unique("8510", "More than one child record with the same LA Child ID", "LAchildID"),
				expectedBirthInRange(), deathInYear(), noEpisode(), referredAfterDeath(), referralBeforeBirth(),
				planAfterDeath(), planEndsAfterDeath(), genderMissing(), ethnicity(), childIdMissing(), bornAfterYear(),
				birthOrExpectedBirth(), diedBeforeBirth(), disabilities(), unbornGender(), upnExpected2023(),
				un7WithFurtherAction(), overTwentyFive(), noneAndOthers(), sameDisabilityTwice(),
				disabilityFactorMissing());
	}

	/** 2023-24: the Cumbrian authorities' new numbers. */
	static List<DfeRule> changedIn2024() {
		return List.of(upnAuthority(true));
	}

	/** 2024-25: LA child id's length and characters; sex replaces gender. */
	static List<DfeRule> changedIn2025() {
		return List.of(childIdLength(), childIdCharacters(), sex(), unbornSex(), upnExpected2025());
	}

	private static DfeRule upnCheckLetter() {
		RuleSpec spec = RuleSpec.of("1510", "UPN invalid (wrong check letter at character 1)", "ChildIdentifiers.UPN");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			String upn = (row != null) ? row.text("UPN") : null;
			if (upn == null) {
				return;
			}
			char expected = Upn.checkLetter(upn);
			if (expected != 0 && upn.charAt(0) != expected) {
				findings.at(row, "UPN",
						"UPN " + upn + " begins " + upn.charAt(0) + "; its check letter is " + expected);
			}
		});
	}

	/**
	 * 1530, with the authority numbers of its year: from 2023-24 the DfE's list holds
	 * Cumberland (942) and Westmorland and Furness (943).
	 */
	private static DfeRule upnAuthority(boolean withCumbrianAuthorities) {
		RuleSpec spec = RuleSpec.of("1530", "UPN invalid (characters 2-4 not a recognised LA code)",
				"ChildIdentifiers.UPN");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			String upn = (row != null) ? row.text("UPN") : null;
			if (upn == null || upn.length() < 4) {
				return;
			}
			String authority = upn.substring(1, 4);
			boolean cumbrian = "942".equals(authority) || "943".equals(authority);
			if (!Upn.knownAuthority(upn) || (cumbrian && !withCumbrianAuthorities)) {
				findings.at(row, "UPN", "UPN " + upn + ": '" + authority + "' is not a local authority number");
			}
		});
	}

	private static DfeRule upnDigits() {
		RuleSpec spec = RuleSpec.of("1540", "UPN invalid (characters 5-12 not all numeric)", "ChildIdentifiers.UPN");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			String upn = (row != null) ? row.text("UPN") : null;
			if (upn != null && !Upn.digits(upn, 4, 12)) {
				findings.at(row, "UPN", "UPN " + upn + ": characters 5 to 12 are not all digits");
			}
		});
	}

	private static DfeRule upnLastCharacter() {
		RuleSpec spec = RuleSpec.of("1550", "UPN invalid (character 13 not a recognised value)",
				"ChildIdentifiers.UPN");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			String upn = (row != null) ? row.text("UPN") : null;
			if (upn != null && (upn.length() < 13 || Upn.value(upn.charAt(12)) < 0)) {
				findings.at(row, "UPN",
						"UPN " + upn + ": character 13 is "
								+ ((upn.length() < 13) ? "missing (the UPN has " + upn.length() + " characters)"
										: "'" + upn.charAt(12) + "', not a digit or one of " + Upn.LETTERS));
			}
		});
	}

	private static DfeRule formerUpn() {
		RuleSpec spec = RuleSpec.of("1560Q",
				"Please check and either amend or provide a reason: Former UPN wrongly formatted",
				"ChildIdentifiers.FormerUPN");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			String former = (row != null) ? row.text("FormerUPN") : null;
			if (former == null) {
				return;
			}
			boolean shaped = former.length() == 13 && Upn.LETTERS.indexOf(former.charAt(0)) >= 0
					&& Upn.digits(former, 1, 12) && Upn.value(former.charAt(12)) >= 0;
			if (!shaped) {
				findings.at(row, "FormerUPN", "Former UPN '" + former
						+ "' is not a letter, eleven digits and a digit or letter (13 characters)");
			}
		});
	}

	private static DfeRule childIdLength() {
		RuleSpec spec = RuleSpec.of("1570", "LA Child ID must not be longer than 20 characters",
				"ChildIdentifiers.LAchildID");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			String id = (row != null) ? row.text("LAchildID") : null;
			if (id != null && id.length() > 20) {
				findings.at(row, "LAchildID", "LA child id has " + id.length() + " characters");
			}
		});
	}

	private static DfeRule childIdCharacters() {
		RuleSpec spec = RuleSpec.of("1580", "LA Child ID must not contain any non-alphanumeric characters",
				"ChildIdentifiers.LAchildID");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			String id = (row != null) ? row.text("LAchildID") : null;
			if (id != null && !id.chars().allMatch((c) -> c < 128 && Character.isLetterOrDigit(c))) {
				findings.at(row, "LAchildID",
						"LA child id '" + id + "' holds a character that is not a letter or digit");
			}
		});
	}

	private static DfeRule expectedBirthInRange() {
		RuleSpec spec = RuleSpec.of("8530Q",
				"Please check: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)",
				"ChildIdentifiers.ExpectedPersonBirthDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			LocalDate expected = (row != null) ? row.date(EXPECTED_BIRTH) : null;
			if (expected == null) {
				return;
			}
			LocalDate earliest = context.referenceDate().minusDays(30);
			LocalDate latest = context.referenceDate().plusMonths(9);
			if (!expected.isAfter(earliest) || !expected.isBefore(latest)) {
				findings.at(row, EXPECTED_BIRTH,
						"Expected " + expected + "; the range is after " + earliest + " and before " + latest);
			}
		});
	}

	private static DfeRule deathInYear() {
		RuleSpec spec = RuleSpec.of("8545Q", "Please check: Child's date of death should be within the census year",
				"ChildIdentifiers.PersonDeathDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			LocalDate death = (row != null) ? row.date(DEATH) : null;
			if (death != null && !context.inPeriod(death)) {
				findings.at(row, DEATH,
						"Died " + death + ", outside " + context.periodStart() + " to " + context.referenceDate());
			}
		});
	}

	private static DfeRule noEpisode() {
		RuleSpec spec = RuleSpec.of("8590", "Child does not have a recorded CIN episode.",
				"ChildIdentifiers.LAchildID");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			if (row != null && child.rows(DETAILS).isEmpty()) {
				findings.at(row, "LAchildID", "The child has no CINdetails group");
			}
		});
	}

	private static DfeRule referredAfterDeath() {
		RuleSpec spec = RuleSpec.of("8555", "Child cannot be referred after its recorded date of death",
				"CINdetails.CINreferralDate", "ChildIdentifiers.PersonDeathDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate death = date(child, DEATH);
			for (Row episode : child.rows(DETAILS)) {
				LocalDate referral = episode.date(REFERRAL);
				if (Dates.after(referral, death)) {
					findings.at(episode, REFERRAL, "Referred " + referral + ", after the child's death on " + death);
				}
			}
		});
	}

	private static DfeRule referralBeforeBirth() {
		RuleSpec spec = RuleSpec.of("8606", "Child referral date is more than 40 weeks before DOB or expected DOB",
				"CINdetails.CINreferralDate", "ChildIdentifiers.PersonBirthDate",
				"ChildIdentifiers.ExpectedPersonBirthDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate birth = date(child, BIRTH);
			LocalDate expected = date(child, EXPECTED_BIRTH);
			for (Row episode : child.rows(DETAILS)) {
				LocalDate referral = episode.date(REFERRAL);
				for (LocalDate born : new LocalDate[] { birth, expected }) {
					if (born != null && Dates.before(referral, born.minusDays(280))) {
						findings.at(episode, REFERRAL, "Referred " + referral + ", more than 280 days before the "
								+ ((born == birth) ? "date of birth " : "expected date of birth ") + born);
						break;
					}
				}
			}
		});
	}

	private static DfeRule planAfterDeath() {
		RuleSpec spec = RuleSpec.of("4008", "CIN Plan shown as starting after the child’s Date of Death.",
				"CINplanDates.CINPlanStartDate", "ChildIdentifiers.PersonDeathDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate death = date(child, DEATH);
			for (Row plan : child.nested(DETAILS, PLAN_DATES)) {
				LocalDate start = plan.date(PLAN_START);
				if (Dates.after(start, death)) {
					findings.at(plan, PLAN_START, "CIN plan starts " + start + ", after the child's death on " + death);
				}
			}
		});
	}

	private static DfeRule planEndsAfterDeath() {
		RuleSpec spec = RuleSpec.of("4009", "CIN Plan cannot end after the child’s Date of Death",
				"CINplanDates.CINPlanEndDate", "ChildIdentifiers.PersonDeathDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate death = date(child, DEATH);
			for (Row plan : child.nested(DETAILS, PLAN_DATES)) {
				LocalDate end = plan.date(PLAN_END);
				if (Dates.after(end, death)) {
					findings.at(plan, PLAN_END, "CIN plan ends " + end + ", after the child's death on " + death);
				}
			}
		});
	}

	/** 4180 to 2023-24: gender is recorded as GenderCurrent. */
	private static DfeRule genderMissing() {
		RuleSpec spec = RuleSpec.of("4180", "Gender is missing", "ChildIdentifiers.GenderCurrent");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			if (row != null && !row.has("GenderCurrent") && !row.has("Sex")) {
				findings.at(row, "GenderCurrent", "No GenderCurrent is given");
			}
		});
	}

	/** 4180 from 2024-25: sex, M, F or U. */
	private static DfeRule sex() {
		RuleSpec spec = RuleSpec.of("4180", "Sex must be provided and equal M, F, or U", "ChildIdentifiers.Sex");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			if (row == null) {
				return;
			}
			String sex = row.text("Sex");
			if (sex == null || !List.of("M", "F", "U").contains(sex)) {
				findings.at(row, "Sex", (sex == null) ? "No Sex is given" : "Sex is '" + sex + "'");
			}
		});
	}

	private static DfeRule ethnicity() {
		RuleSpec spec = RuleSpec.of("4220", "Ethnicity is missing or invalid (see Ethnicity table)",
				"ChildCharacteristics.Ethnicity");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(CHARACTERISTICS);
			Row at = (row != null) ? row : child.first(IDENTIFIERS);
			if (at == null) {
				return;
			}
			String ethnicity = (row != null) ? row.text("Ethnicity") : null;
			if (ethnicity == null
					|| !context.codes().codes("Ethnicity", context.collectionYear()).contains(ethnicity)) {
				findings.at(at, "Ethnicity",
						(ethnicity == null) ? "No ethnicity is given" : "'" + ethnicity + "' is not an ethnicity code");
			}
		});
	}

	private static DfeRule childIdMissing() {
		RuleSpec spec = RuleSpec.of("8500", "LA Child ID missing", "ChildIdentifiers.LAchildID");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			if (row != null && !row.has("LAchildID")) {
				findings.at(row, "LAchildID", "No LA child id is given");
			}
		});
	}

	private static DfeRule bornAfterYear() {
		RuleSpec spec = RuleSpec.of("8520",
				"Date of Birth is after data collection period (must be on or before the end of the census period)",
				"ChildIdentifiers.PersonBirthDate", "Header.ReferenceDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate birth = date(child, BIRTH);
			if (birth != null && birth.isAfter(context.referenceDate())) {
				findings.at(child.first(IDENTIFIERS), BIRTH, "Born " + birth + ", after " + context.referenceDate());
			}
		});
	}

	private static DfeRule birthOrExpectedBirth() {
		RuleSpec spec = RuleSpec.of("8525",
				"Either Date of Birth or Expected Date of Birth must be provided (but not both)",
				"ChildIdentifiers.PersonBirthDate", "ChildIdentifiers.ExpectedPersonBirthDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			if (row != null && row.has(BIRTH) == row.has(EXPECTED_BIRTH)) {
				findings.at(row, BIRTH, row.has(BIRTH) ? "Both a date of birth and an expected one are given"
						: "Neither a date of birth nor an expected one is given");
			}
		});
	}

	private static DfeRule diedBeforeBirth() {
		RuleSpec spec = RuleSpec.of("8535Q",
				"Please check: Child’s date of death should not be prior to the date of birth",
				"ChildIdentifiers.PersonDeathDate", "ChildIdentifiers.PersonBirthDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			LocalDate death = date(child, DEATH);
			if (row == null || death == null) {
				return;
			}
			LocalDate birth = row.date(BIRTH);
			if (birth == null || death.isBefore(birth)) {
				findings.at(row, DEATH, (birth == null) ? "Died " + death + " and no date of birth is given"
						: "Died " + death + ", born " + birth);
			}
		});
	}

	private static DfeRule disabilities() {
		RuleSpec spec = RuleSpec.of("8540", "Child’s disability is missing or invalid (see Disability table)",
				"Disabilities.Disability", "ChildIdentifiers.PersonBirthDate", "CINdetails.ReferralNFA");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			boolean furtherAction = Rows.any(child.rows(DETAILS), CinChildRules::furtherAction);
			if (row == null || !row.has(BIRTH) || !furtherAction) {
				return;
			}
			List<Row> disabilities = child.rows(Cin.DISABILITIES);
			if (disabilities.isEmpty()) {
				Row at = (child.first(CHARACTERISTICS) != null) ? child.first(CHARACTERISTICS) : row;
				findings.at(at, "Disability", "No disability is recorded (NONE where the child has none)");
				return;
			}
			for (Row disability : disabilities) {
				String code = disability.text("Disability");
				if (code == null || !context.codes().codes("Disability", context.collectionYear()).contains(code)) {
					findings.at(disability, "Disability", "'" + code + "' is not a disability code");
				}
			}
		});
	}

	/** 8750 to 2023-24: an unborn child's gender is 0. */
	private static DfeRule unbornGender() {
		RuleSpec spec = RuleSpec.of("8750", "Gender must equal 0 for an unborn child", "ChildIdentifiers.GenderCurrent",
				"ChildIdentifiers.ExpectedPersonBirthDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			if (row == null || !row.has(EXPECTED_BIRTH) || row.has(BIRTH)) {
				return;
			}
			String gender = (row.text("GenderCurrent") != null) ? row.text("GenderCurrent") : row.text("Sex");
			if (gender != null && !"0".equals(gender) && !"U".equals(gender)) {
				findings.at(row, "GenderCurrent", "An unborn child with gender " + gender);
			}
		});
	}

	/** 8750 from 2024-25: an unborn child's sex is U. */
	private static DfeRule unbornSex() {
		RuleSpec spec = RuleSpec.of("8750", "Sex must equal U for an unborn child", "ChildIdentifiers.Sex",
				"ChildIdentifiers.PersonBirthDate", "ChildIdentifiers.ExpectedPersonBirthDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			if (row != null && !row.has(BIRTH) && row.has(EXPECTED_BIRTH) && !"U".equals(row.text("Sex"))) {
				findings.at(row, "Sex", "An unborn child with sex " + row.text("Sex"));
			}
		});
	}

	/** 8770Q to 2023-24: a child six or older at the reference date. */
	private static DfeRule upnExpected2023() {
		RuleSpec spec = RuleSpec.of("8770Q",
				"Please check: UPN or reason UPN missing expected for a child who is more than 5 years old",
				"ChildIdentifiers.UPN", "ChildIdentifiers.UPNunknown");
		return upnExpected(spec, (context) -> context.referenceDate().minusYears(6),
				Set.of("UN2", "UN3", "UN4", "UN5", "UN6"));
	}

	/**
	 * 8770Q from 2024-25: a child of school age, born on or before 31 August four years
	 * before the September after the reference date.
	 */
	private static DfeRule upnExpected2025() {
		RuleSpec spec = RuleSpec.of("8770Q",
				"Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.",
				"ChildIdentifiers.UPN", "ChildIdentifiers.UPNunknown");
		return upnExpected(spec, (context) -> LocalDate.of(context.collectionYear() - 4, 8, 31),
				Set.of("UN2", "UN3", "UN4", "UN5", "UN6", "UN7"));
	}

	private static DfeRule upnExpected(RuleSpec spec, Function<ReturnContext, LocalDate> bornBy, Set<String> reasons) {
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			LocalDate birth = date(child, BIRTH);
			boolean furtherAction = Rows.any(child.rows(DETAILS), CinChildRules::furtherAction);
			if (row == null || birth == null || !furtherAction || row.has("UPN")
					|| birth.isAfter(bornBy.apply(context))) {
				return;
			}
			String reason = row.text("UPNunknown");
			if (reason == null || !reasons.contains(reason.toUpperCase(java.util.Locale.ROOT))) {
				findings.at(row, "UPNunknown",
						"Born " + birth + ", no UPN and " + ((reason == null) ? "no reason" : "reason " + reason));
			}
		});
	}

	private static DfeRule un7WithFurtherAction() {
		RuleSpec spec = RuleSpec.of("8772",
				"UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action",
				"ChildIdentifiers.UPNunknown", "CINdetails.ReferralNFA");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row row = child.first(IDENTIFIERS);
			if (row == null || !"UN7".equals(row.text("UPNunknown"))) {
				return;
			}
			for (Row episode : child.rows(DETAILS)) {
				if (!episode.yes("ReferralNFA")) {
					findings.at(episode, "ReferralNFA", "UPN unknown reason UN7, and the episode referred "
							+ episode.text(REFERRAL) + " has ReferralNFA " + episode.text("ReferralNFA"));
				}
			}
		});
	}

	private static DfeRule overTwentyFive() {
		RuleSpec spec = RuleSpec.of("8775Q", "Please check: Child is over 25 years old",
				"ChildIdentifiers.PersonBirthDate", "CINdetails.CINclosureDate");
		return DfeRule.of(spec, (child, context, findings) -> {
			LocalDate birth = date(child, BIRTH);
			if (birth == null || !birth.plusYears(25).isBefore(context.referenceDate())) {
				return;
			}
			LocalDate twentyFive = birth.plusYears(25);
			boolean active = Rows.any(child.rows(DETAILS),
					(episode) -> episode.date(Cin.CLOSURE) == null || episode.date(Cin.CLOSURE).isAfter(twentyFive));
			if (active) {
				findings.at(child.first(IDENTIFIERS), BIRTH,
						"Born " + birth + "; 25 on " + twentyFive + " with an episode open after it");
			}
		});
	}

	private static DfeRule noneAndOthers() {
		RuleSpec spec = RuleSpec.of("8790", "Disability information includes both None and other values",
				"Disabilities.Disability");
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> rows = child.rows(Cin.DISABILITIES);
			boolean none = Rows.any(rows, (row) -> "NONE".equalsIgnoreCase(row.text("Disability")));
			if (none) {
				for (Row row : rows) {
					if (row.has("Disability") && !"NONE".equalsIgnoreCase(row.text("Disability"))) {
						findings.at(row, "Disability", row.text("Disability") + " beside NONE");
					}
				}
			}
		});
	}

	private static DfeRule sameDisabilityTwice() {
		RuleSpec spec = RuleSpec.of("8794", "Child has two or more disabilities with the same code",
				"Disabilities.Disability");
		return DfeRule.of(spec, (child, context, findings) -> {
			Set<String> seen = new java.util.HashSet<>();
			for (Row row : child.rows(Cin.DISABILITIES)) {
				String code = row.text("Disability");
				if (code != null && !seen.add(code)) {
					findings.at(row, "Disability", code + " is recorded more than once");
				}
			}
		});
	}

	private static DfeRule disabilityFactorMissing() {
		RuleSpec spec = RuleSpec.of("8899Q",
				"Please check: A child identified as having a disability does not have a disability factor recorded at the end of assessment.",
				"Assessments.AssessmentFactors", "Disabilities.Disability");
		return DfeRule.of(spec, (child, context, findings) -> {
			boolean disabled = Rows.any(child.rows(Cin.DISABILITIES),
					(row) -> row.has("Disability") && !"NONE".equalsIgnoreCase(row.text("Disability")));
			if (!disabled) {
				return;
			}
			for (Row assessment : child.nested(DETAILS, Cin.ASSESSMENTS)) {
				LocalDate authorised = assessment.date(Cin.ASSESSMENT_END);
				List<String> factors = assessment.all("AssessmentFactors");
				if (authorised != null && !authorised.isBefore(context.periodStart()) && !factors.contains("5A")
						&& !factors.contains("6A")) {
					findings.at(assessment, "AssessmentFactors", "A child with a disability; the assessment authorised "
							+ authorised + " records factors " + factors + ", neither 5A nor 6A");
				}
			}
		});
	}

	/**
	 * Whether an episode is a referral going on to further action (ReferralNFA false or
	 * 0).
	 */
	static boolean furtherAction(Row episode) {
		String flag = episode.text("ReferralNFA");
		return "0".equals(flag) || "false".equalsIgnoreCase(String.valueOf(flag));
	}

	static @Nullable LocalDate date(ReturnChild child, String field) {
		Row row = child.first(IDENTIFIERS);
		return (row != null) ? row.date(field) : null;
	}

	/**
	 * A value that must be unique across the return's children: each child that repeats
	 * another's is reported, and the first once a second is seen.
	 */
	static final class Unique implements DfeRule {

		private final RuleSpec spec;

		private final String field;

		/**
		 * The line where each value was first given: the line only, so the rows
		 * themselves go and no place is written out for a value given once.
		 */
		private final Map<String, Long> seen = new HashMap<>();

		Unique(String code, String message, String field) {
			this.spec = RuleSpec.of(code, message, "ChildIdentifiers." + field);
			this.field = field;
		}

		@Override
		public RuleSpec spec() {
			return this.spec;
		}

		@Override
		public DfeRule forRun() {
			return new Unique(this.spec.code(), this.spec.message(), this.field);
		}

		@Override
		public void check(ReturnChild child, ReturnContext context, Findings.Reporter findings) {
			Row row = child.first(IDENTIFIERS);
			String value = (row != null) ? row.text(this.field) : null;
			if (value == null) {
				return;
			}
			Long first = this.seen.putIfAbsent(value, row.line());
			if (first != null) {
				findings.at(row, this.field, this.field + " " + value + " is also given "
						+ ((first > 0) ? "at line " + first : "by an earlier child"));
			}
		}

	}

}
