package org.assure.casedata.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * Problems put on purpose into a share of a generated return's children, each of a kind a
 * named DfE rule finds, and the list of what was put where: so that a check can be shown
 * to find every one.
 */
public final class ProblemInjection {

	/** What to break, and the rule that finds it. */
	public enum Kind {

		/** A UPN whose check letter is wrong. */
		UPN_CHECK_LETTER("1510"),

		/** A date of birth and an expected date of birth both given. */
		BOTH_BIRTH_DATES("8525"),

		/** An ethnicity that is not a code. */
		ETHNICITY("4220"),

		/** The same disability twice. */
		DISABILITY_TWICE("8794"),

		/** A referral source that is not a code. */
		REFERRAL_SOURCE("8866"),

		/** A ReferralNFA flag that is not yes or no. */
		REFERRAL_NFA("8568"),

		/** A date of birth after the reference date. */
		BORN_AFTER_REFERENCE_DATE("8520"),

		/** SSDA903: a sex that is not a code. */
		SEX("101", "ssda903"),

		/** SSDA903: a date of birth that is no day. */
		DATE_OF_BIRTH("102", "ssda903"),

		/** SSDA903: an ethnicity that is not a code. */
		ETHNIC("103", "ssda903"),

		/** SSDA903: a legal status that is not a code. */
		LEGAL_STATUS("144", "ssda903"),

		/** SSDA903: a placement provider that is not a code. */
		PLACEMENT_PROVIDER("178", "ssda903"),

		/** SSDA903: a home postcode that is not a postcode. */
		HOME_POSTCODE("392c", "ssda903");

		private final String rule;

		private final String format;

		Kind(String rule) {
			this(rule, "cin-census");
		}

		Kind(String rule, String format) {
			this.rule = rule;
			this.format = format;
		}

		public String rule() {
			return this.rule;
		}

		/**
		 * The kinds of problem put into a format's returns.
		 * @param format cin-census or ssda903
		 * @return the kinds
		 */
		public static List<Kind> of(String format) {
			return java.util.Arrays.stream(values()).filter((kind) -> kind.format.equals(format)).toList();
		}

	}

	/**
	 * A problem put into a child's record.
	 *
	 * @param child the child's id
	 * @param rule the DfE rule that finds it
	 * @param kind what was broken
	 */
	public record Injected(String child, String rule, Kind kind) {
	}

	/** No problems. */
	public static final ProblemInjection NONE = new ProblemInjection(0, 0);

	private final double rate;

	private final List<Kind> kinds;

	private final Random random;

	private final List<Injected> injected = new ArrayList<>();

	/**
	 * Problems in a share of the children.
	 * @param rate the share, from 0 to 1
	 * @param seed the seed, so that the same children are chosen each time
	 */
	public ProblemInjection(double rate, long seed) {
		this(rate, seed, "cin-census");
	}

	/**
	 * Problems in a share of the children of a format's return.
	 * @param rate the share, from 0 to 1
	 * @param seed the seed
	 * @param format cin-census or ssda903
	 */
	public ProblemInjection(double rate, long seed, String format) {
		this.kinds = Kind.of(format);
		if (rate < 0 || rate > 1) {
			throw new IllegalArgumentException("The share of children with problems is between 0 and 1, not " + rate);
		}
		this.rate = rate;
		this.random = new Random(seed ^ 0x5DEECE66DL);
	}

	/**
	 * Whether to break this child's record, and how: the kinds in turn, so that each is
	 * used.
	 * @param child the child's id
	 * @return the kind, or null to leave the child as generated
	 */
	@Nullable Kind next(String child) {
		if (this.rate == 0 || this.random.nextDouble() >= this.rate) {
			return null;
		}
		Kind kind = this.kinds.get(this.injected.size() % this.kinds.size());
		this.injected.add(new Injected(child, kind.rule(), kind));
		return kind;
	}

	public List<Injected> injected() {
		return List.copyOf(this.injected);
	}

}
