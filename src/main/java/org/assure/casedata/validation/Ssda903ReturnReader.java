package org.assure.casedata.validation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.ImportFile;
import org.assure.casedata.csv.AssureCsv;
import org.assure.casedata.ssda903.Ssda903Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an SSDA903 return as the DfE's tables: each CSV file is recognised by its columns
 * (Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, PrevPerm, Missing,
 * SWEpisodes, and from 2026-27 DoLo), and its rows are joined by the child's id
 * ({@code CHILD}). A column name is read without case, spaces or a byte-order mark; a
 * blank cell is no value. A file whose columns are none of the tables is named in the
 * report and passed over.
 */
public final class Ssda903ReturnReader {

	/** The tables, each with the columns that name it, most specific first. */
	static final Map<String, Set<String>> TABLES = tables();

	/** Each child's place in {@link #inOrder}, by the child's key. */
	private final Map<String, Integer> children = new java.util.HashMap<>();

	/** The children in the order first met, with their keys. */
	private final List<ReturnChild> inOrder = new ArrayList<>();

	private final List<String> keys = new ArrayList<>();

	/** The place of the child of the row read last. */
	private int cursor = -1;

	private final List<String> passedOver = new ArrayList<>();

	/** The tables the files hold, each with its columns. */
	private final Map<String, Set<String>> held = new java.util.TreeMap<>();

	private Ssda903ReturnReader() {
	}

	private static Map<String, Set<String>> tables() {
		Map<String, Set<String>> tables = new LinkedHashMap<>();
		tables.put("Episodes", Set.of("CHILD", "DECOM", "RNE", "LS"));
		tables.put("Reviews", Set.of("CHILD", "REVIEW", "REVIEW_CODE"));
		tables.put("UASC", Set.of("CHILD", "DUC"));
		tables.put("OC2", Set.of("CHILD", "CONVICTED"));
		tables.put("OC3", Set.of("CHILD", "IN_TOUCH"));
		tables.put("AD1", Set.of("CHILD", "DATE_INT"));
		tables.put("PlacedAdoption", Set.of("CHILD", "DATE_PLACED"));
		tables.put("PrevPerm", Set.of("CHILD", "PREV_PERM"));
		tables.put("Missing", Set.of("CHILD", "MIS_START"));
		tables.put("SWEpisodes", Set.of("CHILD", "SW_ID"));
		tables.put("DoLo", Set.of("CHILD", "DOLO_START"));
		tables.put("Header", Set.of("CHILD", "SEX", "DOB", "ETHNIC"));
		return tables;
	}

	/**
	 * Reads the files of one return and hands over each child once all are read.
	 * @param files the CSV tables
	 * @param onChild called with each child, in the order first met
	 * @return the names of the files passed over, with why
	 * @throws ImportFailed when a file cannot be read as a CSV table
	 */
	public static List<String> read(List<ImportFile> files, Consumer<ReturnChild> onChild) {
		return read(files, (tables) -> {
		}, onChild);
	}

	/**
	 * Reads the files of one return, names the tables it holds, then hands over each
	 * child.
	 * @param files the CSV tables
	 * @param onTables called once with the tables the files hold and their columns,
	 * before any child
	 * @param onChild called with each child, in the order first met
	 * @return the names of the files passed over, with why
	 * @throws ImportFailed when a file cannot be read as a CSV table
	 */
	public static List<String> read(List<ImportFile> files, Consumer<Map<String, Set<String>>> onTables,
			Consumer<ReturnChild> onChild) {
		Ssda903ReturnReader reader = new Ssda903ReturnReader();
		for (ImportFile file : files) {
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
				if (Ssda903Reader.isXml(in)) {
					throw new ImportFailed(
							file.name() + ": is the XML form of the SSDA903 return; Assure checks its CSV "
									+ "tables against the DfE's rules (the XML form can be imported)");
				}
				reader.csv(in, file.name());
			}
			catch (IOException ex) {
				throw new ImportFailed(file.name() + ": cannot be read (" + ex.getMessage() + ")", ex);
			}
		}
		onTables.accept(reader.held);
		reader.inOrder.forEach(onChild);
		return reader.passedOver;
	}

	private void csv(InputStream in, String fileName) throws IOException {
		try (CSVParser parser = AssureCsv.open(in)) {
			Map<String, String> columns = Ssda903Reader.columns(parser);
			String table = table(columns.keySet());
			if (table == null) {
				this.passedOver.add(fileName + " (its columns are not those of an SSDA903 table)");
				return;
			}
			this.held.computeIfAbsent(table, (name) -> new java.util.TreeSet<>()).addAll(columns.keySet());
			// Each column's place in a record and its field's number, worked out once.
			Row.Fields fields = new Row.Fields();
			List<String> headers = parser.getHeaderNames();
			int[] place = new int[columns.size()];
			int[] field = new int[columns.size()];
			int count = 0;
			for (Map.Entry<String, String> column : columns.entrySet()) {
				place[count] = headers.indexOf(column.getValue());
				field[count] = fields.add(column.getKey());
				count++;
			}
			int childField = fields.add("CHILD");
			int childColumn = -1;
			for (int index = 0; index < count; index++) {
				if (field[index] == childField) {
					childColumn = place[index];
				}
			}
			// The same codes and dates come again and again down a column: each distinct
			// text is kept once, so that the rows held until every table is read hold far
			// fewer strings (the rest die young, uncopied by the collector).
			Cells[] cells = new Cells[count];
			for (int index = 0; index < count; index++) {
				cells[index] = (field[index] != childField) ? new Cells() : null;
			}
			for (CSVRecord record : parser) {
				Row row = new Row(table, (int) record.getRecordNumber(), fields, fileName,
						record.getRecordNumber() + 1);
				int size = record.size();
				String id = (childColumn >= 0 && childColumn < size) ? cell(record.get(childColumn)) : null;
				String key = (id != null) ? id : "(no CHILD) " + fileName + " row " + record.getRecordNumber();
				ReturnChild child = child(key, id);
				for (int index = 0; index < count; index++) {
					if (place[index] < 0 || place[index] >= size) {
						continue;
					}
					if (field[index] == childField) {
						if (id != null) {
							// The child's own id, not a copy of it in every row.
							row.put(childField, child.id());
						}
						continue;
					}
					String value = cell(record.get(place[index]));
					if (value != null) {
						row.put(field[index], cells[index].kept(value));
					}
				}
				child.add(row);
			}
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new ImportFailed(fileName + ": is not a CSV table Assure can read (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * The child a row belongs to, met before or new. A return's tables mostly list the
	 * children in the same order, each child's rows together, so the row's child is first
	 * looked for where the last row's was and just after it, in the order first met: a
	 * comparison of two ids read close together, where a look-up of a hundred thousand
	 * children would reach into memory far apart. Otherwise it is looked up.
	 */
	private ReturnChild child(String key, @Nullable String id) {
		int at = this.cursor;
		if (at >= 0) {
			if (key.equals(this.keys.get(at))) {
				return this.inOrder.get(at);
			}
			if (at + 1 < this.keys.size() && key.equals(this.keys.get(at + 1))) {
				this.cursor = at + 1;
				return this.inOrder.get(at + 1);
			}
		}
		Integer known = this.children.get(key);
		if (known != null) {
			this.cursor = known;
			return this.inOrder.get(known);
		}
		ReturnChild child = new ReturnChild(id);
		this.cursor = this.inOrder.size();
		this.children.put(key, this.cursor);
		this.inOrder.add(child);
		this.keys.add(key);
		return child;
	}

	/** A cell's text, trimmed, a no-break space taken as a space; null when blank. */
	private static @Nullable String cell(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && blank(text.charAt(start))) {
			start++;
		}
		while (end > start && blank(text.charAt(end - 1))) {
			end--;
		}
		if (start == end) {
			return null;
		}
		String value = (start == 0 && end == text.length()) ? text : text.substring(start, end);
		return (value.indexOf('\u00A0') >= 0) ? value.replace('\u00A0', ' ') : value;
	}

	/**
	 * The distinct texts of one column, each kept once. A column whose texts are mostly
	 * new (a free-text or identifier column) stops being kept once its first few thousand
	 * texts show it.
	 */
	private static final class Cells {

		private static final int LIMIT = 4096;

		private @Nullable Map<String, String> kept = new java.util.HashMap<>();

		private int hits;

		private int misses;

		String kept(String value) {
			Map<String, String> known = this.kept;
			if (known == null) {
				return value;
			}
			String same = known.get(value);
			if (same != null) {
				this.hits++;
				return same;
			}
			if (known.size() < LIMIT) {
				known.put(value, value);
			}
			else if (++this.misses > LIMIT && this.misses > this.hits) {
				this.kept = null;
			}
			return value;
		}

	}

	private static boolean blank(char c) {
		return c <= ' ' || c == '\u00A0' || Character.isWhitespace(c);
	}

	/**
	 * The home and placement postcodes the Episodes tables among some files give, for
	 * reading only those from the postcode directory; other files are passed over.
	 * @param files the CSV tables
	 * @return the postcodes, keyed as the directory keys them
	 * @throws ImportFailed when a file cannot be read
	 */
	public static Set<String> postcodes(List<ImportFile> files) {
		Set<String> postcodes = new java.util.HashSet<>();
		for (ImportFile file : files) {
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
				if (Ssda903Reader.isXml(in)) {
					continue;
				}
				try (CSVParser parser = AssureCsv.open(in)) {
					Map<String, String> columns = Ssda903Reader.columns(parser);
					if (!"Episodes".equals(table(columns.keySet()))) {
						continue;
					}
					for (CSVRecord record : parser) {
						for (String column : List.of("HOME_POST", "PL_POST")) {
							String header = columns.get(column);
							if (header != null && record.isSet(header) && !record.get(header).isBlank()) {
								postcodes.add(PostcodeDirectory.key(record.get(header)));
							}
						}
					}
				}
			}
			catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException ex) {
				throw new ImportFailed(file.name() + ": cannot be read (" + ex.getMessage() + ")", ex);
			}
		}
		return postcodes;
	}

	static @Nullable String table(Set<String> columns) {
		for (Map.Entry<String, Set<String>> table : TABLES.entrySet()) {
			if (columns.containsAll(table.getValue())
					&& !(table.getKey().equals("Header") && columns.contains("DUC"))) {
				return table.getKey();
			}
		}
		return null;
	}

}
