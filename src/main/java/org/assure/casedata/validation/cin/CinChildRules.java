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
import java.util.Map;

import org.assure.casedata.validation.Dates;
import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.Findings;
import org.assure.casedata.validation.ReturnChild;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
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
				planAfterDeath(), planEndsAfterDeath(), genderMissing(), ethnicity());
	}

	/** 2023-24: the Cumbrian authorities' new numbers. */
	static List<DfeRule> changedIn2024() {
		return List.of(upnAuthority(true));
	}

	/** 2024-25: LA child id's length and characters; sex replaces gender. */
	static List<DfeRule> changedIn2025() {
		return List.of(childIdLength(), childIdCharacters(), sex());
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

		private final Map<String, Row> seen = new HashMap<>();

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
			Row first = this.seen.putIfAbsent(value, row);
			if (first != null) {
				findings.at(row, this.field,
						this.field + " " + value + " is also given at " + first.location().place());
			}
		}

	}

}
