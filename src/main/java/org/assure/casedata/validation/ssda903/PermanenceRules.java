package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;
import org.jspecify.annotations.Nullable;

import static org.assure.casedata.validation.ssda903.Ssda903Rules.EPISODES;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.Found;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.eachRow;

/**
 * The SSDA903 rules on previous permanence (PrevPerm): an option recorded for each child
 * who started to be looked after in the year, with the order's date and authority when
 * there was one; the date, which may leave its day, month or year unknown (ZZ), before
 * care began; and the authority one of England's or a country of the UK.
 */
final class PermanenceRules {

	static final String PREV_PERM = "PrevPerm";

	/** England's local authority codes and the other countries of the UK (and 999). */
	private static final Set<String> AUTHORITIES = Set.of(("800,889,822,301,304,303,330,825,837,302,846,370,350,890,"
			+ "867,380,305,801,351,873,823,895,896,381,909,202,908,331,306,841,830,831,878,371,835,332,840,307,308,811,"
			+ "881,845,390,916,203,876,850,311,204,884,312,205,313,805,919,310,309,420,921,206,207,886,810,382,314,340,"
			+ "888,208,856,383,855,209,925,341,201,821,352,806,887,826,315,929,812,391,926,892,813,802,928,891,392,316,"
			+ "815,353,931,879,836,851,874,807,354,317,870,318,372,857,333,935,343,803,373,342,893,356,355,871,394,334,"
			+ "933,882,936,861,852,319,860,808,393,866,210,357,894,883,880,358,211,937,869,320,359,865,384,335,336,212,"
			+ "868,872,885,344,877,213,938,816,999,WAL,SCO,NUK,NIR")
		.split(","));

	/** A date written dd/mm/yyyy, any part of which may be Zs when not known. */
	private static final Pattern PARTIAL_DATE = Pattern.compile("(\\d{2}|ZZ)/(\\d{2}|ZZ)/(\\d{4}|ZZZZ)");

	/** Care begun from this day asks for a previous permanence option (rule 634). */
	private static final LocalDate FIRST_ASKED = LocalDate.of(2016, 4, 1);

	private PermanenceRules() {
	}

	static List<DfeRule> all() {
		return List.of(optionForNewCare(), dateOfOrder(), eachRow("633",
				"Local authority code where previous permanence option was arranged is not a valid value.", PREV_PERM,
				List.of("LA_PERM"),
				(row) -> (row.text("LA_PERM") != null && !AUTHORITIES.contains(row.text("LA_PERM")))
						? new Found("LA_PERM", "'" + row.text("LA_PERM") + "' is not a local authority code") : null),
				optionWithoutNewCare());
	}

	/**
	 * 630: a child who started to be looked after in the year (RNE S) has a previous
	 * permanence option, and, unless it is none (Z1), the order's authority and date.
	 */
	private static DfeRule optionForNewCare() {
		RuleSpec spec = RuleSpec.of("630", "Information on previous permanence option should be returned.",
				EPISODES + ".RNE", PREV_PERM + ".PREV_PERM", PREV_PERM + ".LA_PERM", PREV_PERM + ".DATE_PERM");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			if (!context.holds(PREV_PERM)) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				LocalDate began = episode.date("DECOM");
				if (!"S".equals(episode.text("RNE")) || began == null || began.isBefore(context.periodStart())) {
					continue;
				}
				List<Row> options = child.rows(PREV_PERM);
				String why = null;
				if (options.isEmpty()) {
					why = "no previous permanence row";
				}
				else {
					for (Row option : options) {
						String value = option.text("PREV_PERM");
						if (value == null) {
							why = "PREV_PERM blank";
						}
						else if (!"Z1".equals(value)
								&& (option.text("LA_PERM") == null || option.text("DATE_PERM") == null)) {
							why = "PREV_PERM " + value + " without the order's authority and date";
						}
					}
				}
				if (why != null) {
					findings.at(episode, "RNE", "started to be looked after " + episode.text("DECOM") + ", " + why);
				}
			}
		});
	}

	/**
	 * The earliest day a date with unknown parts (ZZ) may be, or null when it is not one.
	 */
	static @Nullable LocalDate earliest(String text) {
		Matcher matcher = PARTIAL_DATE.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		if (matcher.group(3).startsWith("Z")) {
			return LocalDate.MIN;
		}
		int year = Integer.parseInt(matcher.group(3));
		int month = matcher.group(2).startsWith("Z") ? 1 : Integer.parseInt(matcher.group(2));
		int day = matcher.group(1).startsWith("Z") ? 1 : Integer.parseInt(matcher.group(1));
		try {
			LocalDate date = LocalDate.of(year, month, 1);
			return date.withDayOfMonth(day);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	/**
	 * 632: the date of the previous permanence order, where given, is a date (any part
	 * may be ZZ when not known) before the child's first episode began.
	 */
	private static DfeRule dateOfOrder() {
		RuleSpec spec = RuleSpec.of("632",
				"Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where "
						+ "the period of care started before the current collection year",
				PREV_PERM + ".DATE_PERM", EPISODES + ".DECOM");
		return DfeRule.of(spec, PREV_PERM, (child, context, findings) -> {
			Row first = CareHistory.episodes(child).isEmpty() ? null : CareHistory.episodes(child).get(0);
			for (Row option : child.rows(PREV_PERM)) {
				String text = option.text("DATE_PERM");
				if (text == null) {
					continue;
				}
				LocalDate order = earliest(text);
				if (order == null) {
					findings.at(option, "DATE_PERM",
							"'" + text + "' is not a date written dd/mm/yyyy (ZZ where unknown)");
				}
				else if (first != null && !order.isBefore(first.date("DECOM"))) {
					findings.at(option, "DATE_PERM",
							"the order of " + text + " is not before care began " + first.text("DECOM"));
				}
			}
		});
	}

	/**
	 * 634: a previous permanence option is given only for a child with an episode begun
	 * from 1 April 2016.
	 */
	private static DfeRule optionWithoutNewCare() {
		RuleSpec spec = RuleSpec.of("634",
				"There are entries for previous permanence options, but child has not started to be looked after from 1 "
						+ "April 2016 onwards.",
				PREV_PERM + ".LA_PERM", PREV_PERM + ".PREV_PERM", PREV_PERM + ".DATE_PERM", EPISODES + ".DECOM");
		return DfeRule.of(spec, PREV_PERM, (child, context, findings) -> {
			Row latest = CareHistory.latest(child);
			if (latest == null || !latest.date("DECOM").isBefore(FIRST_ASKED)) {
				return;
			}
			for (Row option : child.rows(PREV_PERM)) {
				if (option.text("PREV_PERM") != null || option.text("LA_PERM") != null
						|| option.text("DATE_PERM") != null) {
					findings.at(option, "PREV_PERM", "a previous permanence option, but the child's latest episode "
							+ "began " + latest.text("DECOM") + ", before 1 April 2016");
				}
			}
		});
	}

}
