package org.assure.casedata.validation;

import java.util.ArrayList;
import java.util.List;

import org.assure.casedata.journey.Location;
import org.jspecify.annotations.Nullable;

/**
 * What the rules found in one return, in the order found.
 */
public final class Findings {

	private final List<Violation> violations = new ArrayList<>();

	private final String fileName;

	private @Nullable String child;

	/** The place in its batch of the child being checked. */
	private int position;

	/**
	 * Where the batch being checked began in {@link #violations}, or -1 between batches.
	 */
	private int batchStart = -1;

	/** The place in the batch of the child of each finding of the batch, in order. */
	private int[] positions = new int[16];

	/**
	 * Findings of a return.
	 * @param fileName the file, for findings about the whole return
	 */
	public Findings(String fileName) {
		this.fileName = fileName;
	}

	void child(@Nullable String id, int position) {
		this.child = id;
		this.position = position;
	}

	/** A batch of children begins, checked rule by rule. */
	void startBatch() {
		this.batchStart = this.violations.size();
	}

	/**
	 * The batch is checked: its findings, found rule by rule, are put in the order of the
	 * children they were found on (a stable sort, so each child's stay in rule order).
	 */
	void endBatch() {
		int start = this.batchStart;
		this.batchStart = -1;
		int count = this.violations.size() - start;
		if (count < 2) {
			return;
		}
		Integer[] order = new Integer[count];
		for (int i = 0; i < count; i++) {
			order[i] = i;
		}
		int[] of = this.positions;
		java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> of[i]));
		List<Violation> found = new ArrayList<>(this.violations.subList(start, this.violations.size()));
		for (int i = 0; i < count; i++) {
			this.violations.set(start + i, found.get(order[i]));
		}
	}

	private void add(Violation violation) {
		if (this.batchStart >= 0) {
			int index = this.violations.size() - this.batchStart;
			if (index == this.positions.length) {
				this.positions = java.util.Arrays.copyOf(this.positions, index * 2);
			}
			this.positions[index] = this.position;
		}
		this.violations.add(violation);
	}

	/**
	 * Where a rule reports what it finds.
	 * @param spec the rule
	 * @return its reporter, for the child being checked
	 */
	public Reporter of(RuleSpec spec) {
		return new Reporter(spec);
	}

	/**
	 * Adds what another run over other children of the same return found, after what this
	 * one found.
	 * @param other the other run's findings
	 */
	void addAll(Findings other) {
		this.violations.addAll(other.violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/** A rule's way to report, about the child being checked or the whole return. */
	public final class Reporter {

		private final RuleSpec spec;

		Reporter(RuleSpec spec) {
			this.spec = spec;
		}

		/**
		 * Reports a row.
		 * @param row the row
		 * @param field the field or fields
		 * @param detail the values that show it
		 */
		public void at(Row row, String field, String detail) {
			Findings.this.add(new Violation(this.spec.code(), this.spec.severity(), this.spec.message(),
					Findings.this.child, row.table(), row.number(), field, row.location(), detail));
		}

		/**
		 * Reports a row of another child than the one being checked (an earlier child a
		 * rule that compares children remembers).
		 * @param child the other child's id
		 * @param row its row
		 * @param field the field or fields
		 * @param detail the values that show it
		 */
		public void at(@Nullable String child, Row row, String field, String detail) {
			Findings.this.add(new Violation(this.spec.code(), this.spec.severity(), this.spec.message(), child,
					row.table(), row.number(), field, row.location(), detail));
		}

		/**
		 * Reports the whole return (an LA-level rule).
		 * @param detail the counts that show it
		 */
		public void whole(String detail) {
			Findings.this.add(new Violation(this.spec.code(), this.spec.severity(), this.spec.message(), null,
					this.spec.table(), 0, String.join(", ", this.spec.fields()),
					new Location(Findings.this.fileName, "the whole return"), detail));
		}

	}

}
