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

import static org.assure.casedata.validation.ssda903.Ssda903Rules.AD1;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.EPISODES;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.Found;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.OC3;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.PLACED;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.eachRow;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.anyGiven;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.blank;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.fields;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.in;

/**
 * The SSDA903 rules on adoption: the adoption items (AD1) among themselves and against
 * the episode that ended in adoption; the decisions that a child should, or should no
 * longer, be placed for adoption (PlacedAdoption) against each other, the child's care,
 * placement orders (E1), freeing orders (D1) and placements for adoption (A3 to A6).
 */
final class AdoptionRules {

	/** The adoption items of AD1, in the order the DfE lists them. */
	static final List<String> AD1_ITEMS = List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR",
			"LS_ADOPTR");

	/**
	 * Placed for adoption: with or without consent, with the current foster carer or not.
	 */
	private static final Set<String> PLACED_FOR_ADOPTION = Set.of("A3", "A4", "A5", "A6");

	/** Placed for adoption with the child's current foster carer. */
	private static final Set<String> WITH_FOSTER_CARER = Set.of("A3", "A5");

	/** Placed for adoption with someone else. */
	private static final Set<String> NOT_WITH_FOSTER_CARER = Set.of("A4", "A6");

	/** Reasons an episode ceased that are an adoption. */
	private static final Set<String> ADOPTED = Set.of("E11", "E12");

	/** Placements from which a child may be placed for adoption with a foster carer. */
	private static final Set<String> FOSTERED_OR_PLACED = Set.of("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5",
			"U6");

	private AdoptionRules() {
	}

	static List<DfeRule> all() {
		List<DfeRule> rules = new ArrayList<>();
		rules.addAll(adoptionItems());
		rules.addAll(adopters());
		rules.addAll(againstEpisodes());
		rules.addAll(decisions());
		rules.addAll(ordersAndPlacements());
		return rules;
	}

	/** The child's episodes that ended in adoption (E11, E12) on a day of the year. */
	private static List<Row> adoptedInYear(ReturnChild child, ReturnContext context) {
		List<Row> adopted = new ArrayList<>();
		for (Row episode : child.rows(EPISODES)) {
			if (in(ADOPTED, episode.text("REC")) && context.inPeriod(episode.date("DEC"))) {
				adopted.add(episode);
			}
		}
		return adopted;
	}

	/**
	 * The child's decisions that they should be placed for adoption with a readable date,
	 * in order of that date.
	 */
	private static List<Row> decisionsInOrder(ReturnChild child) {
		return CareHistory.byDate(child, PLACED, "DATE_PLACED");
	}

	/** The child's latest decision by date, or null. */
	private static @Nullable Row latestDecision(ReturnChild child) {
		List<Row> decisions = decisionsInOrder(child);
		return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
	}

	/** The earliest of the child's episodes that passes a test, in order of start. */
	private static @Nullable Row firstEpisode(ReturnChild child, java.util.function.Predicate<Row> test) {
		for (Row episode : CareHistory.episodes(child)) {
			if (test.test(episode)) {
				return episode;
			}
		}
		return null;
	}

	/** 151, 134, 601, 602: the adoption items given together, and only for adoptions. */
	private static List<DfeRule> adoptionItems() {
		DfeRule allOrNone = eachRow("151", "All data items relating to a childs adoption must be coded or left blank.",
				AD1, AD1_ITEMS, (row) -> {
					List<String> missing = blank(row, AD1_ITEMS);
					return (!missing.isEmpty() && missing.size() < AD1_ITEMS.size())
							? new Found(String.join(", ", missing),
									String.join(", ", missing) + " blank while other adoption items are given")
							: null;
				});
		RuleSpec careLeaverSpec = RuleSpec.of("134", "Data on adoption should not be entered for the OC3 cohort.",
				fields(AD1, AD1_ITEMS));
		DfeRule careLeaver = DfeRule.of(careLeaverSpec, AD1, (child, context, findings) -> {
			if (!Ssda903Rules.careLeaver(child)) {
				return;
			}
			for (Row row : child.rows(AD1)) {
				if (anyGiven(row, AD1_ITEMS)) {
					findings.at(row, String.join(", ", AD1_ITEMS), "care leaver information and adoption items given");
				}
			}
		});
		RuleSpec incompleteSpec = RuleSpec.of("601",
				"The additional fields relating to adoption have not been completed although the episode data shows "
						+ "that the child was adopted during the year.",
				fields(AD1, AD1_ITEMS));
		DfeRule incomplete = DfeRule.of(incompleteSpec, AD1, (child, context, findings) -> {
			List<Row> adopted = adoptedInYear(child, context);
			if (adopted.isEmpty()) {
				return;
			}
			for (Row row : child.rows(AD1)) {
				List<String> missing = blank(row, AD1_ITEMS);
				if (!missing.isEmpty()) {
					findings.at(row, String.join(", ", missing), "adopted (" + adopted.get(0).text("REC") + " on "
							+ adopted.get(0).text("DEC") + ") but " + String.join(", ", missing) + " blank");
				}
			}
		});
		RuleSpec notAdoptedSpec = RuleSpec.of("602",
				"The episode data submitted for this child does not show that he/she was adopted during the year.",
				AD1 + ".CHILD", EPISODES + ".REC", EPISODES + ".DEC");
		DfeRule notAdopted = DfeRule.of(notAdoptedSpec, AD1, (child, context, findings) -> {
			if (!adoptedInYear(child, context).isEmpty()) {
				return;
			}
			for (Row row : child.rows(AD1)) {
				if (anyGiven(row, AD1_ITEMS)) {
					findings.at(row, "CHILD",
							"adoption items given, but no episode ended in adoption (E11, E12) in " + "the year");
				}
			}
		});
		return List.of(allOrNone, careLeaver, incomplete, notAdopted);
	}

	/** A legal status of the adopters that asks for some genders of adopters. */
	private static DfeRule adoptersAre(String code, String message, String status, Set<String> sexes) {
		return eachRow(code, message, AD1, List.of("LS_ADOPTR", "SEX_ADOPTR"),
				(row) -> (status.equals(row.text("LS_ADOPTR")) && !in(sexes, row.text("SEX_ADOPTR")))
						? new Found("SEX_ADOPTR",
								"LS_ADOPTR " + status + " with SEX_ADOPTR "
										+ ((row.text("SEX_ADOPTR") == null) ? "blank" : row.text("SEX_ADOPTR")))
						: null);
	}

	/**
	 * 511, 514, 517 to 520, 524: the adopters' number, genders and legal status agree.
	 */
	private static List<DfeRule> adopters() {
		Set<String> single = Set.of("M1", "F1");
		Set<String> sameSex = Set.of("MM", "FF");
		return List.of(eachRow("511",
				"If reporting that the number of person(s) adopting the looked after child is two adopters then the code "
						+ "should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple "
						+ "are both females; MF = The adopting couple are male and female.",
				AD1, List.of("NB_ADOPTR", "SEX_ADOPTR"),
				(row) -> ("2".equals(row.text("NB_ADOPTR")) && in(single, row.text("SEX_ADOPTR")))
						? new Found("SEX_ADOPTR", "NB_ADOPTR 2 with SEX_ADOPTR " + row.text("SEX_ADOPTR")) : null),
				adoptersAre("514",
						"Data entry on the legal status of adopters shows a single adopter but data entry for the "
								+ "numbers of adopters shows it as a couple.",
						"L0", single),
				adoptersAre("517",
						"If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. "
								+ "MF = the adopting couple are male and female.",
						"L3", Set.of("MF")),
				adoptersAre("518",
						"If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM "
								+ "or FF. MM = the adopting couple are both males. FF = the adopting couple are both "
								+ "females.",
						"L4", sameSex),
				adoptersAre("519",
						"Data entered on the legal status of adopters shows civil partnership couple, but data entered "
								+ "on genders of adopters does not show it as a couple.",
						"L2", Set.of("MM", "FF", "MF")),
				adoptersAre("520",
						"Data entry on the legal status of adopters shows different gender married couple but data "
								+ "entry on genders of adopters shows it as a same gender couple.",
						"L11", Set.of("MF")),
				adoptersAre("524",
						"If reporting legal status of adopters is L12 then the genders of adopters should be coded as "
								+ "MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both "
								+ "females",
						"L12", sameSex));
	}

	/**
	 * 331, 333, 334, 335, 521, 582: the adoption's dates and carer against the episodes.
	 */
	private static List<DfeRule> againstEpisodes() {
		RuleSpec matchedSpec = RuleSpec.of("331",
				"Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of "
						+ "adoption.",
				AD1 + ".DATE_MATCH", EPISODES + ".DECOM", EPISODES + ".REC");
		DfeRule matched = DfeRule.of(matchedSpec, AD1, (child, context, findings) -> {
			for (Row row : child.rows(AD1)) {
				LocalDate match = row.date("DATE_MATCH");
				if (match == null) {
					continue;
				}
				for (Row episode : child.rows(EPISODES)) {
					LocalDate placed = episode.date("DECOM");
					if (in(ADOPTED, episode.text("REC")) && placed != null && match.isAfter(placed)) {
						findings.at(row, "DATE_MATCH", "matched " + row.text("DATE_MATCH")
								+ ", after the placement that ended in adoption began " + episode.text("DECOM"));
					}
				}
			}
		});
		DfeRule intendedBeforeMatch = eachRow("333",
				"Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).",
				AD1, List.of("DATE_INT", "DATE_MATCH"), (row) -> {
					LocalDate match = row.date("DATE_MATCH");
					if (match == null) {
						return null;
					}
					LocalDate intended = row.date("DATE_INT");
					if (row.text("DATE_INT") == null) {
						return new Found("DATE_INT", "matched " + row.text("DATE_MATCH") + " but DATE_INT blank");
					}
					return (intended != null && intended.isAfter(match))
							? new Found("DATE_INT",
									"DATE_INT " + row.text("DATE_INT") + " after DATE_MATCH " + row.text("DATE_MATCH"))
							: null;
				});
		RuleSpec afterCareSpec = RuleSpec.of("334",
				"Date child started to be looked after in latest period of care must be on or prior to the date should "
						+ "be placed for adoption. ",
				AD1 + ".DATE_INT", EPISODES + ".DECOM", EPISODES + ".RNE");
		DfeRule afterCare = DfeRule.of(afterCareSpec, AD1, (child, context, findings) -> {
			Row started = null;
			for (Row episode : CareHistory.episodes(child)) {
				if ("S".equals(episode.text("RNE"))) {
					started = episode;
				}
			}
			if (started == null) {
				return;
			}
			LocalDate began = started.date("DECOM");
			for (Row row : child.rows(AD1)) {
				LocalDate intended = row.date("DATE_INT");
				if (intended != null && intended.isBefore(began)) {
					findings.at(row, "DATE_INT", "DATE_INT " + row.text("DATE_INT")
							+ " before the latest period of care began " + started.text("DECOM"));
				}
			}
		});
		RuleSpec carerSpec = RuleSpec.of("335",
				"The current foster value (0) suggests that child is not adopted by current foster carer, but last "
						+ "placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by "
						+ "current foster carer, but last placement is A1, A4 or A6.",
				EPISODES + ".PLACE", AD1 + ".FOSTER_CARE");
		DfeRule carer = DfeRule.of(carerSpec, AD1, (child, context, findings) -> {
			for (Row episode : child.rows(EPISODES)) {
				if (!in(ADOPTED, episode.text("REC"))) {
					continue;
				}
				String place = episode.text("PLACE");
				for (Row row : child.rows(AD1)) {
					String fosterCare = row.text("FOSTER_CARE");
					if ((in(WITH_FOSTER_CARER, place) && "0".equals(fosterCare))
							|| (in(NOT_WITH_FOSTER_CARER, place) && "1".equals(fosterCare))) {
						findings.at(row, "FOSTER_CARE",
								"FOSTER_CARE " + fosterCare + " but adopted from placement " + place);
					}
				}
			}
		});
		RuleSpec intendedBeforePlacedSpec = RuleSpec.of("521",
				"Date of local authority's decision (LA) that adoption is in the best interests of the child (date "
						+ "should be placed) must be on or prior to the date the child is placed for adoption.",
				EPISODES + ".PLACE", EPISODES + ".DECOM", AD1 + ".DATE_INT");
		DfeRule intendedBeforePlaced = DfeRule.of(intendedBeforePlacedSpec, AD1, (child, context, findings) -> {
			for (Row row : child.rows(AD1)) {
				LocalDate intended = row.date("DATE_INT");
				if (intended == null) {
					continue;
				}
				for (Row episode : child.rows(EPISODES)) {
					LocalDate placed = episode.date("DECOM");
					if (in(PLACED_FOR_ADOPTION, episode.text("PLACE")) && placed != null && intended.isAfter(placed)) {
						findings.at(row, "DATE_INT", "DATE_INT " + row.text("DATE_INT") + " after placement "
								+ episode.text("PLACE") + " began " + episode.text("DECOM"));
					}
				}
			}
		});
		RuleSpec matchedOnAdoptionSpec = RuleSpec.of("582",
				"Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as "
						+ "the date reported for being matched with adopters. In most circumstances we expect the date "
						+ "the child is matched with adopters to be before the date of adoption.",
				EPISODES + ".DEC", AD1 + ".DATE_MATCH");
		DfeRule matchedOnAdoption = DfeRule.of(matchedOnAdoptionSpec, AD1, (child, context, findings) -> {
			for (Row episode : child.rows(EPISODES)) {
				LocalDate adopted = episode.date("DEC");
				if (!in(ADOPTED, episode.text("REC")) || adopted == null) {
					continue;
				}
				for (Row row : child.rows(AD1)) {
					if (adopted.equals(row.date("DATE_MATCH"))) {
						findings.at(episode, "DEC", "adopted " + episode.text("DEC") + ", the day matched");
					}
				}
			}
		});
		return List.of(matched, intendedBeforeMatch, afterCare, carer, intendedBeforePlaced, matchedOnAdoption);
	}

	/**
	 * 118, 522, 523, 525, 563, 579, 583, 1003: the decisions among themselves and against
	 * care.
	 */
	private static List<DfeRule> decisions() {
		RuleSpec ceasedEarlySpec = RuleSpec.of("118",
				"Date of decision that a child should no longer be placed for adoption is before the current collection "
						+ "year or before the date the child started to be looked after.",
				PLACED + ".DATE_PLACED_CEASED", EPISODES + ".DECOM", EPISODES + ".LS");
		DfeRule ceasedEarly = DfeRule.of(ceasedEarlySpec, PLACED, (child, context, findings) -> {
			Row first = firstEpisode(child, (episode) -> !in(Ssda903Rules.SHORT_BREAKS, episode.text("LS")));
			for (Row decision : child.rows(PLACED)) {
				LocalDate ceased = decision.date("DATE_PLACED_CEASED");
				if (ceased == null) {
					continue;
				}
				if (ceased.isBefore(context.periodStart())) {
					findings.at(decision, "DATE_PLACED_CEASED",
							"DATE_PLACED_CEASED " + decision.text("DATE_PLACED_CEASED") + ", before the year began");
				}
				else if (first != null && ceased.isBefore(first.date("DECOM"))) {
					findings.at(decision, "DATE_PLACED_CEASED", "DATE_PLACED_CEASED "
							+ decision.text("DATE_PLACED_CEASED") + ", before care began " + first.text("DECOM"));
				}
			}
		});
		DfeRule ceasedBeforeDecided = eachRow("522",
				"Date of decision that the child should be placed for adoption must be on or before the date that a "
						+ "child should no longer be placed for adoption.",
				PLACED, List.of("DATE_PLACED", "DATE_PLACED_CEASED"), (row) -> {
					LocalDate decided = row.date("DATE_PLACED");
					LocalDate ceased = row.date("DATE_PLACED_CEASED");
					return (decided != null && ceased != null && ceased.isBefore(decided))
							? new Found("DATE_PLACED_CEASED", "ceased " + row.text("DATE_PLACED_CEASED")
									+ ", before the decision of " + row.text("DATE_PLACED"))
							: null;
				});
		RuleSpec sameDaySpec = RuleSpec.of("523",
				"Date of decision that the child should be placed for adoption should be the same date as the decision "
						+ "that adoption is in the best interest (date should be placed).",
				PLACED + ".DATE_PLACED", AD1 + ".DATE_INT");
		DfeRule sameDay = DfeRule.of(sameDaySpec, PLACED, (child, context, findings) -> {
			Row latest = latestDecision(child);
			if (latest == null) {
				return;
			}
			for (Row row : child.rows(AD1)) {
				LocalDate intended = row.date("DATE_INT");
				if (intended != null && !intended.equals(latest.date("DATE_PLACED"))) {
					findings.at(latest, "DATE_PLACED",
							"DATE_PLACED " + latest.text("DATE_PLACED") + ", DATE_INT " + row.text("DATE_INT"));
				}
			}
		});
		RuleSpec reversedSpec = RuleSpec.of("525",
				"A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the "
						+ "year.",
				PLACED + ".DATE_PLACED_CEASED", AD1 + ".DATE_INT", AD1 + ".DATE_MATCH", AD1 + ".FOSTER_CARE",
				AD1 + ".NB_ADOPTR", AD1 + ".SEX_ADOPTR", AD1 + ".LS_ADOPTR");
		DfeRule reversed = DfeRule.of(reversedSpec, PLACED, (child, context, findings) -> {
			boolean adoption = Ssda903Rules.any(child.rows(AD1), (row) -> anyGiven(row, AD1_ITEMS));
			if (!adoption) {
				return;
			}
			for (Row decision : child.rows(PLACED)) {
				if (decision.text("DATE_PLACED_CEASED") != null) {
					findings.at(decision, "DATE_PLACED_CEASED", "the decision ceased "
							+ decision.text("DATE_PLACED_CEASED") + ", and adoption items are given");
				}
			}
		});
		DfeRule noDecision = eachRow("563",
				"The child should no longer be placed for adoption but the date of the decision that the child should "
						+ "be placed for adoption is blank",
				PLACED, List.of("DATE_PLACED", "REASON_PLACED_CEASED", "DATE_PLACED_CEASED"),
				(row) -> (row.text("REASON_PLACED_CEASED") != null && row.text("DATE_PLACED_CEASED") != null
						&& row.text("DATE_PLACED") == null)
								? new Found("DATE_PLACED",
										"ceased " + row.text("DATE_PLACED_CEASED") + " with DATE_PLACED blank")
								: null);
		RuleSpec overlapSpec = RuleSpec.of("579",
				"A new decision that the child should be placed for adoption this year cannot start when the previous "
						+ "decision is still open. Decisions to place the child for adoption should also not overlap. The "
						+ "date of any new decision to place the child for adoption must not be before the date placed "
						+ "ceased of previous decisions.",
				PLACED + ".DATE_PLACED", PLACED + ".DATE_PLACED_CEASED");
		DfeRule overlap = DfeRule.of(overlapSpec, PLACED, (child, context, findings) -> {
			List<Row> decisions = decisionsInOrder(child);
			for (int index = 1; index < decisions.size(); index++) {
				Row before = decisions.get(index - 1);
				Row decision = decisions.get(index);
				LocalDate ceased = before.date("DATE_PLACED_CEASED");
				if (before.text("DATE_PLACED_CEASED") == null) {
					findings.at(decision, "DATE_PLACED", "decided " + decision.text("DATE_PLACED")
							+ " while the decision of " + before.text("DATE_PLACED") + " is still open");
				}
				else if (ceased != null && decision.date("DATE_PLACED").isBefore(ceased)) {
					findings.at(decision, "DATE_PLACED", "decided " + decision.text("DATE_PLACED")
							+ ", before the decision before it ceased " + before.text("DATE_PLACED_CEASED"));
				}
			}
		});
		RuleSpec openSpec = RuleSpec.of("583",
				"More than one date the child should be placed for adoption has been reported, but an earlier decision "
						+ "has not been revoked. Check that both dates are required and add in the date the earlier "
						+ "decision was revoked. Note this may be in a previous year.",
				PLACED + ".DATE_PLACED", PLACED + ".DATE_PLACED_CEASED");
		DfeRule open = DfeRule.of(openSpec, PLACED, (child, context, findings) -> {
			List<Row> rows = child.rows(PLACED);
			if (rows.size() < 2) {
				return;
			}
			Row latest = latestDecision(child);
			long stillOpen = rows.stream().filter((row) -> row.text("DATE_PLACED_CEASED") == null).count();
			for (Row row : rows) {
				if (row.text("DATE_PLACED_CEASED") == null && (stillOpen > 1 || row != latest)) {
					findings.at(row, "DATE_PLACED_CEASED",
							"the decision of "
									+ ((row.text("DATE_PLACED") == null) ? "an unknown day" : row.text("DATE_PLACED"))
									+ " is still open beside " + (stillOpen - 1) + " other open and "
									+ (rows.size() - stillOpen) + " ceased");
				}
			}
		});
		RuleSpec beforeCareSpec = RuleSpec.of("1003",
				"Date of LA's decision that a child should be placed for adoption is before the child started to be "
						+ "looked after.",
				PLACED + ".DATE_PLACED", EPISODES + ".DECOM", EPISODES + ".RNE");
		DfeRule beforeCare = DfeRule.of(beforeCareSpec, PLACED, (child, context, findings) -> {
			Row first = firstEpisode(child, (episode) -> "S".equals(episode.text("RNE")));
			if (first == null) {
				return;
			}
			for (Row decision : child.rows(PLACED)) {
				LocalDate decided = decision.date("DATE_PLACED");
				if (decided != null && decided.isBefore(first.date("DECOM"))) {
					findings.at(decision, "DATE_PLACED",
							"decided " + decision.text("DATE_PLACED") + ", before care began " + first.text("DECOM"));
				}
			}
		});
		return List.of(ceasedEarly, ceasedBeforeDecided, sameDay, reversed, noDecision, overlap, open, beforeCare);
	}

	/**
	 * 336, 526, 551 to 558: orders, placements for adoption and leaving care against the
	 * decisions.
	 */
	private static List<DfeRule> ordersAndPlacements() {
		List<DfeRule> rules = new ArrayList<>();
		RuleSpec fosteredFirstSpec = RuleSpec.of("336",
				"Child does not have a foster placement immediately prior to being placed for adoption.",
				EPISODES + ".PLACE");
		rules.add(DfeRule.of(fosteredFirstSpec, (child, context, findings) -> {
			List<Row> episodes = CareHistory.episodes(child);
			for (int index = 1; index < episodes.size(); index++) {
				Row episode = episodes.get(index);
				Row before = episodes.get(index - 1);
				if (in(WITH_FOSTER_CARER, episode.text("PLACE")) && !in(FOSTERED_OR_PLACED, before.text("PLACE"))) {
					findings.at(episode, "PLACE", "placed for adoption with the foster carer (" + episode.text("PLACE")
							+ ") after placement " + ((before.text("PLACE") == null) ? "blank" : before.text("PLACE")));
				}
			}
		}));
		rules.add(providerMissing(Set.of("T0", "T1", "T2", "T3", "T4", "Z1")));
		RuleSpec undecidedSpec = RuleSpec.of("551",
				"Child has been placed for adoption but there is no date of the decision that the child should be placed "
						+ "for adoption.",
				PLACED + ".DATE_PLACED", EPISODES + ".PLACE");
		rules.add(DfeRule.of(undecidedSpec, (child, context, findings) -> {
			if (!context.holds(PLACED)
					|| Ssda903Rules.any(child.rows(PLACED), (row) -> row.text("DATE_PLACED") != null)) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				if (in(PLACED_FOR_ADOPTION, episode.text("PLACE"))) {
					findings.at(episode, "PLACE", "placed for adoption (" + episode.text("PLACE")
							+ ") with no date of a decision that the child should be");
				}
			}
		}));
		RuleSpec decidedAfterPlacedSpec = RuleSpec.of("552",
				"Date of Decision to place a child for adoption should be on or prior to the date that the child was "
						+ "placed for adoption.",
				PLACED + ".DATE_PLACED", EPISODES + ".DECOM");
		rules.add(DfeRule.of(decidedAfterPlacedSpec, PLACED, (child, context, findings) -> {
			Row firstPlaced = firstEpisode(child, (episode) -> in(PLACED_FOR_ADOPTION, episode.text("PLACE")));
			Row latest = latestDecision(child);
			if (firstPlaced != null && latest != null
					&& firstPlaced.date("DECOM").isBefore(latest.date("DATE_PLACED"))) {
				findings.at(latest, "DATE_PLACED", "decided " + latest.text("DATE_PLACED")
						+ ", after the child was first placed for adoption " + firstPlaced.text("DECOM"));
			}
		}));
		rules.add(orderWithoutDecision("553", "E1", "Placement order has been granted but there is no date of decision "
				+ "that the child should be placed for adoption.", "a placement order"));
		rules.add(orderWithoutDecision("555", "D1", "Freeing order has been granted but there is no date of decision "
				+ "that the child should be placed for adoption.", "a freeing order"));
		rules.add(decidedAfterOrder("554", "E1",
				"Date of decision that the child should be placed for adoption should be on or prior to the date that "
						+ "the placement order was granted.",
				"the placement order"));
		rules.add(decidedAfterOrder("556", "D1",
				"Date of decision that the child should be placed for adoption should be on or prior to the date that "
						+ "the freeing order was granted.",
				"the freeing order"));
		RuleSpec leftSpec = RuleSpec.of("557",
				"Child for whom the decision was made that they should be placed for adoption has left care but was not "
						+ "adopted and information on the decision that they should no longer be placed for adoption "
						+ "items has not been completed.",
				PLACED + ".DATE_PLACED_CEASED", PLACED + ".REASON_PLACED_CEASED", EPISODES + ".PLACE", EPISODES + ".LS",
				EPISODES + ".REC");
		rules.add(DfeRule.of(leftSpec, (child, context, findings) -> {
			if (!context.holds(PLACED)) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				String reason = episode.text("REC");
				boolean placedOrOrdered = in(PLACED_FOR_ADOPTION, episode.text("PLACE"))
						|| "E1".equals(episode.text("LS"));
				if (!placedOrOrdered || reason == null || "X1".equals(reason) || ADOPTED.contains(reason)) {
					continue;
				}
				Row latest = latestDecision(child);
				if (latest == null || latest.text("DATE_PLACED_CEASED") == null
						|| latest.text("REASON_PLACED_CEASED") == null) {
					findings.at(episode, "REC", "left care (" + reason + ") from "
							+ ((episode.text("PLACE") != null && in(PLACED_FOR_ADOPTION, episode.text("PLACE")))
									? "placement " + episode.text("PLACE") : "a placement order")
							+ ", but " + ((latest == null) ? "no decision is recorded" : "the decision of "
									+ latest.text("DATE_PLACED") + " is not recorded as ceased, with its reason"));
				}
			}
		}));
		RuleSpec adoptedSpec = RuleSpec.of("558",
				"If a child has been adopted, then the decision to place them for adoption has not been disrupted and "
						+ "the date of the decision that a child should no longer be placed for adoption should be left "
						+ "blank.",
				PLACED + ".DATE_PLACED_CEASED", EPISODES + ".REC");
		rules.add(DfeRule.of(adoptedSpec, PLACED, (child, context, findings) -> {
			Row latest = latestDecision(child);
			if (latest == null || latest.text("DATE_PLACED_CEASED") == null) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				if (in(ADOPTED, episode.text("REC"))) {
					findings.at(episode, "REC", "adopted (" + episode.text("REC") + "), but the decision of "
							+ latest.text("DATE_PLACED") + " ceased " + latest.text("DATE_PLACED_CEASED"));
				}
			}
		}));
		return rules;
	}

	/**
	 * 553, 555: a child under an order has a decision that they should be placed for
	 * adoption, and while the order's episode is open, the latest decision has not
	 * ceased.
	 */
	private static DfeRule orderWithoutDecision(String code, String status, String message, String order) {
		RuleSpec spec = RuleSpec.of(code, message, EPISODES + ".LS", PLACED + ".DATE_PLACED",
				PLACED + ".DATE_PLACED_CEASED", PLACED + ".REASON_PLACED_CEASED");
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> ordered = Ssda903Rules.where(child.rows(EPISODES), "LS", status);
			if (ordered.isEmpty() || !context.holds(PLACED)) {
				return;
			}
			if (child.rows(PLACED).isEmpty()) {
				findings.at(ordered.get(0), "LS", order + " (" + status + ") from " + ordered.get(0).text("DECOM")
						+ " with no decision that the child should be placed for adoption");
				return;
			}
			Row latest = latestDecision(child);
			boolean stillOpen = Ssda903Rules.any(ordered, (episode) -> episode.text("DEC") == null);
			if (stillOpen && latest != null
					&& (latest.text("DATE_PLACED_CEASED") != null || latest.text("REASON_PLACED_CEASED") != null)) {
				findings.at(latest,
						(latest.text("DATE_PLACED_CEASED") != null) ? "DATE_PLACED_CEASED" : "REASON_PLACED_CEASED",
						"the decision of " + latest.text("DATE_PLACED") + " is recorded as ceased while " + order + " ("
								+ status + ") continues");
			}
		});
	}

	/**
	 * 554, 556: the decision that the child should be placed for adoption came on or
	 * before the first episode of each period of care under the order.
	 */
	private static DfeRule decidedAfterOrder(String code, String status, String message, String order) {
		RuleSpec spec = RuleSpec.of(code, message, PLACED + ".DATE_PLACED", EPISODES + ".DECOM", EPISODES + ".LS");
		return DfeRule.of(spec, PLACED, (child, context, findings) -> {
			List<Row> decisions = decisionsInOrder(child);
			if (decisions.isEmpty()) {
				return;
			}
			for (CareHistory.Period period : CareHistory.periods(child)) {
				Row first = null;
				for (Row episode : period.episodes()) {
					if (status.equals(episode.text("LS"))) {
						first = episode;
						break;
					}
				}
				if (first == null) {
					continue;
				}
				LocalDate granted = first.date("DECOM");
				boolean decidedInTime = false;
				Row inForce = null;
				for (Row decision : decisions) {
					LocalDate ceased = decision.date("DATE_PLACED_CEASED");
					if (ceased != null && ceased.isBefore(granted)) {
						continue;
					}
					inForce = (inForce == null) ? decision : inForce;
					decidedInTime |= !decision.date("DATE_PLACED").isAfter(granted);
				}
				if (inForce != null && !decidedInTime) {
					findings.at(first, "DECOM", order + " (" + status + ") from " + first.text("DECOM")
							+ ", before the decision of " + inForce.text("DATE_PLACED"));
				}
			}
		});
	}

	/**
	 * 526: every placement other than temporary and other placements gives its provider.
	 */
	private static DfeRule providerMissing(Set<String> noProvider) {
		return eachRow("526", "Child is missing a placement provider code for at least one episode.", EPISODES,
				List.of("PLACE", "PLACE_PROVIDER"),
				(episode) -> (episode.text("PLACE") != null && !in(noProvider, episode.text("PLACE"))
						&& episode.text("PLACE_PROVIDER") == null)
								? new Found("PLACE_PROVIDER",
										"placement " + episode.text("PLACE") + " with no provider")
								: null);
	}

	/**
	 * The rules of this class that 2025-26 changes: 526 follows the split of Z1 into Z11
	 * to Z14.
	 * @return the rules
	 */
	static List<DfeRule> changed2026() {
		Set<String> noProvider = new java.util.HashSet<>(Set.of("T0", "T1", "T2", "T3", "T4"));
		noProvider.addAll(Ssda903Rules.OTHER_PLACEMENTS);
		return List.of(providerMissing(Set.copyOf(noProvider)));
	}

}
