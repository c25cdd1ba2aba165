package org.assure.indicators;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

import org.assure.casedata.JourneyFacts;
import org.assure.indicators.engine.JourneyIndicators;
import org.jspecify.annotations.Nullable;

/**
 * The ways a journey indicator's value is broken down: by the child's age band at the
 * period's end, sex, ethnic group and disability, by the referral's source, by duration,
 * and by the agency whose data the child's record is.
 */
public enum Breakdown {

	/** DfE age bands at the end of the period. */
	AGE_BAND("Age at the end of the period"),

	/** Sex as recorded. */
	SEX("Sex"),

	/** The DfE ethnicity code's major group. */
	ETHNIC_GROUP("Ethnic group"),

	/** Whether a disability is recorded. */
	DISABILITY("Disability"),

	/** The source of the referral (referral-based indicators only). */
	REFERRAL_SOURCE("Source of referral"),

	/** How long it took or lasted (timeliness and duration indicators only). */
	DURATION("Duration band"),

	/** The agency whose data the child's latest batch is. */
	AGENCY("Agency whose data it is");

	private final String label;

	Breakdown(String label) {
		this.label = label;
	}

	/**
	 * The breakdown as people read it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The breakdown's code in the API: {@code age-band}.
	 * @return the code
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * A breakdown from its code.
	 * @param code the code
	 * @return the breakdown, if the code names one
	 */
	public static Optional<Breakdown> fromCode(String code) {
		for (Breakdown breakdown : values()) {
			if (breakdown.code().equals(code)) {
				return Optional.of(breakdown);
			}
		}
		return Optional.empty();
	}

	/**
	 * The group a member of a tally falls in.
	 * @param member the member
	 * @param child what is known of its child, if anything
	 * @param end the period's last day
	 * @return the group's label, or null when this breakdown does not apply to the member
	 */
	public @Nullable String group(JourneyIndicators.Member member, JourneyFacts.@Nullable Child child, LocalDate end) {
		return switch (this) {
			case AGE_BAND -> ageBand(child, end);
			case SEX -> sex(child);
			case ETHNIC_GROUP -> ethnicGroup(child);
			case DISABILITY -> disability(child);
			case REFERRAL_SOURCE -> (member.referralSource() != null && !member.referralSource().isBlank())
					? "Source " + member.referralSource() : null;
			case DURATION -> member.band();
			case AGENCY -> (child != null && child.agency() != null) ? child.agency() : "No agency named";
		};
	}

	static String ageBand(JourneyFacts.@Nullable Child child, LocalDate end) {
		if (child == null || child.birthMonth() == null || child.birthMonth().isAfter(end)) {
			return "Not known";
		}
		int years = Period.between(child.birthMonth(), end).getYears();
		if (years < 1) {
			return "Under 1";
		}
		if (years <= 4) {
			return "1 to 4";
		}
		if (years <= 9) {
			return "5 to 9";
		}
		if (years <= 15) {
			return "10 to 15";
		}
		return "16 and over";
	}

	private static String sex(JourneyFacts.@Nullable Child child) {
		String sex = (child != null && child.sex() != null) ? child.sex().strip().toUpperCase(Locale.ROOT) : "";
		return switch (sex) {
			case "M", "1" -> "Male";
			case "F", "2" -> "Female";
			default -> "Not known";
		};
	}

	private static String ethnicGroup(JourneyFacts.@Nullable Child child) {
		String code = (child != null && child.ethnicity() != null) ? child.ethnicity().strip().toUpperCase(Locale.ROOT)
				: "";
		if (code.isEmpty()) {
			return "Not known";
		}
		if (code.equals("REFU") || code.equals("NOBT")) {
			return "Refused or not obtained";
		}
		return switch (code.charAt(0)) {
			case 'W' -> "White";
			case 'M' -> "Mixed";
			case 'A' -> "Asian or Asian British";
			case 'B' -> "Black or Black British";
			case 'C', 'O' -> "Other ethnic group";
			default -> "Not known";
		};
	}

	private static String disability(JourneyFacts.@Nullable Child child) {
		if (child == null || child.disabilities() == null || child.disabilities().isBlank()) {
			return "Not recorded";
		}
		return child.disabilities().toUpperCase(Locale.ROOT).contains("NONE") ? "No disability" : "Disabled";
	}

}
