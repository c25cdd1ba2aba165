package org.assure.reporting.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's text, line by line, as the linter reads it.
 *
 * @param name the file's name
 * @param lines its lines
 */
public record LintDocument(String name, List<LintLine> lines) {

	/**
	 * A document of plain text: each line as it is, a line with tabs as a table row.
	 * @param name the file's name
	 * @param text the text
	 * @return the document
	 */
	public static LintDocument ofText(String name, String text) {
		List<LintLine> lines = new ArrayList<>();
		int number = 1;
		for (String line : text.split("\r\n|\r|\n", -1)) {
			lines.add(LintLine.of(number++, line));
		}
		return new LintDocument(name, lines);
	}

}
