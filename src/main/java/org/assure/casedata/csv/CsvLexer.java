package org.assure.casedata.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Splits CSV text into records exactly as the CSV importers' format does (Commons CSV's
 * default format, values trimmed, empty lines skipped; RFC 4180): values separated by
 * commas, records by LF, CRLF or CR; a value that starts with a double quote runs to the
 * closing quote, may hold commas, line breaks and doubled quotes, and may be followed
 * only by spaces before the comma or the end of its line. Written for the Assure CSV
 * template, whose rows leave most of their 33 cells empty: an empty cell costs no new
 * string, and a plain cell is copied once from the buffer.
 */
final class CsvLexer {

	/** The value of every cell that is empty once trimmed. */
	private static final String EMPTY = "";

	private static final int COMMA = ',';

	private static final int END_OF_LINE = -2;

	private static final int END_OF_FILE = -1;

	private final Reader reader;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private int line = 1;

	private final List<String> values = new ArrayList<>(40);

	private final StringBuilder pending = new StringBuilder();

	CsvLexer(Reader reader) {
		this.reader = reader;
	}

	/**
	 * The next record.
	 * @return its values, trimmed; null at the end of the text
	 * @throws IOException when the text cannot be read, or a quoted value is never closed
	 * or is followed by anything but spaces before its comma
	 */
	String @Nullable [] next() throws IOException {
		int c = peek();
		while (c == '\n' || c == '\r') {
			endOfLine();
			c = peek();
		}
		if (c == END_OF_FILE) {
			return null;
		}
		this.values.clear();
		int end = COMMA;
		while (end == COMMA) {
			end = (peek() == '"') ? quoted() : plain();
		}
		return this.values.toArray(new String[0]);
	}

	/**
	 * A header record as a map of each name to its column, as the importers' format makes
	 * it: a blank name is refused; a repeated name maps to its last column.
	 * @param header the header record
	 * @return the columns by name
	 */
	static Map<String, Integer> columns(String[] header) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.length; i++) {
			if (header[i].isBlank()) {
				throw new IllegalArgumentException("A header name is missing in " + java.util.Arrays.toString(header));
			}
			columns.put(header[i], i);
		}
		return columns;
	}

	private int plain() throws IOException {
		this.pending.setLength(0);
		int start = this.position;
		while (true) {
			if (this.position == this.limit) {
				this.pending.append(this.buffer, start, this.position - start);
				if (!fill()) {
					add(this.pending);
					return END_OF_FILE;
				}
				start = 0;
			}
			char c = this.buffer[this.position];
			if (c == ',' || c == '\n' || c == '\r') {
				if (this.pending.isEmpty()) {
					add(start, this.position);
				}
				else {
					this.pending.append(this.buffer, start, this.position - start);
					add(this.pending);
				}
				if (c == ',') {
					this.position++;
					return COMMA;
				}
				endOfLine();
				return END_OF_LINE;
			}
			this.position++;
		}
	}

	private int quoted() throws IOException {
		int opened = this.line;
		this.position++;
		this.pending.setLength(0);
		while (true) {
			int c = read();
			if (c == END_OF_FILE) {
				throw new IOException("the quoted value that opens on line " + opened + " is never closed");
			}
			if (c == '"') {
				if (peek() == '"') {
					this.position++;
					this.pending.append('"');
					continue;
				}
				return afterClosingQuote();
			}
			if (c == '\n' || c == '\r' && peek() != '\n') {
				this.line++;
			}
			this.pending.append((char) c);
		}
	}

	private int afterClosingQuote() throws IOException {
		while (true) {
			int c = peek();
			if (c == END_OF_FILE) {
				add(this.pending);
				return END_OF_FILE;
			}
			if (c == ',') {
				this.position++;
				add(this.pending);
				return COMMA;
			}
			if (c == '\n' || c == '\r') {
				add(this.pending);
				endOfLine();
				return END_OF_LINE;
			}
			if (!Character.isWhitespace((char) c)) {
				throw new IOException("line " + this.line + ": a quoted value is followed by '" + (char) c
						+ "' (only a comma or the end of the line may follow its closing quote)");
			}
			this.position++;
		}
	}

	private void add(int from, int to) {
		int start = from;
		int end = to;
		while (start < end && this.buffer[start] <= ' ') {
			start++;
		}
		while (end > start && this.buffer[end - 1] <= ' ') {
			end--;
		}
		this.values.add((start == end) ? EMPTY : new String(this.buffer, start, end - start));
	}

	private void add(CharSequence text) {
		String value = text.toString().trim();
		this.values.add(value.isEmpty() ? EMPTY : value);
	}

	/** Consumes a line break at the position: LF, CRLF or CR. */
	private void endOfLine() throws IOException {
		if (read() == '\r' && peek() == '\n') {
			this.position++;
		}
		this.line++;
	}

	private int peek() throws IOException {
		if (this.position == this.limit && !fill()) {
			return END_OF_FILE;
		}
		return this.buffer[this.position];
	}

	private int read() throws IOException {
		int c = peek();
		if (c != END_OF_FILE) {
			this.position++;
		}
		return c;
	}

	private boolean fill() throws IOException {
		int read = this.reader.read(this.buffer, 0, this.buffer.length);
		while (read == 0) {
			read = this.reader.read(this.buffer, 0, this.buffer.length);
		}
		this.position = 0;
		this.limit = Math.max(read, 0);
		return read > 0;
	}

}
