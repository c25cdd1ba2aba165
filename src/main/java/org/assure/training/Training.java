package org.assure.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.calendar.ReportingPeriod;
import org.assure.casedata.Pseudonyms;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Indicators;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The multi-agency training programme: courses and events, bookings with each attendee by
 * pseudonym, attendance, cancellations and no-shows, the four-stage evaluation, the
 * figures of earlier years, and the year's report. Every read of a course's bookings is
 * in the access log, never with their content.
 */
@Service
public class Training {

	/** The kind of record a course is, in the history and the access log. */
	public static final String COURSE_RECORD = "training.course";

	/** The kind of record a year's earlier figures are. */
	public static final String EARLIER_YEAR_RECORD = "training.earlier-year";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Corrections corrections;

	private final AccessLog accessLog;

	private final Pseudonyms pseudonyms;

	private final TrainingSettings settings;

	private final Indicators indicators;

	Training(JdbcClient jdbc, Clock clock, Corrections corrections, AccessLog accessLog, Pseudonyms pseudonyms,
			TrainingSettings settings, Indicators indicators) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.corrections = corrections;
		this.accessLog = accessLog;
		this.pseudonyms = pseudonyms;
		this.settings = settings;
		this.indicators = indicators;
	}

	/**
	 * A course or event as it is put on the programme.
	 *
	 * @param title its title
	 * @param theme its theme
	 * @param kind course or event, or null when not chosen
	 * @param runsOn the day it runs, or null when not given
	 * @param provider the agency that provides it
	 * @param places the places, or null when not given
	 * @param source where the record comes from, or null
	 */
	public record NewCourse(String title, String theme, @Nullable CourseKind kind, @Nullable LocalDate runsOn,
			String provider, @Nullable Integer places, @Nullable String source) {
	}

	/**
	 * What putting a course on the programme did.
	 *
	 * @param id the new course's number, or null when refused
	 * @param problems the broken rules by field
	 */
	public record Created(@Nullable Long id, Map<String, String> problems) {
	}

	/**
	 * A booking as it is made.
	 *
	 * @param attendee what the booking names the attendee by (a name, an email or a staff
	 * number): pseudonymised, never stored
	 * @param sector the attendee's workforce sector, or null when not chosen
	 * @param area where the attendee works
	 * @param competencyLevel the attendee's competency level, from 1, or null when not
	 * given
	 * @param bookedOn when it was booked, or null when not given
	 */
	public record NewBooking(String attendee, @Nullable WorkforceSector sector, String area,
			@Nullable Integer competencyLevel, @Nullable LocalDate bookedOn) {
	}

	/**
	 * The settings in force.
	 * @return the settings
	 */
	public TrainingSettings settings() {
		return this.settings;
	}

	/**
	 * Today in Europe/London.
	 * @return today
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(LONDON));
	}

	/**
	 * Puts a course or event on the programme.
	 * @param partnershipId the partnership
	 * @param course the course
	 * @param by who records it
	 * @return the new course's number, or the problems by field
	 */
	@Transactional
	public Created addCourse(long partnershipId, NewCourse course, String by) {
		Map<String, String> problems = check(course);
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into training_course (partnership_id, title, theme, kind, runs_on, provider, places, source,
				       recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, course.title().strip(), theme(course.theme()),
					Objects.requireNonNull(course.kind()).name(), course.runsOn(), course.provider().strip(),
					course.places(), course.source(), by, now())
			.update(keys, "course_id");
		long id = Objects.requireNonNull(keys.getKeyAs(Long.class));
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CREATE, COURSE_RECORD, String.valueOf(id)));
		return new Created(id, Map.of());
	}

	private static Map<String, String> check(NewCourse c) {
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "title", c.title(), "Give the course a title", 200);
		TextRules.require(problems, "theme", c.theme(), "Give the course's theme, such as neglect", 100);
		if (c.kind() == null) {
			problems.put("kind", "Choose a course or an event");
		}
		if (c.runsOn() == null) {
			problems.put("runsOn", "Enter the day it runs, such as 2015-03-12");
		}
		TextRules.require(problems, "provider", c.provider(), "Name the agency that provides it", 200);
		if (c.places() == null || c.places() < 1 || c.places() > 10_000) {
			problems.put("places", "Enter the places it has: 1 to 10,000");
		}
		return problems;
	}

	/**
	 * A theme as the programme keeps it: single spaces and a capital first letter.
	 * @param theme the theme as typed
	 * @return the theme
	 */
	static String theme(String theme) {
		String words = theme.strip().replaceAll("\\s+", " ");
		return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
	}

	/**
	 * Every course, the latest first, with its bookings counted.
	 * @param partnershipId the partnership
	 * @return the courses
	 */
	@Transactional(readOnly = true)
	public List<Course> courses(long partnershipId) {
		return this.jdbc.sql(COURSES + " order by c.runs_on desc, c.course_id desc")
			.params(partnershipId)
			.query(Training::course)
			.list();
	}

	/**
	 * A course.
	 * @param partnershipId the partnership
	 * @param id its number
	 * @return it, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<Course> course(long partnershipId, long id) {
		return this.jdbc.sql(COURSES + " and c.course_id = ?")
			.params(partnershipId, id)
			.query(Training::course)
			.optional();
	}

	private static final String COURSES = """
			select c.course_id, c.title, c.theme, c.kind, c.runs_on, c.provider, c.places,
			       (select count(*) from training_booking b where b.partnership_id = c.partnership_id
			          and b.course_id = c.course_id and b.status <> 'CANCELLED'),
			       (select count(*) from training_booking b where b.partnership_id = c.partnership_id
			          and b.course_id = c.course_id and b.status = 'ATTENDED'),
			       (select count(*) from training_booking b where b.partnership_id = c.partnership_id
			          and b.course_id = c.course_id and b.status = 'NO_SHOW'),
			       (select count(*) from training_booking b where b.partnership_id = c.partnership_id
			          and b.course_id = c.course_id and b.status = 'CANCELLED')
			from training_course c where c.partnership_id = ? and c.withdrawn_at is null""";

	private static Course course(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Course(rs.getLong(1), rs.getString(2), rs.getString(3), CourseKind.valueOf(rs.getString(4)),
				rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
				rs.getInt(10), rs.getInt(11));
	}

	/**
	 * A course's bookings, the reading in the access log.
	 * @param partnershipId the partnership
	 * @param courseId the course
	 * @return the bookings, the earliest first
	 */
	@Transactional
	public List<Booking> bookings(long partnershipId, long courseId) {
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.READ, COURSE_RECORD, String.valueOf(courseId)));
		return this.jdbc.sql(BOOKINGS + " and b.course_id = ? order by b.booking_id")
			.params(partnershipId, courseId)
			.query(Training::booking)
			.list();
	}

	private Optional<Booking> booking(long partnershipId, long id) {
		return this.jdbc.sql(BOOKINGS + " and b.booking_id = ?")
			.params(partnershipId, id)
			.query(Training::booking)
			.optional();
	}

	private static final String BOOKINGS = """
			select b.booking_id, b.course_id, b.attendee_key, b.sector, b.area, b.competency_level, b.status,
			       b.booked_on
			from training_booking b join training_course c on c.partnership_id = b.partnership_id
			  and c.course_id = b.course_id and c.withdrawn_at is null
			where b.partnership_id = ?""";

	private static Booking booking(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Booking(rs.getLong(1), rs.getLong(2), rs.getString(3), WorkforceSector.valueOf(rs.getString(4)),
				rs.getString(5), rs.getObject(6, Integer.class), BookingStatus.valueOf(rs.getString(7)),
				rs.getObject(8, LocalDate.class));
	}

	/**
	 * Books a place on a course; the attendee is pseudonymised first.
	 * @param partnershipId the partnership
	 * @param courseId the course
	 * @param booking the booking
	 * @param by who records it
	 * @return the new booking's number, or the problems by field
	 */
	@Transactional
	public Created book(long partnershipId, long courseId, NewBooking booking, String by) {
		Course course = course(partnershipId, courseId)
			.orElseThrow(() -> new IllegalArgumentException("No course " + courseId));
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "attendee", booking.attendee(),
				"Name the attendee (a name, email or staff number): it is stored only as a pseudonym", 300);
		if (booking.sector() == null) {
			problems.put("sector", "Choose the attendee's workforce sector");
		}
		if (this.settings.areas().stream().noneMatch((a) -> a.equalsIgnoreCase(booking.area().strip()))) {
			problems.put("area", "Choose where the attendee works: " + String.join(", ", this.settings.areas()));
		}
		int levels = this.settings.competencyLevels().size();
		if (booking.competencyLevel() != null
				&& (booking.competencyLevel() < 1 || booking.competencyLevel() > levels)) {
			problems.put("competencyLevel", "Choose one of the " + levels + " competency levels");
		}
		if (booking.bookedOn() == null) {
			problems.put("bookedOn", "Enter the day it was booked, such as 2015-02-02");
		}
		else if (booking.bookedOn().isAfter(course.runsOn())) {
			problems.put("bookedOn", "A place is booked on or before the course's day, " + course.runsOn());
		}
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		String key = this.pseudonyms.adultKey(partnershipId, booking.attendee().strip());
		boolean twice = this.jdbc.sql("""
				select count(*) from training_booking where partnership_id = ? and course_id = ? and attendee_key = ?
				and status <> 'CANCELLED'""").params(partnershipId, courseId, key).query(Long.class).single() > 0;
		if (twice) {
			return new Created(null, Map.of("attendee", "This attendee has a place on the course already"));
		}
		if (course.booked() >= course.places()) {
			return new Created(null,
					Map.of("attendee", "The course is full: all " + course.places() + " places are booked"));
		}
		String area = this.settings.areas()
			.stream()
			.filter((a) -> a.equalsIgnoreCase(booking.area().strip()))
			.findFirst()
			.orElseThrow();
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into training_booking (partnership_id, course_id, attendee_key, sector, area, competency_level,
				       status, booked_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?)""")
			.params(partnershipId, courseId, key, Objects.requireNonNull(booking.sector()).name(), area,
					booking.competencyLevel(), booking.bookedOn(), by, now())
			.update(keys, "booking_id");
		long id = Objects.requireNonNull(keys.getKeyAs(Long.class));
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, COURSE_RECORD, String.valueOf(courseId))
				.withDetail("booked"));
		return new Created(id, Map.of());
	}

	/**
	 * Records who came to a course: each booking marked attended or a no-show; the
	 * indicators are computed once for them all.
	 * @param partnershipId the partnership
	 * @param courseId the course
	 * @param marks each booking marked: true when the attendee came, false for a no-show
	 * @param by who records it
	 * @throws IllegalTrainingMoveException when the course has not run or a booking is
	 * not a booking any more; nothing is recorded
	 */
	@Transactional
	public void attendance(long partnershipId, long courseId, Map<Long, Boolean> marks, String by) {
		Course course = course(partnershipId, courseId)
			.orElseThrow(() -> new IllegalArgumentException("No course " + courseId));
		LocalDate today = today();
		for (Map.Entry<Long, Boolean> mark : marks.entrySet()) {
			Booking booking = booking(partnershipId, mark.getKey()).filter((b) -> b.courseId() == courseId)
				.orElseThrow(() -> new IllegalArgumentException("No booking " + mark.getKey() + " on the course"));
			booking.checkAttendance(course.runsOn(), today);
			this.jdbc.sql("update training_booking set status = ? where partnership_id = ? and booking_id = ?")
				.params((mark.getValue() ? BookingStatus.ATTENDED : BookingStatus.NO_SHOW).name(), partnershipId,
						booking.id())
				.update();
		}
		if (!marks.isEmpty()) {
			this.accessLog
				.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, COURSE_RECORD, String.valueOf(courseId))
					.withDetail("attendance"));
			publishIndicators(partnershipId);
		}
	}

	/**
	 * Cancels a booking before the course.
	 * @param partnershipId the partnership
	 * @param bookingId the booking
	 * @param on the day it was cancelled
	 * @param by who records it
	 * @throws IllegalTrainingMoveException when it cannot be cancelled
	 */
	@Transactional
	public void cancel(long partnershipId, long bookingId, LocalDate on, String by) {
		Booking booking = booking(partnershipId, bookingId)
			.orElseThrow(() -> new IllegalArgumentException("No booking " + bookingId));
		Course course = course(partnershipId, booking.courseId()).orElseThrow();
		booking.checkCancellation(on, course.runsOn());
		this.jdbc.sql("update training_booking set status = 'CANCELLED' where partnership_id = ? and booking_id = ?")
			.params(partnershipId, booking.id())
			.update();
		this.accessLog.record(
				AccessEvent.of(partnershipId, AccessAction.CHANGE, COURSE_RECORD, String.valueOf(booking.courseId()))
					.withDetail("cancelled"));
	}

	/**
	 * Records one stage of an attendee's evaluation.
	 * @param partnershipId the partnership
	 * @param bookingId the booking
	 * @param stage the stage, or null when not chosen
	 * @param scores the knowledge, skills and confidence scores, each from 1 to the
	 * setting's most (or null when not given)
	 * @param objectives whether the objectives were met, or null when not chosen
	 * @param on the day it was given, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 * @throws IllegalTrainingMoveException when the stage cannot be recorded then
	 */
	@Transactional
	public Map<String, String> evaluate(long partnershipId, long bookingId, @Nullable EvaluationStage stage,
			@Nullable Integer[] scores, @Nullable Objectives objectives, @Nullable LocalDate on, String by) {
		Booking booking = booking(partnershipId, bookingId)
			.orElseThrow(() -> new IllegalArgumentException("No booking " + bookingId));
		Map<String, String> problems = new LinkedHashMap<>();
		if (stage == null) {
			problems.put("stage", "Choose the stage of the evaluation");
		}
		String[] fields = { "knowledge", "skills", "confidence" };
		for (int i = 0; i < fields.length; i++) {
			Integer score = (scores.length > i) ? scores[i] : null;
			if (score == null || score < 1 || score > this.settings.scoreMost()) {
				problems.put(fields[i], "Enter the " + fields[i] + " score: 1 to " + this.settings.scoreMost());
			}
		}
		if (objectives == null) {
			problems.put("objectives", "Choose whether the objectives were met");
		}
		if (on == null) {
			problems.put("evaluatedOn", "Enter the day the evaluation was given, such as 2015-06-12");
		}
		else if (on.isAfter(today())) {
			problems.put("evaluatedOn", "The day cannot be in the future");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Course course = course(partnershipId, booking.courseId()).orElseThrow();
		booking.checkEvaluation(Objects.requireNonNull(stage), Objects.requireNonNull(on), course.runsOn());
		boolean given = this.jdbc.sql("""
				select count(*) from training_evaluation where partnership_id = ? and booking_id = ? and stage = ?""")
			.params(partnershipId, bookingId, stage.name())
			.query(Long.class)
			.single() > 0;
		if (given) {
			return Map.of("stage", "The evaluation '" + stage.label().toLowerCase(Locale.UK)
					+ "' is recorded already for this attendee");
		}
		this.jdbc.sql("""
				insert into training_evaluation (partnership_id, booking_id, stage, knowledge, skills, confidence,
				       objectives, recorded_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, bookingId, stage.name(), scores[0], scores[1], scores[2],
					Objects.requireNonNull(objectives).name(), on, by, now())
			.update();
		return Map.of();
	}

	/**
	 * The evaluations given for a course's bookings, by booking, each booking's in the
	 * stages' order.
	 * @param partnershipId the partnership
	 * @param courseId the course
	 * @return each booking's evaluations
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<TrainingFigures.Scores>> evaluations(long partnershipId, long courseId) {
		Map<Long, List<TrainingFigures.Scores>> byBooking = new TreeMap<>();
		this.jdbc.sql("""
				select e.booking_id, e.stage, e.knowledge, e.skills, e.confidence, e.objectives
				from training_evaluation e join training_booking b on b.partnership_id = e.partnership_id
				  and b.booking_id = e.booking_id
				where e.partnership_id = ? and b.course_id = ?""").params(partnershipId, courseId).query((rs) -> {
			byBooking.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new TrainingFigures.Scores(EvaluationStage.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4),
						rs.getInt(5), Objectives.valueOf(rs.getString(6))));
		});
		byBooking.values()
			.forEach((given) -> given.sort(java.util.Comparator.comparing(TrainingFigures.Scores::stage)));
		return byBooking;
	}

	/**
	 * Corrects a course's details; the history keeps the old values, who changed them and
	 * why.
	 * @param partnershipId the partnership
	 * @param id the course
	 * @param change the corrected course
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> edit(long partnershipId, long id, NewCourse change, String reason, String by) {
		Course before = course(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No course " + id));
		Map<String, String> problems = check(change);
		if (!problems.isEmpty()) {
			return problems;
		}
		if (Objects.requireNonNull(change.places()) < before.booked()) {
			return Map.of("places", before.booked() + " places are booked: the course needs at least that many");
		}
		List<FieldChange> changes = Corrections.changes(
				courseFields(before.title(), before.theme(), before.kind(), before.runsOn(), before.provider(),
						before.places()),
				courseFields(change.title().strip(), theme(change.theme()), change.kind(), change.runsOn(),
						change.provider().strip(), change.places()));
		problems.putAll(Corrections.refusal(changes, reason, "title"));
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				update training_course set title = ?, theme = ?, kind = ?, runs_on = ?, provider = ?, places = ?
				where partnership_id = ? and course_id = ?""")
			.params(change.title().strip(), theme(change.theme()), Objects.requireNonNull(change.kind()).name(),
					change.runsOn(), change.provider().strip(), change.places(), partnershipId, id)
			.update();
		this.corrections.recordEdit(partnershipId, new RecordRef(COURSE_RECORD, id), changes,
				Corrections.reasonFor(changes, reason), by);
		publishIndicators(partnershipId);
		return problems;
	}

	private static Map<String, @Nullable Object> courseFields(String title, String theme, @Nullable CourseKind kind,
			@Nullable LocalDate runsOn, String provider, @Nullable Integer places) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Title", title);
		fields.put("Theme", theme);
		fields.put("Kind", (kind != null) ? kind.label() : null);
		fields.put("Runs on", runsOn);
		fields.put("Provider", provider);
		fields.put("Places", places);
		return fields;
	}

	/**
	 * Withdraws a course recorded by mistake, with its bookings: they leave the lists and
	 * the report; the history stays.
	 * @param partnershipId the partnership
	 * @param id the course
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		course(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No course " + id));
		return this.corrections.withdraw(partnershipId, new RecordRef(COURSE_RECORD, id), reason, by, () -> {
			this.jdbc
				.sql("update training_course set withdrawn_at = ? where partnership_id = ? and course_id = ?"
						+ " and withdrawn_at is null")
				.params(now(), partnershipId, id)
				.update();
			publishIndicators(partnershipId);
		});
	}

	/**
	 * A course's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id the course
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(COURSE_RECORD, id));
	}

	void bringBack(long partnershipId, long id) {
		this.jdbc.sql("update training_course set withdrawn_at = null where partnership_id = ? and course_id = ?")
			.params(partnershipId, id)
			.update();
		publishIndicators(partnershipId);
	}

	Optional<String> describe(long partnershipId, long id) {
		return this.jdbc.sql("select title, runs_on from training_course where partnership_id = ? and course_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> rs.getString(1) + " (" + Corrections.text(rs.getObject(2, LocalDate.class)) + ")")
			.optional();
	}

	/**
	 * A year's figures as an earlier report gave them, for a year before the programme
	 * was kept here.
	 *
	 * @param id their number
	 * @param year the financial year
	 * @param months the months of the year they cover, from April
	 * @param attended the attendances
	 * @param noShows the no-shows, or null when not given
	 * @param adultServices the attendances from adult social and health care, or null
	 * @param source where they come from
	 */
	public record EarlierYear(long id, ReportingPeriod.FinancialYear year, int months, int attended,
			@Nullable Integer noShows, @Nullable Integer adultServices, String source) {
	}

	/**
	 * Keeps a year's earlier figures.
	 * @param partnershipId the partnership
	 * @param year the year, or null when not given
	 * @param months the months they cover, or null when not given
	 * @param attended the attendances, or null when not given
	 * @param noShows the no-shows, or null
	 * @param adultServices the attendances from adult services, or null
	 * @param source where they come from
	 * @param by who gives them
	 * @return the problems by field; empty when kept
	 */
	@Transactional
	public Map<String, String> giveEarlierYear(long partnershipId, ReportingPeriod.@Nullable FinancialYear year,
			@Nullable Integer months, @Nullable Integer attended, @Nullable Integer noShows,
			@Nullable Integer adultServices, String source, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (year == null) {
			problems.put("year", "Enter the financial year, such as 2013-14");
		}
		else if (earlierYears(partnershipId).stream().anyMatch((e) -> e.year().equals(year))) {
			problems.put("year", year.label() + " has earlier figures already: withdraw them to give others");
		}
		else if (!courses(partnershipId).stream().filter((c) -> year.contains(c.runsOn())).toList().isEmpty()) {
			problems.put("year", year.label() + " has courses recorded here: its figures come from them");
		}
		if (months == null || months < 1 || months > 12) {
			problems.put("months", "Enter the months the figures cover, from April: 1 to 12");
		}
		if (attended == null || attended < 0) {
			problems.put("attended", "Enter the attendances: 0 or more");
		}
		if (noShows != null && noShows < 0) {
			problems.put("noShows", "Enter the no-shows: 0 or more");
		}
		if (adultServices != null && (adultServices < 0 || (attended != null && adultServices > attended))) {
			problems.put("adultServices", "Enter the attendances from adult services: 0 to the attendances");
		}
		TextRules.require(problems, "source", source, "Say where the figures come from", 300);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				insert into training_earlier_year (partnership_id, year_start, months, attended, no_shows,
				       adult_services, source, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, Objects.requireNonNull(year).startYear(), months, attended, noShows, adultServices,
					source.strip(), by, now())
			.update();
		return Map.of();
	}

	/**
	 * The earlier years' figures, the latest first.
	 * @param partnershipId the partnership
	 * @return the figures
	 */
	@Transactional(readOnly = true)
	public List<EarlierYear> earlierYears(long partnershipId) {
		return this.jdbc
			.sql("""
					select earlier_year_id, year_start, months, attended, no_shows, adult_services, source
					from training_earlier_year where partnership_id = ? and withdrawn_at is null order by year_start desc""")
			.params(partnershipId)
			.query((rs, row) -> new EarlierYear(rs.getLong(1), ReportingPeriod.FinancialYear.starting(rs.getInt(2)),
					rs.getInt(3), rs.getInt(4), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class),
					rs.getString(7)))
			.list();
	}

	/**
	 * Withdraws a year's earlier figures given by mistake.
	 * @param partnershipId the partnership
	 * @param id their number
	 * @param reason why
	 * @param by who withdraws them
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdrawEarlierYear(long partnershipId, long id, String reason, String by) {
		return this.corrections.withdraw(partnershipId, new RecordRef(EARLIER_YEAR_RECORD, id), reason, by,
				() -> this.jdbc.sql("""
						update training_earlier_year set withdrawn_at = ?
						where partnership_id = ? and earlier_year_id = ? and withdrawn_at is null""")
					.params(now(), partnershipId, id)
					.update());
	}

	void bringBackEarlierYear(long partnershipId, long id) {
		this.jdbc.sql(
				"update training_earlier_year set withdrawn_at = null where partnership_id = ? and earlier_year_id = ?")
			.params(partnershipId, id)
			.update();
	}

	Optional<String> describeEarlierYear(long partnershipId, long id) {
		return this.jdbc.sql(
				"select year_start, source from training_earlier_year where partnership_id = ? and earlier_year_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> "Training figures of " + ReportingPeriod.FinancialYear.starting(rs.getInt(1)).label()
					+ ", from " + rs.getString(2))
			.optional();
	}

	/**
	 * Every booking of the courses in a span of days, with its course's day and theme.
	 */
	private record Held(Booking booking, LocalDate runsOn, String theme) {
	}

	private List<Held> held(long partnershipId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql(BOOKINGS.replace("select b.booking_id", "select c.runs_on, c.theme, b.booking_id")
					+ " and c.runs_on >= ? and c.runs_on <= ?")
			.params(partnershipId, from, to)
			.query((rs,
					row) -> new Held(new Booking(rs.getLong(3), rs.getLong(4), rs.getString(5),
							WorkforceSector.valueOf(rs.getString(6)), rs.getString(7), rs.getObject(8, Integer.class),
							BookingStatus.valueOf(rs.getString(9)), rs.getObject(10, LocalDate.class)),
							rs.getObject(1, LocalDate.class), rs.getString(2)))
			.list();
	}

	/**
	 * A year's attendance, set against the year before over the same months.
	 *
	 * @param months the months compared, from April (those of this year with attendance
	 * recorded)
	 * @param practitioners this year's practitioners trained in those months (each
	 * counted once)
	 * @param attended this year's attendances in them
	 * @param noShows this year's no-shows in them
	 * @param lastAttended last year's attendances in the same months, or null when not
	 * known
	 * @param lastNoShows last year's no-shows in them, or null when not known
	 * @param lastAdultServices last year's attendances from adult services, or null
	 * @param lastSource where last year's figures come from when an earlier report gave
	 * them; null when computed from records
	 */
	public record Comparison(int months, int practitioners, int attended, int noShows, @Nullable Integer lastAttended,
			@Nullable Integer lastNoShows, @Nullable Integer lastAdultServices, @Nullable String lastSource) {

		/**
		 * This year's no-show rate.
		 * @return such as "7.0%"
		 */
		public String noShowRate() {
			return TrainingFigures.percent(TrainingFigures.noShowRate(this.attended, this.noShows));
		}

		/**
		 * Last year's no-show rate.
		 * @return such as "12.0%", or "–" when not known
		 */
		public String lastNoShowRate() {
			return (this.lastAttended == null || this.lastNoShows == null) ? "–"
					: TrainingFigures.percent(TrainingFigures.noShowRate(this.lastAttended, this.lastNoShows));
		}

		/**
		 * The change in attendances from last year.
		 * @return such as "+6.9%", or "–"
		 */
		public String change() {
			return (this.lastAttended == null) ? "–" : TrainingFigures.change(this.lastAttended, this.attended);
		}

	}

	/**
	 * The year's report.
	 *
	 * @param year the financial year
	 * @param courses the courses and events in it
	 * @param themes the themes they cover, with how many each, the most first
	 * @param comparison attendance set against last year
	 * @param byMonth this year's and last year's attendances by month, from April
	 * @param noShowsByQuarter this year's and last year's no-show rates by quarter
	 * @param sectors each sector's attendances, of this year's
	 * @param lastAdultServicesShare last year's share from adult services, or "–"
	 * @param areas each area's attendances
	 * @param levels each competency level's attendances (not given last)
	 * @param evaluation each stage's average scores
	 */
	public record Report(ReportingPeriod.FinancialYear year, List<Course> courses, Map<String, Integer> themes,
			Comparison comparison, Map<String, List<Integer>> byMonth,
			Map<String, List<@Nullable Double>> noShowsByQuarter, Map<WorkforceSector, Integer> sectors,
			String lastAdultServicesShare, Map<String, Integer> areas, Map<String, Integer> levels,
			List<TrainingFigures.StageScores> evaluation) {

		/**
		 * A count's share of this year's attendances.
		 * @param count the count
		 * @return such as "43.0%"
		 */
		public String share(int count) {
			return TrainingFigures.percent(count, this.comparison.attended());
		}

		/**
		 * This year's share of attendances from adult social and health care.
		 * @return such as "12.0%"
		 */
		public String adultServicesShare() {
			return share(this.sectors.getOrDefault(WorkforceSector.ADULT_SERVICES, 0));
		}

	}

	/**
	 * The year's report: courses and themes, attendance against last year over the same
	 * months, the no-show trend, the workforce sectors, areas and competency levels of
	 * the attendances, and the evaluation from before the course to six months on. The
	 * search is in the access log.
	 * @param partnershipId the partnership
	 * @param year the financial year
	 * @return the report
	 */
	@Transactional
	public Report report(long partnershipId, ReportingPeriod.FinancialYear year) {
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, COURSE_RECORD, null)
			.withDetail("report " + year.label()));
		ReportingPeriod.FinancialYear last = ReportingPeriod.FinancialYear.starting(year.startYear() - 1);
		List<Course> courses = courses(partnershipId).stream().filter((c) -> year.contains(c.runsOn())).toList();
		Map<String, Integer> themes = new LinkedHashMap<>();
		courses.stream()
			.collect(java.util.stream.Collectors.groupingBy(Course::theme, TreeMap::new,
					java.util.stream.Collectors.summingInt((c) -> 1)))
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach((e) -> themes.put(e.getKey(), e.getValue()));
		List<Held> now = held(partnershipId, year.start(), year.end());
		List<Held> before = held(partnershipId, last.start(), last.end());
		int months = now.stream()
			.filter((h) -> h.booking().status() == BookingStatus.ATTENDED
					|| h.booking().status() == BookingStatus.NO_SHOW)
			.mapToInt((h) -> monthIndex(year, h.runsOn()) + 1)
			.max()
			.orElse(0);
		LocalDate until = YearMonth.from(year.start()).plusMonths(Math.max(months, 1) - 1L).atEndOfMonth();
		LocalDate lastUntil = until.minusYears(1);
		List<Held> attendedNow = now.stream()
			.filter((h) -> h.booking().status() == BookingStatus.ATTENDED && !h.runsOn().isAfter(until))
			.toList();
		int noShowsNow = (int) now.stream()
			.filter((h) -> h.booking().status() == BookingStatus.NO_SHOW && !h.runsOn().isAfter(until))
			.count();
		int practitioners = (int) attendedNow.stream().map((h) -> h.booking().attendeeKey()).distinct().count();
		Integer lastAttended = null;
		Integer lastNoShows = null;
		Integer lastAdult = null;
		String lastSource = null;
		if (!before.isEmpty()) {
			lastAttended = (int) before.stream()
				.filter((h) -> h.booking().status() == BookingStatus.ATTENDED && !h.runsOn().isAfter(lastUntil))
				.count();
			lastNoShows = (int) before.stream()
				.filter((h) -> h.booking().status() == BookingStatus.NO_SHOW && !h.runsOn().isAfter(lastUntil))
				.count();
			lastAdult = (int) before.stream()
				.filter((h) -> h.booking().status() == BookingStatus.ATTENDED && !h.runsOn().isAfter(lastUntil)
						&& h.booking().sector() == WorkforceSector.ADULT_SERVICES)
				.count();
		}
		else {
			int covered = months;
			Optional<EarlierYear> earlier = earlierYears(partnershipId).stream()
				.filter((e) -> e.year().equals(last) && e.months() == covered)
				.findFirst();
			if (earlier.isPresent()) {
				lastAttended = earlier.get().attended();
				lastNoShows = earlier.get().noShows();
				lastAdult = earlier.get().adultServices();
				lastSource = earlier.get().source();
			}
		}
		Comparison comparison = new Comparison(months, practitioners, attendedNow.size(), noShowsNow, lastAttended,
				lastNoShows, lastAdult, lastSource);
		Map<String, List<Integer>> byMonth = new LinkedHashMap<>();
		byMonth.put(last.label(), monthly(before, last));
		byMonth.put(year.label(), monthly(now, year));
		Map<String, List<@Nullable Double>> quarters = new LinkedHashMap<>();
		quarters.put(last.label(), quarterly(before, last));
		quarters.put(year.label(), quarterly(now, year));
		Map<WorkforceSector, Integer> sectors = new EnumMap<>(WorkforceSector.class);
		for (WorkforceSector sector : WorkforceSector.values()) {
			sectors.put(sector, (int) attendedNow.stream().filter((h) -> h.booking().sector() == sector).count());
		}
		Map<String, Integer> areas = new LinkedHashMap<>();
		for (String area : this.settings.areas()) {
			areas.put(area, (int) attendedNow.stream().filter((h) -> h.booking().area().equals(area)).count());
		}
		Map<String, Integer> levels = new LinkedHashMap<>();
		List<String> names = this.settings.competencyLevels();
		for (int i = 0; i < names.size(); i++) {
			int level = i + 1;
			levels.put(names.get(i),
					(int) attendedNow.stream()
						.filter((h) -> Objects.equals(h.booking().competencyLevel(), level))
						.count());
		}
		levels.put("Not given",
				(int) attendedNow.stream().filter((h) -> h.booking().competencyLevel() == null).count());
		List<TrainingFigures.Scores> given = new ArrayList<>();
		this.jdbc.sql("""
				select e.stage, e.knowledge, e.skills, e.confidence, e.objectives
				from training_evaluation e join training_booking b on b.partnership_id = e.partnership_id
				  and b.booking_id = e.booking_id
				join training_course c on c.partnership_id = b.partnership_id and c.course_id = b.course_id
				  and c.withdrawn_at is null
				where e.partnership_id = ? and c.runs_on >= ? and c.runs_on <= ?""")
			.params(partnershipId, year.start(), year.end())
			.query((rs) -> {
				given.add(new TrainingFigures.Scores(EvaluationStage.valueOf(rs.getString(1)), rs.getInt(2),
						rs.getInt(3), rs.getInt(4), Objectives.valueOf(rs.getString(5))));
			});
		List<TrainingFigures.StageScores> evaluation = java.util.Arrays.stream(EvaluationStage.values())
			.map((stage) -> TrainingFigures.averages(stage, given))
			.toList();
		String lastAdultShare = (lastAdult == null || lastAttended == null) ? "–"
				: TrainingFigures.percent(lastAdult, lastAttended);
		return new Report(year, courses, themes, comparison, byMonth, quarters, sectors, lastAdultShare, areas, levels,
				evaluation);
	}

	private static int monthIndex(ReportingPeriod.FinancialYear year, LocalDate day) {
		return (int) java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(year.start()), YearMonth.from(day));
	}

	private static List<Integer> monthly(List<Held> held, ReportingPeriod.FinancialYear year) {
		int[] counts = new int[12];
		held.stream()
			.filter((h) -> h.booking().status() == BookingStatus.ATTENDED)
			.forEach((h) -> counts[monthIndex(year, h.runsOn())]++);
		return java.util.Arrays.stream(counts).boxed().toList();
	}

	private static List<@Nullable Double> quarterly(List<Held> held, ReportingPeriod.FinancialYear year) {
		List<@Nullable Double> rates = new ArrayList<>();
		for (int q = 0; q < 4; q++) {
			int quarter = q;
			int attended = (int) held.stream()
				.filter((h) -> monthIndex(year, h.runsOn()) / 3 == quarter
						&& h.booking().status() == BookingStatus.ATTENDED)
				.count();
			int noShows = (int) held.stream()
				.filter((h) -> monthIndex(year, h.runsOn()) / 3 == quarter
						&& h.booking().status() == BookingStatus.NO_SHOW)
				.count();
			rates.add(TrainingFigures.noShowRate(attended, noShows));
		}
		return rates;
	}

	/**
	 * The programme's indicators in the catalogue, computed again from every booking:
	 * attendances, and the no-show rate, by the month of the course.
	 */
	private void publishIndicators(long partnershipId) {
		List<Held> all = held(partnershipId, LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
		List<Held> expected = all.stream()
			.filter((h) -> h.booking().status() == BookingStatus.ATTENDED
					|| h.booking().status() == BookingStatus.NO_SHOW)
			.toList();
		String source = "training recorded";
		this.indicators.recordCasework(partnershipId, "training-attendances", source,
				Indicators.byPeriod(
						expected.stream().filter((h) -> h.booking().status() == BookingStatus.ATTENDED).toList(),
						Held::runsOn, null));
		this.indicators.recordCasework(partnershipId, "training-no-shows", source,
				Indicators.byPeriod(expected, Held::runsOn, (h) -> h.booking().status() == BookingStatus.NO_SHOW));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
