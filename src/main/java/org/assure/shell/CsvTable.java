package org.assure.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded CSV file with a header row, read the same way for every module's import:
 * the header's names without case, spaces at the ends or a byte-order mark; each row's
 * cells by column; and the problems that stop the file, each naming the file and, where
 * there is one, the row.
 *
 * @param rows the rows under the header
 * @param problems what stops the file from being read: missing columns, no rows, not a
 * CSV file
 */
public record CsvTable(List<Row> rows, List<String> problems) {

	/**
	 * A row.
	 *
	 * @param line its line in the file, the header being line 1
	 * @param cells its cells by column name, trimmed; a column the row lacks is empty
	 */
	public record Row(long line, Map<String, String> cells) {

		/**
		 * A cell.
		 * @param column the column
		 * @return its text, trimmed, or empty
		 */
		public String get(String column) {
			return this.cells.getOrDefault(column, "");
		}

		/**
		 * A cell as a date, year-month-day.
		 * @param column the column
		 * @param where the file and row, for the message
		 * @param problems where a cell that is not a date is put
		 * @return the date, or null when empty or not a date
		 */
		public java.time.@Nullable LocalDate date(String column, String where, List<String> problems) {
			String text = get(column);
			if (text.isEmpty()) {
				return null;
			}
			try {
				return java.time.LocalDate.parse(text);
			}
			catch (java.time.format.DateTimeParseException ex) {
				problems.add(where + column + ": a date as year-month-day, such as 2015-01-12, not '" + text + "'");
				return null;
			}
		}

		/**
		 * A cell as a whole number.
		 * @param column the column
		 * @param where the file and row, for the message
		 * @param problems where a cell that is not a whole number is put
		 * @return the number, or null when empty or not a whole number
		 */
		public @Nullable Integer wholeNumber(String column, String where, List<String> problems) {
			String text = get(column).replace(",", "");
			if (text.isEmpty()) {
				return null;
			}
			try {
				return Integer.valueOf(text);
			}
			catch (NumberFormatException ex) {
				problems.add(where + column + ": a whole number, not '" + get(column) + "'");
				return null;
			}
		}

		/**
		 * A cell as yes or no (also y, n, true, false, 1, 0); empty is no.
		 * @param column the column
		 * @param where the file and row, for the message
		 * @param problems where a cell that is neither is put
		 * @return true for yes
		 */
		public boolean yes(String column, String where, List<String> problems) {
			String text = get(column).toLowerCase(Locale.UK);
			if (text.isEmpty() || List.of("no", "n", "false", "0").contains(text)) {
				return false;
			}
			if (List.of("yes", "y", "true", "1").contains(text)) {
				return true;
			}
			problems.add(where + column + ": yes or no, not '" + get(column) + "'");
			return false;
		}

		/**
		 * A cell naming one of an enum's constants, by its label or its code, without
		 * case.
		 * @param <E> the enum
		 * @param column the column
		 * @param values the constants
		 * @param label each constant's label
		 * @param where the file and row, for the message
		 * @param problems where a cell that names none is put, with the labels allowed
		 * @return the constant, or null when empty or naming none
		 */
		public <E extends Enum<E>> @Nullable E choice(String column, E[] values,
				java.util.function.Function<E, String> label, String where, List<String> problems) {
			String text = get(column);
			if (text.isEmpty()) {
				return null;
			}
			for (E value : values) {
				if (value.name().equalsIgnoreCase(text.replace(' ', '_'))
						|| label.apply(value).equalsIgnoreCase(text)) {
					return value;
				}
			}
			problems.add(where + column + ": one of "
					+ String.join(", ", java.util.Arrays.stream(values).map(label).toList()) + ", not '" + text + "'");
			return null;
		}

	}

	/**
	 * Adds the problems a module's rules found with a row's values, each named by the
	 * file's row and the column the field came from.
	 * @param problems the file's problems so far
	 * @param where the row, such as "file.csv row 3, "
	 * @param found the problems by the module's field name
	 * @param columnOf the column of each field whose name differs from it
	 */
	public static void addByColumn(List<String> problems, String where, Map<String, String> found,
			Map<String, String> columnOf) {
		found.forEach((field, message) -> problems.add(where + columnOf.getOrDefault(field, field) + ": " + message));
	}

	/**
	 * Reads a file.
	 * @param csv the file
	 * @param fileName its name, for messages
	 * @param required the columns it must have
	 * @param columns every column it may have, in order, for the message naming them
	 * @return the rows, or the problems
	 */
	public static CsvTable read(Reader csv, String fileName, List<String> required, List<String> columns) {
		List<Row> rows = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(csv)) {
			List<String> header = parser.getHeaderNames()
				.stream()
				.map((name) -> name.replace('\uFEFF', ' ').strip().toLowerCase(Locale.ROOT))
				.toList();
			for (String column : required) {
				if (!header.contains(column)) {
					problems.add(fileName + ": the column '" + column + "' is missing; the columns are "
							+ String.join(", ", columns));
				}
			}
			if (!problems.isEmpty()) {
				return new CsvTable(List.of(), problems);
			}
			for (CSVRecord record : parser) {
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					cells.put(header.get(i), record.get(i).strip());
				}
				rows.add(new Row(record.getRecordNumber() + 1, cells));
			}
			if (rows.isEmpty()) {
				problems.add(fileName + ": there are no rows under the header");
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(fileName + ": not a readable CSV file (" + ex.getMessage() + ")");
		}
		return new CsvTable(rows, problems);
	}

}
