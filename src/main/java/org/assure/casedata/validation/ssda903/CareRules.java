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

	private static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

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
		return rules;
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
		return DfeRule.of(spec, (child, context, findings) -> {
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
		return DfeRule.of(spec, (child, context, findings) -> {
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
		return DfeRule.of(spec, (child, context, findings) -> {
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
		return DfeRule.of(spec, (child, context, findings) -> {
			List<Row> v3 = child.rows(EPISODES).stream().filter((episode) -> "V3".equals(episode.text("LS"))).toList();
			List<Row> v4 = child.rows(EPISODES).stream().filter((episode) -> "V4".equals(episode.text("LS"))).toList();
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
		return DfeRule.of(spec, (child, context, findings) -> {
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
		return DfeRule.of(spec, (child, context, findings) -> {
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

}
