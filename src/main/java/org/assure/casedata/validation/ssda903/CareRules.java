package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;

import static org.assure.casedata.validation.ssda903.Ssda903Rules.EPISODES;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.SHORT_BREAKS;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.Found;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.HEADER;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.REVIEWS;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.eachRow;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.in;

/**
 * The SSDA903 rules on the course of care: care after the 18th birthday, custody under
 * PACE, short breaks (V3, V4) and their yearly limit, a temporary placement's return to
 * the placement before it, and adoption from a placement for adoption.
 */
final class CareRules {

	/** The DfE's URN for a setting whose Ofsted number is not known: seven Xs. */

	private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

	private CareRules() {
	}

	static List<DfeRule> all() {
		List<DfeRule> rules = new ArrayList<>();
		rules.add(afterEighteen());
		rules.add(pace());
		rules.add(eachRow("366",
				"A child cannot change placement during the course of an individual short-term respite " + "break.",
				EPISODES, List.of("LS", "RNE"),
				(episode) -> ("V3".equals(episode.text("LS")) && !"S".equals(episode.text("RNE")))
						? new Found("RNE",
								"a short break (V3) with RNE "
										+ ((episode.text("RNE") == null) ? "blank" : episode.text("RNE")) + ", not S")
						: null));
		rules.add(respiteLimit());
		rules.add(bothKindsOfRespite());
		rules.add(backFromTemporary());
		rules.add(eachRow("390",
				"Reason episode ceased is adopted but child has not been previously placed for adoption.", EPISODES,
				List.of("PLACE", "REC"),
				(episode) -> (in(Set.of("E11", "E12"), episode.text("REC"))
						&& !in(Set.of("A3", "A4", "A5", "A6"), episode.text("PLACE")))
								? new Found("PLACE",
										"adopted (" + episode.text("REC") + ") from placement "
												+ ((episode.text("PLACE") == null) ? "blank" : episode.text("PLACE")))
								: null));
		rules.add(
				eachRow("408",
						"Child is placed for adoption with a placement order, but no placement order has been "
								+ "recorded.",
						EPISODES, List.of("PLACE", "LS"),
						(episode) -> (in(Set.of("A5", "A6"), episode.text("PLACE")) && !"E1".equals(episode.text("LS")))
								? new Found("LS",
										"placement " + episode.text("PLACE") + " under LS "
												+ ((episode.text("LS") == null) ? "blank" : episode.text("LS")))
								: null));
		rules.add(onlyShortBreaks());
		rules
			.add(eachRow("398", "Distance field completed but child looked after under legal status V3 or V4.",
					EPISODES, List.of("LS", "HOME_POST", "PL_POST"),
					(episode) -> (in(SHORT_BREAKS, episode.text("LS"))
							&& (episode.text("HOME_POST") != null || episode.text("PL_POST") != null))
									? new Found((episode.text("HOME_POST") != null) ? "HOME_POST" : "PL_POST",
											"a short break (" + episode.text("LS")
													+ ") with a postcode, from which the " + "distance is worked out")
									: null));
		rules.add(eachRow("420", "LA of placement completed but child is looked after under legal status V3 or V4.",
				EPISODES, List.of("PL_LA", "LS"),
				(episode) -> (in(SHORT_BREAKS, episode.text("LS")) && episode.text("PL_LA") != null)
						? new Found("PL_LA", "PL_LA " + episode.text("PL_LA") + " for a short break") : null));
		rules.add(distanceInRange());
		rules.add(distanceForUasc());
		rules.add(urnNotForPlacement(Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1")));
		rules.addAll(newEpisodeReasons());
		rules.add(furtherEpisodes());
		rules.add(eachRow("451",
				"Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.",
				EPISODES, List.of("DEC", "REC", "LS"),
				(episode) -> ("D1".equals(episode.text("LS")) && episode.text("DEC") == null
						&& episode.text("REC") == null) ? new Found("LS", "a freeing order (D1) still open") : null));
		rules.add(needUnchanged());
		rules.add(eachRow("217",
				"Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a "
						+ "reason for new episode of S, T or U.",
				EPISODES, List.of("PLACE", "DECOM", "RNE"), (episode) -> {
					LocalDate began = episode.date("DECOM");
					return (in(Set.of("A3", "A5"), episode.text("PLACE")) && began != null
							&& !began.isBefore(LocalDate.of(2015, 4, 1))
							&& !in(Set.of("S", "T", "U"), episode.text("RNE")))
									? new Found("RNE",
											"placed for adoption with the foster carers (" + episode.text("PLACE")
													+ ") with RNE "
													+ ((episode.text("RNE") == null) ? "blank" : episode.text("RNE")))
									: null;
				}));
		rules.add(participationByAge("440",
				"Participation method indicates child was under 4 years old at the time of the review, but date of birth "
						+ "and review date indicates the child was 4 years old or over.",
				true));
		rules.add(participationByAge("441",
				"Participation method indicates child was 4 years old or over at the time of the review, but the date of "
						+ "birth and review date indicates the child was under 4 years old.",
				false));
		return rules;
	}

	/**
	 * 164: a placement's distance, where given (the XML form carries it; the DfE works it
	 * out from the postcodes otherwise), is from 0.0 to 999.9 miles, for a child who is
	 * not and was not an unaccompanied asylum seeker and not on a short break.
	 */
	private static DfeRule distanceInRange() {
		RuleSpec spec = RuleSpec.of("164",
				"Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in "
						+ "false positives for children formerly UASC not identified as such in loaded data]",
				EPISODES + ".PL_DISTANCE");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			for (Row episode : child.rows(EPISODES)) {
				String distance = episode.text("PL_DISTANCE");
				if (distance == null || in(SHORT_BREAKS, episode.text("LS"))) {
					continue;
				}
				boolean valid;
				try {
					double miles = Double.parseDouble(distance);
					valid = miles >= 0.0 && miles <= 999.9;
				}
				catch (NumberFormatException ex) {
					valid = false;
				}
				if (!valid) {
					// Asked only of a child with a distance out of range, the few.
					if (Ssda903Rules.wasUasc(child, context)) {
						return;
					}
					findings.at(episode, "PL_DISTANCE", "'" + distance + "' is not a distance from 0.0 to 999.9");
				}
			}
		});
	}

	/**
	 * 406: no distance for a child who is, or was last year, an unaccompanied asylum
	 * seeker.
	 */
	private static DfeRule distanceForUasc() {
		RuleSpec spec = RuleSpec.of("406",
				"Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. "
						+ "[NOTE: This check will result in false negatives for children formerly UASC not identified as "
						+ "such in loaded data]",
				EPISODES + ".PL_DISTANCE");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			if (!Ssda903Rules.wasUasc(child, context)) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				if (episode.text("PL_DISTANCE") != null) {
					findings.at(episode, "PL_DISTANCE",
							"a distance (" + episode.text("PL_DISTANCE") + ") for an unaccompanied asylum seeker");
				}
			}
		});
	}

	/** The fields that tell one placement from another. */
	private static final List<String> PLACEMENT = List.of("PLACE", "PL_POST", "URN", "PLACE_PROVIDER");

	private static boolean samePlacement(Row episode, Row before) {
		for (String field : PLACEMENT) {
			if (!java.util.Objects.equals(episode.text(field), before.text(field))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * 434, 435, 436: the reason for a new episode agrees with what changed from the
	 * episode before: L the legal status alone; P and T the placement alone; U and B
	 * both.
	 */
	private static List<DfeRule> newEpisodeReasons() {
		RuleSpec legalSpec = RuleSpec.of("434",
				"Reason for new episode is that child's legal status has changed but not the placement, but this is not "
						+ "reflected in the episode data.",
				EPISODES + ".RNE", EPISODES + ".LS", EPISODES + ".PLACE", EPISODES + ".PL_POST", EPISODES + ".URN",
				EPISODES + ".PLACE_PROVIDER");
		RuleSpec placementSpec = RuleSpec.of("435",
				"Reason for new episode is that child’s placement has changed but not the legal status, but this is not "
						+ "reflected in the episode data recorded.",
				EPISODES + ".LS", EPISODES + ".PLACE", EPISODES + ".PL_POST", EPISODES + ".URN",
				EPISODES + ".PLACE_PROVIDER");
		RuleSpec bothSpec = RuleSpec.of("436",
				"Reason for new episode is that both child’s placement and legal status have changed, but this is not "
						+ "reflected in the episode data.",
				EPISODES + ".RNE", EPISODES + ".LS", EPISODES + ".PLACE", EPISODES + ".PL_POST", EPISODES + ".URN",
				EPISODES + ".PLACE_PROVIDER");
		return List.of(changed(legalSpec, Set.of("L"), true, false),
				changed(placementSpec, Set.of("P", "T"), false, true), changed(bothSpec, Set.of("U", "B"), true, true));
	}

	/**
	 * A rule on the episodes whose reason for a new episode says what changed: the legal
	 * status changed or not, the placement (type, postcode, URN, provider) changed or
	 * not.
	 */
	private static DfeRule changed(RuleSpec spec, Set<String> reasons, boolean legalStatus, boolean placement) {
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> episodes = CareHistory.episodes(child);
			for (int index = 1; index < episodes.size(); index++) {
				Row episode = episodes.get(index);
				if (!in(reasons, episode.text("RNE"))) {
					continue;
				}
				Row before = episodes.get(index - 1);
				boolean statusChanged = !java.util.Objects.equals(episode.text("LS"), before.text("LS"));
				boolean placementChanged = !samePlacement(episode, before);
				if (statusChanged != legalStatus || placementChanged != placement) {
					findings.at(episode, "RNE", "RNE " + episode.text("RNE") + ", but the legal status "
							+ (statusChanged ? "changed" : "did not change") + " (" + before.text("LS") + " to "
							+ episode.text("LS") + ") and the placement " + (placementChanged ? "changed" : "did not"));
				}
			}
		});
	}

	/**
	 * 437: no episode follows one that ceased because the child died (E2) or turned 18
	 * (E15).
	 */
	private static DfeRule furtherEpisodes() {
		RuleSpec spec = RuleSpec.of("437",
				"Reason episode ceased is child has died or is aged 18 or over but there are further episodes.",
				EPISODES + ".REC");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> episodes = CareHistory.episodes(child);
			for (int index = 0; index + 1 < episodes.size(); index++) {
				Row episode = episodes.get(index);
				String reason = episode.text("REC");
				if (reason != null && in(Set.of("E2", "E15"), reason.toUpperCase(java.util.Locale.ROOT))) {
					findings.at(episode, "REC", "ceased " + reason + " on " + episode.text("DEC")
							+ ", but an episode begins " + episodes.get(index + 1).text("DECOM"));
				}
			}
		});
	}

	/**
	 * 504: an episode that continues another (the one before ceased X1 the day it began)
	 * keeps its category of need.
	 */
	private static DfeRule needUnchanged() {
		RuleSpec spec = RuleSpec.of("504",
				"The category of need code differs from that reported at start of current period of being looked after",
				EPISODES + ".CIN");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> episodes = CareHistory.episodes(child);
			for (int index = 1; index < episodes.size(); index++) {
				Row episode = episodes.get(index);
				Row before = episodes.get(index - 1);
				if ("X1".equals(before.text("REC")) && episode.date("DECOM").equals(before.date("DEC"))
						&& !java.util.Objects.equals(episode.text("CIN"), before.text("CIN"))) {
					findings.at(episode, "CIN",
							"CIN " + episode.text("CIN") + ", " + before.text("CIN") + " in the episode it continues");
				}
			}
		});
	}

	/**
	 * 440, 441: a review's participation code agrees with the child's age on its day: PN0
	 * under 4, PN1 to PN7 from 4.
	 */
	private static DfeRule participationByAge(String code, String message, boolean underFourCode) {
		RuleSpec spec = RuleSpec.of(code, message, REVIEWS + ".DOB", REVIEWS + ".REVIEW", REVIEWS + ".REVIEW_CODE");
		Set<String> fromFour = Set.of("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");
		return DfeRule.of(spec, REVIEWS, (child, context, findings) -> {
			for (Row review : child.rows(REVIEWS)) {
				LocalDate held = review.date("REVIEW");
				LocalDate born = CareHistory.born(child, review);
				String participation = review.text("REVIEW_CODE");
				if (held == null || born == null || participation == null) {
					continue;
				}
				boolean fourOrOver = !held.isBefore(CareHistory.birthday(born, 4));
				if (underFourCode ? ("PN0".equals(participation) && fourOrOver)
						: (fromFour.contains(participation) && !fourOrOver)) {
					findings.at(review, "REVIEW_CODE",
							participation + " at a review of " + review.text("REVIEW") + ", the child born " + born);
				}
			}
		});
	}

	/**
	 * 359: a child 18 or over at 31 March whose episode is still open is accommodated
	 * under section 20 (V2) in a community home (K2).
	 */
	private static DfeRule afterEighteen() {
		RuleSpec spec = RuleSpec.of("359",
				"Child being looked after following 18th birthday must be accommodated under section 20(5) of the "
						+ "Children Act 1989 in a community home.",
				EPISODES + ".DEC", EPISODES + ".LS", EPISODES + ".PLACE", HEADER + ".DOB");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			LocalDate born = CareHistory.born(child);
			if (born == null || !CareHistory.birthday(born, 18).isBefore(context.referenceDate())) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				if (episode.text("DEC") == null
						&& !("V2".equals(episode.text("LS")) && "K2".equals(episode.text("PLACE")))) {
					findings.at(episode, "LS", "still looked after at 18 or over (born " + born + ") under LS "
							+ episode.text("LS") + " in placement " + episode.text("PLACE"));
				}
			}
		});
	}

	/** The day an episode ended, or the year's end while it is open. */
	private static LocalDate endOrYearEnd(Row episode, ReturnContext context) {
		LocalDate ceased = episode.date("DEC");
		return (ceased != null) ? ceased : context.referenceDate();
	}

	/**
	 * 364: a run of episodes under PACE (J2), each beginning by the day the one before
	 * ceased, lasts no more than 21 days (an open one runs to the year's end).
	 */
	private static DfeRule pace() {
		RuleSpec spec = RuleSpec.of("364",
				"Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be "
						+ "detained in custody in Local Authority (LA) accommodation.",
				EPISODES + ".LS", EPISODES + ".DECOM", EPISODES + ".DEC");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> run = new ArrayList<>();
			long days = 0;
			LocalDate runEnd = null;
			for (Row episode : CareHistory.episodes(child)) {
				if (!"J2".equals(episode.text("LS"))) {
					continue;
				}
				LocalDate began = episode.date("DECOM");
				if (!run.isEmpty() && began.isAfter(runEnd)) {
					report(run, days, findings);
					run.clear();
					days = 0;
				}
				LocalDate ended = endOrYearEnd(episode, context);
				run.add(episode);
				days += Math.max(0, ChronoUnit.DAYS.between(began, ended));
				runEnd = ended;
			}
			report(run, days, findings);
		});
	}

	private static void report(List<Row> run, long days, org.assure.casedata.validation.Findings.Reporter findings) {
		if (days > 21) {
			for (Row episode : run) {
				findings.at(episode, "LS", "under PACE (J2) for " + days + " days from " + run.get(0).text("DECOM"));
			}
		}
	}

	/** 367: no more than 75 days of respite (V3) within the year. */
	private static DfeRule respiteLimit() {
		RuleSpec spec = RuleSpec.of("367",
				"The maximum amount of respite care allowable is 75 days in any 12-month period.", EPISODES + ".LS",
				EPISODES + ".DECOM", EPISODES + ".DEC");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> respite = new ArrayList<>();
			long days = 0;
			for (Row episode : CareHistory.episodes(child)) {
				if (!"V3".equals(episode.text("LS"))) {
					continue;
				}
				LocalDate from = max(episode.date("DECOM"), context.periodStart());
				LocalDate to = endOrYearEnd(episode, context);
				to = to.isAfter(context.referenceDate()) ? context.referenceDate() : to;
				long length = ChronoUnit.DAYS.between(from, to);
				if (length > 0) {
					respite.add(episode);
					days += length;
				}
			}
			if (days > 75) {
				for (Row episode : respite) {
					findings.at(episode, "LS", days + " days of respite (V3) in the year");
				}
			}
		});
	}

	private static LocalDate max(LocalDate one, LocalDate other) {
		return one.isAfter(other) ? one : other;
	}

	/** 426: a child's respite is under V3 or V4, not both within the year. */
	private static DfeRule bothKindsOfRespite() {
		RuleSpec spec = RuleSpec.of("426",
				"A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.",
				EPISODES + ".LS");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> v3 = Ssda903Rules.where(child.rows(EPISODES), "LS", "V3");
			List<Row> v4 = Ssda903Rules.where(child.rows(EPISODES), "LS", "V4");
			if (v3.isEmpty() || v4.isEmpty()) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				if (in(SHORT_BREAKS, episode.text("LS"))) {
					findings.at(episode, "LS", "both V3 and V4 in the year");
				}
			}
		});
	}

	/**
	 * 383: a temporary placement (T0-T4) between two episodes is followed by a return to
	 * the placement before it, as a change of placement (RNE P).
	 */
	private static DfeRule backFromTemporary() {
		RuleSpec spec = RuleSpec.of("383",
				"A child in a temporary placement must subsequently return to his/her normal placement.",
				EPISODES + ".PLACE", EPISODES + ".RNE");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> episodes = CareHistory.episodes(child);
			for (int index = 1; index + 1 < episodes.size(); index++) {
				Row temporary = episodes.get(index);
				if (!in(TEMPORARY, temporary.text("PLACE"))) {
					continue;
				}
				Row before = episodes.get(index - 1);
				Row after = episodes.get(index + 1);
				boolean back = "P".equals(after.text("RNE")) && after.text("PLACE") != null
						&& after.text("PLACE").equals(before.text("PLACE"));
				if (!back) {
					findings.at(temporary, "PLACE",
							"temporary placement " + temporary.text("PLACE") + " from " + before.text("PLACE")
									+ ", followed by " + after.text("PLACE") + " with RNE " + after.text("RNE"));
				}
			}
		});
	}

	/**
	 * 399: a child whose every episode is a short break (V3, V4) has no motherhood item
	 * nor review.
	 */
	private static DfeRule onlyShortBreaks() {
		RuleSpec spec = RuleSpec.of("399",
				"Mother field, review field or participation field are completed but child is looked after under legal "
						+ "status V3 or V4.",
				HEADER + ".MOTHER", EPISODES + ".LS", REVIEWS + ".REVIEW", REVIEWS + ".REVIEW_CODE");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> episodes = child.rows(EPISODES);
			if (episodes.isEmpty() || !episodes.stream().allMatch((episode) -> in(SHORT_BREAKS, episode.text("LS")))) {
				return;
			}
			for (Row header : child.rows(HEADER)) {
				if (header.text("MOTHER") != null) {
					findings.at(header, "MOTHER", "MOTHER given for a child looked after only on short breaks");
				}
			}
			for (Row review : child.rows(REVIEWS)) {
				if (review.text("REVIEW") != null || review.text("REVIEW_CODE") != null) {
					findings.at(review, (review.text("REVIEW") != null) ? "REVIEW" : "REVIEW_CODE",
							"a review for a child looked after only on short breaks");
				}
			}
		});
	}

	/**
	 * 222: no URN is given for a placement of a type Ofsted does not register (placed
	 * with parents, in the community, temporary, other), unless it is the code for a URN
	 * not known.
	 */
	private static DfeRule urnNotForPlacement(Set<String> unregistered) {
		return eachRow("222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
				EPISODES, List.of("URN", "PLACE"),
				(episode) -> (in(unregistered, episode.text("PLACE")) && episode.text("URN") != null
						&& !org.assure.casedata.validation.ProviderRegister.NO_URN.equals(episode.text("URN")))
								? new Found("URN",
										"URN " + episode.text("URN") + " for placement " + episode.text("PLACE"))
								: null);
	}

	/**
	 * The rules of this class that 2025-26 changes: 222 follows the split of Z1 into Z11
	 * to Z14.
	 * @return the rules
	 */
	static List<DfeRule> changed2026() {
		Set<String> unregistered = new java.util.HashSet<>(
				Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4"));
		unregistered.addAll(Ssda903Rules.OTHER_PLACEMENTS);
		return List.of(urnNotForPlacement(Set.copyOf(unregistered)));
	}

}
