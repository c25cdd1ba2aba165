package org.assure.shell;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * CSV cells as SECURITY.md asks: quoted, and a cell that a spreadsheet would take for a
 * formula ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * One CSV row, ended by CRLF.
	 * @param cells the cells, null for empty
	 * @return the row
	 */
	public static String row(List<@Nullable String> cells) {
		return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	/**
	 * One quoted, formula-safe cell.
	 * @param value the value, null for empty
	 * @return the cell
	 */
	public static String cell(@Nullable String value) {
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
