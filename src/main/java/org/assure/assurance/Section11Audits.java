package org.assure.assurance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Evidence;
import org.assure.indicators.Theme;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.AgencyType;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's Section 11 audits: rounds of self-assessment, each agency's rating
 * and evidence per standard, challenge sessions, publication, and the agency × standard
 * matrix with its change since the round before. Scope is kept in the queries: a caller
 * limited to one agency reads only that agency's answers until the round is published.
 * Every read and change of answers is in the access log.
 */
@Service
public class Section11Audits {

	/**
	 * The kind of record a round is, in the history of corrections and the access log.
	 */
	public static final String ROUND_RECORD = "assurance.section11-round";

	/** The kind of record an agency's answers are, in the access log. */
	public static final String ANSWERS_RECORD = "assurance.section11-answers";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Corrections corrections;

	private final Evidence evidence;

	private final AccessLog accessLog;

	private final Agencies agencies;

	private final Section11Settings settings;

	Section11Audits(JdbcClient jdbc, Clock clock, Corrections corrections, Evidence evidence, AccessLog accessLog,
			Agencies agencies, Section11Settings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.corrections = corrections;
		this.evidence = evidence;
		this.accessLog = accessLog;
		this.agencies = agencies;
		this.settings = settings;
	}

	/**
	 * A round to open.
	 *
	 * @param name its name, such as 2015-16
	 * @param opensOn when agencies may start answering, or null when not given
	 * @param closesOn when their answers are due, or null when not given
	 * @param source where the record comes from, or null
	 */
	public record NewRound(String name, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn,
			@Nullable String source) {
	}

	/**
	 * What opening a round did.
	 *
	 * @param id the new round's number, or null when refused
	 * @param problems the broken rules by field
	 */
	public record Created(@Nullable Long id, Map<String, String> problems) {
	}

	/**
	 * An agency's answer to one standard.
	 *
	 * @param rating its rating
	 * @param evidence the evidence for it
	 */
	public record Answer(Section11Rating rating, String evidence) {
	}

	/**
	 * How far an agency has answered.
	 *
	 * @param agency the agency
	 * @param answered the standards answered
	 * @param standards the standards asked
	 */
	public record Progress(Agency agency, int answered, int standards) {

		/**
		 * Whether every standard is answered.
		 * @return true when complete
		 */
		public boolean complete() {
			return this.answered == this.standards;
		}

	}

	/**
	 * A cell of the matrix: an agency's rating on a standard, and the rating it gave the
	 * same standard in the round before.
	 *
	 * @param rating the rating, or null when not answered
	 * @param before the rating in the round before, or null when none
	 */
	public record Cell(@Nullable Section11Rating rating, @Nullable Section11Rating before) {

		/**
		 * The change since the round before, in words.
		 * @return "Better", "Worse", "Same", or "" when there is nothing to compare
		 */
		public String change() {
			if (this.rating == null || this.before == null) {
				return "";
			}
			int change = this.rating.comparedWith(this.before);
			return (change > 0) ? "Better" : (change < 0) ? "Worse" : "Same";
		}

	}

	/**
	 * An agency's row of the matrix.
	 *
	 * @param agency the agency
	 * @param cells one cell per standard, in order
	 */
	public record Row(Agency agency, List<Cell> cells) {
	}

	/**
	 * The agency × standard matrix of a round.
	 *
	 * @param round the round
	 * @param before the round before it, or null when it is the first
	 * @param rows one row per agency shown
	 * @param totals how many cells have each rating, by standard number (from 1)
	 */
	public record Matrix(Section11Round round, @Nullable Section11Round before, List<Row> rows,
			Map<Integer, Map<Section11Rating, Integer>> totals) {
	}

	/**
	 * A challenge session.
	 *
	 * @param id its number
	 * @param agency the agency challenged, or null for a session with several partners
	 * @param heldOn when
	 * @param attended who attended
	 * @param outcome what came of it
	 */
	public record Challenge(long id, @Nullable Agency agency, LocalDate heldOn, String attended, String outcome) {
	}

	/**
	 * Today in Europe/London.
	 * @return today
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(LONDON));
	}

	/**
	 * The standards a new round asks.
	 * @return the standards
	 */
	public List<String> standards() {
		return this.settings.standards();
	}

	/**
	 * Opens a round with the standards in force.
	 * @param partnershipId the partnership
	 * @param round the round
	 * @param by who opens it
	 * @return the new round's number, or the problems by field
	 */
	@Transactional
	public Created open(long partnershipId, NewRound round, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "name", round.name(), "Name the round, such as 2015-16", 100);
		if (round.opensOn() == null) {
			problems.put("opensOn", "Enter the day the round opens, such as 2015-05-01");
		}
		if (round.closesOn() == null) {
			problems.put("closesOn", "Enter the day the answers are due, such as 2015-07-31");
		}
		else if (round.opensOn() != null && round.closesOn().isBefore(round.opensOn())) {
			problems.put("closesOn", "The answers cannot be due before the round opens");
		}
		if (problems.isEmpty()
				&& rounds(partnershipId).stream().anyMatch((r) -> r.name().equalsIgnoreCase(round.name().strip()))) {
			problems.put("name", "A round of this name exists already");
		}
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into s11_round (partnership_id, name, opens_on, closes_on, conclusion, themes, source,
				       recorded_by, recorded_at) values (?, ?, ?, ?, '', '', ?, ?, ?)""")
			.params(partnershipId, round.name().strip(), round.opensOn(), round.closesOn(), round.source(), by, now())
			.update(keys, "round_id");
		long id = Objects.requireNonNull(keys.getKeyAs(Long.class));
		List<String> standards = standards();
		for (int i = 0; i < standards.size(); i++) {
			this.jdbc
				.sql("insert into s11_standard (partnership_id, round_id, standard_no, standard) values (?, ?, ?, ?)")
				.params(partnershipId, id, i + 1, standards.get(i))
				.update();
		}
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CREATE, ROUND_RECORD, String.valueOf(id)));
		return new Created(id, Map.of());
	}

	/**
	 * Every round, the latest first.
	 * @param partnershipId the partnership
	 * @return the rounds
	 */
	@Transactional(readOnly = true)
	public List<Section11Round> rounds(long partnershipId) {
		Map<Long, List<String>> standards = new HashMap<>();
		this.jdbc
			.sql("select round_id, standard from s11_standard where partnership_id = ? order by round_id, standard_no")
			.param(partnershipId)
			.query((rs) -> {
				standards.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		return this.jdbc.sql("""
				select round_id, name, opens_on, closes_on, published_on, conclusion from s11_round
				where partnership_id = ? and withdrawn_at is null order by opens_on desc, round_id desc""")
			.param(partnershipId)
			.query((rs, row) -> new Section11Round(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
					standards.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	/**
	 * A round.
	 * @param partnershipId the partnership
	 * @param id the round
	 * @return the round, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<Section11Round> find(long partnershipId, long id) {
		return rounds(partnershipId).stream().filter((r) -> r.id() == id).findFirst();
	}

	/**
	 * The agencies asked to assess themselves: the partnership's active agencies, lay
	 * members excepted.
	 * @param partnershipId the partnership
	 * @return the agencies
	 */
	@Transactional(readOnly = true)
	public List<Agency> agenciesAsked(long partnershipId) {
		return this.agencies.of(partnershipId)
			.stream()
			.filter((agency) -> agency.active() && agency.type() != AgencyType.LAY)
			.toList();
	}

	/**
	 * An agency's answers to a round, by standard number, their reading recorded in the
	 * access log.
	 * @param partnershipId the partnership
	 * @param roundId the round
	 * @param agencyId the agency
	 * @return the answers
	 */
	@Transactional
	public Map<Integer, Answer> answers(long partnershipId, long roundId, long agencyId) {
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.READ, ANSWERS_RECORD, roundId + "/" + agencyId));
		Map<Integer, Answer> answers = new LinkedHashMap<>();
		this.jdbc.sql("""
				select standard_no, rating, evidence from s11_answer
				where partnership_id = ? and round_id = ? and agency_id = ? order by standard_no""")
			.params(partnershipId, roundId, agencyId)
			.query((rs) -> {
				answers.put(rs.getInt(1), new Answer(Section11Rating.valueOf(rs.getString(2)), rs.getString(3)));
			});
		return answers;
	}

	/**
	 * Records an agency's answers: for each standard answered, its rating and the
	 * evidence. An answer replaces the one before; a standard left blank stays as it was.
	 * @param partnershipId the partnership
	 * @param roundId the round
	 * @param agencyId the agency
	 * @param given the ratings given, by standard number
	 * @param evidence the evidence given, by standard number
	 * @param by who answers
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> answer(long partnershipId, long roundId, long agencyId,
			Map<Integer, Section11Rating> given, Map<Integer, String> evidence, String by) {
		Section11Round round = find(partnershipId, roundId)
			.orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
		try {
			round.requireOpen();
		}
		catch (IllegalSection11MoveException ex) {
			return Map.of("move", Objects.requireNonNull(ex.getMessage()));
		}
		Map<String, String> problems = new LinkedHashMap<>();
		for (int standard = 1; standard <= round.standards().size(); standard++) {
			Section11Rating rating = given.get(standard);
			String text = evidence.getOrDefault(standard, "").strip();
			if (rating == null && !text.isEmpty()) {
				problems.put("rating-" + standard, "Rate standard " + standard + " as well as giving its evidence");
			}
			else if (rating != null && text.isEmpty()) {
				problems.put("evidence-" + standard, "Give the evidence for standard " + standard + "'s rating");
			}
			else if (text.length() > 3000) {
				problems.put("evidence-" + standard,
						"Keep the evidence for standard " + standard + " to 3000 characters");
			}
		}
		if (given.isEmpty() && problems.isEmpty()) {
			problems.put("rating-1", "Rate at least one standard, with its evidence");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		for (Map.Entry<Integer, Section11Rating> answer : given.entrySet()) {
			if (answer.getKey() < 1 || answer.getKey() > round.standards().size()) {
				continue;
			}
			this.jdbc
				.sql("delete from s11_answer where partnership_id = ? and round_id = ? and agency_id = ?"
						+ " and standard_no = ?")
				.params(partnershipId, roundId, agencyId, answer.getKey())
				.update();
			this.jdbc.sql("""
					insert into s11_answer (partnership_id, round_id, agency_id, standard_no, rating, evidence,
					       answered_by, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(partnershipId, roundId, agencyId, answer.getKey(), answer.getValue().name(),
						evidence.get(answer.getKey()).strip(), by, now())
				.update();
		}
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, ANSWERS_RECORD, roundId + "/" + agencyId));
		return Map.of();
	}

	/**
	 * How far each agency asked has answered a round.
	 * @param partnershipId the partnership
	 * @param round the round
	 * @return one entry per agency asked
	 */
	@Transactional(readOnly = true)
	public List<Progress> progress(long partnershipId, Section11Round round) {
		Map<Long, Integer> answered = new HashMap<>();
		this.jdbc.sql("""
				select agency_id, count(*) from s11_answer where partnership_id = ? and round_id = ?
				group by agency_id""").params(partnershipId, round.id()).query((rs) -> {
			answered.put(rs.getLong(1), rs.getInt(2));
		});
		return agenciesAsked(partnershipId).stream()
			.map((agency) -> new Progress(agency, answered.getOrDefault(agency.id(), 0), round.standards().size()))
			.toList();
	}

	/**
	 * The agency × standard matrix of a round, with each cell's rating in the round
	 * before. A caller limited to one agency sees only that agency's row until the round
	 * is published; the query itself leaves the other agencies' answers out.
	 * @param partnershipId the partnership
	 * @param round the round
	 * @param onlyAgency the agency the caller is limited to, or null for the whole
	 * partnership
	 * @return the matrix
	 */
	@Transactional
	public Matrix matrix(long partnershipId, Section11Round round, @Nullable Long onlyAgency) {
		Long scope = round.published() ? null : onlyAgency;
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.READ, ANSWERS_RECORD, round.id() + "/*")
			.withDetail((scope != null) ? "own agency" : "all agencies"));
		Section11Round before = rounds(partnershipId).stream()
			.filter((r) -> r.opensOn().isBefore(round.opensOn()))
			.findFirst()
			.orElse(null);
		Map<Long, Map<Integer, Section11Rating>> now = ratings(partnershipId, round.id(), scope);
		Map<Long, Map<Integer, Section11Rating>> then = (before != null) ? ratings(partnershipId, before.id(), scope)
				: Map.of();
		List<Row> rows = new ArrayList<>();
		Map<Integer, Map<Section11Rating, Integer>> totals = new LinkedHashMap<>();
		for (Agency agency : agenciesAsked(partnershipId)) {
			if (scope != null && agency.id() != scope) {
				continue;
			}
			List<Cell> cells = new ArrayList<>();
			for (int standard = 1; standard <= round.standards().size(); standard++) {
				Section11Rating rating = now.getOrDefault(agency.id(), Map.of()).get(standard);
				Section11Rating earlier = (before != null && standard <= before.standards().size())
						? then.getOrDefault(agency.id(), Map.of()).get(standard) : null;
				cells.add(new Cell(rating, earlier));
				if (rating != null) {
					totals.computeIfAbsent(standard, (k) -> new EnumMap<>(Section11Rating.class))
						.merge(rating, 1, Integer::sum);
				}
			}
			rows.add(new Row(agency, cells));
		}
		return new Matrix(round, before, rows, totals);
	}

	private Map<Long, Map<Integer, Section11Rating>> ratings(long partnershipId, long roundId, @Nullable Long only) {
		Map<Long, Map<Integer, Section11Rating>> ratings = new HashMap<>();
		this.jdbc
			.sql("select agency_id, standard_no, rating from s11_answer where partnership_id = ? and round_id = ?"
					+ ((only != null) ? " and agency_id = ?" : ""))
			.params((only != null) ? List.of(partnershipId, roundId, only) : List.of(partnershipId, roundId))
			.query((rs) -> {
				ratings.computeIfAbsent(rs.getLong(1), (k) -> new HashMap<>())
					.put(rs.getInt(2), Section11Rating.valueOf(rs.getString(3)));
			});
		return ratings;
	}

	/**
	 * Publishes a round: every agency's answers are then read by the board, and the
	 * round's results are evidence on the themes chosen.
	 * @param partnershipId the partnership
	 * @param roundId the round
	 * @param on when, or null when not given
	 * @param conclusion what the board concluded
	 * @param themes the themes the results speak to
	 * @param by who publishes it
	 * @return the problems by field; empty when published
	 */
	@Transactional
	public Map<String, String> publish(long partnershipId, long roundId, @Nullable LocalDate on, String conclusion,
			Set<Theme> themes, String by) {
		Section11Round round = find(partnershipId, roundId)
			.orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
		Map<String, String> problems = new LinkedHashMap<>();
		if (on == null) {
			problems.put("publishedOn", "Enter the day the round is published, such as 2015-10-01");
		}
		else if (on.isAfter(today())) {
			problems.put("publishedOn", "The day cannot be in the future");
		}
		TextRules.require(problems, "conclusion", conclusion,
				"Say what the board concluded, such as agencies were mostly compliant", 3000);
		if (!problems.isEmpty()) {
			return problems;
		}
		Section11Round published;
		try {
			published = round.publish(on, conclusion);
		}
		catch (IllegalSection11MoveException ex) {
			return Map.of("move", Objects.requireNonNull(ex.getMessage()));
		}
		String codes = String.join(",", themes.stream().map(Theme::code).sorted().toList());
		this.jdbc.sql("""
				update s11_round set published_on = ?, conclusion = ?, themes = ?
				where partnership_id = ? and round_id = ?""")
			.params(published.publishedOn(), published.conclusion(), codes, partnershipId, roundId)
			.update();
		tag(partnershipId, published, themes);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, ROUND_RECORD, String.valueOf(roundId))
			.withDetail("published"));
		return Map.of();
	}

	/**
	 * A published round is evidence on the themes chosen when it was published: the
	 * board's conclusion and how the agencies rated themselves.
	 */
	private void tag(long partnershipId, Section11Round round, Set<Theme> themes) {
		Matrix matrix = matrix(partnershipId, round, null);
		Map<Section11Rating, Integer> counts = new EnumMap<>(Section11Rating.class);
		matrix.totals().values().forEach((each) -> each.forEach((rating, n) -> counts.merge(rating, n, Integer::sum)));
		StringBuilder summary = new StringBuilder(round.conclusion());
		if (!counts.isEmpty()) {
			List<String> parts = new ArrayList<>();
			counts.forEach((rating, n) -> parts.add(n + " " + rating.label().toLowerCase(java.util.Locale.UK)));
			summary.append(" Self-assessments: ").append(String.join(", ", parts)).append(".");
		}
		this.evidence.tag(partnershipId,
				new Evidence.Item(Evidence.Kind.SECTION_11, "Section 11 audit: " + round.name(), summary.toString(),
						Objects.requireNonNull(round.publishedOn()), "assurance", "section11-" + round.id(),
						"/assurance/section11/" + round.id()),
				themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes));
	}

	/**
	 * Records a challenge session on a round.
	 * @param partnershipId the partnership
	 * @param roundId the round
	 * @param agencyId the agency challenged, or null for several partners
	 * @param heldOn when, or null when not given
	 * @param attended who attended
	 * @param outcome what came of it
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> challenge(long partnershipId, long roundId, @Nullable Long agencyId,
			@Nullable LocalDate heldOn, String attended, String outcome, String by) {
		find(partnershipId, roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
		Map<String, String> problems = new LinkedHashMap<>();
		if (heldOn == null) {
			problems.put("heldOn", "Enter the day the session was held, such as 2015-09-15");
		}
		else if (heldOn.isAfter(today())) {
			problems.put("heldOn", "The day cannot be in the future");
		}
		if (agencyId != null && this.agencies.find(partnershipId, agencyId).isEmpty()) {
			problems.put("challengedAgency", "Choose an agency of the partnership");
		}
		TextRules.require(problems, "attended", attended, "Say who attended, such as the statutory partners", 500);
		TextRules.require(problems, "outcome", outcome, "Say what came of the challenge", 3000);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				insert into s11_challenge (partnership_id, round_id, agency_id, held_on, attended, outcome, recorded_by,
				       recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, roundId, agencyId, heldOn, attended.strip(), outcome.strip(), by, now())
			.update();
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, ROUND_RECORD, String.valueOf(roundId))
			.withDetail("challenge recorded"));
		return Map.of();
	}

	/**
	 * A round's challenge sessions, in the order held.
	 * @param partnershipId the partnership
	 * @param roundId the round
	 * @return the sessions
	 */
	@Transactional(readOnly = true)
	public List<Challenge> challenges(long partnershipId, long roundId) {
		Map<Long, Agency> byId = new HashMap<>();
		this.agencies.of(partnershipId).forEach((agency) -> byId.put(agency.id(), agency));
		return this.jdbc.sql("""
				select challenge_id, agency_id, held_on, attended, outcome from s11_challenge
				where partnership_id = ? and round_id = ? and withdrawn_at is null order by held_on, challenge_id""")
			.params(partnershipId, roundId)
			.query((rs, row) -> new Challenge(rs.getLong(1), (rs.getObject(2) != null) ? byId.get(rs.getLong(2)) : null,
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)))
			.list();
	}

	/**
	 * Withdraws a round opened by mistake: it leaves the list, the matrix of the round
	 * after it and the evidence; its history stays.
	 * @param partnershipId the partnership
	 * @param id the round
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No round " + id));
		return this.corrections.withdraw(partnershipId, new RecordRef(ROUND_RECORD, id), reason, by, () -> {
			this.jdbc.sql(
					"update s11_round set withdrawn_at = ? where partnership_id = ? and round_id = ? and withdrawn_at is null")
				.params(now(), partnershipId, id)
				.update();
			this.evidence.tag(partnershipId,
					new Evidence.Item(Evidence.Kind.SECTION_11, "", "", today(), "assurance", "section11-" + id, ""),
					EnumSet.noneOf(Theme.class));
			this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, ROUND_RECORD, String.valueOf(id))
				.withDetail("withdrawn"));
		});
	}

	/**
	 * Brings back a round withdrawn in error, with its evidence when it was published.
	 * @param partnershipId the partnership
	 * @param id the round
	 */
	void bringBack(long partnershipId, long id) {
		this.jdbc.sql("update s11_round set withdrawn_at = null where partnership_id = ? and round_id = ?")
			.params(partnershipId, id)
			.update();
		String codes = this.jdbc.sql("select themes from s11_round where partnership_id = ? and round_id = ?")
			.params(partnershipId, id)
			.query(String.class)
			.single();
		Set<Theme> themes = EnumSet.noneOf(Theme.class);
		for (String code : codes.split(",")) {
			Theme.fromCode(code).ifPresent(themes::add);
		}
		find(partnershipId, id).filter(Section11Round::published)
			.ifPresent((round) -> tag(partnershipId, round, themes));
	}

	/**
	 * A withdrawn round as the register names it.
	 * @param partnershipId the partnership
	 * @param id the round
	 * @return its name, if the partnership has it
	 */
	Optional<String> describe(long partnershipId, long id) {
		return this.jdbc.sql("select name from s11_round where partnership_id = ? and round_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> "Section 11 round " + rs.getString(1))
			.optional();
	}

	/**
	 * A round's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id the round
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(ROUND_RECORD, id));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
