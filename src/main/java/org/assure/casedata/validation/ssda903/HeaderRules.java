package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;

import static org.assure.casedata.validation.ssda903.Ssda903Rules.EPISODES;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.Found;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.HEADER;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.eachRow;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.in;

/**
 * The SSDA903 rules on the header: the child's birth against the year, the UPN, and a
 * mother's child's date of birth against the child's sex, birth and care.
 */
final class HeaderRules {

	private HeaderRules() {
	}

	static List<DfeRule> all() {
		return List.of(bornAfterTheYear(), upnBlank(), eachRow("174",
				"Mother's child date of birth is recorded but sex shows that the child is a male.", HEADER,
				List.of("MC_DOB", "SEX"),
				(row) -> (row.text("MC_DOB") != null && in(Set.of("1", "M"), row.text("SEX")))
						? new Found("MC_DOB", "MC_DOB " + row.text("MC_DOB") + " with SEX " + row.text("SEX")) : null),
				eachRow("611", "Date of birth field is blank, but child is a mother.", HEADER,
						List.of("MOTHER", "MC_DOB"),
						(row) -> ("1".equals(row.text("MOTHER")) && row.text("MC_DOB") == null)
								? new Found("MC_DOB", "MOTHER 1 with MC_DOB blank") : null),
				eachRow("621",
						"Mother’s field has been completed but date of birth shows that the mother is younger than her "
								+ "child.",
						HEADER, List.of("MC_DOB", "DOB"), (row) -> {
							LocalDate born = row.date("DOB");
							LocalDate childBorn = row.date("MC_DOB");
							return (born != null && childBorn != null && childBorn.isBefore(born)) ? new Found("MC_DOB",
									"her child born " + row.text("MC_DOB") + ", she " + row.text("DOB")) : null;
						}),
				mothersChildAfterCare(), motherStatus(), overTwentyOne(),
				eachRow("105",
						"Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has "
								+ "not been completed.",
						HEADER, List.of("UASC"),
						(row) -> (row.text("UASC") != null && !in(Set.of("0", "1"), row.text("UASC")))
								? new Found("UASC", "'" + row.text("UASC") + "' is not 0 or 1") : null),
				uascCeasedWithoutStatus(), uascCeasedAfterEighteen(), motherOnLeaving(),
				eachRow("612",
						"Date of birth field has been completed but mother field indicates child is not a mother.",
						HEADER, List.of("SEX", "MOTHER", "MC_DOB"),
						(row) -> (female(row.text("SEX")) && !"1".equals(row.text("MOTHER"))
								&& row.text("MC_DOB") != null)
										? new Found("MC_DOB",
												"MC_DOB " + row.text("MC_DOB") + " with MOTHER "
														+ ((row.text("MOTHER") == null) ? "blank" : row.text("MOTHER")))
										: null),
				youngMother(), schoolAgeUn1());
	}

	/**
	 * 607: a girl who ceased to be looked after in the year (an episode other than a
	 * short break ended, not X1) has the mother item.
	 */
	private static DfeRule motherOnLeaving() {
		RuleSpec spec = RuleSpec.of("607",
				"Child ceased to be looked after in the year, but mother field has not been completed.",
				EPISODES + ".DEC", EPISODES + ".REC", HEADER + ".MOTHER", EPISODES + ".LS", HEADER + ".SEX");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row ceased = null;
			for (Row episode : child.rows(EPISODES)) {
				String reason = episode.text("REC");
				if (reason != null && !"X1".equals(reason) && context.inPeriod(episode.date("DEC"))
						&& !in(Ssda903Rules.SHORT_BREAKS, episode.text("LS"))) {
					ceased = episode;
				}
			}
			if (ceased == null) {
				return;
			}
			for (Row row : child.rows(HEADER)) {
				if (female(row.text("SEX")) && row.text("MOTHER") == null) {
					findings.at(row, "MOTHER", "MOTHER blank for a girl who ceased to be looked after on "
							+ ceased.text("DEC") + " (" + ceased.text("REC") + ")");
				}
			}
		});
	}

	/** 620: a mother was at least 11 when the year began. */
	private static DfeRule youngMother() {
		RuleSpec spec = RuleSpec.of("620",
				"Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.",
				HEADER + ".DOB", HEADER + ".MOTHER");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row row : child.rows(HEADER)) {
				LocalDate born = row.date("DOB");
				if ("1".equals(row.text("MOTHER")) && born != null
						&& CareHistory.birthday(born, 11).isAfter(context.periodStart())) {
					findings.at(row, "MOTHER", "a mother born " + row.text("DOB") + ", under 11 when the year began");
				}
			}
		});
	}

	/**
	 * 209: a child of school age (4 by 31 August of the year before the collection year
	 * began) has not the unknown-UPN code UN1 (not of school age).
	 */
	private static DfeRule schoolAgeUn1() {
		RuleSpec spec = RuleSpec.of("209",
				"Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of "
						+ "UN1.",
				HEADER + ".UPN", HEADER + ".DOB");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row row : child.rows(HEADER)) {
				if (!"UN1".equals(row.text("UPN"))) {
					continue;
				}
				LocalDate lastAugust = LocalDate.of(context.periodStart().getYear() - 1, 8, 31);
				LocalDate born = row.date("DOB");
				if (born != null && !CareHistory.birthday(born, 4).isAfter(lastAugust)) {
					findings.at(row, "UPN", "UN1 for a child born " + row.text("DOB") + ", 4 by " + lastAugust);
				}
			}
		});
	}

	/**
	 * 231 (from 2024-25): an unaccompanied asylum-seeking child (UASC_STATUS 1) is at
	 * least 11 at the end of the year.
	 */
	static DfeRule youngUasc() {
		RuleSpec spec = RuleSpec.of("231",
				"We expect that unaccompanied asylum seeking children are generally older young people. Please check the "
						+ "date of birth is correct. If the date of birth is correct then please provide details in a "
						+ "bypass request.",
				HEADER + ".DOB", HEADER + ".UASC_STATUS");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row row : child.rows(HEADER)) {
				LocalDate born = row.date("DOB");
				if ("1".equals(row.text("UASC_STATUS")) && born != null
						&& born.isAfter(context.referenceDate().minusYears(11))) {
					findings.at(row, "DOB", "UASC_STATUS 1 for a child born " + row.text("DOB") + ", under 11 at "
							+ context.referenceDate());
				}
			}
		});
	}

	/** 232 (from 2024-25): the child's sex reported as unknown (U). */
	static DfeRule unknownSex() {
		return eachRow("232", "Sex of the child/young person has been reported as unknown.", HEADER, List.of("SEX"),
				(row) -> "U".equals(upper(row.text("SEX"))) ? new Found("SEX", "SEX " + row.text("SEX")) : null);
	}

	/** Whether a sex code of either era is female (2 until 2023-24, F from 2024-25). */
	static boolean female(@org.jspecify.annotations.Nullable String sex) {
		return "2".equals(sex) || "F".equals(sex);
	}

	/** Whether a sex code of either era is male (1, M). */
	static boolean male(@org.jspecify.annotations.Nullable String sex) {
		return "1".equals(sex) || "M".equals(sex);
	}

	/**
	 * Whether a child has an episode other than a short break (V3, V4) open in the year.
	 */
	static boolean lookedAfterInYear(org.assure.casedata.validation.ReturnChild child,
			org.assure.casedata.validation.ReturnContext context) {
		for (Row episode : CareHistory.episodes(child)) {
			LocalDate ceased = episode.date("DEC");
			if (!in(Ssda903Rules.SHORT_BREAKS, episode.text("LS"))
					&& !episode.date("DECOM").isAfter(context.referenceDate())
					&& (ceased == null || !ceased.isBefore(context.periodStart()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 165: MOTHER, where given, is 0 or 1 and only for a girl; a girl looked after in the
	 * year (other than on short breaks) has it; a care leaver not looked after in the
	 * year does not.
	 */
	private static DfeRule motherStatus() {
		RuleSpec spec = RuleSpec.of("165", "Data entry for mother status is invalid.", HEADER + ".MOTHER",
				HEADER + ".SEX", "OC3.IN_TOUCH", "OC3.ACTIV", "OC3.ACCOM", EPISODES + ".DECOM");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row row : child.rows(HEADER)) {
				String mother = row.text("MOTHER");
				String sex = row.text("SEX");
				if (mother != null && !in(Set.of("0", "1"), mother)) {
					findings.at(row, "MOTHER", "'" + mother + "' is not 0 or 1");
				}
				else if (mother != null && male(sex)) {
					findings.at(row, "MOTHER", "MOTHER " + mother + " for a boy (SEX " + sex + ")");
				}
				else if (female(sex)) {
					boolean inYear = lookedAfterInYear(child, context);
					if (mother == null && inYear) {
						findings.at(row, "MOTHER", "MOTHER blank for a girl looked after in the year");
					}
					else if (mother != null && !inYear && Ssda903Rules.careLeaver(child)) {
						findings.at(row, "MOTHER",
								"MOTHER " + mother + " for a care leaver not looked after in the year");
					}
				}
			}
		});
	}

	/**
	 * 393 (from 2024-25): a girl with an episode other than a short break (V3, V4) has
	 * the mother item.
	 */
	static DfeRule motherBlank() {
		RuleSpec spec = RuleSpec.of("393", "Child is looked after but mother field is not completed.",
				HEADER + ".MOTHER", HEADER + ".SEX", EPISODES + ".LS");
		return DfeRule.of(spec, (child, context, findings) -> {
			// A girl without the item first, the few; then whether she was looked after.
			Boolean lookedAfter = null;
			for (Row row : child.rows(HEADER)) {
				if (!female(row.text("SEX")) || row.text("MOTHER") != null) {
					continue;
				}
				if (lookedAfter == null) {
					lookedAfter = child.rows(EPISODES)
						.stream()
						.anyMatch((episode) -> !in(Ssda903Rules.SHORT_BREAKS, upper(episode.text("LS"))));
				}
				if (lookedAfter) {
					findings.at(row, "MOTHER", "MOTHER blank for a looked after girl");
				}
			}
		});
	}

	private static @org.jspecify.annotations.Nullable String upper(@org.jspecify.annotations.Nullable String value) {
		return (value != null) ? value.toUpperCase(java.util.Locale.ROOT) : null;
	}

	/** 351: the child was not over 21 when the year began. */
	private static DfeRule overTwentyOne() {
		RuleSpec spec = RuleSpec.of("351", "Child was over 21 at the start of the current collection year.",
				HEADER + ".DOB");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row row : child.rows(HEADER)) {
				LocalDate born = row.date("DOB");
				if (born != null && CareHistory.birthday(born, 21).isBefore(context.periodStart())) {
					findings.at(row, "DOB", "born " + row.text("DOB") + ", over 21 when the year began");
				}
			}
		});
	}

	/**
	 * 303: a UASC status that ceased goes with UASC 1 in the header (the item the XML
	 * form of the return carries).
	 */
	private static DfeRule uascCeasedWithoutStatus() {
		RuleSpec spec = RuleSpec.of("303",
				"If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded "
						+ "1.",
				Ssda903Rules.UASC + ".DUC", HEADER + ".UASC");
		return DfeRule.of(spec, Ssda903Rules.UASC, (child, context, findings) -> {
			Row header = child.first(HEADER);
			String status = (header != null) ? header.text("UASC") : null;
			if (status == null || "1".equals(status)) {
				return;
			}
			for (Row row : child.rows(Ssda903Rules.UASC)) {
				if (row.text("DUC") != null) {
					findings.at(row, "DUC", "UASC status ceased " + row.text("DUC") + ", header UASC " + status);
				}
			}
		});
	}

	/** 304: a UASC status ceased on or before the 18th birthday. */
	private static DfeRule uascCeasedAfterEighteen() {
		RuleSpec spec = RuleSpec.of("304",
				"Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of "
						+ "a child.",
				Ssda903Rules.UASC + ".DUC", Ssda903Rules.UASC + ".DOB");
		return DfeRule.of(spec, Ssda903Rules.UASC, (child, context, findings) -> {
			for (Row row : child.rows(Ssda903Rules.UASC)) {
				LocalDate ceased = row.date("DUC");
				LocalDate born = CareHistory.born(child, row);
				if (ceased != null && born != null && ceased.isAfter(CareHistory.birthday(born, 18))) {
					findings.at(row, "DUC", "ceased " + row.text("DUC") + ", after the 18th birthday ("
							+ CareHistory.birthday(born, 18) + ")");
				}
			}
		});
	}

	/** 301: the child was born by the end of the year. */
	private static DfeRule bornAfterTheYear() {
		RuleSpec spec = RuleSpec.of("301", "Date of birth falls after the year ended.", HEADER + ".DOB");
		return DfeRule.of(spec, (child, context, findings) -> {
			for (Row row : child.rows(HEADER)) {
				LocalDate born = row.date("DOB");
				if (born != null && born.isAfter(context.referenceDate())) {
					findings.at(row, "DOB", "born " + row.text("DOB") + ", after the year ended");
				}
			}
		});
	}

	/** 442: a child with an episode has a UPN, or a code saying why it is not known. */
	private static DfeRule upnBlank() {
		RuleSpec spec = RuleSpec.of("442", "Unique Pupil Number (UPN) field is not completed.", HEADER + ".UPN",
				EPISODES + ".DECOM");
		return DfeRule.of(spec, (child, context, findings) -> {
			if (child.rows(EPISODES).isEmpty()) {
				return;
			}
			for (Row row : child.rows(HEADER)) {
				if (row.text("UPN") == null) {
					findings.at(row, "UPN", "UPN blank for a child with an episode (UN1 to UN5 say why it is unknown)");
				}
			}
		});
	}

	/**
	 * 625: a mother's first child was born by the end of the year and, where the mother's
	 * care ended (the latest episode ceased and did not continue), by that day.
	 */
	private static DfeRule mothersChildAfterCare() {
		RuleSpec spec = RuleSpec.of("625",
				"Date of birth of the first child is beyond the end of this reporting year or the date the child "
						+ "ceased to be looked after.",
				HEADER + ".MC_DOB", EPISODES + ".DEC");
		return DfeRule.of(spec, (child, context, findings) -> {
			Row latest = CareHistory.latest(child);
			LocalDate ceased = (latest != null && !"X1".equals(latest.text("REC"))) ? latest.date("DEC") : null;
			for (Row row : child.rows(HEADER)) {
				LocalDate childBorn = row.date("MC_DOB");
				if (childBorn == null) {
					continue;
				}
				if (childBorn.isAfter(context.referenceDate())) {
					findings.at(row, "MC_DOB", "her child born " + row.text("MC_DOB") + ", after the year ended");
				}
				else if (ceased != null && childBorn.isAfter(ceased)) {
					findings.at(row, "MC_DOB",
							"her child born " + row.text("MC_DOB") + ", after her care ceased " + latest.text("DEC"));
				}
			}
		});
	}

}
