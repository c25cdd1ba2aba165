package org.assure.casedata.web;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * CSV cells as SECURITY.md asks: quoted, and a cell that a spreadsheet would take for a
 * formula ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe.
 */
final class Csv {

	private Csv() {
	}

	static String row(List<@Nullable String> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	static String cell(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
