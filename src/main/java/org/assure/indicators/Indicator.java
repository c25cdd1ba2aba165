package org.assure.indicators;

import java.time.Instant;

import org.assure.indicators.analysis.BetterDirection;
import org.jspecify.annotations.Nullable;

/**
 * An indicator of a partnership's catalogue, with everything a board report says about a
 * measure (ANALYSIS.md, "What every measure carries").
 *
 * @param code a stable code, such as {@code assessments-within-45-wd}
 * @param version the definition's version: a value records the version it was computed
 * with
 * @param name the name a board report uses
 * @param theme the dashboard theme
 * @param source where values come from
 * @param unit {@code count}, {@code percent} or {@code number}
 * @param better which way is better
 * @param frequency how often it is reported
 * @param definition what is counted, in words, with inclusions and exclusions
 * @param numerator what the count (or the part of a percentage) counts
 * @param denominator the whole of a percentage; empty for a count
 * @param reference where the definition comes from (Working Together, DfE, the seed)
 * @param target the target, in the indicator's unit, if one is set
 * @param targetSetBy who set the target and when
 * @param tolerance how far short of the target is amber rather than red, in the unit
 * @param dataOwner who provides the data
 * @param accountablePerson who answers for performance
 * @param returnAgencyId for an agency return, the agency that owes it
 * @param dataQualityNote what a reader should know about the data's quality
 * @param baselinePeriod the period the baseline starts, if one is chosen
 * @param smallNumberThreshold counts from 1 to this are suppressed when published
 * @param staleAfterDays days after a period ends before a missing value makes the
 * indicator stale
 * @param changedBy who wrote this version ({@code shipped} for the built-in version)
 * @param changedAt when, null for the built-in version
 * @param changeReason why
 */
public record Indicator(String code, int version, String name, Theme theme, IndicatorSource source, String unit,
		BetterDirection better, Frequency frequency, String definition, String numerator, String denominator,
		String reference, @Nullable Double target, String targetSetBy, @Nullable Double tolerance, String dataOwner,
		String accountablePerson, @Nullable Long returnAgencyId, String dataQualityNote, String baselinePeriod,
		int smallNumberThreshold, int staleAfterDays, String changedBy, @Nullable Instant changedAt,
		String changeReason) {

	/** The units an indicator may have. */
	public static final java.util.List<String> UNITS = java.util.List.of("count", "percent", "number");

	/**
	 * Whether values are percentages of a whole.
	 * @return true for a percentage
	 */
	public boolean percent() {
		return "percent".equals(this.unit);
	}

	/**
	 * Whether agencies return this indicator's values.
	 * @return true for an agency return
	 */
	public boolean returned() {
		return this.source == IndicatorSource.RETURN;
	}

	/**
	 * The same indicator with another definition text, as shown (not stored).
	 * @param text the definition
	 * @return the indicator
	 */
	public Indicator withDefinition(String text) {
		return new Indicator(this.code, this.version, this.name, this.theme, this.source, this.unit, this.better,
				this.frequency, text, this.numerator, this.denominator, this.reference, this.target, this.targetSetBy,
				this.tolerance, this.dataOwner, this.accountablePerson, this.returnAgencyId, this.dataQualityNote,
				this.baselinePeriod, this.smallNumberThreshold, this.staleAfterDays, this.changedBy, this.changedAt,
				this.changeReason);
	}

}
