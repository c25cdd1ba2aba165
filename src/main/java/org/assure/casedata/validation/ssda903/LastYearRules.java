package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.ReturnChild;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;
import org.jspecify.annotations.Nullable;

import static org.assure.casedata.validation.ssda903.Ssda903Rules.EPISODES;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.HEADER;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.PLACED;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.UASC;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.in;

/**
 * The SSDA903 rules that compare a child's return with last year's: the episode open at
 * the end of last year carried into this year unchanged (502, 503A-J, 452, 453, 562), the
 * UPN, UASC status and motherhood items (208, 205A-D, 624, 626), decisions that the child
 * should be placed for adoption (559, 560, 561, 584), and an open missing period (576).
 * They run only when last year's return is given, and then only for the children it
 * holds.
 */
final class LastYearRules {

	/** The codes, for the note when last year's return is not given. */
	static final List<String> CODES = List.of("205A", "205B", "205C", "205D", "208", "452", "453", "502", "503A",
			"503B", "503C", "503D", "503E", "503F", "503G", "503H", "503J", "559", "560", "561", "562", "576", "584",
			"624", "626", "348");

	private LastYearRules() {
	}

	/** A rule on a child found in last year's return. */
	private interface Comparison {

		void check(ReturnChild child, ReturnChild last, ReturnContext context,
				org.assure.casedata.validation.Findings.Reporter findings);

	}

	private static DfeRule compare(String code, String message, List<String> fields, Comparison comparison) {
		RuleSpec spec = RuleSpec.of(code, message, fields.toArray(String[]::new));
		return DfeRule.of(spec, (child, context, findings) -> {
			ReturnChild last = context.lastYears(child);
			if (last != null) {
				comparison.check(child, last, context, findings);
			}
		});
	}

	private static String shown(@Nullable String value) {
		return (value == null) ? "blank" : value;
	}

	static List<DfeRule> all(int collectionYear) {
		List<DfeRule> rules = new ArrayList<>();
		rules.add(continued());
		rules.addAll(carriedFields(collectionYear));
		rules.add(placementArea("452",
				"Contradiction between local authority of placement code in the last episode of the previous year and in "
						+ "the first episode of the current year.",
				"PL_LA", false));
		rules.add(placementArea("453",
				"Contradiction between placement distance in the last episode of the previous year and in the first "
						+ "episode of the current year.",
				"PL_DISTANCE", true));
		rules.add(begunBeforeTheYear());
		rules.add(upn());
		rules.addAll(uasc());
		rules.addAll(mother());
		rules.addAll(decisions());
		rules.add(openMissing());
		return rules;
	}

	/** The child's latest episode of last year's return, if it was still open. */
	private static @Nullable Row openLastYear(ReturnChild last) {
		Row latest = CareHistory.latest(last);
		return (latest != null && latest.text("DEC") == null) ? latest : null;
	}

	private static @Nullable Row firstThisYear(ReturnChild child) {
		List<Row> episodes = CareHistory.episodes(child);
		return episodes.isEmpty() ? null : episodes.get(0);
	}

	/** 502: this year's first episode is the one open at the end of last year. */
	private static DfeRule continued() {
		return compare("502",
				"Last year's record ended with an open episode. The date on which that episode started does not match the "
						+ "start date of the first episode on this year’s record.",
				List.of(EPISODES + ".DECOM"), (child, last, context, findings) -> {
					Row open = openLastYear(last);
					Row first = firstThisYear(child);
					if (open != null && first != null && !first.date("DECOM").equals(open.date("DECOM"))) {
						findings.at(first, "DECOM", "the first episode begins " + first.text("DECOM")
								+ "; last year's open episode began " + open.text("DECOM"));
					}
				});
	}

	/**
	 * 503A-J: the first episode this year, when it is last year's open episode, carries
	 * the same reason, legal status, need, placement, provider, URN, distance, authority
	 * and location (from 2024-25 supported accommodation, K3, may follow semi-independent
	 * living, H5).
	 */
	private static List<DfeRule> carriedFields(int collectionYear) {
		List<DfeRule> rules = new ArrayList<>();
		String[][] fields = { { "503A", "RNE", "The reason for new episode in the first episode" },
				{ "503B", "LS", "The legal status in the first episode" },
				{ "503C", "CIN", "The category of need in the first episode" },
				{ "503D", "PLACE", "The placement type in the first episode" },
				{ "503E", "PLACE_PROVIDER", "The placement provider in the first episode" },
				{ "503F", "URN", "The Ofsted URN in the  first episode" },
				{ "503G", "PL_DISTANCE", "The distance in first episode" },
				{ "503H", "PL_LA", "The placement LA in first episode" },
				{ "503J", "PL_LOCATION", "The placement location in first episode" } };
		for (String[] each : fields) {
			String field = each[1];
			rules.add(compare(each[0], each[2] + " does not match open episode at end of last year.",
					List.of(EPISODES + "." + field), (child, last, context, findings) -> {
						Row open = openLastYear(last);
						Row first = firstThisYear(child);
						if (open == null || first == null || !first.date("DECOM").equals(open.date("DECOM"))) {
							return;
						}
						String now = first.text(field);
						String then = open.text(field);
						boolean same = "PL_DISTANCE".equals(field) ? closeEnough(now, then) : Objects.equals(now, then);
						// 2024-25 allowed semi-independent living (H5) to become
						// supported
						// accommodation (K3); 2025-26 allows 'other placement' (Z1) to
						// become one of the codes that replace it (Z11 to Z14)
						boolean newCode = "PLACE".equals(field)
								&& ((collectionYear == 2025 && "H5".equals(then) && "K3".equals(now))
										|| (collectionYear >= 2026 && "Z1".equals(then)
												&& in(Ssda903Rules.OTHER_PLACEMENTS, now)));
						if (!same && !newCode) {
							findings.at(first, field,
									field + " " + shown(now) + ", " + shown(then) + " in last year's open episode");
						}
					}));
		}
		return rules;
	}

	/**
	 * The rules of this class that 2025-26 adds or changes: 503D as the placement codes
	 * changed that year, and 348, a care leaver reported last year as having died.
	 * @return the rules
	 */
	static List<DfeRule> changed2026() {
		List<DfeRule> rules = new ArrayList<>(
				carriedFields(2026).stream().filter((rule) -> rule.spec().code().equals("503D")).toList());
		rules.add(compare("348", "Care leaver has previously been reported as having died. ",
				List.of(Ssda903Rules.OC3 + ".IN_TOUCH"), (child, last, context, findings) -> {
					Row before = last.first(Ssda903Rules.OC3);
					Row now = child.first(Ssda903Rules.OC3);
					if (before != null && now != null && "DIED".equals(upper(before.text("IN_TOUCH")))
							&& !"DIED".equals(upper(now.text("IN_TOUCH")))) {
						findings.at(now, "IN_TOUCH",
								"IN_TOUCH " + shown(now.text("IN_TOUCH")) + "; last year's return gave DIED");
					}
				}));
		return rules;
	}

	/** Two distances within 0.2 miles of each other, or both blank. */
	private static boolean closeEnough(@Nullable String one, @Nullable String other) {
		if (one == null || other == null) {
			return one == null && other == null;
		}
		try {
			return Math.abs(Double.parseDouble(one) - Double.parseDouble(other)) < 0.2;
		}
		catch (NumberFormatException ex) {
			return one.equals(other);
		}
	}

	/**
	 * 452, 453: when last year's latest episode was open and this year's first has the
	 * same reason for a new episode, the placement's authority (452) and distance (453,
	 * within 0.2 miles) are as they were.
	 */
	private static DfeRule placementArea(String code, String message, String field, boolean distance) {
		return compare(code, message, List.of(EPISODES + "." + field), (child, last, context, findings) -> {
			Row open = openLastYear(last);
			Row first = firstThisYear(child);
			if (open == null || first == null || !Objects.equals(first.text("RNE"), open.text("RNE"))) {
				return;
			}
			String now = first.text(field);
			String then = open.text(field);
			boolean differs = distance ? (now != null && then != null && !closeEnough(now, then))
					: !Objects.equals(now, then);
			if (differs) {
				findings.at(first, field, field + " " + shown(now) + ", " + shown(then) + " last year");
			}
		});
	}

	/**
	 * 562: this year's first episode begun before the year is last year's latest episode.
	 */
	private static DfeRule begunBeforeTheYear() {
		return compare("562",
				"Episode commenced before the start of the current collection year but there is a missing continuous "
						+ "episode in the previous year.",
				List.of(EPISODES + ".DECOM"), (child, last, context, findings) -> {
					Row first = firstThisYear(child);
					if (first == null || !first.date("DECOM").isBefore(context.periodStart())) {
						return;
					}
					Row latest = CareHistory.latest(last);
					if (latest == null || !first.date("DECOM").equals(latest.date("DECOM"))) {
						findings.at(first, "DECOM", "begun " + first.text("DECOM")
								+ ", before the year, but not last year's latest episode");
					}
				});
	}

	/**
	 * 208: the UPN is as last year, unless an unknown one became known, or UN1 (or none)
	 * became another reason it is unknown, or none became UN1.
	 */
	private static DfeRule upn() {
		Set<String> unknown = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");
		return compare("208",
				"Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already "
						+ "recorded for this child.",
				List.of(HEADER + ".UPN"), (child, last, context, findings) -> {
					Row before = last.first(HEADER);
					if (before == null) {
						return;
					}
					for (Row row : child.rows(HEADER)) {
						String now = upper(row.text("UPN"));
						String then = upper(before.text("UPN"));
						if (Objects.equals(now, then)) {
							continue;
						}
						boolean becameKnown = (then == null || unknown.contains(then)) && now != null
								&& !unknown.contains(now);
						boolean stillUnknown = (then == null || "UN1".equals(then)) && in(unknown, now)
								&& (!"UN1".equals(now) || then == null);
						if (!becameKnown && !stillUnknown) {
							findings.at(row, "UPN",
									"UPN " + shown(row.text("UPN")) + ", " + shown(before.text("UPN")) + " last year");
						}
					}
				});
	}

	private static @Nullable String upper(@Nullable String value) {
		return (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

	private static @Nullable LocalDate ceased(ReturnChild child) {
		for (Row row : child.rows(UASC)) {
			if (row.date("DUC") != null) {
				return row.date("DUC");
			}
		}
		return null;
	}

	/** 205A-D: a child's UASC status and the day it ceased, against last year's. */
	private static List<DfeRule> uasc() {
		List<String> fields = List.of(UASC + ".DUC", HEADER + ".UASC");
		DfeRule noLonger = compare("205A",
				"Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does "
						+ "not support this.",
				fields, (child, last, context, findings) -> {
					if (child.rows(UASC).isEmpty() || Ssda903Rules.uasc(child) || !Ssda903Rules.uasc(last)) {
						return;
					}
					LocalDate then = ceased(last);
					LocalDate lastStart = context.periodStart().minusYears(1);
					if (then == null || then.isBefore(lastStart) || !then.isBefore(context.periodStart())) {
						findings.at(child.rows(UASC).get(0), "DUC", "UASC last year, not this year, but the status "
								+ "ceased " + ((then == null) ? "on no day given" : then) + ", not in last year");
					}
				});
		DfeRule still = compare("205B",
				"Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not "
						+ "support this.",
				fields, (child, last, context, findings) -> {
					LocalDate now = ceased(child);
					LocalDate then = ceased(last);
					if (!Ssda903Rules.uasc(child) || !Ssda903Rules.uasc(last) || now == null || then == null) {
						return;
					}
					if (!now.equals(then) && !context.inPeriod(now)) {
						findings.at(child.rows(UASC).get(0), "DUC",
								"ceased " + now + " this year and " + then + " last year, and not within this year");
					}
				});
		DfeRule never = compare("205C",
				"Child not identified as UASC either this year or last year but date UASC ceased has been provided.",
				fields, (child, last, context, findings) -> {
					if (Ssda903Rules.uasc(child) || Ssda903Rules.uasc(last)) {
						return;
					}
					for (Row row : child.rows(UASC)) {
						if (row.text("DUC") != null) {
							findings.at(row, "DUC", "DUC " + row.text("DUC") + " for a child UASC in neither year");
						}
					}
				});
		DfeRule newly = compare("205D",
				"Child identified as UASC this year but not identified as UASC status provided for the child last year.",
				fields, (child, last, context, findings) -> {
					if (Ssda903Rules.uasc(child) && !Ssda903Rules.uasc(last)) {
						Row where = child.rows(UASC).isEmpty() ? child.first(HEADER) : child.rows(UASC).get(0);
						if (where != null) {
							findings.at(where, where.table().equals(UASC) ? "DUC" : "UASC",
									"UASC this year, not last year");
						}
					}
				});
		return List.of(noLonger, still, never, newly);
	}

	/**
	 * 624: a mother's first child's date of birth is as last year; 626: a girl who was
	 * not a mother last year has no first child born before this year.
	 */
	private static List<DfeRule> mother() {
		DfeRule sameChild = compare("624",
				"Date of birth of the first child contradicts the date of birth of the first child previously recorded.",
				List.of(HEADER + ".MC_DOB"), (child, last, context, findings) -> {
					Row before = last.first(HEADER);
					if (before == null || before.text("MC_DOB") == null) {
						return;
					}
					for (Row row : child.rows(HEADER)) {
						if (!Objects.equals(row.text("MC_DOB"), before.text("MC_DOB"))) {
							findings.at(row, "MC_DOB", "MC_DOB " + shown(row.text("MC_DOB")) + ", "
									+ before.text("MC_DOB") + " last year");
						}
					}
				});
		DfeRule earlierChild = compare("626",
				"Child was reported as a mother but the date of birth of the first child is before the current year which "
						+ "contradicts with the mother status recorded last year.",
				List.of(HEADER + ".MOTHER", HEADER + ".MC_DOB"), (child, last, context, findings) -> {
					Row before = last.first(HEADER);
					if (before == null || !"0".equals(before.text("MOTHER"))) {
						return;
					}
					for (Row row : child.rows(HEADER)) {
						LocalDate born = row.date("MC_DOB");
						if ("1".equals(row.text("MOTHER")) && born != null && born.isBefore(context.periodStart())) {
							findings.at(row, "MC_DOB", "her child born " + row.text("MC_DOB")
									+ ", before the year, but MOTHER 0 last year");
						}
					}
				});
		return List.of(sameChild, earlierChild);
	}

	private static boolean ceasedDecision(Row decision) {
		return decision.text("DATE_PLACED_CEASED") != null || decision.text("REASON_PLACED_CEASED") != null;
	}

	/**
	 * 559, 560, 561, 584: decisions that the child should be placed for adoption, against
	 * last year's.
	 */
	private static List<DfeRule> decisions() {
		List<String> fields = List.of(PLACED + ".DATE_PLACED", PLACED + ".DATE_PLACED_CEASED");
		DfeRule earlier = compare("559",
				"Date of decision that a child should be placed for adoption was not in the current year but the date of "
						+ "the decision that the child should be placed for adoption was not completed in a previous "
						+ "return.",
				fields, (child, last, context, findings) -> {
					boolean recorded = Ssda903Rules.any(last.rows(PLACED), (row) -> row.text("DATE_PLACED") != null);
					for (Row row : child.rows(PLACED)) {
						LocalDate decided = row.date("DATE_PLACED");
						if (decided != null && decided.isBefore(context.periodStart()) && !recorded) {
							findings.at(row, "DATE_PLACED", "decided " + row.text("DATE_PLACED")
									+ ", before the year, but not in last year's " + "return");
						}
					}
				});
		DfeRule changed = compare("560",
				"Date of decision that the child should be placed for adoption this year is different from that recorded "
						+ "last year but the decision to place the child for adoption did not change.",
				fields, (child, last, context, findings) -> {
					for (Row then : last.rows(PLACED)) {
						LocalDate decided = then.date("DATE_PLACED");
						if (decided == null || ceasedDecision(then) || child.rows(PLACED).isEmpty()) {
							continue;
						}
						boolean kept = child.rows(PLACED)
							.stream()
							.anyMatch((row) -> decided.equals(row.date("DATE_PLACED")));
						if (!kept) {
							Row first = child.rows(PLACED).get(0);
							findings.at(first, "DATE_PLACED", "DATE_PLACED " + shown(first.text("DATE_PLACED"))
									+ ", but last year's open decision was of " + then.text("DATE_PLACED"));
						}
					}
				});
		DfeRule reopened = compare("561",
				"Date of the decision that the child should be placed for adoption this year is the same as that recorded "
						+ "last year but records show that the decision changed, and the child should no longer be "
						+ "placed for adoption last year.",
				fields, (child, last, context, findings) -> {
					for (Row row : child.rows(PLACED)) {
						LocalDate decided = row.date("DATE_PLACED");
						boolean ceasedBefore = decided != null && last.rows(PLACED)
							.stream()
							.anyMatch((then) -> decided.equals(then.date("DATE_PLACED")) && ceasedDecision(then));
						if (ceasedBefore) {
							findings.at(row, "DATE_PLACED",
									"the decision of " + row.text("DATE_PLACED") + " was recorded as ceased last year");
						}
					}
				});
		DfeRule notLater = compare("584",
				"Date of decision that the child should be placed for adoption this year is different from that recorded "
						+ "last year, but the decision to placed the child for adoption changed and the child should no "
						+ "longer be placed for adoption.",
				fields, (child, last, context, findings) -> {
					for (Row then : last.rows(PLACED)) {
						LocalDate lastDecided = then.date("DATE_PLACED");
						if (!ceasedDecision(then) || lastDecided == null) {
							continue;
						}
						for (Row row : child.rows(PLACED)) {
							LocalDate decided = row.date("DATE_PLACED");
							if (decided == null || !decided.isAfter(lastDecided)) {
								findings.at(row, "DATE_PLACED", "DATE_PLACED " + shown(row.text("DATE_PLACED"))
										+ ", not after last year's ceased decision of " + then.text("DATE_PLACED"));
							}
						}
					}
				});
		return List.of(earlier, changed, reopened, notLater);
	}

	/** 576: a missing period open at the end of last year is this year's first. */
	private static DfeRule openMissing() {
		return compare("576",
				"There is an open missing/away from placement without authorisation period in last year’s return and "
						+ "there is no corresponding period recorded at the start of this year.",
				List.of("Missing.MIS_START"), (child, last, context, findings) -> {
					Row open = null;
					for (Row then : last.rows("Missing")) {
						if (then.text("MIS_END") == null && then.date("MIS_START") != null) {
							open = then;
						}
					}
					List<Row> now = child.rows("Missing");
					if (open == null || now.isEmpty()) {
						return;
					}
					Row first = null;
					for (Row row : now) {
						LocalDate start = row.date("MIS_START");
						if (first == null || (start != null
								&& (first.date("MIS_START") == null || start.isBefore(first.date("MIS_START"))))) {
							first = row;
						}
					}
					if (!open.date("MIS_START").equals(first.date("MIS_START"))) {
						findings.at(first, "MIS_START", "the first period begins " + shown(first.text("MIS_START"))
								+ "; last year's open one began " + open.text("MIS_START"));
					}
				});
	}

}
