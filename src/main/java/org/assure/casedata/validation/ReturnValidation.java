package org.assure.casedata.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * One run of a year's rule set over a return: the reader hands the children to
 * {@link #check}, one or a batch at a time (a batch is checked rule by rule, reported
 * child by child), then {@link #finish} reports what only the whole return shows.
 */
public final class ReturnValidation {

	private final List<DfeRule> rules;

	private final List<Findings.Reporter> reporters = new ArrayList<>();

	private final ReturnContext context;

	private final Findings findings;

	private int children;

	private final boolean childByChild;

	/** The tables rules name by {@link DfeRule#rowsOf}, each once. */
	private final String[] walked;

	/** Each rule's place in {@link #walked}, by the rule's place; -1 for none. */
	private final int[] rowsOf;

	/**
	 * Starts a run.
	 * @param book the return's rule book
	 * @param context the return's year, calendar and code lists
	 * @param fileName the file, for findings about the whole return
	 */
	public ReturnValidation(RuleBook book, ReturnContext context, String fileName) {
		this.context = context;
		this.findings = new Findings(fileName);
		int effective = book.effectiveYear(context.collectionYear());
		if (effective != context.collectionYear()) {
			context.note("Assure holds no " + book.source() + " rule set for " + yearLabel(context.collectionYear())
					+ "; the return was judged by the " + yearLabel(effective) + " rules, the nearest it holds.");
		}
		List<DfeRule> held = book.rules(context.collectionYear());
		this.rules = held.stream().map(DfeRule::forRun).toList();
		boolean separable = true;
		for (int i = 0; i < held.size(); i++) {
			separable &= this.rules.get(i) == held.get(i) || this.rules.get(i).absorbs();
		}
		this.childByChild = separable;
		for (DfeRule rule : this.rules) {
			this.reporters.add(this.findings.of(rule.spec()));
		}
		List<String> walked = new ArrayList<>();
		this.rowsOf = new int[this.rules.size()];
		for (int i = 0; i < this.rules.size(); i++) {
			String table = this.rules.get(i).rowsOf();
			if (table != null && !walked.contains(table)) {
				walked.add(table);
			}
			this.rowsOf[i] = (table != null) ? walked.indexOf(table) : -1;
		}
		this.walked = walked.toArray(String[]::new);
	}

	/**
	 * The header row, before any child.
	 * @param header the header
	 */
	public void header(Row header) {
		this.context.header(header);
	}

	/**
	 * Checks one child with every rule.
	 * @param child the child
	 */
	public void check(ReturnChild child) {
		check(List.of(child));
	}

	/**
	 * Checks a batch of children, rule by rule: each rule is run over every child of the
	 * batch before the next rule, so that the call to a rule keeps going to the same code
	 * (with some three hundred rules, calling each in turn for every child left the
	 * processor guessing where each call went). Each rule still sees the children in the
	 * order given, and the findings are put back in the order a child-by-child run would
	 * report them: by child, then by rule.
	 * @param batch the children, in the order read
	 */
	public void check(List<ReturnChild> batch) {
		this.children += batch.size();
		this.findings.startBatch();
		// The places in the batch of the children with rows of each table a rule needs,
		// worked out when a rule first asks.
		int[][] withRows = new int[this.walked.length][];
		for (int i = 0; i < this.rules.size(); i++) {
			DfeRule rule = this.rules.get(i);
			Findings.Reporter reporter = this.reporters.get(i);
			int table = this.rowsOf[i];
			int[] places = null;
			if (table >= 0) {
				places = withRows[table];
				if (places == null) {
					places = withRows(batch, this.walked[table]);
					withRows[table] = places;
				}
			}
			int count = (places != null) ? places.length : batch.size();
			for (int k = 0; k < count; k++) {
				int position = (places != null) ? places[k] : k;
				ReturnChild child = batch.get(position);
				this.findings.child(child.id(), position);
				try {
					rule.check(child, this.context, reporter);
				}
				catch (RuntimeException ex) {
					// A rule that cannot read a child is a fault in Assure, not in the
					// return: the others still run, and the report says which rule
					// stopped where.
					String code = rule.spec().code();
					if (this.failedRules.add(code)) {
						this.context.note("Rule " + code + " could not check child " + child.id() + " (" + ex
								+ "); it was not run on that child, and Assure's maintainers should be told");
					}
				}
			}
		}
		this.findings.endBatch();
	}

	/** The places in a batch of the children with rows of a table. */
	private static int[] withRows(List<ReturnChild> batch, String table) {
		int[] places = new int[batch.size()];
		int count = 0;
		for (int position = 0; position < batch.size(); position++) {
			if (batch.get(position).has(table)) {
				places[count++] = position;
			}
		}
		return java.util.Arrays.copyOf(places, count);
	}

	/** The rules that have failed on a child at least once, each noted once. */
	private final java.util.Set<String> failedRules = new java.util.HashSet<>();

	/**
	 * Ends the run.
	 * @return what was found
	 */
	public Findings finish() {
		this.findings.child(null, 0);
		for (int i = 0; i < this.rules.size(); i++) {
			this.rules.get(i).finish(this.context, this.reporters.get(i));
		}
		return this.findings;
	}

	/**
	 * Whether every rule judges each child on its own, remembering nothing across
	 * children, or can take in what another run remembered, so that the children can be
	 * checked on several threads.
	 * @return whether they can
	 */
	boolean childByChild() {
		return this.childByChild;
	}

	/**
	 * Takes in a run over other children of the same return (checked after this run's on
	 * another thread): its findings after this run's, its notes after this run's.
	 * @param other the other run
	 */
	void merge(ReturnValidation other) {
		for (int i = 0; i < this.rules.size(); i++) {
			if (this.rules.get(i).absorbs()) {
				this.rules.get(i).absorb(other.rules.get(i));
			}
		}
		this.children += other.children;
		this.findings.addAll(other.findings);
		other.context.notes().forEach(this.context::note);
	}

	public int children() {
		return this.children;
	}

	public ReturnContext context() {
		return this.context;
	}

	/**
	 * A collection year as the DfE writes it.
	 * @param collectionYear the year of its 31 March
	 * @return such as {@code 2025-26}
	 */
	public static String yearLabel(int collectionYear) {
		return (collectionYear - 1) + "-" + String.format("%02d", collectionYear % 100);
	}

}
