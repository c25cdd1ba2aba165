package org.assure.childdeath;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * A child's age at death, in the bands child death reviews are reported by (DOMAIN.md
 * §4): neonatal under 28 days, infant from 28 days to a year, then 1–4, 5–9, 10–14 and
 * 15–17.
 */
public enum AgeBand {

	/** Under 28 days. */
	NEONATAL("Neonatal (under 28 days)"),

	/** From 28 days to under one year. */
	INFANT("Infant (28 days to under 1 year)"),

	/** 1 to 4 years. */
	AGE_1_4("1 to 4 years"),

	/** 5 to 9 years. */
	AGE_5_9("5 to 9 years"),

	/** 10 to 14 years. */
	AGE_10_14("10 to 14 years"),

	/** 15 to 17 years. */
	AGE_15_17("15 to 17 years");

	private final String label;

	AgeBand(String label) {
		this.label = label;
	}

	/**
	 * The value in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The band of a child born on one day and dying on another.
	 * @param bornOn the day of birth
	 * @param diedOn the day of death
	 * @return the band
	 * @throws IllegalArgumentException when the death is before the birth, or on or after
	 * the 18th birthday (outside a child death review's scope)
	 */
	public static AgeBand of(LocalDate bornOn, LocalDate diedOn) {
		if (diedOn.isBefore(bornOn)) {
			throw new IllegalArgumentException("The day of death is before the day of birth");
		}
		if (ChronoUnit.DAYS.between(bornOn, diedOn) < 28) {
			return NEONATAL;
		}
		int years = Period.between(bornOn, diedOn).getYears();
		if (years >= 18) {
			throw new IllegalArgumentException(
					"A child death review covers children who die before their 18th birthday");
		}
		if (years < 1) {
			return INFANT;
		}
		if (years < 5) {
			return AGE_1_4;
		}
		if (years < 10) {
			return AGE_5_9;
		}
		return (years < 15) ? AGE_10_14 : AGE_15_17;
	}

}
