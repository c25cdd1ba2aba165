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
		return "\"" + neutral(value).replace("\"", "\"\"") + "\"";
	}

	/**
	 * A value a spreadsheet will not take for a formula: one that begins with
	 * {@code = + - @}, a tab or a carriage return gets an apostrophe before it. For CSV
	 * cells and the text cells of an exported workbook alike.
	 * @param value the value
	 * @return the value, neutralised
	 */
	public static String neutral(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
