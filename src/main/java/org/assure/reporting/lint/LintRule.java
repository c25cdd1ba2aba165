package org.assure.reporting.lint;

import java.util.List;

/**
 * One of the linter's rules.
 */
interface LintRule {

	/**
	 * Checks a document.
	 * @param document the document
	 * @param sentences its running text as sentences
	 * @param settings the tolerance and limits
	 * @param findings where to add what is found
	 */
	void check(LintDocument document, List<Prose.Sentence> sentences, LintSettings settings, List<Finding> findings);

}
