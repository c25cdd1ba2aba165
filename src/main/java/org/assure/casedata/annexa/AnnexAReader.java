package org.assure.casedata.annexa;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assure.casedata.ImportFailed;
import org.assure.casedata.journey.Journey;
import org.assure.casedata.journey.Location;
import org.assure.casedata.journey.Values;
import org.jspecify.annotations.Nullable;

/**
 * Reads Ofsted's Annex A workbook (lists 1 to 9 into journeys; lists 10 and 11, adoption,
 * are not part of a child's journey in Assure and are passed over). A child appears in
 * several lists; the rows are joined by the child's id. Tolerant of Excel serial dates,
 * dates typed as text (dd/mm/yyyy), prefixed codes ("a) Male", "q) 6: Police"), and
 * non-breaking or trailing spaces in headers and values. The workbook is opened with
 * POI's zip-bomb guards.
 */
public final class AnnexAReader {

	/** The smallest compression ratio accepted: a lower one is a zip bomb. */
	static final double MIN_INFLATE_RATIO = 0.01;

	/** The largest uncompressed part of a workbook accepted. */
	static final long MAX_ENTRY_SIZE = 500L * 1024 * 1024;

	/** How far down a list's sheet its header row is looked for. */
	static final int HEADER_ROWS = 20;

	private static final Pattern PREFIX = Pattern.compile("^[a-z]{1,2}\\)\\s*");

	private static final Pattern CODE = Pattern.compile("^([A-Za-z0-9]{1,4})\\s*[:\\-]\\s*.*$");

	private static final Map<String, String> CATEGORIES = Map.of("neglect", "NEG", "physical abuse", "PHY",
			"sexual abuse", "SAB", "emotional abuse", "EMO", "multiple", "MUL");

	private final String fileName;

	private final DataFormatter formatter = new DataFormatter(Locale.UK);

	private final Map<String, Journey.Child> children = new LinkedHashMap<>();

	private final List<Inferred> inferred = new ArrayList<>();

	private final List<String> passedOver = new ArrayList<>();

	private AnnexAReader(String fileName) {
		this.fileName = fileName;
	}

	/**
	 * An episode Assure had to infer because no referral or CIN record in the file
	 * precedes a record.
	 */
	public record Inferred(Journey.Child child, Location location, String record) {
	}

	/**
	 * What reading a workbook found besides its children.
	 *
	 * @param inferred episodes that had to be inferred
	 * @param passedOver the sheets not read, each with why, for the import's summary
	 */
	public record Read(List<Inferred> inferred, List<String> passedOver) {
	}

	/**
	 * Reads a workbook and hands over each child once every list is read.
	 * @param in the workbook's bytes
	 * @param fileName its name, for the report
	 * @param referenceDate the date the lists are as at
	 * @param onChild called with each child
	 * @return the episodes that had to be inferred and the sheets passed over
	 */
	public static Read read(InputStream in, String fileName, LocalDate referenceDate, Consumer<Journey.Child> onChild) {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		AnnexAReader reader = new AnnexAReader(fileName);
		try (Workbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				reader.sheet(sheet, referenceDate);
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportFailed failed) {
				throw failed;
			}
			throw new ImportFailed(fileName + ": is not an Excel workbook Assure can open safely ("
					+ ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage()) + ")", ex);
		}
		reader.children.values().forEach(onChild);
		return new Read(List.copyOf(reader.inferred), List.copyOf(reader.passedOver));
	}

	private void sheet(Sheet sheet, LocalDate referenceDate) {
		Integer list = listNumber(sheet.getSheetName());
		if (list == null) {
			passOver(sheet, "its name is not that of one of Annex A's lists (List 1 to List 11)");
			return;
		}
		if (list > 9) {
			passOver(sheet, "lists 10 and 11 (adoption) are not part of a child's journey in Assure");
			return;
		}
		// The header is the first row naming the child's id: some authorities' workbooks
		// put a title, a note or a blank row above it.
		Row header = null;
		Map<String, Integer> columns = new HashMap<>();
		Integer idColumn = null;
		int first = Math.max(0, sheet.getFirstRowNum());
		for (int number = first; number < first + HEADER_ROWS && idColumn == null; number++) {
			Row row = sheet.getRow(number);
			if (row == null) {
				continue;
			}
			columns = new HashMap<>();
			for (Cell cell : row) {
				columns.put(clean(this.formatter.formatCellValue(cell)).toLowerCase(Locale.ROOT),
						cell.getColumnIndex());
			}
			idColumn = column(columns, "child unique id");
			header = row;
		}
		if (header == null) {
			passOver(sheet, "it is empty");
			return;
		}
		if (idColumn == null) {
			if (!clean(sheet.getSheetName()).toLowerCase(Locale.ROOT).startsWith("list")) {
				// 'Notes on list 3' and the like: not a list
				passOver(sheet, "it has no 'Child Unique ID' column in its first " + HEADER_ROWS
						+ " rows and its name does not begin 'List', so it is taken for notes, not a list");
				return;
			}
			throw new ImportFailed(this.fileName + ": sheet '" + sheet.getSheetName()
					+ "' has no 'Child Unique ID' column in its first " + HEADER_ROWS + " rows");
		}
		int headerRow = header.getRowNum();
		for (Row row : sheet) {
			if (row.getRowNum() <= headerRow) {
				continue;
			}
			String id = text(row, idColumn);
			if (id == null) {
				continue;
			}
			Location at = new Location(this.fileName, sheet.getSheetName() + " row " + (row.getRowNum() + 1));
			Journey.Child child = this.children.computeIfAbsent(id, (key) -> {
				Journey.Child fresh = new Journey.Child(at);
				fresh.localId = key;
				return fresh;
			});
			Cells cells = new Cells(row, columns, child, at);
			characteristics(child, cells);
			switch (list) {
				case 1 -> {
					Journey.Contact contact = new Journey.Contact(at);
					contact.date = cells.date(contact, "date of contact");
					contact.source = code(cells.text("contact source"));
					child.contacts.add(contact);
				}
				case 2 -> {
					Journey.EarlyHelp help = new Journey.EarlyHelp(at);
					help.start = cells.date(help, "assessment start date");
					help.end = cells.date(help, "assessment completion date");
					child.earlyHelp.add(help);
				}
				case 3 -> {
					Journey.Episode episode = new Journey.Episode(at);
					episode.referralDate = cells.date(episode, "date of referral");
					episode.referralSource = code(cells.text("referral source"));
					episode.referralNfa = yesNo(cells.text("referral nfa"));
					child.episodes.add(episode);
				}
				case 4 -> {
					Journey.Assessment assessment = new Journey.Assessment(at);
					assessment.start = cells.date(assessment, "continuous assessment start date");
					assessment.authorised = cells.date(assessment, "continuous assessment date of authorisation");
					episodeFor(child, assessment.start, at, "assessment").assessments.add(assessment);
				}
				case 5 -> {
					Journey.Section47 enquiry = new Journey.Section47(at);
					enquiry.start = cells.date(enquiry, "strategy discussion initiating section 47");
					enquiry.icpcNotRequired = yesNo(
							cells.text("initial child protection conference deemed unnecessary"));
					enquiry.icpcDate = cells.date(enquiry, "date of initial child protection conference");
					episodeFor(child, enquiry.start, at, "Section 47 enquiry").section47s.add(enquiry);
				}
				case 6 -> {
					LocalDate start = cells.date(child, "cin start date");
					Journey.Episode episode = sameEpisode(child, start);
					if (episode == null) {
						episode = new Journey.Episode(at);
						episode.referralDate = start;
						child.episodes.add(episode);
					}
					episode.primaryNeed = code(cells.text("primary need code"));
					episode.closureDate = cells.date(episode, "cin closure date");
					episode.closureReason = code(cells.text("reason for closure"));
				}
				case 7 -> {
					Journey.ProtectionPlan plan = new Journey.ProtectionPlan(at);
					plan.start = cells.date(plan, "child protection plan start date");
					plan.end = cells.date(plan, "child protection plan end date");
					plan.initialCategory = category(cells.text("initial category of abuse"));
					plan.latestCategory = category(cells.text("latest category of abuse"));
					plan.previousPlans = cells.number(plan, "number of previous child protection plans");
					LocalDate review = cells.date(plan, "date of latest review conference");
					if (review != null) {
						plan.reviews.add(review);
					}
					episodeFor(child, plan.start, at, "child protection plan").protectionPlans.add(plan);
				}
				case 8 -> {
					Journey.LookedAfter placement = new Journey.LookedAfter(at);
					placement.start = cells.date(placement, "date started to be looked after");
					placement.legalStatus = code(cells.text("child's legal status"));
					placement.placementType = code(cells.text("placement type"));
					child.lookedAfter.add(placement);
				}
				case 9 -> {
					Journey.CareLeaver leaver = new Journey.CareLeaver(at);
					leaver.asAt = referenceDate;
					leaver.inTouch = yesNoCode(cells.text("la in touch"));
					leaver.activity = code(cells.text("activity status"));
					leaver.accommodation = code(cells.text("type of accommodation"));
					child.careLeaver.add(leaver);
				}
				default -> {
				}
			}
		}
	}

	private void passOver(Sheet sheet, String why) {
		this.passedOver.add(this.fileName + ": sheet '" + sheet.getSheetName() + "' was not read: " + why);
	}

	private void characteristics(Journey.Child child, Cells cells) {
		if (child.sex == null) {
			child.sex = sex(cells.text("gender"));
		}
		if (child.ethnicity == null) {
			child.ethnicity = code(cells.text("ethnicity"));
		}
		if (child.birthMonth == null) {
			LocalDate birth = cells.date(child, "date of birth");
			if (birth != null) {
				child.birthDate = birth;
				child.birthMonth = YearMonth.from(birth);
			}
		}
	}

	private Journey.Episode episodeFor(Journey.Child child, @Nullable LocalDate date, Location at, String record) {
		Journey.Episode best = null;
		for (Journey.Episode episode : child.episodes) {
			if (episode.referralDate != null && (date == null || !episode.referralDate.isAfter(date))
					&& (best == null || episode.referralDate.isAfter(best.referralDate))) {
				best = episode;
			}
		}
		if (best != null) {
			return best;
		}
		Journey.Episode inferredEpisode = new Journey.Episode(at);
		inferredEpisode.referralDate = date;
		child.episodes.add(inferredEpisode);
		child.episodes.sort(Comparator.comparing((Journey.Episode e) -> e.referralDate,
				Comparator.nullsLast(Comparator.naturalOrder())));
		inferredEpisode.inferredFrom = record;
		this.inferred.add(new Inferred(child, at, record));
		return inferredEpisode;
	}

	private static Journey.@Nullable Episode sameEpisode(Journey.Child child, @Nullable LocalDate start) {
		if (start == null) {
			return null;
		}
		for (Journey.Episode episode : child.episodes) {
			if (start.equals(episode.referralDate)) {
				return episode;
			}
		}
		return null;
	}

	static @Nullable Integer listNumber(String sheetName) {
		Matcher matcher = Pattern.compile("(?i)(?:^|[^a-z])list[\\s_-]*(\\d{1,2})(?!\\d)").matcher(clean(sheetName));
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

	private static @Nullable Integer column(Map<String, Integer> columns, String phrase) {
		for (Map.Entry<String, Integer> column : columns.entrySet()) {
			if (column.getKey().contains(phrase)) {
				return column.getValue();
			}
		}
		return null;
	}

	/**
	 * "a) Male" becomes "Male"; "q) 6: Police" becomes "6"; "N1 - Abuse or Neglect"
	 * becomes "N1".
	 */
	static @Nullable String code(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String text = PREFIX.matcher(value).replaceFirst("");
		Matcher code = CODE.matcher(text);
		return code.matches() ? code.group(1) : text;
	}

	static @Nullable String sex(@Nullable String value) {
		String text = code(value);
		if (text == null) {
			return null;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "male", "m", "1" -> "M";
			case "female", "f", "2" -> "F";
			default -> "U";
		};
	}

	static @Nullable String category(@Nullable String value) {
		String text = code(value);
		if (text == null) {
			return null;
		}
		String known = CATEGORIES.get(text.toLowerCase(Locale.ROOT));
		return (known != null) ? known : text.toUpperCase(Locale.ROOT);
	}

	static @Nullable Boolean yesNo(@Nullable String value) {
		String text = code(value);
		if (text == null) {
			return null;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "1", "true" -> Boolean.TRUE;
			case "no", "n", "0", "false" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static @Nullable String yesNoCode(@Nullable String value) {
		Boolean answer = yesNo(value);
		return (answer == null) ? code(value) : (answer ? "YES" : "NO");
	}

	static String clean(String value) {
		return value.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "unreadable";
		}
		int newline = message.indexOf('\n');
		return (newline > 0) ? message.substring(0, newline) : message;
	}

	private @Nullable String text(Row row, int column) {
		Cell cell = row.getCell(column);
		if (cell == null) {
			return null;
		}
		String value;
		if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
			double number = cell.getNumericCellValue();
			value = (number == Math.rint(number)) ? String.valueOf((long) number) : String.valueOf(number);
		}
		else if (cell.getCellType() == CellType.FORMULA) {
			value = cell.getCachedFormulaResultType() == CellType.ERROR ? "" : this.formatter.formatCellValue(cell);
		}
		else if (cell.getCellType() == CellType.ERROR) {
			value = "";
		}
		else {
			value = this.formatter.formatCellValue(cell);
		}
		String cleaned = clean(value);
		return cleaned.isEmpty() ? null : cleaned;
	}

	/** A row's cells by header phrase. */
	private final class Cells {

		private final Row row;

		private final Map<String, Integer> columns;

		private final Journey.Child child;

		private final Location at;

		Cells(Row row, Map<String, Integer> columns, Journey.Child child, Location at) {
			this.row = row;
			this.columns = columns;
			this.child = child;
			this.at = at;
		}

		@Nullable String text(String phrase) {
			Integer column = column(this.columns, phrase);
			return (column != null) ? AnnexAReader.this.text(this.row, column) : null;
		}

		@Nullable Integer number(Journey.Part part, String phrase) {
			return Values.number(this.child, part, this.at, phrase, text(phrase));
		}

		@Nullable LocalDate date(Journey.Part part, String phrase) {
			Integer column = column(this.columns, phrase);
			if (column == null) {
				return null;
			}
			Cell cell = this.row.getCell(column);
			if (cell == null) {
				return null;
			}
			CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
					: cell.getCellType();
			if (type == CellType.NUMERIC) {
				double serial = cell.getNumericCellValue();
				if (!DateUtil.isValidExcelDate(serial)) {
					unreadable(part, phrase, String.valueOf(serial), "a date");
					return null;
				}
				LocalDateTime value = DateUtil.getLocalDateTime(serial);
				return value.toLocalDate();
			}
			return Values.date(this.child, part, this.at, phrase, AnnexAReader.this.text(this.row, column));
		}

		private void unreadable(Journey.Part part, String phrase, String value, String expected) {
			Values.unreadable(this.child, part, this.at, phrase, value, expected);
		}

	}

}
