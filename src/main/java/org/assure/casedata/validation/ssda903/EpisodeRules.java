package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.ReturnChild;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;
import org.jspecify.annotations.Nullable;

import static org.assure.casedata.validation.ssda903.Ssda903Rules.EPISODES;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.SHORT_BREAKS;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.Found;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.HEADER;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.eachRow;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.in;

/**
 * The SSDA903 rules on episodes: their dates against the year, each other and the child's
 * birth; the child's age for a legal status, a placement or a reason for ceasing;
 * placement types against legal status and provider; and how episodes follow one another.
 */
final class EpisodeRules {

	private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

	private static final Set<String> CONTINUING = Set.of("P", "L", "T", "U", "B");

	/** The day from which freeing orders (D1) gave way to placement orders (E1). */
	private static final LocalDate FREEING_ORDERS_END = LocalDate.of(2005, 12, 30);

	private EpisodeRules() {
	}

	static List<DfeRule> all() {
		List<DfeRule> rules = new ArrayList<>();
		rules.addAll(dates());
		rules.addAll(ages());
		rules.addAll(placements());
		rules.addAll(sequence());
		rules.addAll(durations());
		rules.add(Ssda903Rules.code("1009", "Reason for placement change is not a valid code.", EPISODES,
				"REASON_PLACE_CHANGE", Set.of("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD",
						"LAREQ", "PLACE", "CUSTOD", "OTHER"),
				false));
		rules.add(Ssda903Rules.code("179", "Placement location code is not a valid code.", EPISODES, "PL_LOCATION",
				Set.of("IN", "OUT"), false));
		rules.add(Ssda903Rules.code("631", "Previous permanence option not a valid value.", "PrevPerm", "PREV_PERM",
				Set.of("P1", "P2", "P3", "P4", "Z1"), false));
		rules.add(eachRow("635",
				"There are entries for date of order and local authority code where previous permanence option was "
						+ "arranged but previous permanence code is Z1",
				"PrevPerm", List.of("PREV_PERM", "DATE_PERM", "LA_PERM"),
				(row) -> ("Z1".equals(row.text("PREV_PERM"))
						&& (row.text("DATE_PERM") != null || row.text("LA_PERM") != null))
								? new Found((row.text("DATE_PERM") != null) ? "DATE_PERM" : "LA_PERM",
										"PREV_PERM Z1 (no previous permanence) with a date or authority of an order")
								: null));
		return rules;
	}

	/** An episode's date against a day of the year (or a fixed day). */
	private interface DayRule {

		@Nullable String check(Row episode, ReturnContext context);

	}

	private static DfeRule eachEpisode(String code, String message, List<String> fields, String field, DayRule check) {
		RuleSpec spec = RuleSpec.of(code, message, fields.toArray(String[]::new));
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			for (Row episode : child.rows(EPISODES)) {
				String detail = check.check(episode, context);
				if (detail != null) {
					findings.at(episode, field, detail);
				}
			}
		});
	}

	private static List<DfeRule> dates() {
		return List.of(eachEpisode("353", "No episode submitted can start before 14 October 1991.",
				List.of(EPISODES + ".DECOM"), "DECOM", (episode, context) -> {
					LocalDate began = episode.date("DECOM");
					return (began != null && began.isBefore(LocalDate.of(1991, 10, 14)))
							? "began " + episode.text("DECOM") + ", before the Children Act 1989 came into force"
							: null;
				}),
				eachEpisode("354", "Date episode ceased must be on or before the end of the current collection year.",
						List.of(EPISODES + ".DECOM"), "DECOM", (episode, context) -> {
							LocalDate began = episode.date("DECOM");
							return (began != null && began.isAfter(context.referenceDate()))
									? "began " + episode.text("DECOM") + ", after the year ended" : null;
						}),
				eachEpisode("385", "Date episode ceased must be on or before the end of the current collection year.",
						List.of(EPISODES + ".DEC"), "DEC", (episode, context) -> {
							LocalDate ceased = episode.date("DEC");
							return (ceased != null && ceased.isAfter(context.referenceDate()))
									? "ceased " + episode.text("DEC") + ", after the year ended" : null;
						}),
				eachEpisode("356", "The date the episode ceased is before the date the same episode started.",
						List.of(EPISODES + ".DECOM", EPISODES + ".DEC"), "DEC", (episode, context) -> {
							LocalDate began = episode.date("DECOM");
							LocalDate ceased = episode.date("DEC");
							return (began != null && ceased != null && ceased.isBefore(began))
									? "ceased " + episode.text("DEC") + ", began " + episode.text("DECOM") : null;
						}),
				eachEpisode("355", "Episode appears to have lasted for less than 24 hours",
						List.of(EPISODES + ".DECOM", EPISODES + ".DEC"), "DEC", (episode, context) -> {
							LocalDate began = episode.date("DECOM");
							return (began != null && began.equals(episode.date("DEC")))
									? "began and ceased on " + episode.text("DECOM") : null;
						}),
				eachEpisode("445", "D1 is not a valid code for episodes starting after December 2005.",
						List.of(EPISODES + ".LS", EPISODES + ".DECOM"), "LS", (episode, context) -> {
							LocalDate began = episode.date("DECOM");
							return ("D1".equals(episode.text("LS")) && began != null
									&& began.isAfter(FREEING_ORDERS_END))
											? "a freeing order (D1) in an episode begun " + episode.text("DECOM")
											: null;
						}),
				eachEpisode("446", "E1 is not a valid code for episodes starting before December 2005.",
						List.of(EPISODES + ".LS", EPISODES + ".DECOM"), "LS", (episode, context) -> {
							LocalDate began = episode.date("DECOM");
							return ("E1".equals(episode.text("LS")) && began != null
									&& began.isBefore(FREEING_ORDERS_END))
											? "a placement order (E1) in an episode begun " + episode.text("DECOM")
											: null;
						}),
				firstBeforeBirth());
	}

	/** 302: the child's first episode does not begin before the child was born. */
	private static DfeRule firstBeforeBirth() {
		RuleSpec spec = RuleSpec.of("302", "First episode starts before child was born.", EPISODES + ".DECOM",
				HEADER + ".DOB");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> episodes = CareHistory.episodes(child);
			LocalDate born = CareHistory.born(child);
			if (!episodes.isEmpty() && born != null && episodes.get(0).date("DECOM").isBefore(born)) {
				findings.at(episodes.get(0), "DECOM",
						"began " + episodes.get(0).text("DECOM") + ", born " + child.first(HEADER).text("DOB"));
			}
		});
	}

	/**
	 * A rule on the child's age on an episode's day (its start or its end) when the
	 * episode has a code.
	 * @param tooYoung whether the rule is broken below the age (else at or above it)
	 */
	static DfeRule age(String code, String message, String codeField, Set<String> codes, String dayField, int years,
			boolean tooYoung) {
		RuleSpec spec = RuleSpec.of(code, message, EPISODES + "." + codeField, EPISODES + "." + dayField,
				HEADER + ".DOB");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			LocalDate born = CareHistory.born(child);
			if (born == null) {
				return;
			}
			List<Row> episodes = child.rows(EPISODES);
			for (int index = 0; index < episodes.size(); index++) {
				Row episode = episodes.get(index);
				LocalDate day = episode.date(dayField);
				if (day == null || !in(codes, episode.text(codeField))) {
					continue;
				}
				int age = CareHistory.age(born, day);
				if (tooYoung ? age < years : age >= years) {
					findings.at(episode, codeField, codeField + " " + episode.text(codeField) + " on "
							+ episode.text(dayField) + ", when the child was " + age);
				}
			}
		});
	}

	/**
	 * 370 and 371 as they stood each year: independent living (P2) from 15, then 16 from
	 * 2023-24; semi-independent living (H5) from 14, then 16 from 2023-24; from 2024-25
	 * the rule is on supported accommodation (K3), from 16.
	 * @param collectionYear the year of the 31 March that ends the collection
	 * @return the two rules
	 */
	static List<DfeRule> independence(int collectionYear) {
		boolean earliest = collectionYear <= 2023;
		DfeRule independent = age("370", "Child in independent living should be at least " + (earliest ? 15 : 16) + ".",
				"PLACE", Set.of("P2"), "DECOM", earliest ? 15 : 16, true);
		DfeRule semi = (collectionYear >= 2025)
				? age("371",
						"Child in supported accomodation not subject to children’s homes regulations should be at "
								+ "least 16.",
						"PLACE", Set.of("K3"), "DECOM", 16, true)
				: age("371",
						"Child in semi-independent living accommodation not subject to children’s homes "
								+ "regulations should be at least " + (earliest ? 14 : 16) + ".",
						"PLACE", Set.of("H5"), "DECOM", earliest ? 14 : 16, true);
		return List.of(independent, semi);
	}

	private static List<DfeRule> ages() {
		return List.of(
				age("352", "Child who started to be looked after was aged 18 or over.", "RNE", Set.of("S"), "DECOM", 18,
						false),
				age("358", "Child with this legal status should not be under 10.", "LS", Set.of("J1", "J2", "J3"),
						"DECOM", 10, true),
				age("386", "Reason episode ceased is adopted but child has reached age 18.", "REC",
						Set.of("E11", "E12"), "DEC", 18, false),
				age("387",
						"Reason episode ceased is child moved into independent living arrangement, but the child is aged "
								+ "under 14.",
						"REC", Set.of("E5", "E6"), "DEC", 14, true),
				age("389",
						"Reason episode ceased is that child transferred to care of adult social care services, but "
								+ "child is aged under 16.",
						"REC", Set.of("E7"), "DEC", 16, true),
				age("407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18.", "REC",
						Set.of("E45", "E46"), "DEC", 18, false),
				age("460",
						"Reason episode ceased is that child stayed with current carers at age 18 (or above), but child "
								+ "is aged under 18.",
						"REC", Set.of("E17"), "DEC", 18, true),
				age("372", "Child in youth custody or prison should be at least 10.", "PLACE", Set.of("R5"), "DECOM",
						10, true),
				age("373", "Child placed in a school should be at least 4 years old.", "PLACE", Set.of("S1"), "DECOM",
						4, true),
				age("374", "Child in residential employment should be at least 14 years old.", "PLACE", Set.of("P3"),
						"DECOM", 14, true));
	}

	/** A placement type, legal status or provider that may not go with another. */
	private static DfeRule pair(String code, String message, String field, Set<String> values, String otherField,
			Set<String> otherValues) {
		return eachRow(code, message, EPISODES, List.of(field, otherField),
				(episode) -> (in(values, episode.text(field)) && in(otherValues, episode.text(otherField))) ? new Found(
						field,
						field + " " + episode.text(field) + " with " + otherField + " " + episode.text(otherField))
						: null);
	}

	private static List<DfeRule> placements() {
		Set<String> p1r2r5 = Set.of("P1", "R2", "R5");
		return List.of(
				pair("378",
						"A child who is placed with parent(s) cannot be looked after under a single period of "
								+ "accommodation under Section 20 of the Children Act 1989.",
						"PLACE", Set.of("P1"), "LS", Set.of("V2")),
				pair("382", "A child receiving respite care cannot be in a temporary placement.", "PLACE", TEMPORARY,
						"LS", SHORT_BREAKS),
				pair("384", "A child receiving respite care cannot be in a long-term foster placement ", "PLACE",
						Set.of("U1", "U4"), "LS", SHORT_BREAKS),
				pair("527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.",
						"PLACE_PROVIDER", Set.of("PR1"), "PLACE", p1r2r5),
				pair("528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.",
						"PLACE_PROVIDER", Set.of("PR2"), "PLACE", p1r2r5),
				pair("529",
						"Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 "
								+ "to U6 as these placements cannot be provided by other public organisations.",
						"PLACE_PROVIDER", Set.of("PR3"), "PLACE",
						Set.of("P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6")),
				pair("530", "A placement provider code of PR4 cannot be associated with placement P1.",
						"PLACE_PROVIDER", Set.of("PR4"), "PLACE", Set.of("P1")),
				pair("531", "A placement provider code of PR5 cannot be associated with placements P1.",
						"PLACE_PROVIDER", Set.of("PR5"), "PLACE", Set.of("P1")),
				eachRow("550", "A placement provider code of PR0 can only be associated with placement P1.", EPISODES,
						List.of("PLACE_PROVIDER", "PLACE"),
						(episode) -> ("PR0".equals(episode.text("PLACE_PROVIDER")) && episode.text("PLACE") != null
								&& !"P1".equals(episode.text("PLACE")))
										? new Found("PLACE_PROVIDER", "PR0 with PLACE " + episode.text("PLACE"))
										: null),
				eachRow("516",
						"The episode data submitted for this child does not show that he/she was with their former "
								+ "foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 "
								+ "the child must have a placement code of U1 to U6.",
						EPISODES, List.of("REC", "PLACE"),
						(episode) -> (in(Set.of("E45", "E46"), episode.text("REC"))
								&& !in(Set.of("U1", "U2", "U3", "U4", "U5", "U6"), episode.text("PLACE")))
										? new Found("PLACE",
												"REC " + episode.text("REC") + " from PLACE " + episode.text("PLACE"))
										: null));
	}

	/** A rule on an episode and the one before it, in order of start. */
	private interface StepRule {

		@Nullable Found check(@Nullable Row before, Row episode, ReturnContext context);

	}

	private static DfeRule inTurn(String code, String message, List<String> fields, StepRule check) {
		RuleSpec spec = RuleSpec.of(code, message,
				fields.stream().map((f) -> EPISODES + "." + f).toArray(String[]::new));
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> episodes = CareHistory.episodes(child);
			for (int i = 0; i < episodes.size(); i++) {
				Found found = check.check(CareHistory.before(episodes, i), episodes.get(i), context);
				if (found != null) {
					findings.at(episodes.get(i), found.field(), found.detail());
				}
			}
		});
	}

	private static List<DfeRule> sequence() {
		return List.of(inTurn("501", "A new episode has started before the end date of the previous episode.",
				List.of("DECOM", "DEC"), (before, episode, context) -> {
					LocalDate ended = (before != null) ? before.date("DEC") : null;
					return (ended != null && episode.date("DECOM").isBefore(ended)) ? new Found("DECOM", "began "
							+ episode.text("DECOM") + ", before the episode before ceased " + before.text("DEC"))
							: null;
				}),
				inTurn("431",
						"The reason for new episode is started to be looked after, but the previous episode ended on the "
								+ "same day.",
						List.of("RNE", "DECOM"),
						(before, episode,
								context) -> ("S".equals(episode.text("RNE")) && before != null
										&& episode.date("DECOM").equals(before.date("DEC")))
												? new Found("RNE",
														"RNE S on " + episode.text("DECOM")
																+ ", the day the episode before ceased")
												: null),
				inTurn("432",
						"The child ceased to be looked after at the end of the previous episode but the reason for the new "
								+ "episode is not started to be looked after.",
						List.of("RNE", "REC"),
						(before, episode, context) -> (before != null && before.text("REC") != null
								&& !"X1".equals(before.text("REC")) && in(CONTINUING, episode.text("RNE")))
										? new Found("RNE",
												"RNE " + episode.text("RNE") + " after an episode that ceased with REC "
														+ before.text("REC"))
										: null),
				inTurn("433",
						"The reason for new episode suggests that this is a continuation episode, but the episode does not "
								+ "start on the same day as the last episode finished.",
						List.of("RNE", "DECOM"),
						(before, episode, context) -> (before != null && in(CONTINUING, episode.text("RNE"))
								&& before.date("DEC") != null && !episode.date("DECOM").equals(before.date("DEC")))
										? new Found("RNE",
												"RNE " + episode.text("RNE") + " on " + episode.text("DECOM")
														+ ", but the episode before ceased " + before.text("DEC"))
										: null),
				inTurn("357",
						"If this is the first episode ever for this child, reason for new episode must be S.  Check whether "
								+ "there is an episode immediately preceding this one, which has been left out.  If not the "
								+ "reason for new episode code must be amended to S.",
						List.of("RNE"),
						(before, episode,
								context) -> (before == null && context.inPeriod(episode.date("DECOM"))
										&& episode.text("RNE") != null && !"S".equals(episode.text("RNE")))
												? new Found("RNE",
														"the child's first episode, begun " + episode.text("DECOM")
																+ ", has RNE " + episode.text("RNE"))
												: null),
				inTurn("380", "A period of care cannot start with a temporary placement.", List.of("PLACE", "RNE"), (
						before, episode,
						context) -> (in(Set.of("S", "B"), episode.text("RNE")) && in(TEMPORARY, episode.text("PLACE")))
								? new Found("PLACE",
										"care began " + episode.text("DECOM") + " in PLACE " + episode.text("PLACE"))
								: null),
				eachRow("381", "A period of care cannot end with a temporary placement.", EPISODES,
						List.of("PLACE", "REC"),
						(episode) -> (episode.text("REC") != null && !"X1".equals(episode.text("REC"))
								&& in(TEMPORARY, episode.text("PLACE")))
										? new Found("PLACE", "care ended with REC " + episode.text("REC")
												+ " from PLACE " + episode.text("PLACE"))
										: null),
				continuationMissing());
	}

	/**
	 * 388: an episode that ceased for a new one to begin (X1) has an episode that begins
	 * the day it ceased.
	 */
	private static DfeRule continuationMissing() {
		RuleSpec spec = RuleSpec.of("388",
				"Reason episode ceased is coded new episode begins, but there is no " + "continuation episode.",
				EPISODES + ".REC", EPISODES + ".DEC");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			for (Row episode : child.rows(EPISODES)) {
				LocalDate ceased = episode.date("DEC");
				if (!"X1".equals(episode.text("REC")) || ceased == null) {
					continue;
				}
				if (!startsOn(child, ceased, episode)) {
					findings.at(episode, "REC",
							"REC X1 on " + episode.text("DEC") + ", but no episode begins that day");
				}
			}
		});
	}

	private static boolean startsOn(ReturnChild child, LocalDate day, Row except) {
		for (Row other : child.rows(EPISODES)) {
			if (other != except && day.equals(other.date("DECOM"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An episode with a code lasts no more than some days, from the day it began to the
	 * day it ceased (an open episode to the end of the year).
	 */
	private static DfeRule longerThan(String code, String message, String field, Set<String> codes, int days) {
		RuleSpec spec = RuleSpec.of(code, message, EPISODES + "." + field, EPISODES + ".DECOM", EPISODES + ".DEC");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> episodes = child.rows(EPISODES);
			for (int index = 0; index < episodes.size(); index++) {
				Row episode = episodes.get(index);
				LocalDate began = episode.date("DECOM");
				if (began == null || !in(codes, episode.text(field))) {
					continue;
				}
				LocalDate ceased = episode.date("DEC");
				LocalDate until = (ceased != null) ? ceased : context.referenceDate();
				long lasted = java.time.temporal.ChronoUnit.DAYS.between(began, until);
				if (lasted > days) {
					findings.at(episode, field, field + " " + episode.text(field) + " from " + episode.text("DECOM")
							+ ((ceased != null) ? " to " + episode.text("DEC") : ", still open at the year's end")
							+ ": " + lasted + " days, more than " + days);
				}
			}
		});
	}

	private static List<DfeRule> durations() {
		return List.of(longerThan("361",
				"Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act "
						+ "1989.",
				"LS", Set.of("L1"), 3),
				longerThan("362", "Emergency protection order (EPO) lasted longer than 21 days", "LS", Set.of("L2"),
						21),
				longerThan("363",
						"Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.",
						"LS", Set.of("L3"), 7),
				longerThan("365", "Any individual short- term respite placement must not exceed 17 days.", "LS",
						Set.of("V3"), 17),
				longerThan("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "PLACE",
						Set.of("T1"), 42),
				longerThan("376",
						"Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three "
								+ "weeks.",
						"PLACE", Set.of("T3"), 21),
				longerThan("379",
						"Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.",
						"PLACE", Set.of("T4"), 7),
				carersHolidays());
	}

	/**
	 * 377: no more than two temporary placements for the foster carers' holiday (T3)
	 * begin within any 12 months.
	 */
	private static DfeRule carersHolidays() {
		RuleSpec spec = RuleSpec.of("377",
				"Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in "
						+ "any 12- month period.",
				EPISODES + ".PLACE", EPISODES + ".DECOM");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> holidays = Ssda903Rules.where(CareHistory.episodes(child), "PLACE", "T3");
			for (int i = 2; i < holidays.size(); i++) {
				LocalDate first = holidays.get(i - 2).date("DECOM");
				if (holidays.get(i).date("DECOM").isBefore(first.plusYears(1))) {
					findings.at(holidays.get(i), "PLACE", "the third T3 placement begun within 12 months of "
							+ holidays.get(i - 2).text("DECOM") + ": " + holidays.get(i).text("DECOM"));
				}
			}
		});
	}

}
