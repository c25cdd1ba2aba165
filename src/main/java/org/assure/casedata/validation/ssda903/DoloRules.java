package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.ReturnChild;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;
import org.jspecify.annotations.Nullable;

import static org.assure.casedata.validation.ssda903.Ssda903Rules.EPISODES;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.HEADER;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.in;

/**
 * The rules on deprivation of liberty orders (DoLOs), first collected in 2026-27 in a
 * table of their own ({@code DoLo}: CHILD, DOB, DOLO_START, DOLO_END): each order's dates
 * are real days within the year (700 to 704), one order does not start while the one
 * before is open (705), an order open at the end of last year is carried into this year
 * (706), and an order of a child no longer looked after has ended (707); it starts after
 * the child's birth (708), and the child is in a placement fit for it while it lasts
 * (709, 710).
 */
final class DoloRules {

	static final String DOLO = "DoLo";

	/** The orders, begun DOLO_START and ended DOLO_END. */
	private static final Periods ORDERS = new Periods(DOLO, "DOLO_START", "DOLO_END");

	/** The placements the DfE expects of a child under a DoLO (709). */
	private static final Set<String> EXPECTED = Set.of("K2", "Z12", "Z13");

	/**
	 * Secure children's homes, placed with parents, young offender institutions and
	 * supported accommodation: not for a child under a DoLO (710).
	 */
	private static final Set<String> BARRED = Set.of("K1", "P1", "R5", "K3");

	private DoloRules() {
	}

	/**
	 * The rules of 2026-27.
	 * @return the rules
	 */
	static List<DfeRule> added2027() {
		List<DfeRule> rules = new ArrayList<>();
		rules.add(Ssda903Rules.validDate("700", "The start date of the DoLO is not a valid date.", DOLO, "DOLO_START",
				true));
		rules.add(Ssda903Rules.validDate("701", "The end date of the DoLO is not a valid date.", DOLO, "DOLO_END",
				false));
		rules.add(ORDERS.endBeforeStart("702", "The date that the DoLO ended is before the date that it started."));
		rules.add(ORDERS.startAfterYear("703",
				"The date that the DoLO started is after the end of the collection year."));
		rules.add(ORDERS.endOutsideYear("704",
				"The date that the DoLO ended is before the start or after the end of the collection year."));
		rules.add(ORDERS.overlapping("705", "A DoLO cannot start when the previous DoLO is still open."));
		rules.add(carriedFromLastYear());
		RuleSpec ceasedSpec = RuleSpec.of("707",
				"Child ceased to be looked after but there is a DoLO without an end date.", DOLO + ".DOLO_END",
				EPISODES + ".DEC");
		rules.add(DfeRule.of(ceasedSpec, DOLO, (child, context, findings) -> {
			Row latest = CareHistory.latest(child);
			if (latest == null || latest.date("DEC") == null) {
				return;
			}
			for (Row row : child.rows(DOLO)) {
				if (row.date("DOLO_START") != null && row.text("DOLO_END") == null) {
					findings.at(row, "DOLO_END", "no end, but the child's care ended " + latest.text("DEC"));
				}
			}
		}));
		rules.add(ORDERS.beforeBirth("708", "Dates of DoLOs are before child’s date of birth."));
		rules.add(placement("709", "Child with a DoLO is in an unexpected placement type.", false));
		rules.add(placement("710",
				"Child with a DoLO can not be placed in secure children's homes, with parents, young offender "
						+ "institutions, or supported accommodation.",
				true));
		return rules;
	}

	/**
	 * 709, 710: an episode that overlaps a DoLO (one with both dates; an open episode
	 * lasts to the end of the year) is in a placement expected for it (K2, Z12, Z13) and
	 * not in one barred (K1, P1, R5, K3).
	 */
	private static DfeRule placement(String code, String message, boolean barred) {
		RuleSpec spec = RuleSpec.of(code, message, DOLO + ".DOLO_START", EPISODES + ".PLACE");
		return DfeRule.of(spec, DOLO, (child, context, findings) -> {
			for (Row order : child.rows(DOLO)) {
				LocalDate start = order.date("DOLO_START");
				LocalDate end = order.date("DOLO_END");
				if (start == null || end == null) {
					continue;
				}
				for (Row episode : CareHistory.episodes(child)) {
					LocalDate began = episode.date("DECOM");
					LocalDate ceased = episode.date("DEC");
					String place = episode.text("PLACE");
					boolean overlaps = began != null && !end.isBefore(began)
							&& (ceased == null || !start.isAfter(ceased));
					boolean wrong = barred ? in(BARRED, place) : !in(EXPECTED, place);
					if (overlaps && wrong) {
						findings.at(order, "DOLO_START",
								"the DoLO of " + order.text("DOLO_START") + " to " + order.text("DOLO_END")
										+ " overlaps placement " + ((place != null) ? place : "(blank)") + " begun "
										+ episode.text("DECOM"));
						break;
					}
				}
			}
		});
	}

	/**
	 * 706: a DoLO open at the end of last year is this year's too: a DoLO this year
	 * begins the day it began. Run only with last year's return.
	 */
	private static DfeRule carriedFromLastYear() {
		RuleSpec spec = RuleSpec.of("706",
				"There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of "
						+ "this year..",
				DOLO + ".DOLO_START");
		return DfeRule.of(spec, (child, context, findings) -> {
			ReturnChild last = context.lastYears(child);
			if (last == null) {
				return;
			}
			for (Row open : last.rows(DOLO)) {
				String began = open.text("DOLO_START");
				if (began == null || open.text("DOLO_END") != null) {
					continue;
				}
				boolean carried = child.rows(DOLO).stream().anyMatch((row) -> began.equals(row.text("DOLO_START")));
				if (!carried) {
					Row at = first(child);
					if (at != null) {
						findings.at(at, at.table().equals(DOLO) ? "DOLO_START" : "CHILD", "last year's DoLO begun "
								+ began + " was open at 31 March; no DoLO this year begins then");
					}
				}
			}
		});
	}

	/**
	 * Where to report a child: its first DoLO, else its first episode, else its header.
	 */
	private static @Nullable Row first(ReturnChild child) {
		Row dolo = child.first(DOLO);
		if (dolo != null) {
			return dolo;
		}
		Row episode = child.first(EPISODES);
		return (episode != null) ? episode : child.first(HEADER);
	}

}
