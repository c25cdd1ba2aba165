package org.assure.reporting.lint;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A line of a report's text.
 *
 * @param number its 1-based number
 * @param text the text (a table row's cells joined by tabs)
 * @param cells the cells, when the line is a row of a table; otherwise null
 */
public record LintLine(int number, String text, @Nullable List<String> cells) {

	/**
	 * A line of text; a line with tabs is a table row whose cells are its tab-separated
	 * parts.
	 * @param number the line's number
	 * @param text the text
	 * @return the line
	 */
	public static LintLine of(int number, String text) {
		return new LintLine(number, text, text.indexOf('\t') >= 0 ? List.of(text.split("\t", -1)) : null);
	}

	/**
	 * Whether the line is a table row.
	 * @return true for a row
	 */
	public boolean row() {
		return this.cells != null;
	}

}
