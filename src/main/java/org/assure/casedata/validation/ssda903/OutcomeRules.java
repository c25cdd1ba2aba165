package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.PreviousReturn;
import org.assure.casedata.validation.ReturnChild;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;
import org.jspecify.annotations.Nullable;

import static org.assure.casedata.validation.ssda903.Ssda903Rules.AD1;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.EPISODES;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.Found;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.HEADER;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.OC2_ITEMS;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.OC3;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.OC3_ITEMS;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.eachRow;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.anyGiven;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.blank;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.fields;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.in;

/**
 * The SSDA903 rules on outcomes: the 12-month items (OC2) asked of the children looked
 * after continuously for 12 months at 31 March and of no one else, by the child's age
 * (the strengths and difficulties score, convictions, health promotion); and the care
 * leavers' items (OC3) against the child's care, death in care, adoption and age.
 */
final class OutcomeRules {

	private static final String OC2 = "OC2";

	/** The four items every child of the 12-month cohort has. */
	private static final List<String> HEALTH = List.of("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
			"SUBSTANCE_MISUSE");

	/** The days a relevant child has been looked after since the 14th birthday. */
	private static final int THIRTEEN_WEEKS = 91;

	private OutcomeRules() {
	}

	static List<DfeRule> all() {
		List<DfeRule> rules = new ArrayList<>();
		rules.addAll(cohort());
		rules.addAll(strengthsAndDifficulties());
		rules.addAll(byAge());
		rules.addAll(careLeavers());
		rules.add(adoptedBefore());
		rules.addAll(leavingCare());
		return rules;
	}

	private static String given(@Nullable String value) {
		return (value == null) ? "blank" : value;
	}

	/**
	 * 344, 345, 347, 391, 1010, 1011, 1012, 1014, 1016: the care leavers' items among
	 * themselves, by age, against the child's last episode and the other tables.
	 */
	private static List<DfeRule> leavingCare() {
		List<DfeRule> rules = new ArrayList<>();
		rules.add(eachRow("344",
				"The record shows the young person has died or returned home to live with parent(s) or someone with "
						+ "parental responsibility for a continuous period of 6 months or more, but activity and/or "
						+ "accommodation on leaving care have been completed.",
				OC3, OC3_ITEMS,
				(row) -> (in(Set.of("DIED", "RHOM"), row.text("IN_TOUCH"))
						&& (!"0".equals(row.text("ACTIV")) || !"0".equals(row.text("ACCOM"))))
								? new Found("ACTIV, ACCOM",
										"IN_TOUCH " + row.text("IN_TOUCH") + " with ACTIV " + given(row.text("ACTIV"))
												+ " and ACCOM " + given(row.text("ACCOM")) + ", not 0")
								: null));
		rules.add(eachRow("345",
				"The data collection record shows the local authority is in touch with this young person, but activity "
						+ "and/or accommodation data items are zero.",
				OC3, OC3_ITEMS,
				(row) -> ("YES".equals(row.text("IN_TOUCH"))
						&& ("0".equals(row.text("ACTIV")) || "0".equals(row.text("ACCOM"))))
								? new Found("ACTIV, ACCOM", "IN_TOUCH YES with ACTIV " + given(row.text("ACTIV"))
										+ " and ACCOM " + given(row.text("ACCOM")))
								: null));
		RuleSpec foyerSpec = RuleSpec.of("347", "Care leavers aged under 18 years, can not be accommodated in a Foyer.",
				OC3 + ".ACCOM", OC3 + ".DOB");
		rules.add(DfeRule.of(foyerSpec, OC3, (child, context, findings) -> {
			for (Row row : child.rows(OC3)) {
				LocalDate born = CareHistory.born(child, row);
				String accommodation = row.text("ACCOM");
				if (accommodation != null && accommodation.startsWith("T") && born != null
						&& CareHistory.birthday(born, 18).isAfter(context.periodStart())) {
					findings.at(row, "ACCOM", "ACCOM " + accommodation + " (a foyer) for a young person under 18 when "
							+ "the year began (born " + born + ")");
				}
			}
		}));
		RuleSpec ageSpec = RuleSpec.of("391",
				"Young person was not 17, 18, 19, 20 or 21 during the current collection " + "year. ", OC3 + ".DOB",
				OC3 + ".IN_TOUCH", OC3 + ".ACTIV", OC3 + ".ACCOM");
		rules.add(DfeRule.of(ageSpec, OC3, (child, context, findings) -> {
			for (Row row : child.rows(OC3)) {
				LocalDate born = CareHistory.born(child, row);
				if (born != null && anyGiven(row, OC3_ITEMS)
						&& CareHistory.birthday(born, 17).isAfter(context.referenceDate())) {
					findings.at(row, "DOB", "under 17 at " + context.referenceDate() + " (born " + born + ")");
				}
			}
		}));
		RuleSpec openLastYearSpec = RuleSpec.of("1010",
				"This child has no episodes loaded for current year even though there was an open episode of care at the "
						+ "end of the previous year, and care leaver data has been entered.",
				fields(OC3, OC3_ITEMS));
		rules.add(DfeRule.of(openLastYearSpec, OC3, (child, context, findings) -> {
			ReturnChild last = context.lastYears(child);
			if (last == null || !child.rows(EPISODES).isEmpty()) {
				return;
			}
			Row latest = CareHistory.latest(last);
			if (latest == null || latest.text("DEC") != null) {
				return;
			}
			for (Row row : child.rows(OC3)) {
				if (anyGiven(row, OC3_ITEMS)) {
					findings.at(row, String.join(", ", OC3_ITEMS), "care leaver items with no episode this year, "
							+ "though the episode begun " + latest.text("DECOM") + " was open at the end of last year");
				}
			}
		}));
		RuleSpec transferredSpec = RuleSpec.of("1011",
				"This child is recorded as having his/her care transferred to another local authority for the final "
						+ "episode and therefore should not have the care leaver information completed.",
				fields(OC3, OC3_ITEMS));
		rules.add(DfeRule.of(transferredSpec, OC3, (child, context, findings) -> {
			Row latest = CareHistory.latest(child);
			if (latest == null || !"E3".equals(latest.text("REC"))) {
				return;
			}
			for (Row row : child.rows(OC3)) {
				if (anyGiven(row, OC3_ITEMS)) {
					findings.at(row, String.join(", ", OC3_ITEMS),
							"care leaver items, but care was transferred to another authority (E3) on "
									+ latest.text("DEC"));
				}
			}
		}));
		RuleSpec othersSpec = RuleSpec.of("1012",
				"No other data should be returned for OC3 children who had no episodes in the current year",
				"PlacedAdoption.CHILD", "Missing.CHILD", "Reviews.CHILD", "AD1.CHILD", "PrevPerm.CHILD", "OC2.CHILD");
		rules.add(DfeRule.of(othersSpec, (child, context, findings) -> {
			if (!context.holds(EPISODES) || !child.rows(EPISODES).isEmpty()) {
				return;
			}
			for (String table : List.of(Ssda903Rules.PLACED, "Missing", Ssda903Rules.REVIEWS, AD1, "PrevPerm", OC2)) {
				for (Row row : child.rows(table)) {
					findings.at(row, "CHILD", "a " + table + " row for a child with no episode");
				}
			}
		}));
		RuleSpec uascSpec = RuleSpec.of("1014", "UASC information is not required for care leavers",
				Ssda903Rules.UASC + ".DUC", OC3 + ".IN_TOUCH", OC3 + ".ACTIV", OC3 + ".ACCOM");
		rules.add(DfeRule.of(uascSpec, Ssda903Rules.UASC, (child, context, findings) -> {
			if (child.rows(Ssda903Rules.UASC).isEmpty() || HeaderRules.lookedAfterInYear(child, context)
					|| !Ssda903Rules.careLeaver(child)) {
				return;
			}
			for (Row row : child.rows(Ssda903Rules.UASC)) {
				findings.at(row, "DUC", "UASC items for a care leaver not looked after in the year");
			}
		}));
		RuleSpec leftAfterSpec = RuleSpec.of("1016",
				"Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their "
						+ "birthday.",
				OC3 + ".IN_TOUCH", OC3 + ".ACTIV", OC3 + ".ACCOM", OC3 + ".DOB", EPISODES + ".DEC");
		rules.add(onLeaverBirthdays(leftAfterSpec, (child, age, birthday) -> {
			Row after = null;
			for (Row episode : child.rows(EPISODES)) {
				LocalDate ceased = episode.date("DEC");
				if (ceased != null && ceased.isAfter(birthday)) {
					after = episode;
				}
			}
			return (after != null) ? "care leaver items, but care ceased " + after.text("DEC") + ", after the " + age
					+ "th birthday (" + birthday + ")" : null;
		}));
		return rules;
	}

	/**
	 * What a rule finds of a care leaver on a 17th or 18th birthday in the year, or null.
	 */
	private interface LeaverBirthday {

		@Nullable String check(ReturnChild child, int age, LocalDate birthday);

	}

	/**
	 * A rule on each care leaver's row with items given, at the 17th and 18th birthdays
	 * that fall in the year: the first birthday found wrong is reported.
	 */
	private static DfeRule onLeaverBirthdays(RuleSpec spec, LeaverBirthday check) {
		return DfeRule.of(spec, OC3, (child, context, findings) -> {
			for (Row row : child.rows(OC3)) {
				LocalDate born = CareHistory.born(child, row);
				if (born == null || !anyGiven(row, OC3_ITEMS)) {
					continue;
				}
				for (int age : new int[] { 17, 18 }) {
					LocalDate birthday = CareHistory.birthday(born, age);
					String why = context.inPeriod(birthday) ? check.check(child, age, birthday) : null;
					if (why != null) {
						findings.at(row, String.join(", ", OC3_ITEMS), why);
						break;
					}
				}
			}
		});
	}

	/** A rule on each OC2 row of a child, told whether the child is in the cohort. */
	private interface CohortCheck {

		@Nullable Found check(Row row, boolean inCohort, @Nullable LocalDate born, ReturnContext context);

	}

	private static DfeRule eachOc2(String code, String message, List<String> fields, CohortCheck check) {
		RuleSpec spec = RuleSpec.of(code, message,
				fields.stream().map((field) -> field.contains(".") ? field : OC2 + "." + field).toArray(String[]::new));
		return DfeRule.of(spec, OC2, (child, context, findings) -> {
			List<Row> rows = child.rows(OC2);
			if (rows.isEmpty()) {
				return;
			}
			boolean inCohort = CareHistory.continuouslyLookedAfter(child, context);
			for (Row row : rows) {
				Found found = check.check(row, inCohort, CareHistory.born(child, row), context);
				if (found != null) {
					findings.at(row, found.field(), found.detail());
				}
			}
		});
	}

	private static String notInCohort(ReturnContext context) {
		return "not looked after continuously for 12 months at " + context.referenceDate();
	}

	/** 190, 191, 187: the 12-month items for the cohort, and only for it. */
	private static List<DfeRule> cohort() {
		DfeRule outside = eachOc2("190",
				"Child has not been looked after continuously for at least 12 months at 31 March but one or more data "
						+ "items relating to children looked after for 12 months have been completed.",
				OC2_ITEMS,
				(row, inCohort, born, context) -> (!inCohort && anyGiven(row, OC2_ITEMS))
						? new Found(String.join(", ", OC2_ITEMS), "12-month items given, but " + notInCohort(context))
						: null);
		RuleSpec missingSpec = RuleSpec.of("191",
				"Child has been looked after continuously for at least 12 months at 31 March but one or more data items "
						+ "relating to children looked after for 12 months have been left blank.",
				fields(OC2, HEALTH));
		DfeRule missing = DfeRule.of(missingSpec, EPISODES, (child, context, findings) -> {
			if (!CareHistory.continuouslyLookedAfter(child, context)) {
				return;
			}
			List<Row> rows = child.rows(OC2);
			if (rows.isEmpty()) {
				if (context.holds(OC2)) {
					Row first = CareHistory.episodes(child).get(0);
					findings.at(first, "CHILD", "looked after continuously for 12 months at " + context.referenceDate()
							+ ", but the child has no OC2 row");
				}
				return;
			}
			for (Row row : rows) {
				List<String> blanks = blank(row, HEALTH);
				if (!blanks.isEmpty()) {
					findings.at(row, String.join(", ", blanks),
							"looked after continuously for 12 months, but " + String.join(", ", blanks) + " blank");
				}
			}
		});
		RuleSpec otherReturnsSpec = RuleSpec.of("187",
				"Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or "
						+ "care leavers returns completed.",
				AD1 + ".DATE_INT", AD1 + ".DATE_MATCH", AD1 + ".FOSTER_CARE", AD1 + ".NB_ADOPTR", AD1 + ".SEX_ADOPTR",
				AD1 + ".LS_ADOPTR", OC3 + ".IN_TOUCH", OC3 + ".ACTIV", OC3 + ".ACCOM");
		DfeRule otherReturns = DfeRule.of(otherReturnsSpec, (child, context, findings) -> {
			if ((child.rows(OC3).isEmpty() && child.rows(AD1).isEmpty())
					|| !CareHistory.continuouslyLookedAfter(child, context)) {
				return;
			}
			for (Row row : child.rows(OC3)) {
				if (anyGiven(row, OC3_ITEMS)) {
					findings.at(row, String.join(", ", OC3_ITEMS),
							"care leaver items given for a child looked after continuously for 12 months");
				}
			}
			for (Row row : child.rows(AD1)) {
				if (anyGiven(row, AdoptionRules.AD1_ITEMS)) {
					findings.at(row, String.join(", ", AdoptionRules.AD1_ITEMS),
							"adoption items given for a child looked after continuously for 12 months");
				}
			}
		});
		return List.of(outside, missing, otherReturns);
	}

	private static boolean sdqGiven(Row row) {
		return row.text("SDQ_SCORE") != null || row.text("SDQ_REASON") != null;
	}

	/** Whether a birthday falls within the year, both ends included. */
	private static boolean inYear(@Nullable LocalDate born, int years, ReturnContext context) {
		return born != null && context.inPeriod(CareHistory.birthday(born, years));
	}

	/** 185, 186, 189, 197a, 197B, 198: the strengths and difficulties score, by age. */
	private static List<DfeRule> strengthsAndDifficulties() {
		DfeRule scoreOutside = eachOc2("185",
				"Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and "
						+ "Difficulties (SDQ) score has been completed.",
				List.of("SDQ_SCORE"), (row, inCohort, born, context) -> (!inCohort && row.text("SDQ_SCORE") != null)
						? new Found("SDQ_SCORE", "SDQ_SCORE given, but " + notInCohort(context)) : null);
		DfeRule reasonOutside = eachOc2("198",
				"Child has not been looked after continuously for at least 12 months at 31 March but a reason for no "
						+ "Strengths and Difficulties (SDQ) score has been completed. ",
				List.of("SDQ_REASON"), (row, inCohort, born, context) -> (!inCohort && row.text("SDQ_REASON") != null)
						? new Found("SDQ_REASON", "SDQ_REASON given, but " + notInCohort(context)) : null);
		DfeRule fourToSixteen = eachOc2("186",
				"Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and "
						+ "who have been looked after for at least 12 months continuously should have a Strengths and "
						+ "Difficulties (SDQ) score completed.",
				List.of("SDQ_SCORE", "SDQ_REASON", "DOB"),
				(row, inCohort, born,
						context) -> (inCohort && born != null
								&& !CareHistory.birthday(born, 4).isAfter(context.periodStart())
								&& CareHistory.birthday(born, 17).isAfter(context.referenceDate()) && !sdqGiven(row))
										? new Found("SDQ_SCORE", "aged 4 to 16 through the year (born " + born
												+ ") and looked after for 12 months, with neither a score nor a reason")
										: null);
		DfeRule turningFourOrSeventeen = eachOc2("197B",
				"SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.",
				List.of("SDQ_SCORE", "SDQ_REASON", "DOB"),
				(row, inCohort, born,
						context) -> (inCohort && (inYear(born, 4, context) || inYear(born, 17, context))
								&& !sdqGiven(row))
										? new Found("SDQ_REASON", "4 or 17 in the year (born " + born
												+ ") and looked after for 12 months, with neither a score nor a reason")
										: null);
		DfeRule seventeen = eachOc2("189",
				"Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) "
						+ "score or a reason for no Strengths and Difficulties (SDQ) score has been completed.",
				List.of("DOB", "SDQ_SCORE", "SDQ_REASON"),
				(row, inCohort, born,
						context) -> (born != null && !CareHistory.birthday(born, 17).isAfter(context.periodStart())
								&& sdqGiven(row))
										? new Found((row.text("SDQ_SCORE") != null) ? "SDQ_SCORE" : "SDQ_REASON",
												"17 or over when the year began (born " + born + ")")
										: null);
		DfeRule both = eachRow("197a",
				"Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties "
						+ "Questionnaire score is filled in.",
				OC2, List.of("SDQ_SCORE", "SDQ_REASON"),
				(row) -> (row.text("SDQ_SCORE") != null && row.text("SDQ_REASON") != null)
						? new Found("SDQ_REASON",
								"SDQ_SCORE " + row.text("SDQ_SCORE") + " with SDQ_REASON " + row.text("SDQ_REASON"))
						: null);
		DfeRule underFourOrOverSeventeen = eachOc2("157",
				"Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year "
						+ "and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no "
						+ "Strengths and Difficulties Questionnaire (SDQ) score.",
				List.of("SDQ_REASON", "DOB"),
				(row, inCohort, born,
						context) -> (inCohort && born != null && row.text("SDQ_SCORE") == null
								&& "SDQ1".equals(row.text("SDQ_REASON"))
								&& !CareHistory.birthday(born, 4).isAfter(context.periodStart())
								&& CareHistory.birthday(born, 17).isAfter(context.referenceDate()))
										? new Found("SDQ_REASON",
												"SDQ1 (under 4 or over 17) for a child aged 4 to 16 through "
														+ "the year (born " + born + ")")
										: null);
		return List.of(scoreOutside, reasonOutside, fourToSixteen, turningFourOrSeventeen, seventeen, both,
				underFourOrOverSeventeen);
	}

	/**
	 * 542 to 547: convictions from 10, health promotion under 5, with the health items.
	 */
	private static List<DfeRule> byAge() {
		DfeRule underTen = eachOc2("542",
				"A child aged under 10 at 31 March should not have conviction information completed.",
				List.of("CONVICTED", "DOB"),
				(row, inCohort, born,
						context) -> (born != null && row.text("CONVICTED") != null
								&& CareHistory.birthday(born, 10).isAfter(context.referenceDate()))
										? new Found("CONVICTED",
												"under 10 at " + context.referenceDate() + " (born " + born + ")")
										: null);
		DfeRule tenOrOver = eachOc2("543",
				"Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet "
						+ "conviction information has not been completed.",
				List.of("DOB", "CONVICTED"),
				(row, inCohort, born,
						context) -> (inCohort && born != null && row.text("CONVICTED") == null
								&& !CareHistory.birthday(born, 10).isAfter(context.referenceDate()))
										? new Found("CONVICTED", "10 or over at " + context.referenceDate() + " (born "
												+ born + ") and looked after for 12 months, CONVICTED blank")
										: null);
		DfeRule underFive = eachOc2("545",
				"Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health "
						+ "promotion information has not been completed.",
				List.of("DOB", "HEALTH_CHECK"),
				(row, inCohort, born,
						context) -> (inCohort && born != null && row.text("HEALTH_CHECK") == null
								&& CareHistory.birthday(born, 5).isAfter(context.referenceDate()))
										? new Found("HEALTH_CHECK",
												"under 5 at " + context.referenceDate() + " (born " + born
														+ ") and looked after for 12 months, HEALTH_CHECK blank")
										: null);
		DfeRule fiveOrOver = eachOc2("546",
				"Children aged 5 or over at 31 March should not have health promotion information completed.",
				List.of("DOB", "HEALTH_CHECK"),
				(row, inCohort, born,
						context) -> (inCohort && born != null && row.text("HEALTH_CHECK") != null
								&& !CareHistory.birthday(born, 5).isAfter(context.referenceDate()))
										? new Found("HEALTH_CHECK",
												"5 or over at " + context.referenceDate() + " (born " + born + ")")
										: null);
		return List.of(underTen, tenOrOver, withHealthItems("544",
				"Any child who has conviction information completed must also have immunisation, teeth check, health "
						+ "assessment and substance misuse problem identified fields completed.",
				"CONVICTED"), underFive, fiveOrOver,
				withHealthItems("547",
						"Any child who has health promotion information completed must also have immunisation, teeth "
								+ "check, health assessment and substance misuse problem identified fields completed.",
						"HEALTH_CHECK"));
	}

	/** 544, 547: an item given asks for the four health items too. */
	private static DfeRule withHealthItems(String code, String message, String item) {
		List<String> fields = new ArrayList<>(List.of(item));
		fields.addAll(HEALTH);
		return eachRow(code, message, OC2, fields, (row) -> {
			if (row.text(item) == null) {
				return null;
			}
			List<String> blanks = blank(row, HEALTH);
			return blanks.isEmpty() ? null : new Found(String.join(", ", blanks),
					item + " given with " + String.join(", ", blanks) + " blank");
		});
	}

	/** The child's episodes of this year and last year's (when given), one per start. */
	private static List<Row> episodesWithLastYear(ReturnChild child, @Nullable PreviousReturn previous) {
		ReturnChild last = (previous != null && child.id() != null) ? previous.child(child.id()) : null;
		if (last == null) {
			return CareHistory.episodes(child);
		}
		List<Row> all = new ArrayList<>(CareHistory.episodes(child));
		java.util.Set<LocalDate> starts = new java.util.HashSet<>();
		all.forEach((episode) -> starts.add(episode.date("DECOM")));
		for (Row episode : last.rows(EPISODES)) {
			LocalDate began = episode.date("DECOM");
			if (began != null && starts.add(began)) {
				all.add(episode);
			}
		}
		all.sort(Comparator.comparing((Row episode) -> episode.date("DECOM")));
		return all;
	}

	/** 1000, 1002, 1007, 3001, 628: the care leavers' items against the child's care. */
	private static List<DfeRule> careLeavers() {
		RuleSpec diedSpec = RuleSpec.of("1000",
				"This child is recorded as having died in care and therefore should not have the care leaver information "
						+ "completed.",
				fields(OC3, OC3_ITEMS));
		DfeRule died = DfeRule.of(diedSpec, OC3, (child, context, findings) -> {
			if (child.rows(OC3).isEmpty()) {
				return;
			}
			Row death = null;
			for (Row episode : episodesWithLastYear(child, context.previous())) {
				if ("E2".equals(upper(episode.text("REC")))) {
					death = episode;
				}
			}
			if (death == null) {
				return;
			}
			for (Row row : child.rows(OC3)) {
				if (anyGiven(row, OC3_ITEMS)) {
					findings.at(row, String.join(", ", OC3_ITEMS),
							"care leaver items given; an episode ceased E2 (died) on " + death.text("DEC"));
				}
			}
		});
		RuleSpec neverSpec = RuleSpec.of("1002",
				"This child has no previous episodes of care, therefore should not have care leaver information "
						+ "recorded.",
				fields(OC3, OC3_ITEMS));
		DfeRule never = DfeRule.of(neverSpec, OC3, (child, context, findings) -> {
			PreviousReturn previous = context.previous();
			if (previous == null || child.rows(OC3).isEmpty() || !child.rows(EPISODES).isEmpty()) {
				return;
			}
			ReturnChild last = (child.id() != null) ? previous.child(child.id()) : null;
			if (last != null && !last.rows(EPISODES).isEmpty()) {
				return;
			}
			for (Row row : child.rows(OC3)) {
				if (anyGiven(row, OC3_ITEMS)) {
					findings.at(row, String.join(", ", OC3_ITEMS),
							"care leaver items given, but no episode this year nor last");
				}
			}
		});
		RuleSpec stillLookedAfterSpec = RuleSpec.of("1007",
				"Care leaver information is not required for 17- or 18-year olds who are still looked after [on their "
						+ "17th or 18th birthday.]",
				OC3 + ".IN_TOUCH", OC3 + ".ACTIV", OC3 + ".ACCOM", OC3 + ".DOB", EPISODES + ".DECOM",
				EPISODES + ".DEC");
		DfeRule stillLookedAfter = onLeaverBirthdays(stillLookedAfterSpec,
				(child, age, birthday) -> lookedAfterOn(child, birthday)
						? "care leaver items given, but looked after on the " + age + "th birthday, " + birthday
						: null);
		RuleSpec fosterCarersSpec = RuleSpec.of("3001",
				"Where care leavers information is being returned for a young person around their 17th birthday, the "
						+ "accommodation cannot be with their former foster carer(s).",
				OC3 + ".ACCOM", HEADER + ".DOB");
		DfeRule fosterCarers = DfeRule.of(fosterCarersSpec, OC3, (child, context, findings) -> {
			for (Row row : child.rows(OC3)) {
				String accommodation = upper(row.text("ACCOM"));
				LocalDate born = CareHistory.born(child, row);
				if (in(Set.of("Z1", "Z2"), accommodation) && inYear(born, 17, context)) {
					findings.at(row, "ACCOM", "ACCOM " + row.text("ACCOM") + " (former foster carers) at the 17th "
							+ "birthday, " + CareHistory.birthday(born, 17));
				}
			}
		});
		RuleSpec motherSpec = RuleSpec.of("628",
				"Motherhood details are not required for care leavers who have not been looked after during the year.",
				HEADER + ".MOTHER");
		DfeRule mother = DfeRule.of(motherSpec, OC3, (child, context, findings) -> {
			if (!child.rows(EPISODES).isEmpty() || !Ssda903Rules.careLeaver(child)) {
				return;
			}
			for (Row header : child.rows(HEADER)) {
				if (header.text("MOTHER") != null) {
					findings.at(header, "MOTHER", "MOTHER " + header.text("MOTHER")
							+ " given for a care leaver not looked after during the year");
				}
			}
		});
		return List.of(died, never, relevant(), stillLookedAfter, fosterCarers, mother);
	}

	/**
	 * 1001: a care leaver is a relevant or former relevant child: looked after for at
	 * least 13 weeks (91 days) since the 14th birthday, one day of it since the 16th, and
	 * not adopted at the end of care. Counted over this year's and last year's episodes
	 * (run only with last year's return), less short breaks, an open last episode running
	 * to the year's end; a young person 20 or over at the year's end is passed over, as
	 * the two years cannot show the care since 14.
	 */
	private static DfeRule relevant() {
		RuleSpec spec = RuleSpec.of("1001",
				"The episodes recorded for this young person suggest they are not a relevant or a former relevant child "
						+ "and therefore should not have care leaver information completed.",
				fields(OC3, OC3_ITEMS));
		return DfeRule.of(spec, OC3, (child, context, findings) -> {
			if (context.previous() == null || child.rows(OC3).isEmpty()) {
				return;
			}
			LocalDate born = CareHistory.born(child, child.rows(OC3).get(0));
			if (born == null || !CareHistory.birthday(born, 20).isAfter(context.referenceDate())) {
				return;
			}
			List<Row> episodes = episodesWithLastYear(child, context.previous());
			LocalDate fourteen = CareHistory.birthday(born, 14);
			LocalDate sixteen = CareHistory.birthday(born, 16);
			long since14 = 0;
			long since16 = 0;
			for (int index = 0; index < episodes.size(); index++) {
				Row episode = episodes.get(index);
				LocalDate ceased = episode.date("DEC");
				if (ceased == null && index == episodes.size() - 1) {
					ceased = context.referenceDate();
				}
				if (ceased == null || in(Ssda903Rules.SHORT_BREAKS, upper(episode.text("LS")))) {
					continue;
				}
				LocalDate began = episode.date("DECOM");
				since14 += Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(max(began, fourteen), ceased));
				since16 += Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(max(began, sixteen), ceased));
			}
			Row last = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
			boolean adopted = last != null && in(Set.of("E11", "E12"), upper(last.text("REC")));
			if (!adopted && since14 >= THIRTEEN_WEEKS && since16 >= 1) {
				return;
			}
			String why = adopted ? "care ended in adoption (" + last.text("REC") + " on " + last.text("DEC") + ")"
					: since14 + " days looked after since the 14th birthday (" + fourteen + ") and " + since16
							+ " since the 16th, in this year's and last year's episodes; a relevant child has 91 and 1";
			for (Row row : child.rows(OC3)) {
				if (anyGiven(row, OC3_ITEMS)) {
					findings.at(row, String.join(", ", OC3_ITEMS), "care leaver items given, but " + why);
				}
			}
		});
	}

	private static LocalDate max(LocalDate first, LocalDate second) {
		return first.isAfter(second) ? first : second;
	}

	/** Whether an episode (other than a short break) was open on a day. */
	private static boolean lookedAfterOn(ReturnChild child, LocalDate day) {
		for (Row episode : CareHistory.episodes(child)) {
			LocalDate ceased = episode.date("DEC");
			if (!episode.date("DECOM").isAfter(day) && (ceased == null || ceased.isAfter(day))
					&& !in(Ssda903Rules.SHORT_BREAKS, episode.text("LS"))) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String upper(@Nullable String value) {
		return (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * 199: no episode follows an adoption (E11, E12), among this year's episodes and last
	 * year's when given.
	 */
	private static DfeRule adoptedBefore() {
		RuleSpec spec = RuleSpec.of("199", "Episode information shows child has been previously adopted from care.",
				EPISODES + ".DECOM", EPISODES + ".REC");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			Row adoption = null;
			for (Row episode : episodesWithLastYear(child, context.previous())) {
				if (adoption != null && episode.table().equals(EPISODES) && child.rows(EPISODES).contains(episode)) {
					findings.at(episode, "DECOM", "begun " + episode.text("DECOM") + ", after the child was adopted ("
							+ adoption.text("REC") + " on " + adoption.text("DEC") + ")");
				}
				if (adoption == null && in(Set.of("E11", "E12"), upper(episode.text("REC")))) {
					adoption = episode;
				}
			}
		});
	}

}
