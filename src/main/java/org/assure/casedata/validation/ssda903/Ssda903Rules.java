package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.PreviousReturn;
import org.assure.casedata.validation.ReturnChild;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleBook;
import org.assure.casedata.validation.RuleSpec;

/**
 * The DfE's SSDA903 (children looked after) validation rules, from the 2022-23
 * collection: the first year's rules, then each year's changes (the social worker tables
 * from 2023-24; sex codes, supported accommodation and a few more from 2024-25). Assure
 * holds all but those that need data it does not have ({@link #HELD}): the placement's
 * authority and distance worked out from postcodes, and Ofsted's register of providers;
 * docs/validation.md lists them. The rules live by subject: {@link EpisodeRules},
 * {@link CareRules}, {@link MissingRules}, {@link AdoptionRules}, {@link OutcomeRules},
 * {@link HeaderRules}, {@link PermanenceRules}, {@link SocialWorkerRules} and
 * {@link LastYearRules}.
 */
public final class Ssda903Rules {

	/** The source code of the SSDA903 return. */
	public static final String SOURCE = "ssda903";

	static final String HEADER = "Header";

	static final String EPISODES = "Episodes";

	static final String REVIEWS = "Reviews";

	static final String UASC = "UASC";

	static final String OC3 = "OC3";

	static final String AD1 = "AD1";

	/** The OC2 items of a child looked after for 12 months, answered 0 or 1. */
	static final List<String> OC2_ITEMS = List.of("CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
			"HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED");

	/** A care leaver's items (OC3): in touch, activity, accommodation. */
	static final List<String> OC3_ITEMS = List.of("IN_TOUCH", "ACTIV", "ACCOM");

	static final String PLACED = "PlacedAdoption";

	/** The other placements that from 2025-26 replace Z1 ('other placement'). */
	static final Set<String> OTHER_PLACEMENTS = Set.of("Z11", "Z12", "Z13", "Z14");

	/** The placement types of 2025-26: H5, P2 and Z1 gone, Z11 to Z14 new. */
	static final Set<String> PLACEMENTS_2026 = Set.of("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2",
			"R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13",
			"Z14");

	/** The legal statuses of short breaks (respite care). */
	static final Set<String> SHORT_BREAKS = Set.of("V3", "V4");

	private static final RuleBook BOOK = RuleBook.builder(SOURCE)
		.year(2023,
				(year) -> year.add(first())
					.add(EpisodeRules.independence(2023))
					.add(LastYearRules.all(2023))
					.add(PlacementRules.all()))
		.year(2024,
				(year) -> year.add(EpisodeRules.independence(2024))
					.add(SocialWorkerRules.first())
					.add(PlacementRules.added2024()))
		.year(2025,
				(year) -> year
					.add(List.of(sex(Set.of("M", "F", "U")), HeaderRules.motherBlank(), HeaderRules.youngUasc(),
							HeaderRules.unknownSex()))
					.add(EpisodeRules.independence(2025))
					.add(SocialWorkerRules.added2025())
					.add(LastYearRules.all(2025).stream().filter((rule) -> rule.spec().code().equals("503D")).toList()))
		.year(2026,
				(year) -> year.add(changed2026())
					.add(PlacementRules.changed2026())
					.add(CareRules.changed2026())
					.add(AdoptionRules.changed2026())
					.add(SocialWorkerRules.changed2026())
					.add(LastYearRules.changed2026()))
		.year(2027, (year) -> year.add(DoloRules.added2027()))
		.build();

	/**
	 * The rules of this class that the 2025-26 collection adds or changes: the placement
	 * codes (146) and the placements with no provider (178, 213) follow the split of Z1
	 * into Z11 to Z14; a UPN is given to one child only (444).
	 */
	private static List<DfeRule> changed2026() {
		Set<String> noProvider = new java.util.HashSet<>(Set.of("T0", "T1", "T2", "T3"));
		noProvider.addAll(OTHER_PLACEMENTS);
		Set<String> temporaryOrOther = new java.util.HashSet<>(noProvider);
		temporaryOrOther.add("T4");
		return List.of(
				code("146", "Placement type code is not a valid code.", EPISODES, "PLACE", PLACEMENTS_2026, false),
				placementProvider(Set.copyOf(noProvider)), providerForTemporaryPlacement(Set.copyOf(temporaryOrOther)),
				new DuplicateUpn());
	}

	/**
	 * 444: a UPN, other than the codes for one not known (UN1 to UN5), is given for one
	 * child only in the return; every child giving a UPN another gives is reported, once
	 * every child has been seen. Runs over parts of a return on several threads are
	 * joined in order before it reports, so the report is the same.
	 */
	static final class DuplicateUpn implements DfeRule {

		private static final RuleSpec SPEC = RuleSpec.of("444", "Duplicate UPN has been reported", HEADER + ".UPN");

		/** Where each UPN is given, in the order met. */
		private final java.util.Map<String, List<Given>> given = new java.util.LinkedHashMap<>();

		/** A child giving a UPN, and its Header row. */
		private record Given(@org.jspecify.annotations.Nullable String child, Row row) {
		}

		@Override
		public RuleSpec spec() {
			return SPEC;
		}

		@Override
		public DfeRule forRun() {
			return new DuplicateUpn();
		}

		@Override
		public boolean absorbs() {
			return true;
		}

		@Override
		public void absorb(DfeRule later) {
			((DuplicateUpn) later).given
				.forEach((upn, where) -> this.given.computeIfAbsent(upn, (key) -> new ArrayList<>(1)).addAll(where));
		}

		@Override
		public void check(ReturnChild child, ReturnContext context,
				org.assure.casedata.validation.Findings.Reporter findings) {
			for (Row header : child.rows(HEADER)) {
				String upn = header.text("UPN");
				if (upn != null && !in(UNKNOWN_UPN, upn.toUpperCase(java.util.Locale.ROOT))) {
					this.given.computeIfAbsent(upn, (key) -> new ArrayList<>(1)).add(new Given(child.id(), header));
				}
			}
		}

		@Override
		public void finish(ReturnContext context, org.assure.casedata.validation.Findings.Reporter findings) {
			this.given.forEach((upn, where) -> {
				if (where.size() < 2) {
					return;
				}
				for (Given each : where) {
					List<String> others = new ArrayList<>();
					for (Given other : where) {
						if (other != each) {
							others.add(String.valueOf(other.row().line()));
						}
					}
					findings.at(each.child(), each.row(), "UPN",
							"UPN " + upn + " is also given at row " + String.join(", ", others));
				}
			});
		}

	}

	/** The codes for a UPN not known. */
	private static final Set<String> UNKNOWN_UPN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

	/** How many of the DfE's SSDA903 rules of 2024-25 Assure holds. */
	public static final int HELD = BOOK.codes(2025).size();

	/** The rules that compare with last year's return, not run without it. */
	public static final List<String> NEED_LAST_YEAR = java.util.stream.Stream
		.concat(java.util.stream.Stream.of("202", "203", "204", "207", "1001", "1002", "1010", "706", "SW16aSTG2",
				"SW16bSTG2", "SW16cSTG2"), LastYearRules.CODES.stream())
		.toList();

	private static final String DFE_LIST = "casedata/dfe-rules/ssda903-%d-%02d.txt";

	private Ssda903Rules() {
	}

	/**
	 * The codes of the DfE's SSDA903 rules of 2024-25, as shipped with Assure (a line a
	 * code; lines starting # are notes).
	 * @return the codes, in the list's order
	 */
	public static List<String> dfeCodes() {
		return DfeCodes.CODES;
	}

	/**
	 * The codes of the DfE's SSDA903 rules of a collection year Assure ships a list for
	 * (2024-25, 2025-26 and 2026-27).
	 * @param collectionYear the year of its 31 March (2026 for 2025-26)
	 * @return the codes, in the list's order; empty for a year without a list
	 */
	public static List<String> dfeCodes(int collectionYear) {
		return switch (collectionYear) {
			case 2025 -> DfeCodes.CODES;
			case 2026 -> DfeCodes.CODES_2026;
			case 2027 -> DfeCodes.CODES_2027;
			default -> List.of();
		};
	}

	/** The lists, read once when first asked for. */
	private static final class DfeCodes {

		static final List<String> CODES = read(2025);

		static final List<String> CODES_2026 = read(2026);

		static final List<String> CODES_2027 = read(2027);

		private static List<String> read(int collectionYear) {
			String list = String.format(DFE_LIST, collectionYear - 1, collectionYear % 100);
			java.io.InputStream in = Ssda903Rules.class.getClassLoader().getResourceAsStream(list);
			if (in == null) {
				throw new IllegalStateException("The list of the DfE's SSDA903 rules is missing: " + list);
			}
			try (java.io.BufferedReader reader = new java.io.BufferedReader(
					new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
				return reader.lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.toList();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

	/**
	 * The SSDA903 rule sets.
	 * @return the rule book
	 */
	public static RuleBook book() {
		return BOOK;
	}

	private static List<DfeRule> first() {
		List<DfeRule> rules = new ArrayList<>(adoption());
		rules.add(upn());
		rules.add(sameAsLastYear("202", "The gender code conflicts with the gender already recorded for this child.",
				"SEX", Ssda903Rules::sexOf));
		rules.add(
				sameAsLastYear("203", "Date of birth disagrees with the date of birth already recorded for this child.",
						"DOB", (dob) -> ddmmyyyy(dob) ? dob : null));
		rules.add(sameAsLastYear("204",
				"Ethnic origin code disagrees with the ethnic origin already recorded for this child.", "ETHNIC",
				(ethnic) -> ethnic.toUpperCase(java.util.Locale.ROOT)));
		rules.add(unknownUpnLateInYear());
		rules.add(providerForTemporaryPlacement(Set.of("T0", "T1", "T2", "T3", "T4")));
		rules.add(locationForShortBreak());
		rules.add(careLeaverWithHealthItems());
		rules.add(motherAsLastYear());
		rules.add(leavingCareAllOrNone());
		rules.add(interventionOffered());
		rules.add(interventionNotReceived());
		rules.add(placementProvider(Set.of("T0", "T1", "T2", "T3", "T4", "Z1")));
		rules.add(sdqScore());
		rules.add(health12MonthsCodes());
		rules.add(health12MonthsComplete());
		rules.add(decisionBeforeBirth());
		rules.add(sdqUnderFour());
		rules.add(misuseWithoutIntervention());
		rules.add(interventionWithoutMisuse());
		rules.add(code("196", "Strengths and Difficulties (SDQ) reason is not a valid code.", "OC2", "SDQ_REASON",
				Set.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"), false));
		rules.add(validDate("166", "Date of review is invalid or blank.", REVIEWS, "REVIEW", true));
		rules.add(code("175", "The number of adopter(s) code is not a valid code.", AD1, "NB_ADOPTR", Set.of("1", "2"),
				false));
		rules.add(code("176", "The gender of adopter(s) at the date of adoption code is not a valid code.", AD1,
				"SEX_ADOPTR", Set.of("M1", "F1", "MM", "FF", "MF"), false));
		rules.add(code("177", "The legal status of adopter(s) code is not a valid code.", AD1, "LS_ADOPTR",
				Set.of("L0", "L11", "L12", "L2", "L3", "L4"), false));
		rules.add(validDate("171", "Date of birth of mother's child is not a valid date.", HEADER, "MC_DOB", false));
		rules.addAll(headerEpisodesAndCareLeavers());
		rules.addAll(MissingRules.all());
		rules.addAll(EpisodeRules.all());
		rules.addAll(HeaderRules.all());
		rules.addAll(AdoptionRules.all());
		rules.addAll(OutcomeRules.all());
		rules.addAll(CareRules.all());
		rules.addAll(PermanenceRules.all());
		return rules;
	}

	/** AD1 and PlacedAdoption: 112 to 117, 119 and 120. */
	private static List<DfeRule> adoption() {
		return List.of(
				validDate("112", "Date should be placed for adoption is not a valid date.", AD1, "DATE_INT", false),
				validDate("113", "Date matching child and adopter(s) is not a valid date.", AD1, "DATE_MATCH", false),
				code("114", "Data entry to record the status of former carer(s) of an adopted child is invalid.", AD1,
						"FOSTER_CARE", Set.of("0", "1"), false),
				validDate("115",
						"Date of Local Authority's (LA) decision that a child should be placed for adoption is not a "
								+ "valid date.",
						PLACED, "DATE_PLACED", false),
				validDate("116",
						"Date of Local Authority's (LA) decision that a child should no longer be placed for adoption "
								+ "is not a valid date.",
						PLACED, "DATE_PLACED_CEASED", false),
				decisionAfterCare(),
				bothOrNeither("119",
						"If the decision is made that a child should no longer be placed for adoption, then the date "
								+ "of this decision and the reason why this decision was made must be completed.",
						PLACED, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
				code("120",
						"The reason for the reversal of the decision that the child should be placed for adoption code "
								+ "is not valid.",
						PLACED, "REASON_PLACED_CEASED", Set.of("RD1", "RD2", "RD3", "RD4"), false));
	}

	private static List<DfeRule> headerEpisodesAndCareLeavers() {
		return List.of(sex(Set.of("1", "2")),
				validDate("102", "Date of birth is not a valid date.", HEADER, "DOB", true),
				code("103", "The ethnicity code is either not valid or has not been entered.", HEADER, "ETHNIC",
						Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
								"ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"),
						true),
				uascCeased(),
				code("131", "Data entry for being in touch after leaving care is invalid.", OC3, "IN_TOUCH",
						Set.of("YES", "NO", "DIED", "REFU", "NREQ", "RHOM"), true),
				code("132", "Data entry for activity after leaving care is invalid.", OC3, "ACTIV",
						Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"), true),
				code("133",
						"Data entry for accommodation after leaving care is invalid. If reporting on a childs "
								+ "accommodation after leaving care the data entry must be valid",
						OC3, "ACCOM",
						Set.of("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1",
								"R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1",
								"Z2", "0"),
						true),
				validDate("141", "Date episode began is not a valid date.", EPISODES, "DECOM", false),
				previousNotEnded(),
				code("143", "The reason for new episode code is not a valid code.", EPISODES, "RNE",
						Set.of("S", "P", "L", "T", "U", "B"), false),
				code("144", "The legal status code is not a valid code.", EPISODES, "LS",
						Set.of("C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3"), false),
				code("145", "Category of need code is not a valid code.", EPISODES, "CIN",
						Set.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"), false),
				code("146", "Placement type code is not a valid code.", EPISODES, "PLACE",
						Set.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5",
								"S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"),
						false),
				validDate("147", "Date episode ceased is not a valid date.", EPISODES, "DEC", false),
				bothOrNeither("148",
						"Date episode ceased and reason episode ceased must both be coded, or both left blank.",
						EPISODES, "DEC", "REC"),
				code("149", "Reason episode ceased code is not valid. ", EPISODES, "REC",
						Set.of("E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5",
								"E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1"),
						false),
				participation());
	}

	/**
	 * 101: the child's sex. The codes were 1 and 2 until 2023-24; from 2024-25 they are
	 * M, F and U.
	 */
	private static DfeRule sex(Set<String> codes) {
		return code("101", "The child or young person’s reported sex is not valid.", HEADER, "SEX", codes, true);
	}

	/**
	 * A field that must hold one of a list of codes. Where {@code required}, a blank is
	 * not one; otherwise a blank is left to the rules that ask for the field.
	 */
	static DfeRule code(String code, String message, String table, String field, Set<String> codes, boolean required) {
		return field(code, message, table, field, required, codes::contains,
				(value) -> "'" + value + "' is not a " + field + " code");
	}

	/** A date written dd/mm/yyyy that is a real day; a blank passes unless required. */
	static DfeRule validDate(String code, String message, String table, String field, boolean required) {
		return field(code, message, table, field, required, Ssda903Rules::ddmmyyyy,
				(value) -> "'" + value + "' is not a date written dd/mm/yyyy");
	}

	/**
	 * Whether a value, which may be blank, is one of some codes (an immutable set refuses
	 * null).
	 */
	static boolean in(Set<String> codes, @org.jspecify.annotations.Nullable String value) {
		return value != null && codes.contains(value);
	}

	/** Each field's name within its table ({@code AD1.DATE_INT}). */
	static String[] fields(String table, List<String> names) {
		return names.stream().map((name) -> table + "." + name).toArray(String[]::new);
	}

	/**
	 * Whether the child is a care leaver of the return: an OC3 row with an item given.
	 * @param child the child
	 * @return whether it is
	 */
	static boolean careLeaver(org.assure.casedata.validation.ReturnChild child) {
		return any(child.rows(OC3), (row) -> anyGiven(row, OC3_ITEMS));
	}

	/** Whether a row gives any of some fields. */
	static boolean anyGiven(Row row, List<String> fields) {
		for (String field : fields) {
			if (row.text(field) != null) {
				return true;
			}
		}
		return false;
	}

	/** The fields a row leaves blank, in the order asked. */
	static List<String> blank(Row row, List<String> fields) {
		List<String> blank = null;
		for (String field : fields) {
			if (row.text(field) == null) {
				if (blank == null) {
					blank = new java.util.ArrayList<>(fields.size());
				}
				blank.add(field);
			}
		}
		return (blank != null) ? blank : List.of();
	}

	/**
	 * Whether any of some things passes a test (a loop, not a stream: the rules run it
	 * for every child).
	 */
	static <T> boolean any(List<T> things, java.util.function.Predicate<? super T> test) {
		for (int index = 0; index < things.size(); index++) {
			if (test.test(things.get(index))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The rows whose field has a value, in their order (a loop, not a stream: the rules
	 * run it for every child).
	 */
	static List<Row> where(List<Row> rows, String field, String value) {
		List<Row> found = null;
		for (Row row : rows) {
			if (value.equals(row.text(field))) {
				if (found == null) {
					found = new java.util.ArrayList<>(rows.size());
				}
				found.add(row);
			}
		}
		return (found != null) ? found : List.of();
	}

	/**
	 * A child's UASC status: the header's item where it has one (the XML form), else
	 * whether the child's UASC row says when the status ceased.
	 */
	static boolean uasc(ReturnChild child) {
		Row header = child.first(HEADER);
		if (header != null && header.text("UASC") != null) {
			return "1".equals(header.text("UASC"));
		}
		for (Row row : child.rows(UASC)) {
			if (row.text("DUC") != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the child is, or in last year's return (when given) was, an unaccompanied
	 * asylum seeker: the header's UASC item where it has one, else a UASC row with a date
	 * the status ceased.
	 */
	static boolean wasUasc(org.assure.casedata.validation.ReturnChild child, ReturnContext context) {
		if (uasc(child)) {
			return true;
		}
		org.assure.casedata.validation.PreviousReturn previous = context.previous();
		org.assure.casedata.validation.ReturnChild last = (previous != null && child.id() != null)
				? previous.child(child.id()) : null;
		return last != null && uasc(last);
	}

	/** What a row rule found: the field and the values that show it. */
	record Found(String field, String detail) {
	}

	/**
	 * A rule that looks at each row of a table alone.
	 * @param check the finding for a row, or null when the row passes
	 */
	static DfeRule eachRow(String code, String message, String table, List<String> fields,
			java.util.function.Function<Row, @org.jspecify.annotations.Nullable Found> check) {
		RuleSpec spec = RuleSpec.of(code, message,
				fields.stream()
					.map((field) -> (field.contains(".") ? field : table + "." + field))
					.toArray(String[]::new));
		return DfeRule.of(spec, table, (child, context, findings) -> {
			List<Row> rows = child.rows(table);
			// Indexed, not for-each: run for every rule and child, an iterator each time
			// is garbage the collector must clear.
			for (int index = 0; index < rows.size(); index++) {
				Row row = rows.get(index);
				Found found = check.apply(row);
				if (found != null) {
					findings.at(row, found.field(), found.detail());
				}
			}
		});
	}

	/** A field whose every value must pass a test; a blank passes unless required. */
	static DfeRule field(String code, String message, String table, String field, boolean required,
			java.util.function.Predicate<String> valid, java.util.function.Function<String, String> why) {
		RuleSpec spec = RuleSpec.of(code, message, table + "." + field);
		return DfeRule.of(spec, table, (child, context, findings) -> {
			List<Row> rows = child.rows(table);
			for (int index = 0; index < rows.size(); index++) {
				Row row = rows.get(index);
				String value = row.text(field);
				if (value == null) {
					if (required) {
						findings.at(row, field, field + " is blank");
					}
				}
				else if (!valid.test(value)) {
					findings.at(row, field, why.apply(value));
				}
			}
		});
	}

	/** Whether a text is a real day written dd/mm/yyyy. */
	static boolean ddmmyyyy(String text) {
		return text.length() == 10 && text.charAt(2) == '/' && text.charAt(5) == '/' && Row.parseDate(text) != null;
	}

	/**
	 * 104: a UASC status that ceased must have ceased on a real day, not before the year.
	 */
	private static DfeRule uascCeased() {
		RuleSpec spec = RuleSpec.of("104",
				"Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.",
				UASC + ".DUC");
		return DfeRule.of(spec, UASC, (child, context, findings) -> {
			for (Row row : child.rows(UASC)) {
				String value = row.text("DUC");
				if (value == null) {
					continue;
				}
				if (!ddmmyyyy(value)) {
					findings.at(row, "DUC", "'" + value + "' is not a date written dd/mm/yyyy");
				}
				else if (row.date("DUC").isBefore(context.periodStart())) {
					findings.at(row, "DUC", "DUC " + value + " is before the year began");
				}
			}
		});
	}

	/**
	 * 142: every episode but the child's latest (by start) has ended: a date and a reason
	 * for ceasing. Episodes without a readable start are left to 141.
	 */
	private static DfeRule previousNotEnded() {
		RuleSpec spec = RuleSpec.of("142", "A new episode has started, but the previous episode has not ended.",
				EPISODES + ".DEC", EPISODES + ".REC");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> started = CareHistory.episodes(child);
			if (started.size() < 2) {
				return;
			}
			for (Row episode : started.subList(0, started.size() - 1)) {
				LocalDate ceased = episode.date("DEC");
				if (ceased == null || episode.text("REC") == null) {
					findings.at(episode, (ceased == null) ? "DEC" : "REC",
							"the episode begun " + episode.text("DECOM") + " is not the child's latest, but has no "
									+ ((ceased == null) ? "date it ceased" : "reason it ceased"));
				}
			}
		});
	}

	/** Two fields given together or not at all (148, 119). */
	static DfeRule bothOrNeither(String code, String message, String table, String first, String second) {
		RuleSpec spec = RuleSpec.of(code, message, table + "." + first, table + "." + second);
		return DfeRule.of(spec, table, (child, context, findings) -> {
			for (Row row : child.rows(table)) {
				boolean one = row.text(first) != null;
				boolean other = row.text(second) != null;
				if (one != other) {
					findings.at(row, one ? second : first, one ? first + " is given but " + second + " is blank"
							: second + " is given but " + first + " is blank");
				}
			}
		});
	}

	/** The sex codes of both eras read alike: 1 is M, 2 is F. */
	private static @org.jspecify.annotations.Nullable String sexOf(@org.jspecify.annotations.Nullable String code) {
		if (code == null) {
			return null;
		}
		return switch (code) {
			case "1" -> "M";
			case "2" -> "F";
			default -> code;
		};
	}

	/**
	 * The child's header row in last year's return, when it was given and holds the
	 * child.
	 */
	static @org.jspecify.annotations.Nullable Row lastYearsHeader(ReturnChild child,
			@org.jspecify.annotations.Nullable PreviousReturn previous) {
		ReturnChild last = (previous != null && child.id() != null) ? previous.child(child.id()) : null;
		return (last != null) ? last.first(HEADER) : null;
	}

	/**
	 * 202, 203, 204: a child in last year's return has the same value of a header field
	 * this year, compared as the rule reads it (202: 1 and M, 2 and F alike, as the codes
	 * changed in 2024-25; 203: as a date, two unreadable dates left to 102; 204: in any
	 * case). A value against a blank differs. Runs only when last year's return is given.
	 */
	private static DfeRule sameAsLastYear(String code, String message, String field,
			java.util.function.Function<String, @org.jspecify.annotations.Nullable String> reading) {
		RuleSpec spec = RuleSpec.of(code, message, HEADER + "." + field);
		return DfeRule.of(spec, HEADER, (child, context, findings) -> {
			PreviousReturn previous = context.previous();
			Row before = lastYearsHeader(child, previous);
			if (previous == null || before == null) {
				return;
			}
			for (Row row : child.rows(HEADER)) {
				String nowText = row.text(field);
				String thenText = before.text(field);
				String now = (nowText != null) ? reading.apply(nowText) : null;
				String then = (thenText != null) ? reading.apply(thenText) : null;
				boolean differs;
				if (nowText == null || thenText == null) {
					differs = (nowText == null) != (thenText == null);
				}
				else {
					differs = (now != null || then != null) && !java.util.Objects.equals(now, then);
				}
				if (differs) {
					findings.at(row, field, field + " " + ((nowText == null) ? "blank" : nowText) + " this year, "
							+ ((thenText == null) ? "blank" : thenText) + " in "
							+ org.assure.casedata.validation.ReturnValidation.yearLabel(previous.collectionYear()));
				}
			}
		});
	}

	/**
	 * 213: a temporary placement (T0 to T4; from 2025-26 also the other placements, Z11
	 * to Z14) names no provider.
	 */
	private static DfeRule providerForTemporaryPlacement(Set<String> temporary) {
		return eachRow("213", "Placement provider information not required.", EPISODES,
				List.of("PLACE_PROVIDER", "PLACE"),
				(episode) -> (in(temporary, episode.text("PLACE")) && episode.text("PLACE_PROVIDER") != null)
						? new Found("PLACE_PROVIDER", "PLACE " + episode.text("PLACE") + " with PLACE_PROVIDER "
								+ episode.text("PLACE_PROVIDER"))
						: null);
	}

	/** 214: a short break (legal status V3 or V4) gives no placement postcode nor URN. */
	private static DfeRule locationForShortBreak() {
		return eachRow("214", "Placement location information not required.", EPISODES, List.of("PL_POST", "URN", "LS"),
				(episode) -> (in(SHORT_BREAKS, episode.text("LS"))
						&& (episode.text("PL_POST") != null || episode.text("URN") != null))
								? new Found((episode.text("PL_POST") != null) ? "PL_POST" : "URN",
										"LS " + episode.text("LS") + " with a placement location")
								: null);
	}

	/**
	 * 215: a care leaver (any OC3 item given) has no item of the 12-month table (OC2).
	 */
	private static DfeRule careLeaverWithHealthItems() {
		RuleSpec spec = RuleSpec.of("215",
				"Child has care leaver information but one or more data items relating to children looked after for 12 "
						+ "months have been completed.",
				OC3 + ".IN_TOUCH", OC3 + ".ACTIV", OC3 + ".ACCOM", "OC2.CONVICTED");
		return DfeRule.of(spec, "OC2", (child, context, findings) -> {
			if (!careLeaver(child)) {
				return;
			}
			for (Row row : child.rows("OC2")) {
				if (any(OC2_ITEMS, (field) -> row.text(field) != null)) {
					findings.at(row, String.join(", ", OC2_ITEMS),
							"care leaver information and 12-month items both given");
				}
			}
		});
	}

	/**
	 * 210: a child with the unknown-UPN code UN4 (newly looked after, no time to find it)
	 * has no episode that began in the last week of the year, from 24 March on.
	 */
	private static DfeRule unknownUpnLateInYear() {
		RuleSpec spec = RuleSpec.of("210",
				"Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number "
						+ "(UPN) code of UN4.",
				HEADER + ".UPN", EPISODES + ".DECOM");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			Row header = child.first(HEADER);
			if (header == null || !"UN4".equals(header.text("UPN"))) {
				return;
			}
			LocalDate weekBefore = LocalDate.of(context.collectionYear(), 3, 24);
			for (Row episode : child.rows(EPISODES)) {
				LocalDate started = episode.date("DECOM");
				if (started != null && !started.isBefore(weekBefore)) {
					findings.at(episode, "DECOM", "UPN UN4 and an episode begun " + episode.text("DECOM"));
				}
			}
		});
	}

	/**
	 * 207: a child who was a mother last year and has an episode this year is still
	 * recorded as one. Runs only when last year's return is given.
	 */
	private static DfeRule motherAsLastYear() {
		RuleSpec spec = RuleSpec.of("207",
				"Mother status for the current year disagrees with the mother status already recorded for this child.",
				HEADER + ".MOTHER");
		return DfeRule.of(spec, HEADER, (child, context, findings) -> {
			PreviousReturn previous = context.previous();
			Row before = lastYearsHeader(child, previous);
			if (previous == null || before == null || child.rows(EPISODES).isEmpty()
					|| !"1".equals(before.text("MOTHER"))) {
				return;
			}
			for (Row row : child.rows(HEADER)) {
				if (!"1".equals(row.text("MOTHER"))) {
					findings.at(row, "MOTHER",
							"MOTHER was 1 in "
									+ org.assure.casedata.validation.ReturnValidation
										.yearLabel(previous.collectionYear())
									+ "; this year it is "
									+ ((row.text("MOTHER") == null) ? "blank" : row.text("MOTHER")));
				}
			}
		});
	}

	/** 153: a care leaver's contact, activity and accommodation all given, or none. */
	private static DfeRule leavingCareAllOrNone() {
		return eachRow("153",
				"All data items relating to a child's activity or accommodation after leaving care must be coded or "
						+ "left blank.",
				OC3, OC3_ITEMS, (row) -> {
					long given = OC3_ITEMS.size() - blank(row, OC3_ITEMS).size();
					return (given != 0 && given != 3)
							? new Found(String.join(", ", OC3_ITEMS), given + " of the three are given") : null;
				});
	}

	/**
	 * 158: a child who received an intervention is not also asked whether one was
	 * offered.
	 */
	private static DfeRule interventionOffered() {
		return eachRow("158",
				"If a child has been recorded as receiving an intervention for their substance misuse problem, then "
						+ "the additional item on whether an intervention was offered should be left blank.",
				"OC2", List.of("INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
				(row) -> ("1".equals(row.text("INTERVENTION_RECEIVED")) && row.text("INTERVENTION_OFFERED") != null)
						? new Found("INTERVENTION_OFFERED", "INTERVENTION_RECEIVED is 1 and INTERVENTION_OFFERED is "
								+ row.text("INTERVENTION_OFFERED"))
						: null);
	}

	/**
	 * 159: a child with a substance misuse problem who did not receive an intervention
	 * says whether one was offered.
	 */
	private static DfeRule interventionNotReceived() {
		return eachRow("159",
				"If a child has been recorded as not receiving an intervention for their substance misuse problem, "
						+ "then the additional item on whether an intervention was offered should be completed as well.",
				"OC2", List.of("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
				(row) -> ("1".equals(row.text("SUBSTANCE_MISUSE")) && "0".equals(row.text("INTERVENTION_RECEIVED"))
						&& row.text("INTERVENTION_OFFERED") == null)
								? new Found("INTERVENTION_OFFERED",
										"SUBSTANCE_MISUSE 1, INTERVENTION_RECEIVED 0 and INTERVENTION_OFFERED blank")
								: null);
	}

	/** 180: an SDQ score, where given, is a whole number from 0 to 40. */
	private static DfeRule sdqScore() {
		RuleSpec spec = RuleSpec.of("180",
				"Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.", "OC2.SDQ_SCORE");
		return DfeRule.of(spec, "OC2", (child, context, findings) -> {
			for (Row row : child.rows("OC2")) {
				String score = row.text("SDQ_SCORE");
				if (score == null) {
					continue;
				}
				boolean valid;
				try {
					java.math.BigDecimal number = new java.math.BigDecimal(score);
					valid = number.stripTrailingZeros().scale() <= 0 && number.signum() >= 0
							&& number.compareTo(java.math.BigDecimal.valueOf(40)) <= 0;
				}
				catch (NumberFormatException ex) {
					valid = false;
				}
				if (!valid) {
					findings.at(row, "SDQ_SCORE", "'" + score + "' is not a whole number from 0 to 40");
				}
			}
		});
	}

	/** 181: each OC2 item, where given, is 0 or 1. */
	private static DfeRule health12MonthsCodes() {
		RuleSpec spec = RuleSpec.of("181",
				"Data items relating to children looked after continuously for 12 months should be completed with a 0 "
						+ "or 1.",
				OC2_ITEMS.stream().map((field) -> "OC2." + field).toArray(String[]::new));
		return DfeRule.of(spec, "OC2", (child, context, findings) -> {
			for (Row row : child.rows("OC2")) {
				for (String field : OC2_ITEMS) {
					String value = row.text(field);
					if (value != null && !value.equals("0") && !value.equals("1")) {
						findings.at(row, field, field + " is '" + value + "', not 0 or 1");
						break;
					}
				}
			}
		});
	}

	/**
	 * 182: immunisations, teeth check, health assessment and substance misuse are all
	 * answered, unless every OC2 item is left blank.
	 */
	private static DfeRule health12MonthsComplete() {
		List<String> needed = List.of("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE");
		RuleSpec spec = RuleSpec.of("182",
				"Data entries on immunisations, teeth checks, health assessments and substance misuse problem "
						+ "identified should be completed or all OC2 fields should be left blank.",
				OC2_ITEMS.stream().map((field) -> "OC2." + field).toArray(String[]::new));
		return DfeRule.of(spec, "OC2", (child, context, findings) -> {
			for (Row row : child.rows("OC2")) {
				boolean anyGiven = any(OC2_ITEMS, (field) -> row.text(field) != null);
				List<String> missing = needed.stream().filter((field) -> row.text(field) == null).toList();
				if (anyGiven && !missing.isEmpty()) {
					findings.at(row, String.join(", ", missing),
							String.join(", ", missing) + " blank while other " + "OC2 items are given");
				}
			}
		});
	}

	/**
	 * 192: a child with a substance misuse problem says whether an intervention was
	 * received.
	 */
	private static DfeRule misuseWithoutIntervention() {
		return eachRow("192",
				"Child has been identified as having a substance misuse problem but the additional item on whether an "
						+ "intervention was received has been left blank.",
				"OC2", List.of("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED"),
				(row) -> ("1".equals(row.text("SUBSTANCE_MISUSE")) && row.text("INTERVENTION_RECEIVED") == null)
						? new Found("INTERVENTION_RECEIVED", "SUBSTANCE_MISUSE 1 and INTERVENTION_RECEIVED blank")
						: null);
	}

	/**
	 * 193: a child without a substance misuse problem (0 or blank) leaves both items on
	 * an intervention blank.
	 */
	private static DfeRule interventionWithoutMisuse() {
		return eachRow("193",
				"Child not identified as having a substance misuse problem but at least one of the two additional items "
						+ "on whether an intervention were offered and received have been completed.",
				"OC2", List.of("SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"), (row) -> {
					String misuse = row.text("SUBSTANCE_MISUSE");
					boolean answered = row.text("INTERVENTION_RECEIVED") != null
							|| row.text("INTERVENTION_OFFERED") != null;
					return ((misuse == null || "0".equals(misuse)) && answered)
							? new Found("INTERVENTION_RECEIVED, INTERVENTION_OFFERED", "SUBSTANCE_MISUSE "
									+ ((misuse == null) ? "blank" : misuse) + " and an item on an intervention given")
							: null;
				});
	}

	/**
	 * 188: a child under 4 at the end of the year has neither an SDQ score nor a reason
	 * for none (the fourth birthday on 31 March is 4).
	 */
	private static DfeRule sdqUnderFour() {
		RuleSpec spec = RuleSpec.of("188",
				"Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a "
						+ "reason for no SDQ score has been completed. ",
				"OC2.SDQ_SCORE", "OC2.SDQ_REASON", "OC2.DOB");
		return DfeRule.of(spec, "OC2", (child, context, findings) -> {
			for (Row row : child.rows("OC2")) {
				LocalDate born = row.date("DOB");
				if (born != null && born.plusYears(4).isAfter(context.referenceDate())
						&& (row.text("SDQ_SCORE") != null || row.text("SDQ_REASON") != null)) {
					findings.at(row, (row.text("SDQ_SCORE") != null) ? "SDQ_SCORE" : "SDQ_REASON",
							"born " + row.text("DOB") + ", under 4 on " + context.referenceDate());
				}
			}
		});
	}

	/**
	 * 184: a decision that the child should be placed for adoption is not before the
	 * child was born (where both dates are readable; 102 and 115 report those that are
	 * not).
	 */
	private static DfeRule decisionBeforeBirth() {
		RuleSpec spec = RuleSpec.of("184",
				"Date of decision that a child should be placed for adoption is before the child was born.",
				PLACED + ".DATE_PLACED", HEADER + ".DOB");
		return DfeRule.of(spec, PLACED, (child, context, findings) -> {
			Row header = child.first(HEADER);
			LocalDate born = (header != null) ? header.date("DOB") : null;
			if (born == null) {
				return;
			}
			for (Row decision : child.rows(PLACED)) {
				LocalDate decided = decision.date("DATE_PLACED");
				if (decided != null && decided.isBefore(born)) {
					findings.at(decision, "DATE_PLACED",
							"decided " + decision.text("DATE_PLACED") + ", born " + header.text("DOB"));
				}
			}
		});
	}

	/**
	 * 178: a placement provider, where given, is PR0 to PR5, and a placement that has no
	 * provider (T0 to T4, Z1) gives none.
	 */
	private static DfeRule placementProvider(Set<String> noProvider) {
		Set<String> providers = Set.of("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");
		RuleSpec spec = RuleSpec.of("178", "Placement provider code is not a valid code.", EPISODES + ".PLACE_PROVIDER",
				EPISODES + ".PLACE");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			for (Row episode : child.rows(EPISODES)) {
				String provider = episode.text("PLACE_PROVIDER");
				if (provider == null) {
					continue;
				}
				if (!providers.contains(provider)) {
					findings.at(episode, "PLACE_PROVIDER", "'" + provider + "' is not a PLACE_PROVIDER code");
				}
				else if (in(noProvider, episode.text("PLACE"))) {
					findings.at(episode, "PLACE_PROVIDER", "a placement of type " + episode.text("PLACE")
							+ " has no provider, but " + provider + " is given");
				}
			}
		});
	}

	/**
	 * 168: a UPN is a letter (not I, O or S), then twelve digits or eleven and a letter;
	 * or UN1 to UN5 when it is not known.
	 */
	private static DfeRule upn() {
		return field("168",
				"Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.",
				HEADER, "UPN", false, Ssda903Rules::upnShape, (upn) -> "'" + upn + "' is not a UPN nor UN1 to UN5");
	}

	/**
	 * Whether a text is a UPN's shape, {@code [A-HJ-NP-RT-Z](\d{12}|\d{11}[A-Z])}, or one
	 * of UN1 to UN5: read a character at a time, as every child's header gives one.
	 * @param text the text
	 * @return whether it is
	 */
	static boolean upnShape(String text) {
		if (text.length() == 3) {
			return text.charAt(0) == 'U' && text.charAt(1) == 'N' && text.charAt(2) >= '1' && text.charAt(2) <= '5';
		}
		if (text.length() != 13) {
			return false;
		}
		char first = text.charAt(0);
		if (first < 'A' || first > 'Z' || first == 'I' || first == 'O' || first == 'S') {
			return false;
		}
		for (int index = 1; index < 12; index++) {
			char c = text.charAt(index);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		char last = text.charAt(12);
		return (last >= '0' && last <= '9') || (last >= 'A' && last <= 'Z');
	}

	/**
	 * 117: a decision that the child should, or should no longer, be placed for adoption
	 * is not after the end of the year, nor after the day the child's latest episode
	 * ceased (an episode that continues, X1, is not the end of care).
	 */
	private static DfeRule decisionAfterCare() {
		RuleSpec spec = RuleSpec.of("117",
				"Date of decision that a child should/should no longer be placed for adoption is beyond the current "
						+ "collection year or after the child ceased to be looked after.",
				PLACED + ".DATE_PLACED", PLACED + ".DATE_PLACED_CEASED", EPISODES + ".DEC");
		return DfeRule.of(spec, PLACED, (child, context, findings) -> {
			Row latest = null;
			for (Row episode : child.rows(EPISODES)) {
				LocalDate started = episode.date("DECOM");
				if (started != null && !"X1".equals(episode.text("REC"))
						&& (latest == null || started.isAfter(latest.date("DECOM")))) {
					latest = episode;
				}
			}
			LocalDate ceased = (latest != null) ? latest.date("DEC") : null;
			for (Row decision : child.rows(PLACED)) {
				for (String field : List.of("DATE_PLACED", "DATE_PLACED_CEASED")) {
					LocalDate day = decision.date(field);
					if (day == null) {
						continue;
					}
					if (day.isAfter(context.referenceDate())) {
						findings.at(decision, field, field + " " + decision.text(field) + " is after the year ended");
					}
					else if (ceased != null && day.isAfter(ceased)) {
						findings.at(decision, field, field + " " + decision.text(field)
								+ " is after the child's latest episode ceased (" + latest.text("DEC") + ")");
					}
				}
			}
		});
	}

	/** 167: a review records how the child took part; a blank row records neither. */
	private static DfeRule participation() {
		Set<String> codes = Set.of("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");
		RuleSpec spec = RuleSpec.of("167", "Data entry for participation is invalid or blank.",
				REVIEWS + ".REVIEW_CODE");
		return DfeRule.of(spec, REVIEWS, (child, context, findings) -> {
			for (Row review : child.rows(REVIEWS)) {
				String date = review.text("REVIEW");
				String participation = review.text("REVIEW_CODE");
				boolean fine = (date != null) ? participation != null && codes.contains(participation)
						: participation == null;
				if (!fine) {
					findings.at(review, "REVIEW_CODE",
							(participation == null) ? "the review of " + date + " has no REVIEW_CODE"
									: (date == null)
											? "REVIEW_CODE " + participation + " is given without a review date"
											: "'" + participation + "' is not a REVIEW_CODE code");
				}
			}
		});
	}

}
