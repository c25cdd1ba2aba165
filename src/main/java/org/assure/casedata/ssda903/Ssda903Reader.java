package org.assure.casedata.ssda903;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.ImportFile;
import org.assure.casedata.SecureXml;
import org.assure.casedata.csv.AssureCsv;
import org.assure.casedata.journey.Journey;
import org.assure.casedata.journey.Location;
import org.assure.casedata.journey.Values;
import org.jspecify.annotations.Nullable;

/**
 * Reads an SSDA903 return: a set of CSV tables, each recognised by its columns (header,
 * episodes, missing, OC3 care leavers; the other tables are passed over), or the same
 * return as XML. Rows are joined by the child's id; a byte-order mark and extra columns
 * are tolerated. Each 903 episode (a placement or legal status) becomes a looked-after
 * episode.
 */
public final class Ssda903Reader {

	private static final Set<String> HEADER = Set.of("CHILD", "SEX", "DOB", "ETHNIC");

	private static final Set<String> EPISODES = Set.of("CHILD", "DECOM", "RNE", "LS", "PLACE", "DEC", "REC");

	private static final Set<String> MISSING = Set.of("CHILD", "MIS_START", "MIS_END");

	private static final Set<String> CARE_LEAVERS = Set.of("CHILD", "IN_TOUCH", "ACTIV", "ACCOM");

	private final Map<String, Journey.Child> children = new LinkedHashMap<>();

	private final LocalDate referenceDate;

	private final List<String> passedOver = new ArrayList<>();

	private Ssda903Reader(LocalDate referenceDate) {
		this.referenceDate = referenceDate;
	}

	/**
	 * Reads the files of one return.
	 * @param files the CSV tables, or one XML file
	 * @param referenceDate the date the return is as at (its 31 March)
	 * @param onChild called with each child once every file is read
	 * @return the names of files passed over (tables Assure does not use)
	 */
	public static List<String> read(List<ImportFile> files, LocalDate referenceDate, Consumer<Journey.Child> onChild) {
		Ssda903Reader reader = new Ssda903Reader(referenceDate);
		for (ImportFile file : files) {
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()))) {
				if (isXml(in)) {
					reader.xml(in, file.name());
				}
				else {
					reader.csv(in, file.name());
				}
			}
			catch (IOException ex) {
				throw new ImportFailed(file.name() + ": cannot be read (" + ex.getMessage() + ")", ex);
			}
		}
		reader.children.values().forEach(onChild);
		return reader.passedOver;
	}

	/**
	 * Whether a return's file is its XML form rather than a CSV table: it opens with
	 * {@code <} (after any byte-order mark). The stream is left where it was.
	 * @param in the file, supporting mark and reset
	 * @return whether XML
	 * @throws IOException when it cannot be read
	 */
	public static boolean isXml(InputStream in) throws IOException {
		in.mark(64);
		byte[] start = in.readNBytes(64);
		in.reset();
		return new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "").trim().startsWith("<");
	}

	/**
	 * A CSV table's columns by their names as the DfE writes them (upper case, without a
	 * byte-order mark or surrounding spaces), each to the name the file gives it.
	 * @param parser the table
	 * @return the columns, in the file's order
	 */
	public static Map<String, String> columns(CSVParser parser) {
		Map<String, String> columns = new java.util.LinkedHashMap<>();
		for (String name : parser.getHeaderNames()) {
			columns.put(name.replace("\uFEFF", "").replace('\u00A0', ' ').trim().toUpperCase(Locale.ROOT), name);
		}
		return columns;
	}

	private void csv(InputStream in, String fileName) throws IOException {
		try (CSVParser parser = AssureCsv.open(in)) {
			Map<String, String> columns = columns(parser);
			String table = table(columns.keySet());
			if (table == null) {
				this.passedOver.add(fileName);
				return;
			}
			for (CSVRecord record : parser) {
				Map<String, String> values = new HashMap<>();
				columns.forEach((column, header) -> values.put(column,
						record.isSet(header) ? record.get(header).replace('\u00A0', ' ').trim() : ""));
				row(table, values, new Location(fileName, "row " + (record.getRecordNumber() + 1)));
			}
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException ex) {
			// Commons CSV reports a malformed quotation, met while iterating, as an
			// UncheckedIOException naming the line and position
			String why = (ex instanceof java.io.UncheckedIOException && ex.getCause() != null)
					? ex.getCause().getMessage() : ex.getMessage();
			throw new ImportFailed(fileName + ": is not a CSV table Assure can read (" + why + ")", ex);
		}
	}

	static @Nullable String table(Set<String> columns) {
		if (columns.containsAll(EPISODES)) {
			return "episodes";
		}
		if (columns.containsAll(MISSING)) {
			return "missing";
		}
		if (columns.containsAll(CARE_LEAVERS)) {
			return "oc3";
		}
		if (columns.containsAll(HEADER) && !columns.contains("DUC")) {
			return "header";
		}
		return null;
	}

	private void xml(InputStream in, String fileName) {
		try {
			XMLStreamReader xml = SecureXml.inputFactory().createXMLStreamReader(in);
			Map<String, String> header = new HashMap<>();
			Map<String, String> current = null;
			String section = null;
			String childId = null;
			StringBuilder text = new StringBuilder();
			int children = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					throw new ImportFailed(fileName + ": has a document type declaration (DTD); Assure refuses them");
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					text.setLength(0);
					switch (name) {
						case "CHILD" -> {
							children++;
							header = new HashMap<>();
							childId = null;
						}
						case "EPISODE", "AMISSING" -> {
							section = name;
							current = new HashMap<>();
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS) {
					text.append(xml.getText());
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					String value = text.toString().trim();
					text.setLength(0);
					Location at = new Location(fileName, "CHILD[" + children + "]");
					if (name.equals("EPISODE") || name.equals("AMISSING")) {
						if (current != null && childId != null) {
							current.put("CHILD", childId);
							row(name.equals("EPISODE") ? "episodes" : "missing", current, at.then(name));
						}
						current = null;
						section = null;
					}
					else if (name.equals("HEADER")) {
						if (childId != null) {
							header.put("CHILD", childId);
							row("header", header, at);
							if (!header.getOrDefault("IN_TOUCH", "").isEmpty()) {
								row("oc3", header, at);
							}
						}
					}
					else if (current != null && section != null) {
						current.put(name.equals("PL") ? "PLACE" : name, value);
					}
					else if (name.equals("CHILDID")) {
						childId = value;
					}
					else {
						header.put(name, value);
					}
				}
			}
			xml.close();
		}
		catch (XMLStreamException ex) {
			String where = (ex.getLocation() != null) ? " at line " + ex.getLocation().getLineNumber() : "";
			throw new ImportFailed(fileName + where + ": not well-formed XML", ex);
		}
	}

	private void row(String table, Map<String, String> values, Location at) {
		String id = values.getOrDefault("CHILD", "");
		if (id.isEmpty()) {
			return;
		}
		Journey.Child child = this.children.computeIfAbsent(id, (key) -> {
			Journey.Child fresh = new Journey.Child(at);
			fresh.localId = key;
			return fresh;
		});
		switch (table) {
			case "header" -> {
				String sex = values.get("SEX");
				// 1 and 2 until 2023-24; M, F and U from 2024-25.
				child.sex = ("1".equals(sex) || "M".equalsIgnoreCase(sex)) ? "M"
						: ("2".equals(sex) || "F".equalsIgnoreCase(sex)) ? "F"
								: (sex == null || sex.isEmpty()) ? null : "U";
				child.ethnicity = emptyToNull(values.get("ETHNIC"));
				LocalDate birth = date(child, child, at, "DOB", values.get("DOB"));
				if (birth != null) {
					child.birthDate = birth;
					child.birthMonth = YearMonth.from(birth);
				}
			}
			case "episodes" -> {
				Journey.LookedAfter episode = new Journey.LookedAfter(at);
				episode.start = date(child, episode, at, "DECOM", values.get("DECOM"));
				episode.end = date(child, episode, at, "DEC", values.get("DEC"));
				episode.reasonForNewEpisode = emptyToNull(values.get("RNE"));
				episode.legalStatus = emptyToNull(values.get("LS"));
				episode.placementType = emptyToNull(values.get("PLACE"));
				String ceased = emptyToNull(values.get("REC"));
				episode.reasonCeased = (ceased != null && ceased.length() <= 4) ? ceased : null;
				child.lookedAfter.add(episode);
			}
			case "missing" -> {
				Journey.Missing missing = new Journey.Missing(at);
				missing.start = date(child, missing, at, "MIS_START", values.get("MIS_START"));
				missing.end = date(child, missing, at, "MIS_END", values.get("MIS_END"));
				missing.absence = "A".equalsIgnoreCase(values.getOrDefault("MISSING", ""));
				child.missing.add(missing);
			}
			default -> {
				Journey.CareLeaver leaver = new Journey.CareLeaver(at);
				leaver.asAt = this.referenceDate;
				leaver.inTouch = emptyToNull(values.get("IN_TOUCH"));
				leaver.activity = emptyToNull(values.get("ACTIV"));
				leaver.accommodation = emptyToNull(values.get("ACCOM"));
				child.careLeaver.add(leaver);
			}
		}
	}

	private static @Nullable LocalDate date(Journey.Child child, Journey.Part part, Location at, String field,
			@Nullable String value) {
		return Values.date(child, part, at, field, value);
	}

	private static @Nullable String emptyToNull(@Nullable String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
