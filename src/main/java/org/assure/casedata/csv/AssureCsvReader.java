package org.assure.casedata.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.assure.casedata.ImportFailed;
import org.assure.casedata.journey.Journey;
import org.assure.casedata.journey.Location;
import org.assure.casedata.journey.Values;
import org.jspecify.annotations.Nullable;

/**
 * Reads an Assure CSV file as a stream, one child at a time: the rows of a child must
 * stand together. A byte-order mark, non-breaking spaces and stray spaces in the header
 * and values are tolerated; a file without the {@code child_id} and {@code record}
 * columns fails as a whole.
 */
public final class AssureCsvReader {

	/** What separates the codes of a list cell (disabilities, assessment factors). */
	private static final java.util.regex.Pattern CODES = java.util.regex.Pattern.compile("[ ;,]+");

	private final String fileName;

	private final Consumer<Journey.Child> onChild;

	private Journey.@Nullable Child child;

	private @Nullable String childId;

	private final Map<String, Journey.Episode> referrals = new HashMap<>();

	private final Map<String, Journey.ProtectionPlan> plans = new HashMap<>();

	private int children;

	private AssureCsvReader(String fileName, Consumer<Journey.Child> onChild) {
		this.fileName = fileName;
		this.onChild = onChild;
	}

	/**
	 * Reads a file.
	 * @param in the file's bytes
	 * @param fileName its name, for the report
	 * @param onChild called with each child, in file order
	 * @return the number of children read
	 */
	public static int read(InputStream in, String fileName, Consumer<Journey.Child> onChild) {
		AssureCsvReader reader = new AssureCsvReader(fileName, onChild);
		try {
			CsvLexer lexer = new CsvLexer(in);
			String[] header = lexer.next();
			Map<String, Integer> columns = columns((header != null) ? CsvLexer.columns(header) : Map.of(), fileName);
			long number = 0;
			try (Lexing lexing = new Lexing(lexer, fileName)) {
				for (String[][] batch = lexing.next(); batch.length > 0; batch = lexing.next()) {
					for (String[] record : batch) {
						reader.row(record, ++number, columns);
					}
				}
			}
			reader.finishChild();
			return reader.children;
		}
		catch (IOException ex) {
			throw new ImportFailed(fileName + ": cannot be read as CSV (" + ex.getMessage() + ")", ex);
		}
		catch (UncheckedIOException ex) {
			throw new ImportFailed(fileName + ": cannot be read as CSV (" + ex.getCause().getMessage() + ")", ex);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new ImportFailed(fileName + ": is not a CSV file Assure can read (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * The file's records, split from its text on a second thread while this one builds
	 * the journeys. Records come in batches, in file order; a failure to read is thrown
	 * to the reader, and closing stops the second thread.
	 */
	private static final class Lexing implements AutoCloseable {

		private static final int BATCH = 2048;

		private static final String[][] END = new String[0][];

		private final java.util.concurrent.BlockingQueue<Object> batches = new java.util.concurrent.ArrayBlockingQueue<>(
				8);

		private final Thread thread;

		private final String fileName;

		private boolean ended;

		Lexing(CsvLexer lexer, String fileName) {
			this.fileName = fileName;
			this.thread = new Thread(() -> lex(lexer), "assure-csv " + fileName);
			this.thread.setDaemon(true);
			this.thread.start();
		}

		private void lex(CsvLexer lexer) {
			Object last = END;
			try {
				String[] record = lexer.next();
				while (record != null) {
					String[][] batch = new String[BATCH][];
					int size = 0;
					while (size < BATCH && record != null) {
						batch[size++] = record;
						record = lexer.next();
					}
					this.batches.put((size == BATCH) ? batch : java.util.Arrays.copyOf(batch, size));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (IOException ex) {
				last = new UncheckedIOException(ex);
			}
			catch (RuntimeException ex) {
				last = ex;
			}
			try {
				this.batches.put(last);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		/**
		 * The next batch of records.
		 * @return the records, none at the end of the file
		 */
		String[][] next() {
			if (this.ended) {
				return END;
			}
			Object next;
			try {
				next = this.batches.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ImportFailed(this.fileName + ": reading was interrupted", ex);
			}
			if (next instanceof RuntimeException failure) {
				this.ended = true;
				throw failure;
			}
			String[][] batch = (String[][]) next;
			this.ended = batch.length == 0;
			return batch;
		}

		@Override
		public void close() {
			this.thread.interrupt();
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	private static Map<String, Integer> columns(Map<String, Integer> header, String fileName) {
		Map<String, Integer> columns = new HashMap<>();
		for (Map.Entry<String, Integer> each : header.entrySet()) {
			columns.put(clean(each.getKey()).toLowerCase(Locale.ROOT), each.getValue());
		}
		for (String required : new String[] { "child_id", "record" }) {
			if (!columns.containsKey(required)) {
				throw new ImportFailed(fileName + ": the header row lacks the column " + required
						+ " (an Assure CSV file names its columns in its first row; see docs/assure-csv.md)");
			}
		}
		return columns;
	}

	private void row(String[] record, long number, Map<String, Integer> columns) {
		Location at = new Location(this.fileName, "row " + (number + 1));
		Row row = new Row(record, columns);
		String id = row.text("child_id");
		if (id == null) {
			Journey.Child orphan = new Journey.Child(at);
			startChild(null, orphan);
			return;
		}
		if (!id.equals(this.childId)) {
			startChild(id, new Journey.Child(at));
		}
		Journey.Child current = this.child;
		if (current == null) {
			return;
		}
		String kind = String.valueOf(row.text("record")).toLowerCase(Locale.ROOT);
		switch (kind) {
			case "child" -> {
				String month = row.text("birth_month");
				if (month != null) {
					try {
						String text = month.length() > 7 ? month.substring(0, 7) : month;
						YearMonth iso = Values.isoMonth(text);
						current.birthMonth = (iso != null) ? iso : YearMonth.parse(text);
					}
					catch (DateTimeParseException ex) {
						unreadable(current, current, at, "birth_month", month, "a month (yyyy-mm)");
					}
				}
				current.sex = row.text("sex");
				current.ethnicity = row.text("ethnicity");
				String disabilities = row.text("disabilities");
				if (disabilities != null) {
					for (String code : CODES.split(disabilities)) {
						if (!code.isBlank()) {
							current.disabilities.add(code);
						}
					}
				}
				current.postcodeDistrict = row.text("postcode_district");
			}
			case "contact" -> {
				Journey.Contact contact = new Journey.Contact(at);
				contact.date = row.date(current, contact, "date");
				contact.source = row.text("source");
				contact.outcome = row.text("outcome");
				current.contacts.add(contact);
			}
			case "early_help" -> {
				Journey.EarlyHelp help = new Journey.EarlyHelp(at);
				help.start = row.date(current, help, "date");
				help.end = row.date(current, help, "end_date");
				current.earlyHelp.add(help);
			}
			case "referral" -> {
				Journey.Episode episode = new Journey.Episode(at);
				episode.referralDate = row.date(current, episode, "date");
				episode.closureDate = row.date(current, episode, "end_date");
				episode.referralSource = row.text("source");
				episode.primaryNeed = row.text("primary_need");
				episode.closureReason = row.text("closure_reason");
				episode.referralNfa = row.yesNo(current, episode, "referral_nfa");
				current.episodes.add(episode);
				String recordId = row.text("record_id");
				if (recordId != null) {
					this.referrals.put(recordId, episode);
				}
			}
			case "assessment", "cin_plan", "section47", "cp_plan" -> inEpisode(current, row, at, kind);
			case "cp_review" -> {
				Journey.ProtectionPlan plan = this.plans.get(String.valueOf(row.text("parent_id")));
				LocalDate review = row.date(current, (plan != null) ? plan : new Journey.CinPlan(at), "date");
				if (plan == null) {
					unreadable(current, new Journey.CinPlan(at), at, "parent_id", String.valueOf(row.text("parent_id")),
							"the record_id of a cp_plan of this child");
				}
				else if (review != null) {
					plan.reviews.add(review);
				}
			}
			case "looked_after" -> {
				Journey.LookedAfter episode = new Journey.LookedAfter(at);
				episode.start = row.date(current, episode, "date");
				episode.end = row.date(current, episode, "end_date");
				episode.reasonForNewEpisode = row.text("reason_new");
				episode.legalStatus = row.text("legal_status");
				episode.placementType = row.text("placement_type");
				episode.reasonCeased = row.text("reason_ceased");
				current.lookedAfter.add(episode);
			}
			case "missing" -> {
				Journey.Missing missing = new Journey.Missing(at);
				missing.start = row.date(current, missing, "date");
				missing.end = row.date(current, missing, "end_date");
				missing.absence = row.yesNo(current, missing, "absence");
				missing.returnInterviewOffered = row.yesNo(current, missing, "return_interview_offered");
				missing.returnInterviewAccepted = row.yesNo(current, missing, "return_interview_accepted");
				current.missing.add(missing);
			}
			case "care_leaver" -> {
				Journey.CareLeaver leaver = new Journey.CareLeaver(at);
				leaver.asAt = row.date(current, leaver, "date");
				leaver.inTouch = row.text("in_touch");
				leaver.activity = row.text("activity");
				leaver.accommodation = row.text("accommodation");
				current.careLeaver.add(leaver);
			}
			default -> unreadable(current, new Journey.CinPlan(at), at, "record", kind,
					"one of " + String.join(", ", AssureCsv.RECORDS));
		}
	}

	private void inEpisode(Journey.Child current, Row row, Location at, String kind) {
		String parent = row.text("parent_id");
		Journey.Episode episode = (parent != null) ? this.referrals.get(parent) : null;
		if (episode == null) {
			unreadable(current, new Journey.CinPlan(at), at, "parent_id", String.valueOf(parent),
					"the record_id of a referral of this child");
			return;
		}
		switch (kind) {
			case "assessment" -> {
				Journey.Assessment assessment = new Journey.Assessment(at);
				assessment.start = row.date(current, assessment, "date");
				assessment.authorised = row.date(current, assessment, "end_date");
				String factors = row.text("factors");
				if (factors != null) {
					for (String code : CODES.split(factors)) {
						if (!code.isBlank()) {
							assessment.factors.add(code);
						}
					}
				}
				episode.assessments.add(assessment);
			}
			case "cin_plan" -> {
				Journey.CinPlan plan = new Journey.CinPlan(at);
				plan.start = row.date(current, plan, "date");
				plan.end = row.date(current, plan, "end_date");
				episode.cinPlans.add(plan);
			}
			case "section47" -> {
				Journey.Section47 enquiry = new Journey.Section47(at);
				enquiry.start = row.date(current, enquiry, "date");
				enquiry.icpcTarget = row.date(current, enquiry, "icpc_target");
				enquiry.icpcDate = row.date(current, enquiry, "icpc_date");
				enquiry.icpcNotRequired = row.yesNo(current, enquiry, "icpc_not_required");
				episode.section47s.add(enquiry);
			}
			default -> {
				Journey.ProtectionPlan plan = new Journey.ProtectionPlan(at);
				plan.start = row.date(current, plan, "date");
				plan.end = row.date(current, plan, "end_date");
				plan.initialCategory = row.text("initial_category");
				plan.latestCategory = row.text("latest_category");
				plan.previousPlans = row.number(current, plan, "previous_plans");
				episode.protectionPlans.add(plan);
				String recordId = row.text("record_id");
				if (recordId != null) {
					this.plans.put(recordId, plan);
				}
			}
		}
	}

	private void startChild(@Nullable String id, Journey.Child next) {
		finishChild();
		this.childId = id;
		this.child = next;
		next.localId = id;
		this.referrals.clear();
		this.plans.clear();
	}

	private void finishChild() {
		if (this.child != null) {
			this.children++;
			this.onChild.accept(this.child);
			this.child = null;
		}
	}

	private static void unreadable(Journey.Child child, Journey.Part part, Location at, String field, String value,
			String expected) {
		Values.unreadable(child, part, at, field, value, expected);
	}

	static String clean(String value) {
		int length = value.length();
		boolean plain = length == 0 || (value.charAt(0) > ' ' && value.charAt(length - 1) > ' ');
		for (int i = 0; plain && i < length; i++) {
			char c = value.charAt(i);
			plain = c != '\u00A0' && c != '\uFEFF';
		}
		// Most cells need nothing: they are returned as they are, without copies.
		return plain ? value : value.replace('\u00A0', ' ').replace("\uFEFF", "").trim();
	}

	/** One row, read by column name. */
	private static final class Row {

		private final String[] record;

		private final Map<String, Integer> columns;

		Row(String[] record, Map<String, Integer> columns) {
			this.record = record;
			this.columns = columns;
		}

		@Nullable String text(String column) {
			Integer index = this.columns.get(column);
			if (index == null || index >= this.record.length) {
				return null;
			}
			String value = clean(this.record[index]);
			return value.isEmpty() ? null : value;
		}

		@Nullable LocalDate date(Journey.Child child, Journey.Part part, String column) {
			return Values.date(child, part, part.location(), column, text(column));
		}

		@Nullable Integer number(Journey.Child child, Journey.Part part, String column) {
			return Values.number(child, part, part.location(), column, text(column));
		}

		@Nullable Boolean yesNo(Journey.Child child, Journey.Part part, String column) {
			return Values.yesNo(child, part, part.location(), column, text(column));
		}

	}

}
