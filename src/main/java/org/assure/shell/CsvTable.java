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
