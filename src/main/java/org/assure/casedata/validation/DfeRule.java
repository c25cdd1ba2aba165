package org.assure.casedata.validation;

/**
 * A DfE validation rule: checks one child at a time and, for rules about the whole
 * return, reports once the last child has been seen.
 */
public interface DfeRule {

	/**
	 * The rule as the DfE publishes it.
	 * @return its code, severity, message and fields
	 */
	RuleSpec spec();

	/**
	 * Checks one child.
	 * @param child the child's rows
	 * @param context the return's reference date, calendar and code lists
	 * @param findings where to report
	 */
	void check(ReturnChild child, ReturnContext context, Findings.Reporter findings);

	/**
	 * Reports what only the whole return shows; called after the last child.
	 * @param context the return
	 * @param findings where to report
	 */
	default void finish(ReturnContext context, Findings.Reporter findings) {
	}

	/**
	 * The rule for one run: a rule that counts across children returns a fresh copy.
	 * @return the rule to run
	 */
	default DfeRule forRun() {
		return this;
	}

	/**
	 * Whether this rule, though it remembers children across a run, can take in what
	 * another run over other children of the same return remembered ({@link #absorb}), so
	 * that the children can still be checked on several threads; it then reports only in
	 * {@link #finish}.
	 * @return true when it can
	 */
	default boolean absorbs() {
		return false;
	}

	/**
	 * Takes in what another run of this rule, over the children after this run's,
	 * remembered.
	 * @param later the other run's rule (made by {@link #forRun})
	 */
	default void absorb(DfeRule later) {
		throw new UnsupportedOperationException(spec().code() + " cannot take in another run");
	}

	/**
	 * A table without whose rows the rule finds nothing in a child: the table whose rows
	 * it walks, or one it needs rows of before it can find anything (a rule on adoption
	 * decisions needs a decision; a rule on care leavers, a care leaver's row). A run
	 * passes such a child by without calling the rule (most children have no rows of most
	 * tables). {@code RowsOfUnitTests} checks the claim on every child of a fixture and
	 * of a generated return, each with that table's rows taken away.
	 * @return the table, or null when the rule may find something in any child
	 */
	default @org.jspecify.annotations.Nullable String rowsOf() {
		return null;
	}

	/**
	 * A rule judged one child at a time.
	 * @param spec the rule
	 * @param check the check
	 * @return the rule
	 */
	static DfeRule of(RuleSpec spec, ChildCheck check) {
		return of(spec, null, check);
	}

	/**
	 * A rule judged one child at a time that finds nothing in a child without rows of one
	 * table ({@link #rowsOf}).
	 * @param spec the rule
	 * @param rowsOf the table, or null when the rule may find something in any child
	 * @param check the check
	 * @return the rule
	 */
	static DfeRule of(RuleSpec spec, @org.jspecify.annotations.Nullable String rowsOf, ChildCheck check) {
		return new DfeRule() {

			@Override
			public RuleSpec spec() {
				return spec;
			}

			@Override
			public @org.jspecify.annotations.Nullable String rowsOf() {
				return rowsOf;
			}

			@Override
			public void check(ReturnChild child, ReturnContext context, Findings.Reporter findings) {
				check.check(child, context, findings);
			}

		};
	}

	/** The body of a rule judged one child at a time. */
	@FunctionalInterface
	interface ChildCheck {

		/**
		 * Checks one child.
		 * @param child the child
		 * @param context the return
		 * @param findings where to report
		 */
		void check(ReturnChild child, ReturnContext context, Findings.Reporter findings);

	}

}
