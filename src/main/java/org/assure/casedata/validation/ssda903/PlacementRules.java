package org.assure.casedata.validation.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assure.casedata.validation.DfeRule;
import org.assure.casedata.validation.PostcodeDirectory;
import org.assure.casedata.validation.ProviderRegister;
import org.assure.casedata.validation.ReferenceData;
import org.assure.casedata.validation.ReturnContext;
import org.assure.casedata.validation.Row;
import org.assure.casedata.validation.RuleSpec;
import org.assure.casedata.validation.ssda903.Ssda903Rules.Found;
import org.jspecify.annotations.Nullable;

import static org.assure.casedata.validation.ssda903.Ssda903Rules.EPISODES;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.HEADER;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.eachRow;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.SHORT_BREAKS;
import static org.assure.casedata.validation.ssda903.Ssda903Rules.in;

/**
 * The SSDA903 rules on where a child is placed: the reason a placement changed, the home
 * and placement postcodes, and what the DfE works out from them and from Ofsted's
 * register of providers: the placement's local authority ({@code PL_LA}) and distance
 * ({@code PL_DISTANCE}), and the provider a URN names. The rules that need the postcode
 * directory, the authority's own code or the register run only when they are given
 * ({@link ReferenceData}); the report names those not run.
 */
final class PlacementRules {

	/** Temporary placements. */
	private static final Set<String> TEMPORARY = Set.of("T0", "T1", "T2", "T3", "T4");

	/** Short breaks. */
	/** The reasons for a new episode that say the placement changed. */
	private static final Set<String> PLACEMENT_CHANGED = Set.of("P", "B", "T", "U");

	/**
	 * The first day an H5 placement in England needs a URN (rule 230): 28 October 2023.
	 */
	private static final LocalDate SUPPORTED_REGISTERED = LocalDate.of(2023, 10, 28);

	static final String NEEDS_AREAS = "The rules that need each placement's local authority or distance (169, 218, "
			+ "230, 392a, 411, 1015) were not run: the return gives neither PL_LA nor PL_DISTANCE, and no postcode "
			+ "directory was given to derive them from (validate --postcodes FILE; for imports and checks on the web, "
			+ "assure reference --postcodes FILE)";

	static final String NEEDS_AUTHORITY = "The rules that compare a placement with the returning authority (229, 411, "
			+ "1015) were not run: the authority's own ONS code was not given (validate --la E06000016, or on the Case "
			+ "data import page)";

	static final String NEEDS_PROVIDERS = "The rules that look a URN up in Ofsted's register of providers (219, 221, "
			+ "224, 227, 228, 229, 1008; 241 from 2025-26) were not run: no register was given (validate --providers "
			+ "FILE; for imports and checks on the web, assure reference --providers FILE)";

	private PlacementRules() {
	}

	/** The rules every year since 2022-23 holds. */
	static List<DfeRule> all() {
		List<DfeRule> rules = new ArrayList<>();
		rules.add(reasonForChange());
		rules.add(reasonNotRequired("Reason for placement change is not required."));
		rules.add(postcodesRecorded());
		rules.add(postcodesValid());
		rules.add(homeIsNotPlacement());
		rules.add(authorityKnown());
		rules.add(urnRequired(2023));
		rules.add(distanceRecorded());
		rules.add(locationAgrees());
		rules.add(ownProvision(2023));
		rules.addAll(register());
		return rules;
	}

	/** 230, from 2023-24. */
	static List<DfeRule> added2024() {
		return List.of(urnRequired(2024), supportedAccommodationUrn());
	}

	/**
	 * 225: a placement that ended for another (REC X1, the next episode's reason P, B, T
	 * or U) gives the reason it changed, unless either placement is temporary. Not run on
	 * a return whose Episodes table lacks the column.
	 */
	private static DfeRule reasonForChange() {
		RuleSpec spec = RuleSpec.of("225", "Reason for placement change must be recorded.",
				EPISODES + ".REASON_PLACE_CHANGE", EPISODES + ".REC", EPISODES + ".RNE", EPISODES + ".PLACE");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			if (!context.holds(EPISODES, "REASON_PLACE_CHANGE")) {
				context.note("The Episodes table has no REASON_PLACE_CHANGE column, so rule 225 was not run");
				return;
			}
			List<Row> episodes = CareHistory.episodes(child);
			for (int index = 0; index + 1 < episodes.size(); index++) {
				Row episode = episodes.get(index);
				Row next = episodes.get(index + 1);
				if ("X1".equals(upper(episode.text("REC"))) && episode.text("REASON_PLACE_CHANGE") == null
						&& !in(TEMPORARY, upper(episode.text("PLACE")))
						&& in(PLACEMENT_CHANGED, upper(next.text("RNE")))
						&& !in(TEMPORARY, upper(next.text("PLACE")))) {
					findings.at(episode, "REASON_PLACE_CHANGE",
							"blank, but the placement " + episode.text("PLACE") + " ended on " + episode.text("DEC")
									+ " for " + next.text("PLACE") + " (RNE " + next.text("RNE") + ")");
				}
			}
		});
	}

	/**
	 * 226: a temporary placement (T0 to T4) gives no reason for a placement change, nor
	 * does the episode before it.
	 */
	private static DfeRule reasonNotRequired(String message) {
		RuleSpec spec = RuleSpec.of("226", message, EPISODES + ".REASON_PLACE_CHANGE", EPISODES + ".PLACE");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			List<Row> episodes = CareHistory.episodes(child);
			for (int index = 0; index < episodes.size(); index++) {
				Row episode = episodes.get(index);
				if (!in(TEMPORARY, upper(episode.text("PLACE")))) {
					continue;
				}
				Row before = CareHistory.before(episodes, index);
				if (episode.text("REASON_PLACE_CHANGE") != null) {
					findings.at(episode, "REASON_PLACE_CHANGE",
							"REASON_PLACE_CHANGE " + episode.text("REASON_PLACE_CHANGE") + " for a temporary placement "
									+ episode.text("PLACE"));
				}
				else if (before != null && before.text("REASON_PLACE_CHANGE") != null) {
					findings.at(episode, "REASON_PLACE_CHANGE",
							"the episode before this temporary placement " + episode.text("PLACE") + " gives "
									+ "REASON_PLACE_CHANGE " + before.text("REASON_PLACE_CHANGE"));
				}
			}
		});
	}

	/**
	 * 392b: a child looked after (not on a short break, not now nor last year an
	 * unaccompanied asylum seeker) has both a home and a placement postcode.
	 */
	/** The episode's two postcodes. */
	private static final List<String> POSTCODES = List.of("HOME_POST", "PL_POST");

	private static DfeRule postcodesRecorded() {
		RuleSpec spec = RuleSpec.of("392b",
				"Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives "
						+ "for children formerly UASC, particularly if current & prior year UASC data not loaded]",
				EPISODES + ".HOME_POST", EPISODES + ".PL_POST");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			if (!context.holds(EPISODES, "HOME_POST") && !context.holds(EPISODES, "PL_POST")) {
				context.note("The Episodes table has no HOME_POST or PL_POST column, so rule 392b was not run");
				return;
			}
			// Whether the child was an asylum seeker is asked only of a child with a
			// postcode missing, the few.
			Boolean uasc = null;
			for (Row episode : child.rows(EPISODES)) {
				if (episode.text("HOME_POST") != null && episode.text("PL_POST") != null) {
					continue;
				}
				List<String> blank = Ssda903Rules.blank(episode, POSTCODES);
				if (!in(SHORT_BREAKS, upper(episode.text("LS")))) {
					if (uasc == null) {
						uasc = Ssda903Rules.wasUasc(child, context);
					}
					if (uasc) {
						return;
					}
					findings.at(episode, String.join(", ", blank), String.join(" and ", blank) + " blank");
				}
			}
		});
	}

	/**
	 * 392c: each postcode given is a postcode: in the postcode directory when one is
	 * given, else of a postcode's shape (outward code, inward code of a digit and two
	 * letters).
	 */
	private static DfeRule postcodesValid() {
		RuleSpec spec = RuleSpec.of("392c", "Postcode(s) provided are invalid.", EPISODES + ".HOME_POST",
				EPISODES + ".PL_POST");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			PostcodeDirectory directory = context.reference().postcodes();
			for (Row episode : child.rows(EPISODES)) {
				for (String field : POSTCODES) {
					String postcode = episode.text(field);
					if (postcode == null) {
						continue;
					}
					if (directory != null && directory.place(postcode) == null) {
						findings.at(episode, field, "'" + postcode + "' is not in the postcode directory");
					}
					else if (directory == null && !postcodeShape(postcode)) {
						findings.at(episode, field, "'" + postcode + "' is not a postcode");
					}
				}
			}
		});
	}

	/**
	 * 392d: the home and placement postcodes differ, unless the child is placed with
	 * parents (P1).
	 */
	private static DfeRule homeIsNotPlacement() {
		return Ssda903Rules.eachRow("392d",
				"Home and placement postcodes should not be same unless the placement type is P1.", EPISODES,
				List.of("HOME_POST", "PL_POST", "PLACE"), (episode) -> {
					String home = episode.text("HOME_POST");
					String placement = episode.text("PL_POST");
					return (home != null && placement != null && !"P1".equals(upper(episode.text("PLACE")))
							&& PostcodeDirectory.sameKey(home, placement)) ? new Ssda903Rules.Found("PL_POST",
									"PL_POST " + placement + " is HOME_POST, with PLACE " + episode.text("PLACE"))
									: null;
				});
	}

	/**
	 * 169: a placement (other than a short break) has a local authority: as the return
	 * gives it, or as its postcode places it.
	 */
	private static DfeRule authorityKnown() {
		RuleSpec spec = RuleSpec.of("169",
				"Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been "
						+ "entered.",
				EPISODES + ".PL_LA", EPISODES + ".PL_POST");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			if (!areas(context)) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				if (episode.text("PL_LA") == null && !in(SHORT_BREAKS, upper(episode.text("LS")))) {
					findings.at(episode, "PL_LA", (episode.text("PL_POST") == null)
							? "no PL_LA, and no PL_POST to place it by"
							: "no PL_LA: PL_POST " + episode.text("PL_POST") + " is not in the postcode directory");
				}
			}
		});
	}

	/**
	 * 218: a placement in England open on or after the year's first day has a URN, unless
	 * of a type Ofsted does not register (placed with parents, in the community,
	 * temporary, Z1) or a short break (which gives no URN, rule 214); until 2022-23 also
	 * supported accommodation (H5) and P2, which Ofsted registers from 2023-24.
	 */
	private static DfeRule urnRequired(int year) {
		Set<String> unregistered = new java.util.HashSet<>(
				Set.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1"));
		if (year >= 2026) {
			unregistered.remove("Z1");
			unregistered.addAll(Ssda903Rules.OTHER_PLACEMENTS);
		}
		if (year < 2024) {
			unregistered.addAll(Set.of("H5", "P2"));
		}
		RuleSpec spec = RuleSpec.of("218", "Ofsted Unique reference number (URN) is required.", EPISODES + ".URN",
				EPISODES + ".PLACE", EPISODES + ".PL_LA", EPISODES + ".DEC");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			if (!areas(context)) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				LocalDate ceased = episode.date("DEC");
				if (episode.text("URN") == null && !in(unregistered, upper(episode.text("PLACE")))
						&& !in(SHORT_BREAKS, upper(episode.text("LS"))) && inEngland(episode)
						&& (ceased == null || !ceased.isBefore(context.periodStart()))) {
					findings.at(episode, "URN",
							"no URN for PLACE " + episode.text("PLACE") + " in " + episode.text("PL_LA"));
				}
			}
		});
	}

	/**
	 * 230: supported accommodation (H5) in England open on or after 28 October 2023, when
	 * Ofsted began to register it, has a URN.
	 */
	private static DfeRule supportedAccommodationUrn() {
		RuleSpec spec = RuleSpec.of("230",
				"Ofsted Unique reference number (URN) is required for any English H5 placements from 28 October 2023.",
				EPISODES + ".PLACE", EPISODES + ".DEC", EPISODES + ".URN");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			if (!areas(context)) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				LocalDate ceased = episode.date("DEC");
				String urn = episode.text("URN");
				if ("H5".equals(upper(episode.text("PLACE"))) && inEngland(episode)
						&& (ceased == null || ceased.isAfter(SUPPORTED_REGISTERED))
						&& (urn == null || ProviderRegister.NO_URN.equalsIgnoreCase(urn))) {
					findings.at(episode, "URN",
							"URN " + ((urn == null) ? "blank" : urn) + " for supported accommodation (H5) in "
									+ episode.text("PL_LA") + " open after " + SUPPORTED_REGISTERED);
				}
			}
		});
	}

	/**
	 * 392a: a placement of a child who is not and was not last year an unaccompanied
	 * asylum seeker, not a short break, has a distance.
	 */
	private static DfeRule distanceRecorded() {
		RuleSpec spec = RuleSpec.of("392a",
				"Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for "
						+ "children formerly UASC]",
				EPISODES + ".PL_DISTANCE");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			if (!context.reference().knowsDistance(context)) {
				context.note(NEEDS_AREAS);
				return;
			}
			if (Ssda903Rules.wasUasc(child, context)) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				if (episode.text("PL_DISTANCE") == null && !in(SHORT_BREAKS, upper(episode.text("LS")))) {
					findings.at(episode, "PL_DISTANCE", "no distance: HOME_POST " + given(episode.text("HOME_POST"))
							+ ", PL_POST " + given(episode.text("PL_POST")));
				}
			}
		});
	}

	/** 411: a placement said to be in the authority's area (PL_LOCATION IN) is in it. */
	private static DfeRule locationAgrees() {
		RuleSpec spec = RuleSpec.of("411", "Placement location code disagrees with LA of placement.",
				EPISODES + ".PL_LOCATION", EPISODES + ".PL_LA");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			String authority = authority(context);
			if (authority == null || !areas(context)) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				String area = episode.text("PL_LA");
				if ("IN".equals(upper(episode.text("PL_LOCATION"))) && area != null && !authority.equals(area)) {
					findings.at(episode, "PL_LOCATION", "PL_LOCATION IN, but PL_LA " + area + " is not " + authority);
				}
			}
		});
	}

	/**
	 * 1015: a placement the authority provides itself (PR1), other than foster care,
	 * adoption or a short break, is in its own area.
	 */
	private static DfeRule ownProvision(int year) {
		Set<String> fosterOrAdoption = new java.util.HashSet<>(
				Set.of("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"));
		if (year >= 2026) {
			// supported accommodation, often in another area, from 2025-26
			fosterOrAdoption.add("K3");
		}
		RuleSpec spec = RuleSpec.of("1015", "Placement provider is own provision but child not placed in own LA.",
				EPISODES + ".PL_LA", EPISODES + ".PLACE_PROVIDER", EPISODES + ".PLACE", EPISODES + ".LS");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			String authority = authority(context);
			if (authority == null || !areas(context)) {
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				String place = upper(episode.text("PLACE"));
				String status = upper(episode.text("LS"));
				String area = episode.text("PL_LA");
				if ("PR1".equals(upper(episode.text("PLACE_PROVIDER"))) && place != null && status != null
						&& !in(fosterOrAdoption, place) && !in(SHORT_BREAKS, status) && area != null
						&& !authority.equals(area)) {
					findings.at(episode, "PL_LA", "PR1 (own provision) for PLACE " + place + " in " + area
							+ ", not the authority's " + authority);
				}
			}
		});
	}

	/**
	 * 219, 221, 224, 227, 228, 229, 1008: a placement's URN (other than the code for a
	 * URN not known) against Ofsted's register: the URN is on it (1008); and for a URN on
	 * it, the placement type (219) and provider code (224) are ones it gives, a
	 * registered placement's postcode is the provider's (221), the episode began before
	 * (227) and ended by (228) the day its registration ended, and the provider code
	 * agrees with whether the provider is in the authority's area (229).
	 */
	private static List<DfeRule> register() {
		List<DfeRule> rules = new ArrayList<>();
		rules.add(
				onRegister(RuleSpec.of("1008", "Ofsted Unique Reference Number (URN) is not valid.", EPISODES + ".URN"),
						(episode, provider, context) -> null, true));
		rules.add(onRegister(RuleSpec.of("219",
				"The Ofsted Unique reference number (URN) provided for the child's placement does not match the "
						+ "placement type recorded.",
				EPISODES + ".URN", EPISODES + ".PLACE"),
				(episode, provider, context) -> !provider.placeCodes().contains(upper(episode.text("PLACE")))
						? "PLACE " + given(episode.text("PLACE")) + ", but URN " + provider.urn() + " gives "
								+ listed(provider.placeCodes())
						: null,
				false));
		Set<String> registeredPlaces = Set.of("K1", "K2", "R3", "S1");
		rules.add(onRegister(RuleSpec.of("221",
				"The Ofsted Unique reference number (URN) provided for the child's placement does not match the "
						+ "placement postcode provided.",
				EPISODES + ".PL_POST", EPISODES + ".URN"), (episode, provider, context) -> {
					String postcode = episode.text("PL_POST");
					boolean checked = postcode != null && !in(SHORT_BREAKS, upper(episode.text("LS")))
							&& in(registeredPlaces, upper(episode.text("PLACE")));
					return (checked && (provider.postcode() == null
							|| !PostcodeDirectory.key(provider.postcode()).equals(PostcodeDirectory.key(postcode))))
									? "PL_POST " + postcode + ", but URN " + provider.urn() + " is at "
											+ given(provider.postcode())
									: null;
				}, false));
		rules.add(onRegister(RuleSpec.of("224",
				"The Ofsted Unique reference number (URN) provided for the child's placement does not match the "
						+ "placement provider recorded.",
				EPISODES + ".PLACE_PROVIDER", EPISODES + ".URN"),
				(episode, provider,
						context) -> !provider.providerCodes().contains(upper(episode.text("PLACE_PROVIDER")))
								? "PLACE_PROVIDER " + given(episode.text("PLACE_PROVIDER")) + ", but URN "
										+ provider.urn() + " is " + listed(provider.providerCodes())
								: null,
				false));
		rules.add(onRegister(
				RuleSpec.of("227", "Ofsted Unique reference number (URN) is not valid for the episode start date.",
						EPISODES + ".URN", EPISODES + ".DECOM"),
				(episode, provider, context) -> {
					LocalDate ended = provider.registrationEnded();
					LocalDate began = episode.date("DECOM");
					return (ended != null && began != null && !began.isBefore(ended)) ? "begun " + episode.text("DECOM")
							+ ", but URN " + provider.urn() + "'s registration ended " + ended : null;
				}, false));
		rules.add(onRegister(RuleSpec.of("228",
				"Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false "
						+ "positives on open episodes at providers who close during the year]",
				EPISODES + ".URN", EPISODES + ".DEC"), (episode, provider, context) -> {
					LocalDate ended = provider.registrationEnded();
					LocalDate ceased = episode.date("DEC");
					LocalDate last = (ceased != null) ? ceased : context.referenceDate();
					return (ended != null && last.isAfter(ended)) ? ((ceased != null) ? "ceased " + episode.text("DEC")
							: "open at " + context.referenceDate()) + ", after URN " + provider.urn()
							+ "'s registration ended " + ended : null;
				}, false));
		rules.add(providerArea(Set.of()));
		return rules;
	}

	/** What a register rule finds on an episode with a URN, or null. */
	@FunctionalInterface
	private interface RegisterCheck {

		@Nullable String check(Row episode, ProviderRegister.Provider provider, ReturnContext context);

	}

	/**
	 * A rule on each episode whose URN is given (and not the code for one not known), run
	 * when the register is given; the check sees the URN's provider, and a URN not on the
	 * register is reported by the rule on unknown URNs alone.
	 */
	private static DfeRule onRegister(RuleSpec spec, RegisterCheck check, boolean unknownToo) {
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			ProviderRegister register = context.reference().providers();
			if (register == null) {
				context.note(NEEDS_PROVIDERS);
				return;
			}
			for (Row episode : child.rows(EPISODES)) {
				String urn = episode.text("URN");
				if (urn == null || ProviderRegister.NO_URN.equalsIgnoreCase(urn)) {
					continue;
				}
				ProviderRegister.Provider provider = register.provider(urn);
				String detail;
				if (provider == null) {
					detail = unknownToo ? "URN " + urn + " is not on the register of providers" : null;
				}
				else {
					detail = check.check(episode, provider, context);
				}
				if (detail != null) {
					findings.at(episode, spec.fields().get(0).substring(EPISODES.length() + 1), detail);
				}
			}
		});
	}

	/**
	 * 229: the provider code agrees with whether the provider is in the authority's area
	 * (PR1 in it, PR2 outside it), for placements of types other than those exempt.
	 */
	private static DfeRule providerArea(Set<String> exempt) {
		return onRegister(RuleSpec.of("229",
				"Placement provider does not match between the placing authority and the local authority code of the "
						+ "provider.",
				EPISODES + ".PLACE_PROVIDER", EPISODES + ".URN"), (episode, provider, context) -> {
					if (in(exempt, upper(episode.text("PLACE")))) {
						return null;
					}
					String authority = authority(context);
					if (authority == null) {
						return null;
					}
					String code = upper(episode.text("PLACE_PROVIDER"));
					String providers = context.reference().authorityOf(provider);
					boolean own = authority.equals(providers);
					return (("PR1".equals(code) && !own) || ("PR2".equals(code) && own))
							? code + ", but URN " + provider.urn() + " is in " + given(providers)
									+ (own ? ", the authority's own area" : ", not the authority's " + authority)
							: null;
				}, false);
	}

	/**
	 * The rules the 2025-26 collection adds or changes here, with the placement codes it
	 * brings: Z1 (other placements) split into Z11 to Z14, and semi-independent living
	 * (H5) and P2 gone.
	 * @return the rules
	 */
	static List<DfeRule> changed2026() {
		List<DfeRule> rules = new ArrayList<>();
		rules.add(reasonNotRequired("Reason for placement change is not required for temporary placements."));
		rules.add(urnRequired(2026));
		rules.add(ownProvision(2026));
		Set<String> exempt = new java.util.HashSet<>(Set.of("K3", "P1", "P3", "R1", "R2", "R5"));
		exempt.addAll(TEMPORARY);
		exempt.addAll(Ssda903Rules.OTHER_PLACEMENTS);
		rules.add(providerArea(Set.copyOf(exempt)));
		rules
			.add(eachRow("233", "Reason for placement change is not required when the episode has not ceased.",
					EPISODES, List.of("REASON_PLACE_CHANGE", "DEC"), (
							episode) -> (episode.text("DEC") == null && episode.text("REASON_PLACE_CHANGE") != null)
									? new Found("REASON_PLACE_CHANGE", "REASON_PLACE_CHANGE "
											+ episode.text("REASON_PLACE_CHANGE") + " for an episode not ceased")
									: null));
		rules.add(custodyUnderTen());
		rules.add(premisesArea());
		rules.add(eachRow("242",
				"URN = '" + ProviderRegister.NO_URN + "' can only be used for regional adoption agencies", EPISODES,
				List.of("URN", "PLACE"),
				(episode) -> (ProviderRegister.NO_URN.equals(episode.text("URN"))
						&& !in(ADOPTION_AGENCY_PLACEMENTS, upper(episode.text("PLACE")))) ? new Found("URN",
								"URN " + ProviderRegister.NO_URN + " for placement " + given(episode.text("PLACE")))
								: null));
		rules
			.add(eachRow("243", "Only placements with providers registered with Ofsted should have a URN reported.",
					EPISODES, List.of("URN", "PL_LA"),
					(episode) -> (episode.text("PL_LA") != null && !inEngland(episode) && episode.text("URN") != null)
							? new Found("URN",
									"URN " + episode.text("URN") + " for a placement in " + episode.text("PL_LA"))
							: null));
		rules.add(eachRow("454",
				"Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for "
						+ "children formerly UASC not identified as such in loaded data]",
				EPISODES, List.of("PL_DISTANCE"), (episode) -> {
					String text = episode.text("PL_DISTANCE");
					if (text == null) {
						return null;
					}
					try {
						double miles = Double.parseDouble(text);
						return (miles > 350 && miles != 999.9)
								? new Found("PL_DISTANCE", "PL_DISTANCE " + text + " miles") : null;
					}
					catch (NumberFormatException ex) {
						// rule 411's to report
						return null;
					}
				}));
		return rules;
	}

	/** The placements an adoption agency's code for a URN not known may be given for. */
	private static final Set<String> ADOPTION_AGENCY_PLACEMENTS = Set.of("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4",
			"U5", "U6");

	/**
	 * 234: an episode that began before the child was 10 follows no placement change for
	 * custody (the previous episode's REASON_PLACE_CHANGE CUSTOD): a child under 10 is
	 * not admitted to custody.
	 */
	private static DfeRule custodyUnderTen() {
		RuleSpec spec = RuleSpec.of("234",
				"A child aged under 10 can not change placement due to being admitted to custody",
				EPISODES + ".REASON_PLACE_CHANGE", EPISODES + ".DECOM", HEADER + ".DOB");
		return DfeRule.of(spec, EPISODES, (child, context, findings) -> {
			Row header = child.first(HEADER);
			LocalDate born = (header != null) ? header.date("DOB") : null;
			if (born == null) {
				return;
			}
			List<Row> episodes = CareHistory.episodes(child);
			for (int index = 0; index < episodes.size(); index++) {
				Row episode = episodes.get(index);
				LocalDate began = episode.date("DECOM");
				if ("CUSTOD".equals(upper(episode.text("REASON_PLACE_CHANGE"))) && began != null
						&& began.isBefore(born.plusYears(10))) {
					findings.at(episode, "REASON_PLACE_CHANGE",
							"CUSTOD for an episode begun " + episode.text("DECOM") + ", before the child was 10");
				}
			}
		});
	}

	/**
	 * 241: supported accommodation (K3) with a URN on Ofsted's register is in an area
	 * where the provider has premises: PL_LA is the register's authority for the URN.
	 */
	private static DfeRule premisesArea() {
		return onRegister(RuleSpec.of("241", "LA of placement is not an LA the provider has premises.",
				EPISODES + ".URN", EPISODES + ".PL_LA", EPISODES + ".PLACE"), (episode, provider, context) -> {
					if (!"K3".equals(upper(episode.text("PLACE")))) {
						return null;
					}
					String premises = context.reference().authorityOf(provider);
					String area = episode.text("PL_LA");
					return (premises != null && area != null && !premises.equalsIgnoreCase(area))
							? "PL_LA " + area + ", but URN " + provider.urn() + " is in " + premises : null;
				}, false);
	}

	/** Whether the rules can know placements' authorities; notes it when they cannot. */
	private static boolean areas(ReturnContext context) {
		if (context.reference().knowsPlacementAuthority(context)) {
			return true;
		}
		context.note(NEEDS_AREAS);
		return false;
	}

	/** The returning authority's code; notes it when it was not given. */
	private static @Nullable String authority(ReturnContext context) {
		String authority = context.reference().authority();
		if (authority == null) {
			context.note(NEEDS_AUTHORITY);
		}
		return authority;
	}

	/**
	 * Whether a text has a postcode's shape, in any case and with any spacing: an outward
	 * code (one or two letters, a digit, then a letter or digit or none) and an inward
	 * code (a digit and two letters).
	 */
	static boolean postcodeShape(String text) {
		char[] code = new char[7];
		int length = 0;
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			if (Character.isWhitespace(c)) {
				continue;
			}
			if (length == code.length) {
				return false;
			}
			code[length++] = Character.toUpperCase(c);
		}
		if (length < 5 || !digit(code[length - 3]) || !letter(code[length - 2]) || !letter(code[length - 1])) {
			return false;
		}
		int outward = length - 3;
		int letters = letter(code[1]) ? 2 : 1;
		if (!letter(code[0]) || outward < letters + 1 || outward > letters + 2 || !digit(code[letters])) {
			return false;
		}
		return outward == letters + 1 || letter(code[letters + 1]) || digit(code[letters + 1]);
	}

	private static boolean letter(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean digit(char c) {
		return c >= '0' && c <= '9';
	}

	/** Whether the placement's authority is an English one (an ONS code beginning E). */
	private static boolean inEngland(Row episode) {
		String area = episode.text("PL_LA");
		return area != null && area.toUpperCase(Locale.ROOT).startsWith("E");
	}

	private static String listed(Set<String> codes) {
		return codes.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(codes));
	}

	private static String given(@Nullable String value) {
		return (value == null) ? "blank" : value;
	}

	private static @Nullable String upper(@Nullable String value) {
		return (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

}
