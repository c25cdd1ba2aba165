package org.assure.training;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.assure.shell.CsvTable;
import org.assure.shell.InvalidUploadException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a programme's existing records from a spreadsheet saved as CSV: each row a
 * course and, when the row names an attendee, a booking on it with how it ended. Rows
 * with the same title and day are one course (one already on the programme is used).
 * Every row goes through the same rules and steps as one recorded by hand; if any row
 * breaks one, nothing of the file is stored and every problem is named by file, row,
 * column and rule. The attendee is pseudonymised as the row is read.
 */
@Service
public class TrainingCsv {

	/** The columns, in the template's order. */
	public static final List<String> COLUMNS = List.of("title", "theme", "kind", "runs_on", "provider", "places",
			"attendee", "sector", "works_in", "competency_level", "booked_on", "status");

	private static final List<String> REQUIRED = List.of("title", "theme", "kind", "runs_on", "provider", "places");

	private final Training training;

	TrainingCsv(Training training) {
		this.training = training;
	}

	/**
	 * Imports the courses and bookings of a file, all or nothing.
	 * @param partnershipId the partnership
	 * @param csv the file
	 * @param fileName its name, for messages
	 * @param by who imports it
	 * @return how many rows were stored
	 * @throws InvalidUploadException naming every row, column and rule broken; nothing is
	 * stored
	 */
	@Transactional
	public int importCsv(long partnershipId, Reader csv, String fileName, String by) {
		CsvTable table = CsvTable.read(csv, fileName, REQUIRED, COLUMNS);
		List<String> problems = new ArrayList<>(table.problems());
		Map<String, Long> courses = new LinkedHashMap<>();
		Map<Long, Map<Long, Boolean>> marks = new LinkedHashMap<>();
		int stored = 0;
		for (CsvTable.Row row : table.rows()) {
			String where = fileName + " row " + row.line() + ", ";
			int before = problems.size();
			CourseKind kind = row.choice("kind", CourseKind.values(), CourseKind::label, where, problems);
			LocalDate runsOn = row.date("runs_on", where, problems);
			Integer places = row.wholeNumber("places", where, problems);
			WorkforceSector sector = row.choice("sector", WorkforceSector.values(), WorkforceSector::label, where,
					problems);
			Integer level = row.wholeNumber("competency_level", where, problems);
			LocalDate bookedOn = row.date("booked_on", where, problems);
			BookingStatus status = row.choice("status", BookingStatus.values(), BookingStatus::label, where, problems);
			boolean booking = !row.get("attendee").isEmpty();
			if (problems.size() == before && !booking && (sector != null || status != null || bookedOn != null)) {
				problems.add(where + "attendee: a booking's sector, day and status need the attendee too");
			}
			if (problems.size() > before) {
				continue;
			}
			String key = row.get("title").toLowerCase(Locale.UK) + "|" + runsOn;
			Long courseId = courses.get(key);
			if (courseId == null) {
				courseId = this.training.courses(partnershipId)
					.stream()
					.filter((c) -> c.title().equalsIgnoreCase(row.get("title")) && c.runsOn().equals(runsOn))
					.map(Course::id)
					.findFirst()
					.orElse(null);
			}
			if (courseId == null) {
				Training.Created created = this.training
					.addCourse(partnershipId,
							new Training.NewCourse(row.get("title"), row.get("theme"), kind, runsOn,
									row.get("provider"), places, "Imported from " + fileName + " row " + row.line()),
							by);
				CsvTable.addByColumn(problems, where, created.problems(), COLUMN_OF);
				if (created.id() == null) {
					continue;
				}
				courseId = created.id();
			}
			courses.put(key, courseId);
			if (booking) {
				Training.Created booked = this.training.book(partnershipId, courseId,
						new Training.NewBooking(row.get("attendee"), sector, row.get("works_in"), level,
								(bookedOn != null) ? bookedOn : runsOn),
						by);
				CsvTable.addByColumn(problems, where, booked.problems(), COLUMN_OF);
				if (booked.id() == null) {
					continue;
				}
				try {
					if (status == BookingStatus.CANCELLED) {
						this.training.cancel(partnershipId, booked.id(), (bookedOn != null) ? bookedOn : runsOn, by);
					}
					else if (status == BookingStatus.ATTENDED || status == BookingStatus.NO_SHOW) {
						Objects.requireNonNull(runsOn);
						if (runsOn.isAfter(this.training.today())) {
							problems
								.add(where + "status: attendance is recorded once the course has run, on " + runsOn);
							continue;
						}
						marks.computeIfAbsent(courseId, (k) -> new LinkedHashMap<>())
							.put(booked.id(), status == BookingStatus.ATTENDED);
					}
				}
				catch (IllegalTrainingMoveException ex) {
					problems.add(where + "status: " + ex.getMessage());
					continue;
				}
			}
			stored++;
		}
		if (problems.isEmpty()) {
			marks.forEach((course, each) -> this.training.attendance(partnershipId, course, each, by));
		}
		if (!problems.isEmpty()) {
			throw new InvalidUploadException(problems);
		}
		return stored;
	}

	/** A form's field names as the file's columns. */
	private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("runsOn", "runs_on"),
			Map.entry("area", "works_in"), Map.entry("competencyLevel", "competency_level"),
			Map.entry("bookedOn", "booked_on"));

}
