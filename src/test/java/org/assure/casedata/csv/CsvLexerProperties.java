package org.assure.casedata.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Assure CSV lexer splits any text exactly as the importers' format (Commons CSV's
 * default, trimmed, empty lines skipped) does: the same records with the same values, and
 * a failure wherever that format fails; and it makes the same header map.
 */
class CsvLexerProperties {

	@Property(tries = 5000)
	void splitsAsTheImportersFormatDoes(@ForAll("texts") String text) {
		assertThat(lexed(utf8(text))).isEqualTo(commons(text));
	}

	/** Bytes that are not all UTF-8 are decoded as a reader decodes them. */
	@Property(tries = 3000)
	void readsBrokenUtf8AsAReaderDoes(@ForAll("bytes") byte[] bytes) {
		assertThat(lexed(new ByteArrayInputStream(bytes)))
			.isEqualTo(commons(new String(bytes, StandardCharsets.UTF_8)));
	}

	/**
	 * The same when the text arrives a few characters at a time, across every buffer
	 * edge.
	 */
	@Property(tries = 3000)
	void splitsTheSameWhateverTheReadsReturn(@ForAll("texts") String text,
			@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 3) int most) {
		assertThat(lexed(new java.io.FilterInputStream(utf8(text)) {
			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				return super.read(buffer, offset, Math.min(length, most));
			}
		})).isEqualTo(commons(text));
	}

	@Property(tries = 2000)
	void makesTheSameHeaderMap(@ForAll("texts") String text) {
		assertThat(ourHeader(text)).isEqualTo(commonsHeader(text));
	}

	@Provide
	Arbitrary<String> texts() {
		return Arbitraries.strings().withChars("ab ,\"\r\n\t\u00A0\u00E9\u2003").ofMaxLength(40);
	}

	@Provide
	Arbitrary<byte[]> bytes() {
		return Arbitraries
			.of((byte) 'a', (byte) ',', (byte) '"', (byte) '\n', (byte) '\r', (byte) ' ', (byte) 0xC3, (byte) 0xA9,
					(byte) 0xE2, (byte) 0x80, (byte) 0x83, (byte) 0xFF)
			.array(byte[].class)
			.ofMaxSize(30);
	}

	private static java.io.InputStream utf8(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The records, or 'fails'. */
	private static Object lexed(java.io.InputStream text) {
		CsvLexer lexer = new CsvLexer(text);
		List<List<String>> records = new ArrayList<>();
		try {
			for (String[] record = lexer.next(); record != null; record = lexer.next()) {
				records.add(Arrays.asList(record));
			}
			return records;
		}
		catch (IOException ex) {
			return "fails";
		}
	}

	private static Object commons(String text) {
		List<List<String>> records = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				records.add(record.toList());
			}
			return records;
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return "fails";
		}
	}

	private static Object ourHeader(String text) {
		try {
			String[] header = new CsvLexer(utf8(text)).next();
			return (header != null) ? CsvLexer.columns(header) : Map.of();
		}
		catch (IOException ex) {
			return "fails";
		}
		catch (IllegalArgumentException ex) {
			return "refused";
		}
	}

	private static Object commonsHeader(String text) {
		try (CSVParser parser = AssureCsv.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
			Map<String, Integer> header = parser.getHeaderMap();
			return (header != null) ? Map.copyOf(header) : Map.of();
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return "fails";
		}
		catch (IllegalArgumentException ex) {
			return "refused";
		}
	}

}
