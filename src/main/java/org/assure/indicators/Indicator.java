package org.assure.indicators;

import org.assure.indicators.analysis.BetterDirection;

/**
 * An indicator of the catalogue.
 *
 * @param code a stable code, such as {@code assessments-within-45-wd}
 * @param version the definition's version: a value records the version it was computed
 * with
 * @param name the name a board report uses
 * @param unit {@code count} or {@code percent}
 * @param better which way is better
 * @param definition what is counted, in words
 * @param reference where the definition comes from
 */
public record Indicator(String code, int version, String name, String unit, BetterDirection better, String definition,
		String reference) {
}
