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
				mothersChildAfterCare());
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
