package org.assure.lado;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
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
 * The LADO's allegations: each referral, its steps and outcome, repeat referrals that
 * prompt an evaluation meeting, and the reports. The adult and the children are
 * pseudonymised here, before anything is stored; every read, search and change is in the
 * access log, never with the allegation's content.
 */
@Service
public class Allegations {

	/**
	 * The kind of record an allegation is, in the history of corrections and the access
	 * log.
	 */
	public static final String ALLEGATION_RECORD = "lado.allegation";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Corrections corrections;

	private final AccessLog accessLog;

	private final Pseudonyms pseudonyms;

	private final LadoSettings settings;

	private final Indicators indicators;

	Allegations(JdbcClient jdbc, Clock clock, Corrections corrections, AccessLog accessLog, Pseudonyms pseudonyms,
			LadoSettings settings, Indicators indicators) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.corrections = corrections;
		this.accessLog = accessLog;
		this.pseudonyms = pseudonyms;
		this.settings = settings;
		this.indicators = indicators;
	}

	/**
	 * A referral as the LADO receives it.
	 *
	 * @param receivedOn when, or null when not given
	 * @param referrer who referred it (a role or an organisation)
	 * @param sector the adult's employment sector, or null when not chosen
	 * @param adultRole the adult's role
	 * @param setting the setting or provider
	 * @param adult what the referral names the adult by: pseudonymised, never stored
	 * @param children the authority's ids of the children: pseudonymised, never stored
	 * @param harm the harm alleged, or null when not chosen
	 * @param technology whether technology or social media was involved
	 * @param lookedAfter whether the adult's work is with looked after children
	 * @param summary the allegation in brief, without names
	 * @param source where the record comes from, or null
	 */
	public record Referral(@Nullable LocalDate receivedOn, String referrer, @Nullable EmploymentSector sector,
			String adultRole, String setting, String adult, List<String> children, @Nullable HarmType harm,
			boolean technology, boolean lookedAfter, String summary, @Nullable String source) {
	}

	/**
	 * What a referral did.
	 *
	 * @param id the new allegation's number, or null when refused
	 * @param problems the broken rules by field
	 * @param evaluationPrompt why an evaluation meeting is prompted, or null
	 */
	public record Created(@Nullable Long id, Map<String, String> problems, @Nullable String evaluationPrompt) {
	}

	/**
	 * A count and its share of a base, to one decimal place.
	 *
	 * @param count the count
	 * @param base what it is a share of
	 */
	public record Share(int count, int base) {

		/**
		 * The share in percent, to one decimal place.
		 * @return such as "62.1%", or "–" when the base is nothing
		 */
		public String percent() {
			return (this.base == 0) ? "–"
					: String.format(Locale.UK, "%.1f%%", Math.round(this.count * 1000.0 / this.base) / 10.0);
		}

		/**
		 * Whether the share reaches a target.
		 * @param target the target, in percent
		 * @return true when the count is at least the target's share of the base
		 */
		public boolean meets(int target) {
			return this.base > 0 && this.count * 100L >= (long) target * this.base;
		}

	}

	/**
	 * The LADO's report for the referrals received in a span.
	 *
	 * @param from the first day
	 * @param to the last day
	 * @param asAt the day outcomes and open cases are counted at
	 * @param referrals the referrals received
	 * @param byMonth referrals by month received
	 * @param bySector referrals by employment sector
	 * @param byHarm referrals by harm
	 * @param outcomes the referrals concluded by the day, by outcome, each a share of the
	 * referrals
	 * @param open the referrals still open on the day
	 * @param resolved the referrals resolved by the day, by band
	 * @param withinOneMonth resolved within one month, of all the referrals
	 * @param withinThreeMonths resolved within three months, of all the referrals
	 * @param withinTwelveMonths resolved within twelve months, of all the referrals
	 * @param targets the targets: one month, three months, twelve months, in percent
	 * @param dbs adults referred to the DBS, as a share of the substantiated
	 * @param technology referrals involving technology
	 * @param lookedAfter referrals about adults whose work is with looked after children
	 * @param openByAge the open referrals by how long they have been open
	 */
	public record Report(LocalDate from, LocalDate to, LocalDate asAt, int referrals, Map<YearMonth, Integer> byMonth,
			Map<EmploymentSector, Integer> bySector, Map<HarmType, Integer> byHarm,
			Map<AllegationOutcome, Share> outcomes, Share open, Map<Resolution, Integer> resolved, Share withinOneMonth,
			Share withinThreeMonths, Share withinTwelveMonths, List<Integer> targets, Share dbs, Share technology,
			Share lookedAfter, Map<String, Integer> openByAge) {
	}

	/** The age bands of open referrals. */
	public static final List<String> AGE_BANDS = List.of("Under 3 months", "3 to 6 months", "6 to 12 months",
			"Over 12 months");

	/**
	 * Today in Europe/London.
	 * @return today
	 */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(LONDON));
	}

	/**
	 * The rules in force.
	 * @return the settings
	 */
	public LadoSettings settings() {
		return this.settings;
	}

	/**
	 * Records a referral; the adult and the children are pseudonymised first. The
	 * referral that makes a repeat (the third, by default) about the same adult, setting
	 * or child prompts an evaluation meeting.
	 * @param partnershipId the partnership
	 * @param referral the referral
	 * @param by who records it
	 * @return the new allegation's number and any prompt, or the problems by field
	 */
	@Transactional
	public Created refer(long partnershipId, Referral referral, String by) {
		Map<String, String> problems = check(referral.receivedOn(), referral.referrer(), referral.sector(),
				referral.adultRole(), referral.setting(), referral.harm(), referral.summary());
		TextRules.require(problems, "adult", referral.adult(),
				"Name the adult (a name or staff number): it is stored only as a pseudonym", 300);
		for (String child : referral.children()) {
			if (child.strip().length() > 100) {
				problems.put("children", "A child's id is at most 100 characters");
			}
		}
		if (!problems.isEmpty()) {
			return new Created(null, problems, null);
		}
		String adultKey = this.pseudonyms.adultKey(partnershipId, referral.adult());
		Set<String> childKeys = new LinkedHashSet<>();
		for (String child : referral.children()) {
			if (!child.isBlank()) {
				childKeys.add(this.pseudonyms.childKey(partnershipId, child));
			}
		}
		String settingKey = settingKey(referral.setting());
		String prompt = repeat(partnershipId, adultKey, settingKey, childKeys);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into allegation (partnership_id, received_on, referrer, sector, adult_role, setting, setting_key,
				       adult_key, harm, technology, looked_after, summary, police_involved, evaluation_prompt, source,
				       recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?)""")
			.params(partnershipId, referral.receivedOn(), referral.referrer().strip(),
					Objects.requireNonNull(referral.sector()).name(), referral.adultRole().strip(),
					referral.setting().strip(), settingKey, adultKey, Objects.requireNonNull(referral.harm()).name(),
					referral.technology(), referral.lookedAfter(), referral.summary().strip(), prompt,
					referral.source(), by, now())
			.update(keys, "allegation_id");
		long id = Objects.requireNonNull(keys.getKeyAs(Long.class));
		for (String childKey : childKeys) {
			this.jdbc.sql("insert into allegation_child (partnership_id, allegation_id, child_key) values (?, ?, ?)")
				.params(partnershipId, id, childKey)
				.update();
		}
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.CREATE, ALLEGATION_RECORD, String.valueOf(id)));
		publishIndicators(partnershipId);
		return new Created(id, Map.of(), prompt);
	}

	/**
	 * Why a new referral prompts an evaluation meeting: the earlier referrals about the
	 * same adult, setting or child make it the one the setting names.
	 */
	private @Nullable String repeat(long partnershipId, String adultKey, String settingKey, Set<String> childKeys) {
		int nth = this.settings.repeatReferrals();
		long adult = count("select count(*) from allegation where partnership_id = ? and adult_key = ?"
				+ " and withdrawn_at is null", partnershipId, adultKey);
		if (adult + 1 >= nth) {
			return ordinal(adult + 1) + " referral about the same adult";
		}
		long setting = count("select count(*) from allegation where partnership_id = ? and setting_key = ?"
				+ " and withdrawn_at is null", partnershipId, settingKey);
		if (setting + 1 >= nth) {
			return ordinal(setting + 1) + " referral about the same setting";
		}
		for (String child : childKeys) {
			long about = count("""
					select count(*) from allegation_child c join allegation a
					  on a.partnership_id = c.partnership_id and a.allegation_id = c.allegation_id
					where c.partnership_id = ? and c.child_key = ? and a.withdrawn_at is null""", partnershipId, child);
			if (about + 1 >= nth) {
				return ordinal(about + 1) + " referral about the same child";
			}
		}
		return null;
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String ordinal(long n) {
		long lastTwo = n % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch ((int) (n % 10)) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return "The " + n + suffix;
	}

	/**
	 * How a setting is matched with earlier referrals: its name without case, spacing or
	 * punctuation.
	 * @param setting the setting's name
	 * @return the key
	 */
	static String settingKey(String setting) {
		return setting.toLowerCase(Locale.UK).replaceAll("['\u2019.]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private Map<String, String> check(@Nullable LocalDate receivedOn, String referrer,
			@Nullable EmploymentSector sector, String adultRole, String setting, @Nullable HarmType harm,
			String summary) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (receivedOn == null) {
			problems.put("receivedOn", "Enter the day the referral was received, such as 2015-01-12");
		}
		else if (receivedOn.isAfter(today())) {
			problems.put("receivedOn", "The day cannot be in the future");
		}
		TextRules.require(problems, "referrer", referrer, "Say who referred it, such as a head teacher", 200);
		if (sector == null) {
			problems.put("sector", "Choose the adult's employment sector");
		}
		TextRules.require(problems, "adultRole", adultRole, "Give the adult's role, such as teaching assistant", 200);
		TextRules.require(problems, "setting", setting, "Name the setting or provider", 200);
		if (harm == null) {
			problems.put("harm", "Choose the harm alleged");
		}
		TextRules.require(problems, "summary", summary, "Describe the allegation briefly, without names", 2000);
		return problems;
	}

	/**
	 * How many referrals were received from one day to another: a count, read without the
	 * access log, for the module's own checks (the demo loads once).
	 * @param partnershipId the partnership
	 * @param from the first day
	 * @param to the last day
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long countReceived(long partnershipId, LocalDate from, LocalDate to) {
		return count("select count(*) from allegation where partnership_id = ? and received_on >= ?"
				+ " and received_on <= ? and withdrawn_at is null", partnershipId, from, to);
	}

	/**
	 * An allegation, its reading recorded in the access log.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @return the allegation, if the partnership has it and it is not withdrawn
	 */
	@Transactional
	public Optional<Allegation> read(long partnershipId, long id) {
		Optional<Allegation> found = find(partnershipId, id);
		found.ifPresent((allegation) -> this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.READ, ALLEGATION_RECORD, String.valueOf(id))));
		return found;
	}

	/**
	 * An allegation, for the module's own checks (not logged).
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @return the allegation, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<Allegation> find(long partnershipId, long id) {
		List<Allegation> found = load(partnershipId, " and allegation_id = ?", id);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/**
	 * Every allegation, the latest referral first, its listing recorded in the access
	 * log.
	 * @param partnershipId the partnership
	 * @return the allegations
	 */
	@Transactional
	public List<Allegation> all(long partnershipId) {
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, ALLEGATION_RECORD, null));
		return load(partnershipId, "");
	}

	/**
	 * The open allegations, the longest open first: the LADO's weekly list.
	 * @param partnershipId the partnership
	 * @return the open allegations
	 */
	@Transactional(readOnly = true)
	public List<Allegation> openCases(long partnershipId) {
		List<Allegation> open = new ArrayList<>(load(partnershipId, " and concluded_on is null"));
		open.sort(Comparator.comparing(Allegation::receivedOn).thenComparing(Allegation::id));
		return open;
	}

	/**
	 * Open allegations whose repeat referral prompted an evaluation meeting not yet held.
	 * @param partnershipId the partnership
	 * @return the allegations
	 */
	@Transactional(readOnly = true)
	public List<Allegation> evaluationsDue(long partnershipId) {
		return load(partnershipId,
				" and evaluation_prompt is not null and evaluation_on is null and concluded_on is null");
	}

	private List<Allegation> load(long partnershipId, String where, Object... more) {
		List<Object> params = new ArrayList<>();
		params.add(partnershipId);
		params.addAll(List.of(more));
		List<Allegation> found = this.jdbc.sql(SELECT + where + " order by received_on desc, allegation_id desc")
			.params(params)
			.query(Allegations::allegation)
			.list();
		if (found.isEmpty()) {
			return found;
		}
		Map<Long, List<String>> children = new HashMap<>();
		this.jdbc.sql("select allegation_id, child_key from allegation_child where partnership_id = ?")
			.param(partnershipId)
			.query((rs) -> {
				children.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		List<Allegation> complete = new ArrayList<>(found.size());
		for (Allegation a : found) {
			complete.add(new Allegation(a.id(), a.receivedOn(), a.referrer(), a.sector(), a.adultRole(), a.setting(),
					a.adultKey(), children.getOrDefault(a.id(), List.of()), a.harm(), a.technology(), a.lookedAfter(),
					a.summary(), a.strategyOn(), a.evaluationOn(), a.policeInvolved(), a.outcome(), a.concludedOn(),
					a.dbsReferredOn(), a.regulatorReferredOn(), a.regulator(), a.evaluationPrompt()));
		}
		return complete;
	}

	/**
	 * Records the strategy discussion.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @param on when, or null when not given
	 * @param police whether the police are involved
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> holdStrategy(long partnershipId, long id, @Nullable LocalDate on, boolean police,
			String by) {
		if (on == null) {
			return Map.of("strategyOn", "Enter the day of the strategy discussion, such as 2015-01-14");
		}
		return move(partnershipId, id, (a) -> a.holdStrategy(notFuture(on), police), by);
	}

	/**
	 * Records an evaluation meeting.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @param on when, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> holdEvaluation(long partnershipId, long id, @Nullable LocalDate on, String by) {
		if (on == null) {
			return Map.of("evaluationOn", "Enter the day of the evaluation meeting, such as 2015-01-20");
		}
		return move(partnershipId, id, (a) -> a.holdEvaluation(notFuture(on)), by);
	}

	/**
	 * Records the outcome.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @param outcome the outcome, or null when not chosen
	 * @param on when, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> conclude(long partnershipId, long id, @Nullable AllegationOutcome outcome,
			@Nullable LocalDate on, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (outcome == null) {
			problems.put("outcome", "Choose the outcome");
		}
		if (on == null) {
			problems.put("concludedOn", "Enter the day of the outcome, such as 2015-02-10");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Map<String, String> moved = move(partnershipId, id, (a) -> a.conclude(outcome, notFuture(on)), by);
		if (moved.isEmpty()) {
			publishIndicators(partnershipId);
		}
		return moved;
	}

	/**
	 * Records the adult's referral to the Disclosure and Barring Service.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @param on when, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> referToDbs(long partnershipId, long id, @Nullable LocalDate on, String by) {
		if (on == null) {
			return Map.of("dbsReferredOn", "Enter the day of the DBS referral, such as 2015-02-20");
		}
		return move(partnershipId, id, (a) -> a.referToDbs(notFuture(on)), by);
	}

	/**
	 * Records that a regulator was told.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @param on when, or null when not given
	 * @param regulator which regulator
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> referToRegulator(long partnershipId, long id, @Nullable LocalDate on, String regulator,
			String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (on == null) {
			problems.put("regulatorReferredOn", "Enter the day the regulator was told, such as 2015-02-20");
		}
		TextRules.require(problems, "regulator", regulator, "Name the regulator, such as Ofsted", 200);
		if (!problems.isEmpty()) {
			return problems;
		}
		return move(partnershipId, id, (a) -> a.referToRegulator(notFuture(on), regulator), by);
	}

	private LocalDate notFuture(LocalDate day) {
		if (day.isAfter(today())) {
			throw new IllegalAllegationMoveException("The day cannot be in the future");
		}
		return day;
	}

	private Map<String, String> move(long partnershipId, long id, UnaryOperator<Allegation> step, String by) {
		Allegation allegation = find(partnershipId, id)
			.orElseThrow(() -> new IllegalArgumentException("No allegation " + id));
		Allegation moved;
		try {
			moved = step.apply(allegation);
		}
		catch (IllegalAllegationMoveException ex) {
			return Map.of("move", Objects.requireNonNull(ex.getMessage()));
		}
		save(partnershipId, moved);
		this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, ALLEGATION_RECORD, String.valueOf(id)));
		return Map.of();
	}

	private void save(long partnershipId, Allegation a) {
		this.jdbc.sql("""
				update allegation set received_on = ?, referrer = ?, sector = ?, adult_role = ?, setting = ?,
				       setting_key = ?, harm = ?, technology = ?, looked_after = ?, summary = ?, strategy_on = ?,
				       evaluation_on = ?, police_involved = ?, outcome = ?, concluded_on = ?, dbs_referred_on = ?,
				       regulator_referred_on = ?, regulator = ?
				where partnership_id = ? and allegation_id = ?""")
			.params(a.receivedOn(), a.referrer(), a.sector().name(), a.adultRole(), a.setting(),
					settingKey(a.setting()), a.harm().name(), a.technology(), a.lookedAfter(), a.summary(),
					a.strategyOn(), a.evaluationOn(), a.policeInvolved(),
					(a.outcome() != null) ? a.outcome().name() : null, a.concludedOn(), a.dbsReferredOn(),
					a.regulatorReferredOn(), a.regulator(), partnershipId, a.id())
			.update();
	}

	/**
	 * Corrects what the referral recorded. The adult and the children, held by pseudonym,
	 * are not corrected here: an allegation about the wrong adult is withdrawn and
	 * referred again.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @param change the corrected values (its adult, children and source are ignored)
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> edit(long partnershipId, long id, Referral change, String reason, String by) {
		Allegation before = find(partnershipId, id)
			.orElseThrow(() -> new IllegalArgumentException("No allegation " + id));
		Map<String, String> problems = check(change.receivedOn(), change.referrer(), change.sector(),
				change.adultRole(), change.setting(), change.harm(), change.summary());
		if (!problems.isEmpty()) {
			return problems;
		}
		LocalDate received = Objects.requireNonNull(change.receivedOn());
		LocalDate firstStep = java.util.stream.Stream
			.of(before.strategyOn(), before.evaluationOn(), before.concludedOn())
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
		if (firstStep != null && firstStep.isBefore(received)) {
			return Map.of("receivedOn", "A step was recorded on " + firstStep + ": the referral came before it");
		}
		List<FieldChange> changes = Corrections.changes(
				fields(before.receivedOn(), before.referrer(), before.sector(), before.adultRole(), before.setting(),
						before.harm(), before.technology(), before.lookedAfter(), before.summary()),
				fields(received, change.referrer().strip(), change.sector(), change.adultRole().strip(),
						change.setting().strip(), change.harm(), change.technology(), change.lookedAfter(),
						change.summary().strip()));
		problems.putAll(Corrections.refusal(changes, reason, "referrer"));
		if (!problems.isEmpty()) {
			return problems;
		}
		save(partnershipId,
				new Allegation(id, received, change.referrer().strip(), Objects.requireNonNull(change.sector()),
						change.adultRole().strip(), change.setting().strip(), before.adultKey(), before.childKeys(),
						Objects.requireNonNull(change.harm()), change.technology(), change.lookedAfter(),
						change.summary().strip(), before.strategyOn(), before.evaluationOn(), before.policeInvolved(),
						before.outcome(), before.concludedOn(), before.dbsReferredOn(), before.regulatorReferredOn(),
						before.regulator(), before.evaluationPrompt()));
		// The history names the fields changed; the summary's words, which may describe
		// the
		// allegation, are kept out of it.
		List<FieldChange> recorded = changes.stream()
			.map((c) -> c.field().equals("Summary") ? new FieldChange("Summary", "(earlier wording)", "(corrected)")
					: c)
			.toList();
		this.corrections.recordEdit(partnershipId, new RecordRef(ALLEGATION_RECORD, id), recorded,
				Corrections.reasonFor(changes, reason), by);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, ALLEGATION_RECORD, String.valueOf(id))
			.withDetail("corrected"));
		publishIndicators(partnershipId);
		return problems;
	}

	private static Map<String, @Nullable Object> fields(LocalDate received, String referrer,
			@Nullable EmploymentSector sector, String role, String setting, @Nullable HarmType harm, boolean technology,
			boolean lookedAfter, String summary) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Received on", received);
		fields.put("Referrer", referrer);
		fields.put("Sector", (sector != null) ? sector.label() : null);
		fields.put("Role", role);
		fields.put("Setting", setting);
		fields.put("Harm", (harm != null) ? harm.label() : null);
		fields.put("Technology involved", technology ? "Yes" : "No");
		fields.put("Looked after children", lookedAfter ? "Yes" : "No");
		fields.put("Summary", summary);
		return fields;
	}

	/**
	 * Withdraws an allegation recorded by mistake: it leaves the lists and the reports;
	 * its history stays.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No allegation " + id));
		return this.corrections.withdraw(partnershipId, new RecordRef(ALLEGATION_RECORD, id), reason, by, () -> {
			this.jdbc
				.sql("update allegation set withdrawn_at = ? where partnership_id = ? and allegation_id = ?"
						+ " and withdrawn_at is null")
				.params(now(), partnershipId, id)
				.update();
			this.accessLog
				.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, ALLEGATION_RECORD, String.valueOf(id))
					.withDetail("withdrawn"));
			publishIndicators(partnershipId);
		});
	}

	/**
	 * Brings back an allegation withdrawn in error.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 */
	void bringBack(long partnershipId, long id) {
		this.jdbc.sql("update allegation set withdrawn_at = null where partnership_id = ? and allegation_id = ?")
			.params(partnershipId, id)
			.update();
		publishIndicators(partnershipId);
	}

	/** A referral's days, for the indicators. */
	private record Days(LocalDate received, @Nullable LocalDate concluded) {
	}

	/**
	 * The LADO's indicators in the catalogue, computed again from every referral
	 * recorded: referrals received, and those resolved within one month, by month and
	 * year of receipt.
	 */
	private void publishIndicators(long partnershipId) {
		List<Days> days = this.jdbc
			.sql("select received_on, concluded_on from allegation where partnership_id = ? and withdrawn_at is null")
			.param(partnershipId)
			.query((rs, row) -> new Days(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
			.list();
		String source = "LADO's allegations";
		this.indicators.recordCasework(partnershipId, "lado-referrals", source,
				Indicators.byPeriod(days, Days::received, null));
		this.indicators.recordCasework(partnershipId, "lado-resolved-1-month", source, Indicators.byPeriod(days,
				Days::received,
				(d) -> d.concluded() != null && Resolution.of(d.received(), d.concluded()) == Resolution.ONE_MONTH));
	}

	/**
	 * A withdrawn allegation as the register names it: its number, sector and day only.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @return its description, if the partnership has it
	 */
	Optional<String> describe(long partnershipId, long id) {
		return this.jdbc
			.sql("select sector, received_on from allegation where partnership_id = ? and allegation_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> "Allegation " + id + " (" + EmploymentSector.valueOf(rs.getString(1)).label()
					+ ", received " + Corrections.text(rs.getObject(2, LocalDate.class)) + ")")
			.optional();
	}

	/**
	 * An allegation's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id the allegation
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(ALLEGATION_RECORD, id));
	}

	/**
	 * The report on the referrals received from one day to another, their outcomes and
	 * open cases counted on a day.
	 * @param partnershipId the partnership
	 * @param from the first day
	 * @param to the last day
	 * @param asAt the day outcomes and open cases are counted at
	 * @return the report
	 */
	@Transactional
	public Report report(long partnershipId, LocalDate from, LocalDate to, LocalDate asAt) {
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, ALLEGATION_RECORD, null)
			.withDetail("report " + from + " to " + to));
		List<Allegation> received = load(partnershipId, " and received_on >= ? and received_on <= ?", from, to);
		int n = received.size();
		Map<YearMonth, Integer> byMonth = new LinkedHashMap<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			byMonth.put(month, 0);
		}
		Map<EmploymentSector, Integer> bySector = new EnumMap<>(EmploymentSector.class);
		Map<HarmType, Integer> byHarm = new EnumMap<>(HarmType.class);
		Map<AllegationOutcome, Integer> outcomes = new EnumMap<>(AllegationOutcome.class);
		Map<Resolution, Integer> resolved = new EnumMap<>(Resolution.class);
		for (Resolution band : Resolution.values()) {
			resolved.put(band, 0);
		}
		Map<String, Integer> openByAge = new LinkedHashMap<>();
		AGE_BANDS.forEach((band) -> openByAge.put(band, 0));
		int open = 0;
		int dbs = 0;
		int substantiated = 0;
		int technology = 0;
		int lookedAfter = 0;
		for (Allegation a : received) {
			byMonth.merge(YearMonth.from(a.receivedOn()), 1, Integer::sum);
			bySector.merge(a.sector(), 1, Integer::sum);
			byHarm.merge(a.harm(), 1, Integer::sum);
			technology += a.technology() ? 1 : 0;
			lookedAfter += a.lookedAfter() ? 1 : 0;
			boolean concluded = a.concludedOn() != null && !a.concludedOn().isAfter(asAt);
			if (concluded) {
				outcomes.merge(Objects.requireNonNull(a.outcome()), 1, Integer::sum);
				resolved.merge(Objects.requireNonNull(a.resolution()), 1, Integer::sum);
				if (a.outcome() == AllegationOutcome.SUBSTANTIATED) {
					substantiated++;
					if (a.dbsReferredOn() != null && !a.dbsReferredOn().isAfter(asAt)) {
						dbs++;
					}
				}
			}
			else {
				open++;
				openByAge.merge(ageBand(a.receivedOn(), asAt), 1, Integer::sum);
			}
		}
		Map<AllegationOutcome, Share> outcomeShares = new EnumMap<>(AllegationOutcome.class);
		for (AllegationOutcome outcome : AllegationOutcome.values()) {
			outcomeShares.put(outcome, new Share(outcomes.getOrDefault(outcome, 0), n));
		}
		int oneMonth = resolved.get(Resolution.ONE_MONTH);
		int threeMonths = oneMonth + resolved.get(Resolution.THREE_MONTHS);
		int twelveMonths = threeMonths + resolved.get(Resolution.TWELVE_MONTHS);
		return new Report(from, to, asAt, n, byMonth, bySector, byHarm, outcomeShares, new Share(open, n), resolved,
				new Share(oneMonth, n), new Share(threeMonths, n), new Share(twelveMonths, n),
				List.of(this.settings.oneMonthTarget(), this.settings.threeMonthsTarget(),
						this.settings.twelveMonthsTarget()),
				new Share(dbs, substantiated), new Share(technology, n), new Share(lookedAfter, n), openByAge);
	}

	/**
	 * The age band of a case open on a day.
	 * @param received when the referral was received
	 * @param asAt the day
	 * @return one of {@link #AGE_BANDS}
	 */
	static String ageBand(LocalDate received, LocalDate asAt) {
		if (asAt.isBefore(received.plusMonths(3))) {
			return AGE_BANDS.get(0);
		}
		if (asAt.isBefore(received.plusMonths(6))) {
			return AGE_BANDS.get(1);
		}
		if (!asAt.isAfter(received.plusMonths(12))) {
			return AGE_BANDS.get(2);
		}
		return AGE_BANDS.get(3);
	}

	private static final String SELECT = """
			select allegation_id, received_on, referrer, sector, adult_role, setting, adult_key, harm, technology,
			       looked_after, summary, strategy_on, evaluation_on, police_involved, outcome, concluded_on,
			       dbs_referred_on, regulator_referred_on, regulator, evaluation_prompt
			from allegation where partnership_id = ? and withdrawn_at is null""";

	private static Allegation allegation(ResultSet rs, int row) throws SQLException {
		return new Allegation(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
				EmploymentSector.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), List.of(),
				HarmType.valueOf(rs.getString(8)), rs.getBoolean(9), rs.getBoolean(10), rs.getString(11),
				rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), rs.getBoolean(14),
				(rs.getString(15) != null) ? AllegationOutcome.valueOf(rs.getString(15)) : null,
				rs.getObject(16, LocalDate.class), rs.getObject(17, LocalDate.class), rs.getObject(18, LocalDate.class),
				rs.getString(19), rs.getString(20));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
