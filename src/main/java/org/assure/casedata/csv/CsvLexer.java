package org.assure.casedata.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Splits UTF-8 CSV text into records exactly as the CSV importers' format does (Commons
 * CSV's default format over a UTF-8 reader, values trimmed, empty lines skipped; RFC
 * 4180): values separated by commas, records by LF, CRLF or CR; a value that starts with
 * a double quote runs to the closing quote, may hold commas, line breaks and doubled
 * quotes, and may be followed only by white space before the comma or the end of its
 * line. Written for the Assure CSV template, whose rows leave most of their 33 cells
 * empty: it splits the bytes (UTF-8 never uses a byte below 128 inside a character, so
 * commas, quotes and line breaks are found without decoding), an empty cell costs no new
 * string, and a cell of plain ASCII becomes a string by a copy.
 */
final class CsvLexer {

	/** The value of every cell that is empty once trimmed. */
	private static final String EMPTY = "";

	private static final int COMMA = ',';

	private static final int END_OF_LINE = -2;

	private static final int END_OF_FILE = -1;

	private final InputStream in;

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	private int line = 1;

	private String[] values = new String[40];

	private int count;

	private byte[] pending = new byte[256];

	private int pendingLength;

	CsvLexer(InputStream in) {
		this.in = in;
	}

	/**
	 * The next record.
	 * @return its values, trimmed; null at the end of the text
	 * @throws IOException when the text cannot be read, or a quoted value is never closed
	 * or is followed by anything but white space before its comma
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
		this.count = 0;
		int end = COMMA;
		while (end == COMMA) {
			end = (peek() == '"') ? quoted() : plain();
		}
		return Arrays.copyOf(this.values, this.count);
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
			if (header[i].trim().isEmpty()) {
				throw new IllegalArgumentException("A header name is missing in " + Arrays.toString(header));
			}
			columns.put(header[i], i);
		}
		return columns;
	}

	private int plain() throws IOException {
		this.pendingLength = 0;
		int start = this.position;
		while (true) {
			if (this.position == this.limit) {
				keep(start, this.position);
				if (!fill()) {
					add(this.pending, 0, this.pendingLength);
					return END_OF_FILE;
				}
				start = 0;
			}
			byte c = this.buffer[this.position];
			if (c == ',' || c == '\n' || c == '\r') {
				if (this.pendingLength == 0) {
					add(this.buffer, start, this.position);
				}
				else {
					keep(start, this.position);
					add(this.pending, 0, this.pendingLength);
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
		this.pendingLength = 0;
		while (true) {
			int c = read();
			if (c == END_OF_FILE) {
				throw new IOException("the quoted value that opens on line " + opened + " is never closed");
			}
			if (c == '"') {
				if (peek() == '"') {
					this.position++;
					keep((byte) '"');
					continue;
				}
				return afterClosingQuote();
			}
			if (c == '\n' || c == '\r' && peek() != '\n') {
				this.line++;
			}
			keep((byte) c);
		}
	}

	private int afterClosingQuote() throws IOException {
		while (true) {
			int c = peek();
			if (c == END_OF_FILE) {
				add(this.pending, 0, this.pendingLength);
				return END_OF_FILE;
			}
			if (c == ',') {
				this.position++;
				add(this.pending, 0, this.pendingLength);
				return COMMA;
			}
			if (c == '\n' || c == '\r') {
				add(this.pending, 0, this.pendingLength);
				endOfLine();
				return END_OF_LINE;
			}
			int character = character();
			if (!Character.isWhitespace(character)) {
				throw new IOException("line " + this.line + ": a quoted value is followed by '"
						+ new String(Character.toChars(Math.max(character, 0)))
						+ "' (only a comma or the end of the line may follow its closing quote)");
			}
		}
	}

	/**
	 * Reads the character at the position, decoding UTF-8.
	 * @return the character, or -1 when the bytes are not one
	 */
	private int character() throws IOException {
		int first = read() & 0xFF;
		int more = (first < 0x80) ? 0 : (first >= 0xF0) ? 3 : (first >= 0xE0) ? 2 : (first >= 0xC0) ? 1 : -1;
		if (more < 0) {
			return -1;
		}
		byte[] bytes = new byte[more + 1];
		bytes[0] = (byte) first;
		for (int i = 1; i <= more; i++) {
			int next = peek();
			if (next == END_OF_FILE || (next & 0xC0) != 0x80) {
				return -1;
			}
			bytes[i] = (byte) read();
		}
		String decoded = new String(bytes, StandardCharsets.UTF_8);
		return (decoded.length() == 1) ? decoded.charAt(0) : -1;
	}

	private void add(byte[] bytes, int from, int to) {
		int start = from;
		int end = to;
		while (start < end && (bytes[start] & 0xFF) <= ' ') {
			start++;
		}
		while (end > start && (bytes[end - 1] & 0xFF) <= ' ') {
			end--;
		}
		String value;
		if (start == end) {
			value = EMPTY;
		}
		else if (ascii(bytes, start, end)) {
			value = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
		}
		else {
			// Decoded whole, then trimmed as a string: a malformed byte becomes U+FFFD,
			// as
			// it does when a reader decodes the file.
			value = new String(bytes, from, to - from, StandardCharsets.UTF_8).trim();
		}
		if (this.count == this.values.length) {
			this.values = Arrays.copyOf(this.values, this.count * 2);
		}
		this.values[this.count++] = value;
	}

	private static boolean ascii(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] < 0) {
				return false;
			}
		}
		return true;
	}

	private void keep(int from, int to) {
		int length = to - from;
		if (this.pendingLength + length > this.pending.length) {
			this.pending = Arrays.copyOf(this.pending, Math.max(this.pending.length * 2, this.pendingLength + length));
		}
		System.arraycopy(this.buffer, from, this.pending, this.pendingLength, length);
		this.pendingLength += length;
	}

	private void keep(byte b) {
		if (this.pendingLength == this.pending.length) {
			this.pending = Arrays.copyOf(this.pending, this.pending.length * 2);
		}
		this.pending[this.pendingLength++] = b;
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
		return this.buffer[this.position] & 0xFF;
	}

	private int read() throws IOException {
		int c = peek();
		if (c != END_OF_FILE) {
			this.position++;
		}
		return c;
	}

	private boolean fill() throws IOException {
		int read = this.in.read(this.buffer, 0, this.buffer.length);
		while (read == 0) {
			read = this.in.read(this.buffer, 0, this.buffer.length);
		}
		this.position = 0;
		this.limit = Math.max(read, 0);
		return read > 0;
	}

}
