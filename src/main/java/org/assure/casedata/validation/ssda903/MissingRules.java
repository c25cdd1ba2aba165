package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;

import static org.assure.casedata.validation.ssda903.Ssda903Rules.EPISODES;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.Found;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.eachRow;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.validDate;

/**
 * The SSDA903 rules on the Missing table: periods a child was missing (M) or away from
 * placement without authorisation (A), their dates against each other, the year, the
 * child's birth and the child's periods of care.
 */
final class MissingRules {

	static final String MISSING = "Missing";

	private MissingRules() {
	}

	/** Missing periods, begun MIS_START and ended MIS_END. */
	private static final Periods PERIODS = new Periods(MISSING, "MIS_START", "MIS_END");

	static List<DfeRule> all() {
		List<DfeRule> rules = new ArrayList<>();
		rules.add(validDate("1004",
				"The start date of the missing episode or episode that the child was away from placement without "
						+ "authorisation is not a valid date.",
				MISSING, "MIS_START", false));
		rules.add(validDate("1005",
				"The end date of the missing episode or episode that the child was away from placement without "
						+ "authorisation is not a valid date.",
				MISSING, "MIS_END", false));
		rules.add(eachRow("1006", "Missing type invalid.", MISSING, List.of("MISSING"),
				(row) -> (row.text("MISSING") != null && !Set.of("M", "A").contains(row.text("MISSING")))
						? new Found("MISSING", "'" + row.text("MISSING") + "' is not M nor A") : null));
		rules.add(eachRow("564",
				"Child was missing or away from placement without authorisation and the date started is blank.",
				MISSING, List.of("MISSING", "MIS_START"),
				(row) -> (row.text("MISSING") != null && row.text("MIS_START") == null)
						? new Found("MIS_START", "MISSING " + row.text("MISSING") + " with no MIS_START") : null));
		rules.add(eachRow("565",
				"The date that the child started to be missing or away from placement without authorisation has been "
						+ "completed but whether the child was missing or away from placement without authorisation has "
						+ "not been completed.",
				MISSING, List.of("MISSING", "MIS_START"),
				(row) -> (row.text("MIS_START") != null && row.text("MISSING") == null)
						? new Found("MISSING", "MIS_START " + row.text("MIS_START") + " with MISSING blank") : null));
		rules.add(eachRow("566",
				"The date that the child's episode of being missing or away from placement without authorisation "
						+ "ended has been completed but whether the child was missing or away without authorisation has "
						+ "not been completed.",
				MISSING, List.of("MISSING", "MIS_END"),
				(row) -> (row.text("MIS_END") != null && row.text("MISSING") == null)
						? new Found("MISSING", "MIS_END " + row.text("MIS_END") + " with MISSING blank") : null));
		rules.add(PERIODS.endBeforeStart("567",
				"The date that the missing episode or episode that the child was away from placement without "
						+ "authorisation ended is before the date that it started."));
		rules.add(PERIODS.startAfterYear("570",
				"The date that the child started to be missing or away from placement without authorisation is after "
						+ "the end of the collection year."));
		rules.add(PERIODS.endOutsideYear("571",
				"The date that the child ceased to be missing or away from placement without authorisation is before "
						+ "the start or after the end of the collection year."));
		rules.add(PERIODS.overlapping("574",
				"A new missing/away from placement without authorisation period cannot start when the previous "
						+ "missing/away from placement without authorisation period is still open. Missing/away from "
						+ "placement without authorisation periods should also not overlap."));
		rules.add(openAfterThePlacementEnded());
		rules.add(openAfterCareEnded());
		rules.add(afterCareEnded());
		rules.add(missingAtEighteen());
		rules.add(beforeCareBegan());
		rules.add(PERIODS.beforeBirth("586", "Dates of missing periods are before child’s date of birth."));
		return rules;
	}

	/**
	 * 575: a period still open did not begin in a placement that has since ended (an
	 * episode that ceased on or after the day it began).
	 */
	private static DfeRule openAfterThePlacementEnded() {
		RuleSpec spec = RuleSpec.of("575",
				"If the placement from which the child goes missing/away from placement without authorisation ends, the "
						+ "missing/away from placement without authorisation period in the missing module must also "
						+ "have an end date.",
				MISSING + ".MIS_END", EPISODES + ".DEC");
		return DfeRule.of(spec, MISSING, (child, context, findings) -> {
			for (Row row : child.rows(MISSING)) {
				LocalDate start = row.date("MIS_START");
				if (start == null || row.text("MIS_END") != null) {
					continue;
				}
				for (Row episode : child.rows(EPISODES)) {
					LocalDate began = episode.date("DECOM");
					LocalDate ceased = episode.date("DEC");
					if (began != null && ceased != null && !start.isBefore(began) && !start.isAfter(ceased)) {
						findings.at(row, "MIS_END", "open since " + row.text("MIS_START") + "; the placement begun "
								+ episode.text("DECOM") + " ceased " + episode.text("DEC"));
						break;
					}
				}
			}
		});
	}

	/**
	 * 577: a period falls within one of the child's periods of care: one still open began
	 * in a period of care that is still open, and one that ended, ended within a period
	 * of care. A child without episodes is left alone.
	 */
	private static DfeRule openAfterCareEnded() {
		RuleSpec spec = RuleSpec.of("577",
				"Child ceased to be looked after but there is a missing/away from placement without authorisation "
						+ "period without an end date.",
				MISSING + ".MIS_END", EPISODES + ".DEC");
		return DfeRule.of(spec, MISSING, (child, context, findings) -> {
			List<CareHistory.Period> periods = CareHistory.periods(child);
			if (periods.isEmpty()) {
				return;
			}
			for (Row row : child.rows(MISSING)) {
				LocalDate start = row.date("MIS_START");
				if (start == null) {
					continue;
				}
				LocalDate end = row.date("MIS_END");
				boolean fits = periods.stream()
					.anyMatch((period) -> (end == null) ? period.end() == null && !start.isBefore(period.start())
							: period.holds(end));
				if (!fits) {
					findings.at(row, "MIS_END",
							(end == null) ? "open since " + row.text("MIS_START") + ", but the child's care has ended"
									: "ended " + row.text("MIS_END") + ", outside the child's periods of care");
				}
			}
		});
	}

	/**
	 * 578: a period does not begin after the child ceased to be looked after (the latest
	 * episode ended and did not continue).
	 */
	private static DfeRule afterCareEnded() {
		RuleSpec spec = RuleSpec.of("578",
				"The date that the child started to be missing is after the child ceased to be looked after.",
				MISSING + ".MIS_START", EPISODES + ".DEC");
		return DfeRule.of(spec, MISSING, (child, context, findings) -> {
			Row latest = CareHistory.latest(child);
			LocalDate ceased = (latest != null && !"X1".equals(latest.text("REC"))) ? latest.date("DEC") : null;
			if (ceased == null) {
				return;
			}
			for (Row row : child.rows(MISSING)) {
				LocalDate start = row.date("MIS_START");
				if (start != null && start.isAfter(ceased)) {
					findings.at(row, "MIS_START",
							"began " + row.text("MIS_START") + ", after care ceased " + latest.text("DEC"));
				}
			}
		});
	}

	/**
	 * 580: a child missing on the day care ends at 18 (the period ends on the 18th
	 * birthday, the day an episode ceased) has that episode ceased for reason E8.
	 */
	private static DfeRule missingAtEighteen() {
		RuleSpec spec = RuleSpec.of("580",
				"Child is missing when cease being looked after but reason episode ceased not ‘E8’.", EPISODES + ".REC",
				MISSING + ".MIS_END");
		return DfeRule.of(spec, MISSING, (child, context, findings) -> {
			for (Row row : child.rows(MISSING)) {
				LocalDate end = row.date("MIS_END");
				LocalDate born = CareHistory.born(child, row);
				if (end == null || born == null || !end.equals(born.plusYears(18))) {
					continue;
				}
				for (Row episode : child.rows(EPISODES)) {
					if (end.equals(episode.date("DEC")) && !"E8".equals(episode.text("REC"))) {
						findings.at(episode, "REC", "missing until the 18th birthday, " + row.text("MIS_END")
								+ ", when the episode ceased with REC " + episode.text("REC"));
					}
				}
			}
		});
	}

	/** 581: a period does not begin before the child's first episode. */
	private static DfeRule beforeCareBegan() {
		RuleSpec spec = RuleSpec.of("581", "Child is missing but has not yet started to be looked after.",
				MISSING + ".MIS_START", EPISODES + ".DECOM");
		return DfeRule.of(spec, MISSING, (child, context, findings) -> {
			List<Row> episodes = CareHistory.episodes(child);
			if (episodes.isEmpty()) {
				return;
			}
			Row first = episodes.get(0);
			for (Row row : child.rows(MISSING)) {
				LocalDate start = row.date("MIS_START");
				if (start != null && start.isBefore(first.date("DECOM"))) {
					findings.at(row, "MIS_START",
							"began " + row.text("MIS_START") + ", before care began " + first.text("DECOM"));
				}
			}
		});
	}

}
