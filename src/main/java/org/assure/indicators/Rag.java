package org.assure.indicators;

import org.assure.indicators.analysis.BetterDirection;
import org.jspecify.annotations.Nullable;

/**
 * Red, amber or green against a target and its tolerance (ANALYSIS.md).
 */
public enum Rag {

	/** The target is met. */
	GREEN("Green", "meets the target"),

	/** Short of the target, within the tolerance. */
	AMBER("Amber", "short of the target, within the tolerance"),

	/** Short of the target by more than the tolerance. */
	RED("Red", "misses the target by more than the tolerance"),

	/** No target, or a measure with no better direction. */
	NONE("No target", "has no target");

	private final String label;

	private final String meaning;

	Rag(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	/**
	 * The rating as people read it.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

	/**
	 * What the rating means, in words.
	 * @return the meaning
	 */
	public String meaning() {
		return this.meaning;
	}

	/**
	 * Rates a value. For "higher is better" a value at or above the target is green, at
	 * or above the target less the tolerance amber, and below that red; "lower is better"
	 * is the mirror.
	 * @param value the value
	 * @param better which way is better
	 * @param target the target, if any
	 * @param tolerance the tolerance, if any (none is zero)
	 * @return the rating
	 */
	public static Rag of(double value, BetterDirection better, @Nullable Double target, @Nullable Double tolerance) {
		if (target == null || better == BetterDirection.NEUTRAL) {
			return NONE;
		}
		double slack = (tolerance != null) ? tolerance : 0;
		double shortfall = (better == BetterDirection.UP) ? target - value : value - target;
		if (shortfall <= 0) {
			return GREEN;
		}
		return (shortfall <= slack) ? AMBER : RED;
	}

}
