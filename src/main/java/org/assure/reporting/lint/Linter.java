package org.assure.reporting.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every rule over a document and returns the findings in line order.
 */
public final class Linter {

	private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger(Linter.class);

	private static final List<LintRule> RULES = List.of(new PercentOfBase(), new StatedChange(), new Dates(),
			new Tables(), new PartsAndValues(), new Shares(), new Rates(), new RatePopulations(), new NumberWords());

	private final LintSettings settings;

	/**
	 * A linter.
	 * @param settings the tolerance and limits
	 */
	public Linter(LintSettings settings) {
		this.settings = settings;
	}

	/**
	 * Lints a document.
	 * @param document the document
	 * @return the findings, by line
	 */
	public List<Finding> lint(LintDocument document) {
		List<Prose.Sentence> sentences = Prose.sentences(document);
		List<Finding> findings = new ArrayList<>();
		for (LintRule rule : RULES) {
			List<Finding> found = new ArrayList<>();
			try {
				rule.check(document, sentences, this.settings, found);
				findings.addAll(found);
			}
			catch (RuntimeException ex) {
				// A rule that cannot read a document is a fault in Assure, not in the
				// report: the other rules still run. The report's text is not logged.
				LOGGER.warn("Lint rule {} failed on {} ({})", rule.getClass().getSimpleName(), document.name(),
						ex.getClass().getName());
			}
		}
		findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule));
		return List.copyOf(findings);
	}

}
