package org.assure.lado;

import java.time.LocalDate;

/**
 * How long an allegation took from the day the LADO received the referral to the day of
 * its outcome, in KCSIE's bands. The clock is defined locally, as KCSIE leaves it
 * (DOMAIN.md §2a): calendar months from the referral, so a referral of 31 January
 * resolved on 28 February is within one month.
 */
public enum Resolution {

	/** Resolved within one month. */
	ONE_MONTH("Within 1 month"),

	/** Resolved after one month and within three. */
	THREE_MONTHS("Within 3 months"),

	/** Resolved after three months and within twelve. */
	TWELVE_MONTHS("Within 12 months"),

	/** Resolved after twelve months. */
	LONGER("After 12 months");

	private final String label;

	Resolution(String label) {
		this.label = label;
	}

	/**
	 * The band in words.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * The band a resolution falls in.
	 * @param received when the referral was received
	 * @param resolved when its outcome was decided, not before it
	 * @return the band
	 */
	public static Resolution of(LocalDate received, LocalDate resolved) {
		if (resolved.isBefore(received)) {
			throw new IllegalArgumentException("An outcome cannot come before its referral");
		}
		if (!resolved.isAfter(received.plusMonths(1))) {
			return ONE_MONTH;
		}
		if (!resolved.isAfter(received.plusMonths(3))) {
			return THREE_MONTHS;
		}
		if (!resolved.isAfter(received.plusMonths(12))) {
			return TWELVE_MONTHS;
		}
		return LONGER;
	}

}
