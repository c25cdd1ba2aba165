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
import static org.assure.casedata.validation.ssda903.Ssda903Rules.Found;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.eachRow;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.in;

/**
 * The SSDA903 rules on social worker episodes (SWEpisodes), collected from 2023-24: each
 * episode complete with a social worker's id, start and reason for the change; the
 * episodes of a child one after another without overlap or gap, up to 31 March for a
 * child still looked after; and the first of the year continuing last year's open one.
 * The social worker reporting year begins a year before the collection year.
 */
final class SocialWorkerRules {

	static final String SW = "SWEpisodes";

	/** The reasons a child's social worker changed. */
	private static final Set<String> REASONS = Set.of("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC",
			"CHCHAN", "PCCHAN", "SWDIED", "OTHERS");

	/**
	 * From this day an episode's reason is asked as well as its worker (SW01a, SW01b).
	 */
	private static final LocalDate REASONS_ASKED = LocalDate.of(2023, 4, 1);

	private SocialWorkerRules() {
	}

	/** The rules first collected in 2023-24. */
	static List<DfeRule> first() {
		List<DfeRule> rules = new ArrayList<>();
		rules.add(lookedAfterWithoutSocialWorker());
		rules.add(eachRow("SW02STG1", "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.", SW,
				List.of("SW_ID"),
				(row) -> (row.text("SW_ID") != null && !row.text("SW_ID").startsWith("SW")
						&& !row.text("SW_ID").startsWith("XX"))
								? new Found("SW_ID", "'" + row.text("SW_ID") + "' begins neither SW nor XX") : null));
		// SW03: the worker and the start; the reason is SW13's and SW15's to ask, as the
		// first episode of the year may have none.
		rules.add(eachRow("SW03STG1", "For each social worker episode, information should be complete.", SW,
				List.of("SW_ID", "SW_DECOM"), (row) -> {
					List<String> blank = List.of("SW_ID", "SW_DECOM")
						.stream()
						.filter((field) -> row.text(field) == null)
						.toList();
					return blank.isEmpty() ? null
							: new Found(String.join(", ", blank), String.join(", ", blank) + " blank");
				}));
		rules.add(
				eachRow("SW04STG1", "Date social worker episode began is not a valid date..", SW, List.of("SW_DECOM"), (
						row) -> (row.text("SW_DECOM") == null || PermanenceRules.earliest(row.text("SW_DECOM")) == null)
								? new Found("SW_DECOM",
										(row.text("SW_DECOM") == null) ? "SW_DECOM blank"
												: "'" + row.text("SW_DECOM")
														+ "' is not a date written dd/mm/yyyy (ZZ where unknown)")
								: null));
		rules.add(eachRow("SW05STG1", "Date social worker episode began is not a valid date.", SW, List.of("SW_DEC"),
				(row) -> (row.text("SW_DEC") != null && PermanenceRules.earliest(row.text("SW_DEC")) == null)
						? new Found("SW_DEC",
								"'" + row.text("SW_DEC") + "' is not a date written dd/mm/yyyy (ZZ where unknown)")
						: null));
		rules.add(withinTheYear());
		rules.add(endWithinReportingYear());
		rules.add(earlierNotEnded("SW08STG2",
				"A new social worker episode has started, but the previous episode has not " + "ended."));
		rules.add(eachRow("SW09STG2", "Social worker episode appears to have lasted for less than 24 hours.", SW,
				List.of("SW_DECOM", "SW_DEC"),
				(row) -> (row.date("SW_DECOM") != null && row.date("SW_DECOM").equals(row.date("SW_DEC")))
						? new Found("SW_DEC", "began and ended on " + row.text("SW_DEC")) : null));
		rules.add(startedBeforePreviousEnded());
		rules.addAll(successors());
		rules.add(careWithoutSocialWorker());
		rules.add(reasonCode());
		rules.add(earlierNotEnded("SW14STG2", "Social worker episode date ceased is blank."));
		rules.add(reasonMissing());
		rules.add(asLastYear("SW16aSTG2",
				"The social worker ID does not match the open episode at the end of last year.", "SW_ID"));
		rules.add(asLastYear("SW16bSTG2",
				"The social worker episode start date does not match the open episode at the end of last year.",
				"SW_DECOM"));
		rules.add(asLastYear("SW16cSTG2",
				"The social worker reason episode changed does not match the open episode at the end of last year.",
				"SW_REASON"));
		return rules;
	}

	/**
	 * The rules added in 2024-25: SW01a and SW01b, completeness by the episode's start.
	 */
	static List<DfeRule> added2025() {
		return List.of(eachRow("SW01aSTG1", "For each social worker episode, information should be complete", SW,
				List.of("SW_DECOM", "SW_ID"), (row) -> {
					LocalDate began = row.date("SW_DECOM");
					if (row.text("SW_DECOM") == null) {
						return new Found("SW_DECOM", "SW_DECOM blank");
					}
					return (began != null && began.isBefore(REASONS_ASKED) && row.text("SW_ID") == null)
							? new Found("SW_ID", "SW_ID blank for an episode begun " + row.text("SW_DECOM")) : null;
				}), eachRow("SW01bSTG1", "For each social worker episode, information should be complete", SW,
						List.of("SW_DECOM", "SW_ID", "SW_REASON"), (row) -> {
							LocalDate began = row.date("SW_DECOM");
							if (row.text("SW_DECOM") == null) {
								return new Found("SW_DECOM", "SW_DECOM blank");
							}
							boolean incomplete = row.text("SW_ID") == null || row.text("SW_REASON") == null;
							return (began != null && !began.isBefore(REASONS_ASKED) && incomplete) ? new Found(
									"SW_ID, SW_REASON",
									"an episode begun " + row.text("SW_DECOM") + " without its worker and reason")
									: null;
						}));
	}

	/**
	 * The first day of the social worker reporting year: a year before the collection
	 * year.
	 */
	private static LocalDate reportingStart(ReturnContext context) {
		return context.periodStart().minusYears(1);
	}

	/** The child's social worker episodes with a readable start, in order of start. */
	private static List<Row> inOrder(ReturnChild child) {
		return CareHistory.byDate(child, SW, "SW_DECOM");
	}

	/**
	 * Whether the child is looked after on 31 March: an episode still open, not a short
	 * break.
	 */
	private static @Nullable Row lookedAfterAtYearEnd(ReturnChild child) {
		for (Row episode : child.rows(EPISODES)) {
			if (episode.text("DEC") == null && !in(Ssda903Rules.SHORT_BREAKS, episode.text("LS"))) {
				return episode;
			}
		}
		return null;
	}

	/**
	 * SW01STG1: a child looked after on 31 March has a social worker episode with its
	 * worker and start.
	 */
	private static DfeRule lookedAfterWithoutSocialWorker() {
		RuleSpec spec = RuleSpec.of("SW01STG1",
				"Child looked after on 31 March, but no social worker episode information is reported",
				EPISODES + ".DEC", SW + ".SW_ID", SW + ".SW_DECOM");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row open = lookedAfterAtYearEnd(child);
			if (open == null || !context.holds(SW)) {
				return;
			}
			boolean reported = child.rows(SW)
				.stream()
				.anyMatch((row) -> row.text("SW_ID") != null && row.text("SW_DECOM") != null);
			if (!reported) {
				findings.at(open, "DEC", "looked after on " + context.referenceDate() + " (the episode begun "
						+ open.text("DECOM") + " is open) with no social worker episode");
			}
		});
	}

	/** SW06STG2: an episode begins by the end of the year. */
	private static DfeRule withinTheYear() {
		RuleSpec spec = RuleSpec.of("SW06STG2",
				"Social worker episode data should be within the social worker data reporting year.", SW + ".SW_DECOM");
		return DfeRule.of(spec, SW, (child, context, findings) -> {
			for (Row row : child.rows(SW)) {
				LocalDate began = row.date("SW_DECOM");
				if (began != null && began.isAfter(context.referenceDate())) {
					findings.at(row, "SW_DECOM", "began " + row.text("SW_DECOM") + ", after the year ended");
				}
			}
		});
	}

	/**
	 * SW07STG2: an episode's end, where given, falls within the social worker reporting
	 * year.
	 */
	private static DfeRule endWithinReportingYear() {
		RuleSpec spec = RuleSpec.of("SW07STG2",
				"Social worker episode end date should be on or after the start of the social worker reporting period, "
						+ "and should be on or before the collection end date.",
				SW + ".SW_DEC");
		return DfeRule.of(spec, SW, (child, context, findings) -> {
			for (Row row : child.rows(SW)) {
				LocalDate ended = row.date("SW_DEC");
				if (ended != null
						&& (ended.isBefore(reportingStart(context)) || ended.isAfter(context.referenceDate()))) {
					findings.at(row, "SW_DEC", "ended " + row.text("SW_DEC") + ", outside " + reportingStart(context)
							+ " to " + context.referenceDate());
				}
			}
		});
	}

	/** SW08STG2, SW14STG2: every episode but the child's latest has ended. */
	private static DfeRule earlierNotEnded(String code, String message) {
		RuleSpec spec = RuleSpec.of(code, message, SW + ".SW_DEC");
		return DfeRule.of(spec, SW, (child, context, findings) -> {
			List<Row> episodes = inOrder(child);
			for (int index = 0; index + 1 < episodes.size(); index++) {
				Row row = episodes.get(index);
				if (row.text("SW_DEC") == null) {
					findings.at(row, "SW_DEC", "the episode begun " + row.text("SW_DECOM") + " has no end, though "
							+ episodes.get(index + 1).text("SW_DECOM") + " began another");
				}
			}
		});
	}

	/**
	 * SW10STG2: an episode begins within seven days of the one before ending, unless the
	 * family asked for the change (FCONTA).
	 */
	private static DfeRule startedBeforePreviousEnded() {
		RuleSpec spec = RuleSpec.of("SW10STG2",
				"A new social worker episode has started before the end date of the previous social worker episode.",
				SW + ".SW_DECOM", SW + ".SW_DEC", SW + ".SW_REASON");
		return DfeRule.of(spec, SW, (child, context, findings) -> {
			List<Row> episodes = inOrder(child);
			for (int index = 1; index < episodes.size(); index++) {
				Row row = episodes.get(index);
				LocalDate previousEnd = episodes.get(index - 1).date("SW_DEC");
				if (previousEnd == null || "FCONTA".equals(row.text("SW_REASON"))) {
					continue;
				}
				LocalDate began = row.date("SW_DECOM");
				if (began.isBefore(previousEnd.minusDays(7)) || began.isAfter(previousEnd.plusDays(7))) {
					findings.at(row, "SW_DECOM", "began " + row.text("SW_DECOM") + ", more than 7 days from the end of "
							+ "the one before (" + episodes.get(index - 1).text("SW_DEC") + ")");
				}
			}
		});
	}

	/**
	 * SW11STG2, SW11aSTG2, SW11bSTG2: for a child looked after on 31 March, an episode
	 * that ended before that day is followed by another: beginning the day it ended
	 * (SW11); within 5 days of it, for one ended by 26 March (SW11a); at all, for one
	 * ended in the last five days (SW11b).
	 */
	private static List<DfeRule> successors() {
		String message = "Social worker episode has ended before 31 March and no subsequent social worker episode has "
				+ "been provided.";
		return List.of(successor("SW11STG2", message, 0, false), successor("SW11aSTG2", message, 5, false),
				successor("SW11bSTG2", message, 5, true));
	}

	private static DfeRule successor(String code, String message, int tolerance, boolean lastDays) {
		RuleSpec spec = RuleSpec.of(code, message, SW + ".SW_DEC", SW + ".SW_DECOM", EPISODES + ".DEC");
		return DfeRule.of(spec, SW, (child, context, findings) -> {
			if (lookedAfterAtYearEnd(child) == null) {
				return;
			}
			// The last five days of the year: from 27 March (SW11b); to 26 March, SW11a.
			LocalDate lateFrom = context.referenceDate().minusDays(4);
			List<Row> episodes = inOrder(child);
			for (int index = 0; index < episodes.size(); index++) {
				Row row = episodes.get(index);
				LocalDate ended = row.date("SW_DEC");
				if (ended == null || !ended.isBefore(context.referenceDate())) {
					continue;
				}
				boolean late = !ended.isBefore(lateFrom);
				Row next = (index + 1 < episodes.size()) ? episodes.get(index + 1) : null;
				String why;
				if (lastDays) {
					why = (late && next == null) ? "ended " + row.text("SW_DEC") + " with none after it" : null;
				}
				else if (tolerance > 0) {
					why = (!late && (next == null
							|| Math.abs(java.time.temporal.ChronoUnit.DAYS.between(ended, next.date("SW_DECOM"))) > 5))
									? "ended " + row.text("SW_DEC") + " with no episode begun within 5 days of it"
									: null;
				}
				else {
					why = (next == null || !ended.equals(next.date("SW_DECOM")))
							? "ended " + row.text("SW_DEC") + " with no episode begun that day" : null;
				}
				if (why != null) {
					findings.at(row, "SW_DEC", why + ", the child still looked after on " + context.referenceDate());
				}
			}
		});
	}

	/**
	 * SW12STG2: each episode that starts or ends care (RNE S, REC not X1) within the
	 * social worker reporting year, other than a short break, has a social worker
	 * episode: one begun from the day care began, or by the day it ended.
	 */
	private static DfeRule careWithoutSocialWorker() {
		RuleSpec spec = RuleSpec.of("SW12STG2",
				"If a child is looked after on 31 March then all social worker episodes for the full previous year should "
						+ "be reported, even those whilst they were not looked after",
				EPISODES + ".DECOM", EPISODES + ".DEC", SW + ".SW_DECOM");
		return DfeRule.of(spec, (child, context, findings) -> {
			if (!context.holds(SW)) {
				return;
			}
			List<Row> workers = inOrder(child);
			for (Row episode : child.rows(EPISODES)) {
				LocalDate began = episode.date("DECOM");
				LocalDate ended = episode.date("DEC");
				boolean starts = "S".equals(episode.text("RNE"));
				boolean finishes = ended != null && !"X1".equals(episode.text("REC"));
				boolean inWindow = ended == null
						|| (!ended.isBefore(reportingStart(context)) && !ended.isAfter(context.referenceDate()));
				if (began == null || in(Ssda903Rules.SHORT_BREAKS, episode.text("LS")) || !(starts || finishes)
						|| !inWindow) {
					continue;
				}
				boolean covered = Ssda903Rules.any(workers, (row) -> {
					LocalDate from = row.date("SW_DECOM");
					return (starts && !from.isBefore(began)) || (finishes && !from.isAfter(ended));
				});
				if (!covered) {
					findings.at(episode, "DECOM", "the episode begun " + episode.text("DECOM")
							+ " starts or ends care, with no social worker episode for it");
				}
			}
		});
	}

	/**
	 * SW13STG1: a reason for the change of social worker is one of the codes; it may be
	 * blank only on the child's first episode of the year (the one open when the year
	 * began, or else the first begun in it).
	 */
	private static DfeRule reasonCode() {
		RuleSpec spec = RuleSpec.of("SW13STG1",
				"The reason for social worker change is either not valid or has not been entered.", SW + ".SW_REASON");
		return DfeRule.of(spec, SW, (child, context, findings) -> {
			Row first = null;
			for (Row row : inOrder(child)) {
				LocalDate ended = row.date("SW_DEC");
				if (ended == null || !ended.isBefore(context.periodStart())) {
					first = row;
					break;
				}
			}
			for (Row row : child.rows(SW)) {
				String reason = row.text("SW_REASON");
				if (reason != null ? !REASONS.contains(reason) : row != first) {
					findings.at(row, "SW_REASON",
							(reason != null) ? "'" + reason + "' is not a reason for a change of social worker"
									: "SW_REASON blank for an episode begun " + row.text("SW_DECOM"));
				}
			}
		});
	}

	/**
	 * SW15STG2: an episode begun within the social worker reporting year gives its
	 * reason.
	 */
	private static DfeRule reasonMissing() {
		RuleSpec spec = RuleSpec.of("SW15STG2", "Reason for social worker change is missing.", SW + ".SW_REASON",
				SW + ".SW_DECOM");
		return DfeRule.of(spec, SW, (child, context, findings) -> {
			for (Row row : child.rows(SW)) {
				LocalDate began = row.date("SW_DECOM");
				if (row.text("SW_REASON") == null && began != null && !began.isBefore(reportingStart(context))) {
					findings.at(row, "SW_REASON", "SW_REASON blank for an episode begun " + row.text("SW_DECOM"));
				}
			}
		});
	}

	/**
	 * SW16a, SW16b, SW16c: when the child's latest social worker episode in last year's
	 * return was still open, this year's first carries the same worker, start and reason.
	 * Runs only with last year's return.
	 */
	private static DfeRule asLastYear(String code, String message, String field) {
		RuleSpec spec = RuleSpec.of(code, message, SW + "." + field);
		return DfeRule.of(spec, SW, (child, context, findings) -> {
			ReturnChild last = context.lastYears(child);
			List<Row> now = inOrder(child);
			if (last == null || now.isEmpty()) {
				return;
			}
			List<Row> before = inOrder(last);
			if (before.isEmpty() || before.get(before.size() - 1).text("SW_DEC") != null) {
				return;
			}
			Row open = before.get(before.size() - 1);
			Row first = now.get(0);
			boolean same = "SW_DECOM".equals(field) ? java.util.Objects.equals(open.date(field), first.date(field))
					: java.util.Objects.equals(open.text(field), first.text(field));
			if (!same) {
				findings.at(first, field,
						field + " " + first.text(field) + ", but last year's open episode has " + open.text(field));
			}
		});
	}

	/**
	 * The social worker rules 2025-26 adds or changes: a worker's id of at least four
	 * characters (SW02); a start, and an end where given, that are real days, no longer
	 * with ZZ for an unknown part (SW04, SW05); an episode of under three days (SW09); a
	 * new episode within seven days of the previous one's end unless the family asked
	 * (SW10a), and after it when the family asked (SW10b); the latest episode still open
	 * for a child looked after on 31 March (SW17); an end after the start (SW18); two
	 * episodes not starting the same day (SW19).
	 * @return the rules
	 */
	static List<DfeRule> changed2026() {
		List<DfeRule> rules = new ArrayList<>();
		rules.add(eachRow("SW02STG1", "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.", SW,
				List.of("SW_ID"), (row) -> {
					String id = row.text("SW_ID");
					return (id != null && ((!id.startsWith("SW") && !id.startsWith("XX")) || id.length() < 4))
							? new Found("SW_ID", "'" + id + "' does not begin SW or XX followed by the worker's number")
							: null;
				}));
		rules.add(Ssda903Rules.validDate("SW04STG1", "Date social worker episode began is not a valid date..", SW,
				"SW_DECOM", true));
		rules.add(Ssda903Rules.validDate("SW05STG1", "Date social worker episode began is not a valid date.", SW,
				"SW_DEC", false));
		rules.add(eachRow("SW09STG2", "Social worker episode appears to have lasted for less than 24 hours.", SW,
				List.of("SW_DECOM", "SW_DEC"), (row) -> {
					LocalDate began = row.date("SW_DECOM");
					LocalDate ended = row.date("SW_DEC");
					return (began != null && ended != null && ended.isBefore(began.plusDays(3)))
							? new Found("SW_DEC", "began " + row.text("SW_DECOM") + " and ended " + row.text("SW_DEC"))
							: null;
				}));
		rules.add(afterPrevious("SW10aSTG2",
				"A new social worker episode has started and it is not within +/- 7 days of a previous episode.",
				false));
		rules.add(afterPrevious("SW10bSTG2",
				"A new social worker episode has started with a reason of first contact before the previous episode has "
						+ "ended.",
				true));
		RuleSpec open = RuleSpec.of("SW17STG2", "There is no social worker episode open at 31 March", SW + ".SW_DEC");
		rules.add(DfeRule.of(open, SW, (child, context, findings) -> {
			List<Row> episodes = inOrder(child);
			// for a child still looked after on 31 March: one whose care ended in the
			// year has no social worker episode open then
			if (!episodes.isEmpty() && lookedAfterAtYearEnd(child) != null) {
				Row latest = episodes.get(episodes.size() - 1);
				if (latest.text("SW_DEC") != null) {
					findings.at(latest, "SW_DEC", "the latest episode, begun " + latest.text("SW_DECOM") + ", ended "
							+ latest.text("SW_DEC"));
				}
			}
		}));
		rules.add(eachRow("SW18STG2", "The end date of the social worker episode is before the start date", SW,
				List.of("SW_DEC", "SW_DECOM"), (row) -> {
					LocalDate began = row.date("SW_DECOM");
					LocalDate ended = row.date("SW_DEC");
					return (began != null && ended != null && !ended.isAfter(began))
							? new Found("SW_DEC", "ended " + row.text("SW_DEC") + ", began " + row.text("SW_DECOM"))
							: null;
				}));
		RuleSpec sameDay = RuleSpec.of("SW19STG2",
				"There are 2 social worker episodes for the child starting on the same date.", SW + ".SW_DECOM");
		rules.add(DfeRule.of(sameDay, SW, (child, context, findings) -> {
			List<Row> episodes = child.rows(SW);
			Set<String> starts = new java.util.HashSet<>();
			for (Row row : episodes) {
				String start = row.text("SW_DECOM");
				if (start != null && !starts.add(start)) {
					findings.at(row, "SW_DECOM", "a second episode begun " + start);
				}
			}
		}));
		return rules;
	}

	/**
	 * SW10a, SW10b: a new episode (in order of start) against the end of the one before:
	 * unless the family asked for the change (FCONTA), within seven days of it either way
	 * (SW10a); when the family asked, after it (SW10b).
	 */
	private static DfeRule afterPrevious(String code, String message, boolean firstContact) {
		RuleSpec spec = RuleSpec.of(code, message, SW + ".SW_DECOM", SW + ".SW_DEC", SW + ".SW_REASON");
		return DfeRule.of(spec, SW, (child, context, findings) -> {
			List<Row> episodes = inOrder(child);
			for (int index = 1; index < episodes.size(); index++) {
				Row row = episodes.get(index);
				Row before = episodes.get(index - 1);
				LocalDate previousEnd = before.date("SW_DEC");
				LocalDate began = row.date("SW_DECOM");
				if (previousEnd == null || began == null || "FCONTA".equals(row.text("SW_REASON")) != firstContact) {
					continue;
				}
				boolean wrong = firstContact ? !began.isAfter(previousEnd)
						: began.isBefore(previousEnd.minusDays(7)) || began.isAfter(previousEnd.plusDays(7));
				if (wrong) {
					findings.at(row, "SW_DECOM",
							"began " + row.text("SW_DECOM")
									+ (firstContact ? " (FCONTA), not after" : ", more than 7 days from")
									+ " the end of the one before (" + before.text("SW_DEC") + ")");
				}
			}
		});
	}

}
