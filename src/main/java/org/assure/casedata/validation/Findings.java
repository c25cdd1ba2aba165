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

	/**
	 * Findings of a return.
	 * @param fileName the file, for findings about the whole return
	 */
	public Findings(String fileName) {
		this.fileName = fileName;
	}

	void child(@Nullable String id) {
		this.child = id;
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
			Findings.this.violations.add(new Violation(this.spec.code(), this.spec.severity(), this.spec.message(),
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
			Findings.this.violations.add(new Violation(this.spec.code(), this.spec.severity(), this.spec.message(),
					child, row.table(), row.number(), field, row.location(), detail));
		}

		/**
		 * Reports the whole return (an LA-level rule).
		 * @param detail the counts that show it
		 */
		public void whole(String detail) {
			Findings.this.violations.add(new Violation(this.spec.code(), this.spec.severity(), this.spec.message(),
					null, this.spec.table(), 0, String.join(", ", this.spec.fields()),
					new Location(Findings.this.fileName, "the whole return"), detail));
		}

	}

}
