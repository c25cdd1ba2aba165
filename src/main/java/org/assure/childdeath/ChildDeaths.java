package org.assure.childdeath;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.assure.audit.AccessAction;
import org.assure.audit.AccessEvent;
import org.assure.audit.AccessLog;
import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.casedata.Pseudonyms;
import org.assure.corrections.Correction;
import org.assure.corrections.Corrections;
import org.assure.corrections.FieldChange;
import org.assure.corrections.RecordRef;
import org.assure.indicators.Indicators;
import org.assure.reporting.DisclosureControl;
import org.assure.shell.TextRules;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's child deaths: notifications, panels, reviews, the learning register and the
 * campaigns arising, and the year's report in two editions: internal, and published under
 * disclosure control. The child is pseudonymised before anything is stored; every read,
 * search and change is in the access log, never with the record's content.
 */
@Service
public class ChildDeaths {

	/** The kind of record a child death is, in the history and the access log. */
	public static final String DEATH_RECORD = "childdeath.death";

	/** The kind of record a panel meeting is. */
	public static final String PANEL_RECORD = "childdeath.panel";

	/** The kind of record a point of learning is. */
	public static final String LEARNING_RECORD = "childdeath.learning";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Corrections corrections;

	private final AccessLog accessLog;

	private final Pseudonyms pseudonyms;

	private final WorkingDays workingDays;

	private final ChildDeathSettings settings;

	private final Indicators indicators;

	private final DisclosureControl disclosure;

	ChildDeaths(JdbcClient jdbc, Clock clock, Corrections corrections, AccessLog accessLog, Pseudonyms pseudonyms,
			WorkingDays workingDays, ChildDeathSettings settings, Indicators indicators, DisclosureControl disclosure) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.corrections = corrections;
		this.accessLog = accessLog;
		this.pseudonyms = pseudonyms;
		this.workingDays = workingDays;
		this.settings = settings;
		this.indicators = indicators;
		this.disclosure = disclosure;
	}

	/**
	 * A death as it is notified.
	 *
	 * @param diedOn the day of death, or null when not given
	 * @param notifiedOn the day the panel was notified, or null when not given
	 * @param child what the notification names the child by (an NHS number or the
	 * authority's id): pseudonymised, never stored
	 * @param bornOn the day of birth, used for the age band and never stored; or null
	 * @param ageBand the age band, when no day of birth is given; or null when not known
	 * @param kind expected, unexpected or neonatal, or null when not chosen
	 * @param area the area of residence
	 * @param jointAgencyResponse whether a joint agency response was held
	 * @param source where the record comes from, or null
	 */
	public record Notification(@Nullable LocalDate diedOn, @Nullable LocalDate notifiedOn, String child,
			@Nullable LocalDate bornOn, @Nullable AgeBand ageBand, @Nullable DeathKind kind, String area,
			boolean jointAgencyResponse, @Nullable String source) {
	}

	/**
	 * What a notification did.
	 *
	 * @param id the new record's number, or null when refused
	 * @param problems the broken rules by field
	 */
	public record Created(@Nullable Long id, Map<String, String> problems) {
	}

	/**
	 * A review as the panel makes it.
	 *
	 * @param panelId the panel, or null when not chosen
	 * @param category the category of death by its number, or null when not recorded
	 * @param modifiable the finding on modifiable factors, or null when not chosen
	 * @param domains the domains in which modifiable factors were found
	 * @param learning the points of learning, each with its theme
	 */
	public record Review(@Nullable Long panelId, @Nullable Integer category, @Nullable Modifiable modifiable,
			Set<FactorDomain> domains, List<Learning> learning) {
	}

	/**
	 * A point of learning.
	 *
	 * @param id its number (0 before it is kept)
	 * @param deathId the death it arose from, or null
	 * @param theme its theme, such as "Unsafe sleeping"
	 * @param text the learning, without names
	 * @param recordedOn when it was recorded
	 */
	public record Learning(long id, @Nullable Long deathId, String theme, String text, LocalDate recordedOn) {
	}

	/**
	 * A panel meeting.
	 *
	 * @param id its number
	 * @param heldOn the day it met
	 * @param reviews the deaths it reviewed
	 */
	public record Panel(long id, LocalDate heldOn, int reviews) {
	}

	/**
	 * A campaign arising from the panel's learning.
	 *
	 * @param id its number
	 * @param title its title
	 * @param theme its theme
	 * @param startedOn when it started
	 * @param summary what it does
	 */
	public record Campaign(long id, String title, String theme, LocalDate startedOn, String summary) {
	}

	/**
	 * A table of the report, in both editions.
	 *
	 * @param id its id on the page
	 * @param caption its caption
	 * @param table the counts (the internal edition)
	 * @param published the counts under disclosure control (the published edition)
	 */
	public record ReportTable(String id, String caption, DisclosureControl.Table table,
			DisclosureControl.Published published) {
	}

	/**
	 * The year's report.
	 *
	 * @param year the financial year
	 * @param panels the panels held in it
	 * @param reviewed the deaths reviewed at them
	 * @param notified the deaths notified in it
	 * @param notifiedOnTime of those, the ones notified within the setting's working days
	 * @param notificationDays the setting
	 * @param tables the tables: by kind, age band, category, area, modifiable factors by
	 * kind, domains, and learning themes over five years
	 * @param campaigns the campaigns started in the year
	 */
	public record Report(ReportingPeriod.FinancialYear year, int panels, int reviewed, int notified, int notifiedOnTime,
			int notificationDays, List<ReportTable> tables, List<Campaign> campaigns) {

		/**
		 * The share notified on time.
		 * @return such as "95.0%", or "–" when none was notified
		 */
		public String notifiedOnTimePercent() {
			return (this.notified == 0) ? "–" : String.format(Locale.UK, "%.1f%%",
					Math.round(this.notifiedOnTime * 1000.0 / this.notified) / 10.0);
		}

	}

	/**
	 * The settings in force.
	 * @return the settings
	 */
	public ChildDeathSettings settings() {
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
	 * Records a death notified to the panel; the child is pseudonymised first.
	 * @param partnershipId the partnership
	 * @param notification the notification
	 * @param by who records it
	 * @return the new record's number, or the problems by field
	 */
	@Transactional
	public Created notify(long partnershipId, Notification notification, String by) {
		Map<String, String> problems = check(notification);
		TextRules.require(problems, "child", notification.child(),
				"Give the child's NHS number or the authority's id: it is stored only as a pseudonym", 100);
		if (!problems.isEmpty()) {
			return new Created(null, problems);
		}
		AgeBand band = band(notification);
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into child_death (partnership_id, child_key, died_on, notified_on, age_band, kind, area,
				       joint_agency_response, source, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, this.pseudonyms.childKey(partnershipId, notification.child().strip()),
					notification.diedOn(), notification.notifiedOn(), (band != null) ? band.name() : null,
					Objects.requireNonNull(notification.kind()).name(), notification.area().strip(),
					notification.jointAgencyResponse(), notification.source(), by, now())
			.update(keys, "death_id");
		long id = Objects.requireNonNull(keys.getKeyAs(Long.class));
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CREATE, DEATH_RECORD, String.valueOf(id)));
		publishIndicators(partnershipId);
		return new Created(id, Map.of());
	}

	private static @Nullable AgeBand band(Notification n) {
		return (n.bornOn() != null) ? AgeBand.of(n.bornOn(), Objects.requireNonNull(n.diedOn())) : n.ageBand();
	}

	private Map<String, String> check(Notification n) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate today = today();
		if (n.diedOn() == null) {
			problems.put("diedOn", "Enter the day of death, such as 2014-06-03");
		}
		else if (n.diedOn().isAfter(today)) {
			problems.put("diedOn", "The day of death cannot be in the future");
		}
		if (n.notifiedOn() == null) {
			problems.put("notifiedOn", "Enter the day the panel was notified, such as 2014-06-04");
		}
		else if (n.notifiedOn().isAfter(today)) {
			problems.put("notifiedOn", "The day cannot be in the future");
		}
		else if (n.diedOn() != null && n.notifiedOn().isBefore(n.diedOn())) {
			problems.put("notifiedOn", "The panel is notified on or after the day of death");
		}
		if (n.bornOn() != null && n.diedOn() != null) {
			try {
				AgeBand band = AgeBand.of(n.bornOn(), n.diedOn());
				if (n.kind() == DeathKind.NEONATAL && band != AgeBand.NEONATAL) {
					problems.put("kind", "A neonatal death is under 28 days of age: this child was older");
				}
			}
			catch (IllegalArgumentException ex) {
				problems.put("bornOn", ex.getMessage());
			}
		}
		else if (n.kind() == DeathKind.NEONATAL && n.ageBand() != null && n.ageBand() != AgeBand.NEONATAL) {
			problems.put("kind", "A neonatal death is under 28 days of age: choose the neonatal age band");
		}
		if (n.kind() == null) {
			problems.put("kind", "Choose expected, unexpected or neonatal");
		}
		List<String> areas = this.settings.areas();
		if (areas.isEmpty()) {
			TextRules.require(problems, "area", n.area(), "Name the area where the child lived", 100);
		}
		else if (areas.stream().noneMatch((a) -> a.equalsIgnoreCase(n.area().strip()))) {
			problems.put("area", "Choose the area where the child lived: " + String.join(", ", areas));
		}
		return problems;
	}

	/**
	 * A death, its reading recorded in the access log.
	 * @param partnershipId the partnership
	 * @param id its number
	 * @return it, if the partnership has it and it is not withdrawn
	 */
	@Transactional
	public Optional<ChildDeath> read(long partnershipId, long id) {
		Optional<ChildDeath> found = find(partnershipId, id);
		found.ifPresent((d) -> this.accessLog
			.record(AccessEvent.of(partnershipId, AccessAction.READ, DEATH_RECORD, String.valueOf(id))));
		return found;
	}

	/**
	 * A death, for the module's own checks: not logged.
	 * @param partnershipId the partnership
	 * @param id its number
	 * @return it, if the partnership has it and it is not withdrawn
	 */
	@Transactional(readOnly = true)
	public Optional<ChildDeath> find(long partnershipId, long id) {
		return list(partnershipId, " and d.death_id = ?", id).stream().findFirst();
	}

	/**
	 * Every death, the latest notified first; the search is in the access log.
	 * @param partnershipId the partnership
	 * @return the deaths
	 */
	@Transactional
	public List<ChildDeath> all(long partnershipId) {
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, DEATH_RECORD, null));
		List<ChildDeath> deaths = new ArrayList<>(list(partnershipId, ""));
		java.util.Collections.reverse(deaths);
		return deaths;
	}

	/**
	 * How many deaths were notified in a year: a count for the module's own checks, not
	 * logged.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long countNotified(long partnershipId, ReportingPeriod.FinancialYear year) {
		return this.jdbc.sql("""
				select count(*) from child_death where partnership_id = ? and notified_on >= ? and notified_on <= ?
				and withdrawn_at is null""").params(partnershipId, year.start(), year.end()).query(Long.class).single();
	}

	/**
	 * The deaths notified longer ago than the setting's months and not yet reviewed, the
	 * longest waiting first.
	 * @param partnershipId the partnership
	 * @param today today
	 * @return the deaths
	 */
	@Transactional(readOnly = true)
	public List<ChildDeath> reviewsOverdue(long partnershipId, LocalDate today) {
		LocalDate before = today.minusMonths(this.settings.reviewWithinMonths());
		return list(partnershipId, " and d.panel_id is null and d.notified_on < ?", before);
	}

	private List<ChildDeath> list(long partnershipId, String where, Object... params) {
		List<Object> all = new ArrayList<>();
		all.add(partnershipId);
		all.addAll(List.of(params));
		List<ChildDeath> deaths = this.jdbc
			.sql("""
					select d.death_id, d.child_key, d.died_on, d.notified_on, d.age_band, d.kind, d.area,
					       d.joint_agency_response, d.panel_id, p.held_on, d.category, d.modifiable
					from child_death d left join cdop_panel p on p.partnership_id = d.partnership_id
					  and p.panel_id = d.panel_id
					where d.partnership_id = ? and d.withdrawn_at is null""" + where
					+ " order by d.notified_on, d.death_id")
			.params(all)
			.query(ChildDeaths::death)
			.list();
		if (deaths.isEmpty()) {
			return deaths;
		}
		Map<Long, Set<FactorDomain>> domains = new TreeMap<>();
		this.jdbc.sql("select death_id, domain from child_death_domain where partnership_id = ?")
			.params(partnershipId)
			.query((rs) -> {
				domains.computeIfAbsent(rs.getLong(1), (k) -> EnumSet.noneOf(FactorDomain.class))
					.add(FactorDomain.valueOf(rs.getString(2)));
			});
		return deaths.stream()
			.map((d) -> new ChildDeath(d.id(), d.childKey(), d.diedOn(), d.notifiedOn(), d.ageBand(), d.kind(),
					d.area(), d.jointAgencyResponse(), d.panelId(), d.reviewedOn(), d.category(), d.modifiable(),
					domains.getOrDefault(d.id(), Set.of())))
			.toList();
	}

	private static ChildDeath death(ResultSet rs, int row) throws SQLException {
		String band = rs.getString(5);
		String modifiable = rs.getString(12);
		return new ChildDeath(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
				rs.getObject(4, LocalDate.class), (band != null) ? AgeBand.valueOf(band) : null,
				DeathKind.valueOf(rs.getString(6)), rs.getString(7), rs.getBoolean(8), rs.getObject(9, Long.class),
				rs.getObject(10, LocalDate.class), rs.getObject(11, Integer.class),
				(modifiable != null) ? Modifiable.valueOf(modifiable) : null, Set.of());
	}

	/**
	 * Records a panel meeting.
	 * @param partnershipId the partnership
	 * @param heldOn the day it met, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> holdPanel(long partnershipId, @Nullable LocalDate heldOn, String by) {
		if (heldOn == null) {
			return Map.of("heldOn", "Enter the day the panel met, such as 2014-07-15");
		}
		if (heldOn.isAfter(today())) {
			return Map.of("heldOn", "Record a panel once it has met: the day cannot be in the future");
		}
		if (panels(partnershipId).stream().anyMatch((p) -> p.heldOn().equals(heldOn))) {
			return Map.of("heldOn", "A panel of " + heldOn + " is recorded already");
		}
		this.jdbc.sql("insert into cdop_panel (partnership_id, held_on, recorded_by, recorded_at) values (?, ?, ?, ?)")
			.params(partnershipId, heldOn, by, now())
			.update();
		return Map.of();
	}

	/**
	 * The panels, the latest first, each with the deaths it reviewed.
	 * @param partnershipId the partnership
	 * @return the panels
	 */
	@Transactional(readOnly = true)
	public List<Panel> panels(long partnershipId) {
		return this.jdbc.sql("""
				select p.panel_id, p.held_on,
				       (select count(*) from child_death d where d.partnership_id = p.partnership_id
				          and d.panel_id = p.panel_id and d.withdrawn_at is null)
				from cdop_panel p where p.partnership_id = ? and p.withdrawn_at is null
				order by p.held_on desc""")
			.params(partnershipId)
			.query((rs, row) -> new Panel(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3)))
			.list();
	}

	/**
	 * Records the panel's review of a death: its category, the finding on modifiable
	 * factors and their domains, and the points of learning into the register.
	 * @param partnershipId the partnership
	 * @param id the death
	 * @param review the review
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 * @throws IllegalChildDeathMoveException when the death cannot be reviewed at that
	 * panel
	 */
	@Transactional
	public Map<String, String> review(long partnershipId, long id, Review review, String by) {
		ChildDeath death = find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No death " + id));
		Map<String, String> problems = checkReview(partnershipId, review);
		for (Learning point : review.learning()) {
			checkLearning(problems, point.theme(), point.text());
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		Panel panel = panels(partnershipId).stream()
			.filter((p) -> p.id() == Objects.requireNonNull(review.panelId()))
			.findFirst()
			.orElseThrow();
		death.checkReview(panel.heldOn());
		this.jdbc.sql("""
				update child_death set panel_id = ?, category = ?, modifiable = ?
				where partnership_id = ? and death_id = ?""")
			.params(panel.id(), review.category(), Objects.requireNonNull(review.modifiable()).name(), partnershipId,
					id)
			.update();
		for (FactorDomain domain : review.domains()) {
			this.jdbc.sql("insert into child_death_domain (partnership_id, death_id, domain) values (?, ?, ?)")
				.params(partnershipId, id, domain.name())
				.update();
		}
		for (Learning point : review.learning()) {
			insertLearning(partnershipId, id, point.theme(), point.text(), panel.heldOn(), by);
		}
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, DEATH_RECORD, String.valueOf(id))
			.withDetail("reviewed"));
		publishIndicators(partnershipId);
		return Map.of();
	}

	/**
	 * Corrects a review: its panel, category, finding on modifiable factors and their
	 * domains. The history keeps the old values, who changed them and why; learning
	 * already in the register stays (it is withdrawn there).
	 * @param partnershipId the partnership
	 * @param id the death
	 * @param review the corrected review (its learning is not used)
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> correctReview(long partnershipId, long id, Review review, String reason, String by) {
		ChildDeath before = find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No death " + id));
		if (!before.reviewed()) {
			return Map.of("move", "This death has not been reviewed: record its review");
		}
		Map<String, String> problems = checkReview(partnershipId, review);
		if (!problems.isEmpty()) {
			return problems;
		}
		Panel panel = panels(partnershipId).stream()
			.filter((p) -> p.id() == Objects.requireNonNull(review.panelId()))
			.findFirst()
			.orElseThrow();
		if (panel.heldOn().isBefore(before.notifiedOn())) {
			return Map.of("panelId", "The panel of " + panel.heldOn() + " was held before the death was notified on "
					+ before.notifiedOn() + ": choose a later panel");
		}
		List<FieldChange> changes = Corrections.changes(
				reviewFields(before.reviewedOn(), before.category(), before.modifiable(), before.domains()),
				reviewFields(panel.heldOn(), review.category(), review.modifiable(), review.domains()));
		problems.putAll(Corrections.refusal(changes, reason, "modifiable"));
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				update child_death set panel_id = ?, category = ?, modifiable = ?
				where partnership_id = ? and death_id = ?""")
			.params(panel.id(), review.category(), Objects.requireNonNull(review.modifiable()).name(), partnershipId,
					id)
			.update();
		this.jdbc.sql("delete from child_death_domain where partnership_id = ? and death_id = ?")
			.params(partnershipId, id)
			.update();
		for (FactorDomain domain : review.domains()) {
			this.jdbc.sql("insert into child_death_domain (partnership_id, death_id, domain) values (?, ?, ?)")
				.params(partnershipId, id, domain.name())
				.update();
		}
		this.corrections.recordEdit(partnershipId, new RecordRef(DEATH_RECORD, id), changes,
				Corrections.reasonFor(changes, reason), by);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, DEATH_RECORD, String.valueOf(id))
			.withDetail("review corrected"));
		publishIndicators(partnershipId);
		return problems;
	}

	private Map<String, @Nullable Object> reviewFields(@Nullable LocalDate panel, @Nullable Integer category,
			@Nullable Modifiable modifiable, Set<FactorDomain> domains) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Panel", panel);
		fields.put("Category of death", (category != null) ? this.settings.category(category) : "Not recorded");
		fields.put("Modifiable factors", (modifiable != null) ? modifiable.label() : null);
		fields.put("Domains", domains.isEmpty() ? "None"
				: String.join(", ", new java.util.TreeSet<>(domains).stream().map(FactorDomain::label).toList()));
		return fields;
	}

	/**
	 * Withdraws a panel recorded by mistake; one that reviewed deaths cannot be.
	 * @param partnershipId the partnership
	 * @param panelId the panel
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field; empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdrawPanel(long partnershipId, long panelId, String reason, String by) {
		Panel panel = panels(partnershipId).stream()
			.filter((p) -> p.id() == panelId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No panel " + panelId));
		if (panel.reviews() > 0) {
			return Map.of("panel", ((panel.reviews() == 1) ? "1 death was" : panel.reviews() + " deaths were")
					+ " reviewed at the panel of " + panel.heldOn() + ": correct the reviews first");
		}
		return this.corrections.withdraw(partnershipId, new RecordRef(PANEL_RECORD, panelId), reason, by,
				() -> this.jdbc.sql("""
						update cdop_panel set withdrawn_at = ? where partnership_id = ? and panel_id = ?
						and withdrawn_at is null""").params(now(), partnershipId, panelId).update());
	}

	/**
	 * Withdraws a point of learning recorded by mistake.
	 * @param partnershipId the partnership
	 * @param learningId the point of learning
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field; empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdrawLearning(long partnershipId, long learningId, String reason, String by) {
		learningRows(partnershipId).stream()
			.filter((l) -> l.id() == learningId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No learning " + learningId));
		return this.corrections.withdraw(partnershipId, new RecordRef(LEARNING_RECORD, learningId), reason, by,
				() -> this.jdbc.sql("""
						update cdop_learning set withdrawn_at = ? where partnership_id = ? and learning_id = ?
						and withdrawn_at is null""").params(now(), partnershipId, learningId).update());
	}

	void bringBackPanel(long partnershipId, long panelId) {
		this.jdbc.sql("update cdop_panel set withdrawn_at = null where partnership_id = ? and panel_id = ?")
			.params(partnershipId, panelId)
			.update();
	}

	void bringBackLearning(long partnershipId, long learningId) {
		this.jdbc.sql("update cdop_learning set withdrawn_at = null where partnership_id = ? and learning_id = ?")
			.params(partnershipId, learningId)
			.update();
	}

	Optional<String> describePanel(long partnershipId, long panelId) {
		return this.jdbc.sql("select held_on from cdop_panel where partnership_id = ? and panel_id = ?")
			.params(partnershipId, panelId)
			.query((rs, row) -> "CDOP panel of " + Corrections.text(rs.getObject(1, LocalDate.class)))
			.optional();
	}

	Optional<String> describeLearning(long partnershipId, long learningId) {
		return this.jdbc
			.sql("select theme, recorded_on from cdop_learning where partnership_id = ? and learning_id = ?")
			.params(partnershipId, learningId)
			.query((rs, row) -> "Learning on " + rs.getString(1) + " ("
					+ Corrections.text(rs.getObject(2, LocalDate.class)) + ")")
			.optional();
	}

	private Map<String, String> checkReview(long partnershipId, Review review) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (review.panelId() == null) {
			problems.put("panelId", "Choose the panel that reviewed the death");
		}
		else if (panels(partnershipId).stream().noneMatch((p) -> p.id() == review.panelId())) {
			problems.put("panelId", "Choose one of the panels recorded");
		}
		if (review.category() != null
				&& (review.category() < 1 || review.category() > this.settings.categories().size())) {
			problems.put("category", "Choose one of the categories of death");
		}
		if (review.modifiable() == null) {
			problems.put("modifiable", "Choose the panel's finding on modifiable factors");
		}
		else if (review.modifiable() == Modifiable.YES && review.domains().isEmpty()) {
			problems.put("domains", "Choose the domains in which modifiable factors were found");
		}
		else if (review.modifiable() != Modifiable.YES && !review.domains().isEmpty()) {
			problems.put("domains", "Domains are chosen only when modifiable factors were identified");
		}
		return problems;
	}

	private static void checkLearning(Map<String, String> problems, String theme, String text) {
		TextRules.require(problems, "theme", theme, "Give the learning's theme, such as unsafe sleeping", 100);
		TextRules.require(problems, "learning", text, "Describe the learning, without names", 2000);
	}

	/**
	 * Adds a point of learning to the register.
	 * @param partnershipId the partnership
	 * @param deathId the death it arose from, or null
	 * @param theme its theme
	 * @param text the learning
	 * @param on when it was identified, or null when not given
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> learn(long partnershipId, @Nullable Long deathId, String theme, String text,
			@Nullable LocalDate on, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		checkLearning(problems, theme, text);
		if (on == null) {
			problems.put("learnedOn", "Enter the day the learning was identified, such as 2015-01-20");
		}
		else if (on.isAfter(today())) {
			problems.put("learnedOn", "The day cannot be in the future");
		}
		if (deathId != null && find(partnershipId, deathId).isEmpty()) {
			problems.put("deathId", "No death " + deathId + " is recorded");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		insertLearning(partnershipId, deathId, theme, text, Objects.requireNonNull(on), by);
		return Map.of();
	}

	private void insertLearning(long partnershipId, @Nullable Long deathId, String theme, String text, LocalDate on,
			String by) {
		this.jdbc.sql("""
				insert into cdop_learning (partnership_id, death_id, theme, learning, recorded_on, recorded_by,
				       recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, deathId, theme(theme), text.strip(), on, by, now())
			.update();
	}

	/**
	 * A theme as the register keeps it: its words with single spaces and a capital first
	 * letter, so that "unsafe sleeping" and "Unsafe sleeping" are one theme.
	 * @param theme the theme as typed
	 * @return the theme
	 */
	static String theme(String theme) {
		String words = theme.strip().replaceAll("\\s+", " ");
		return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
	}

	/**
	 * The learning register, the latest first; the search is in the access log.
	 * @param partnershipId the partnership
	 * @return the points of learning
	 */
	@Transactional
	public List<Learning> learning(long partnershipId) {
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, LEARNING_RECORD, null));
		return learningRows(partnershipId);
	}

	private List<Learning> learningRows(long partnershipId) {
		return this.jdbc
			.sql("""
					select l.learning_id, l.death_id, l.theme, l.learning, l.recorded_on from cdop_learning l
					where l.partnership_id = ? and l.withdrawn_at is null
					  and (l.death_id is null or exists (select 1 from child_death d where d.partnership_id = l.partnership_id
					       and d.death_id = l.death_id and d.withdrawn_at is null))
					order by l.recorded_on desc, l.learning_id desc""")
			.params(partnershipId)
			.query((rs, row) -> new Learning(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
	}

	/**
	 * Records a campaign arising from the panel's learning.
	 * @param partnershipId the partnership
	 * @param title its title
	 * @param theme its theme
	 * @param startedOn when it started, or null when not given
	 * @param summary what it does
	 * @param by who records it
	 * @return the problems by field; empty when recorded
	 */
	@Transactional
	public Map<String, String> campaign(long partnershipId, String title, String theme, @Nullable LocalDate startedOn,
			String summary, String by) {
		Map<String, String> problems = new LinkedHashMap<>();
		TextRules.require(problems, "title", title, "Give the campaign a title", 200);
		TextRules.require(problems, "campaignTheme", theme, "Give the campaign's theme", 100);
		if (startedOn == null) {
			problems.put("startedOn", "Enter the day the campaign started or was agreed, such as 2015-02-01");
		}
		TextRules.require(problems, "summary", summary, "Say what the campaign does", 2000);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				insert into cdop_campaign (partnership_id, title, theme, started_on, summary, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, title.strip(), theme(theme), startedOn, summary.strip(), by, now())
			.update();
		return Map.of();
	}

	/**
	 * The campaigns, the latest first.
	 * @param partnershipId the partnership
	 * @return the campaigns
	 */
	@Transactional(readOnly = true)
	public List<Campaign> campaigns(long partnershipId) {
		return this.jdbc.sql("""
				select campaign_id, title, theme, started_on, summary from cdop_campaign
				where partnership_id = ? and withdrawn_at is null order by started_on desc, campaign_id desc""")
			.params(partnershipId)
			.query((rs, row) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list();
	}

	/**
	 * Corrects what was recorded when the death was notified; the history keeps the old
	 * values, who changed them and why, and never the child's identifier.
	 * @param partnershipId the partnership
	 * @param id the death
	 * @param change the corrected notification (a blank child keeps the pseudonym)
	 * @param reason why
	 * @param by who corrects it
	 * @return the problems by field; empty when saved
	 */
	@Transactional
	public Map<String, String> edit(long partnershipId, long id, Notification change, String reason, String by) {
		ChildDeath before = find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No death " + id));
		Map<String, String> problems = check(change);
		if (!problems.isEmpty()) {
			return problems;
		}
		if (before.reviewedOn() != null && before.reviewedOn().isBefore(Objects.requireNonNull(change.notifiedOn()))) {
			return Map.of("notifiedOn",
					"The death was reviewed on " + before.reviewedOn() + ": it was notified before that");
		}
		String childKey = change.child().isBlank() ? before.childKey()
				: this.pseudonyms.childKey(partnershipId, change.child().strip());
		AgeBand band = (change.bornOn() == null && change.ageBand() == null) ? before.ageBand() : band(change);
		List<FieldChange> changes = Corrections.changes(
				fields(before.childKey(), before.diedOn(), before.notifiedOn(), before.ageBand(), before.kind(),
						before.area(), before.jointAgencyResponse()),
				fields(childKey, Objects.requireNonNull(change.diedOn()), change.notifiedOn(), band, change.kind(),
						change.area().strip(), change.jointAgencyResponse()));
		problems.putAll(Corrections.refusal(changes, reason, "area"));
		if (!problems.isEmpty()) {
			return problems;
		}
		this.jdbc.sql("""
				update child_death set child_key = ?, died_on = ?, notified_on = ?, age_band = ?, kind = ?, area = ?,
				       joint_agency_response = ?
				where partnership_id = ? and death_id = ?""")
			.params(childKey, change.diedOn(), change.notifiedOn(), (band != null) ? band.name() : null,
					Objects.requireNonNull(change.kind()).name(), change.area().strip(), change.jointAgencyResponse(),
					partnershipId, id)
			.update();
		List<FieldChange> recorded = changes.stream()
			.map((c) -> c.field().equals("Child") ? new FieldChange("Child", "(earlier child)", "(corrected)") : c)
			.toList();
		this.corrections.recordEdit(partnershipId, new RecordRef(DEATH_RECORD, id), recorded,
				Corrections.reasonFor(changes, reason), by);
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, DEATH_RECORD, String.valueOf(id))
			.withDetail("corrected"));
		publishIndicators(partnershipId);
		return problems;
	}

	private static Map<String, @Nullable Object> fields(String childKey, LocalDate diedOn,
			@Nullable LocalDate notifiedOn, @Nullable AgeBand band, @Nullable DeathKind kind, String area,
			boolean jar) {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("Child", childKey);
		fields.put("Died on", diedOn);
		fields.put("Notified on", notifiedOn);
		fields.put("Age band", (band != null) ? band.label() : null);
		fields.put("Kind of death", (kind != null) ? kind.label() : null);
		fields.put("Area", area);
		fields.put("Joint agency response", jar ? "Yes" : "No");
		return fields;
	}

	/**
	 * Withdraws a death recorded by mistake: it leaves the lists, the reports and the
	 * learning register; its history stays.
	 * @param partnershipId the partnership
	 * @param id the death
	 * @param reason why
	 * @param by who withdraws it
	 * @return the problems by field (reason); empty when withdrawn
	 */
	@Transactional
	public Map<String, String> withdraw(long partnershipId, long id, String reason, String by) {
		find(partnershipId, id).orElseThrow(() -> new IllegalArgumentException("No death " + id));
		return this.corrections.withdraw(partnershipId, new RecordRef(DEATH_RECORD, id), reason, by, () -> {
			this.jdbc
				.sql("update child_death set withdrawn_at = ? where partnership_id = ? and death_id = ?"
						+ " and withdrawn_at is null")
				.params(now(), partnershipId, id)
				.update();
			this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.CHANGE, DEATH_RECORD, String.valueOf(id))
				.withDetail("withdrawn"));
			publishIndicators(partnershipId);
		});
	}

	void bringBack(long partnershipId, long id) {
		this.jdbc.sql("update child_death set withdrawn_at = null where partnership_id = ? and death_id = ?")
			.params(partnershipId, id)
			.update();
		publishIndicators(partnershipId);
	}

	Optional<String> describe(long partnershipId, long id) {
		return this.jdbc.sql("select notified_on, kind from child_death where partnership_id = ? and death_id = ?")
			.params(partnershipId, id)
			.query((rs, row) -> "Child death " + id + " ("
					+ DeathKind.valueOf(rs.getString(2)).label().toLowerCase(Locale.UK) + ", notified "
					+ Corrections.text(rs.getObject(1, LocalDate.class)) + ")")
			.optional();
	}

	/**
	 * A death's corrections, oldest first.
	 * @param partnershipId the partnership
	 * @param id the death
	 * @return the history
	 */
	@Transactional(readOnly = true)
	public List<Correction> corrections(long partnershipId, long id) {
		return this.corrections.history(partnershipId, new RecordRef(DEATH_RECORD, id));
	}

	/**
	 * Whether a death was notified within the setting's working days of the death.
	 * @param death the death
	 * @return true when on time
	 */
	public boolean notifiedOnTime(ChildDeath death) {
		return !death.notifiedOn().isAfter(this.workingDays.plus(death.diedOn(), this.settings.notificationDays()));
	}

	/**
	 * The year's report: panels held and deaths reviewed at them, by kind, age band,
	 * category, modifiable factors and their domains; deaths notified and how many on
	 * time; learning themes over the five years to this one; campaigns. Each table comes
	 * in the internal edition and, under disclosure control, the published one. The
	 * search is in the access log.
	 * @param partnershipId the partnership
	 * @param year the financial year
	 * @return the report
	 */
	@Transactional
	public Report report(long partnershipId, ReportingPeriod.FinancialYear year) {
		this.accessLog.record(AccessEvent.of(partnershipId, AccessAction.SEARCH, DEATH_RECORD, null)
			.withDetail("report " + year.label()));
		List<ChildDeath> deaths = list(partnershipId, "");
		List<ChildDeath> reviewed = deaths.stream()
			.filter((d) -> d.reviewedOn() != null && year.contains(d.reviewedOn()))
			.toList();
		List<ChildDeath> notified = deaths.stream().filter((d) -> year.contains(d.notifiedOn())).toList();
		int onTime = (int) notified.stream().filter(this::notifiedOnTime).count();
		int panels = (int) panels(partnershipId).stream().filter((p) -> year.contains(p.heldOn())).count();
		List<ReportTable> tables = new ArrayList<>();
		tables.add(table("by-kind", "Deaths reviewed, by kind", "Deaths reviewed",
				List.of(DeathKind.values()).stream().map(DeathKind::label).toList(),
				count(reviewed, DeathKind.values().length, (d) -> d.kind().ordinal())));
		List<String> bands = new ArrayList<>(List.of(AgeBand.values()).stream().map(AgeBand::label).toList());
		bands.add("Not recorded");
		tables.add(table("by-age", "Deaths reviewed, by age at death", "Deaths reviewed", bands, count(reviewed,
				bands.size(), (d) -> (d.ageBand() != null) ? d.ageBand().ordinal() : AgeBand.values().length)));
		List<String> categories = new ArrayList<>(this.settings.categories());
		categories.add("Not recorded");
		tables.add(table("by-category", "Deaths reviewed, by category of death", "Deaths reviewed", categories,
				count(reviewed, categories.size(),
						(d) -> (d.category() != null) ? d.category() - 1 : categories.size() - 1)));
		List<String> areas = reviewed.stream().map(ChildDeath::area).distinct().sorted().toList();
		tables.add(table("by-area", "Deaths reviewed, by area of residence", "Deaths reviewed", areas,
				count(reviewed, areas.size(), (d) -> areas.indexOf(d.area()))));
		int[][] byKind = new int[DeathKind.values().length][Modifiable.values().length];
		for (ChildDeath d : reviewed) {
			byKind[d.kind().ordinal()][Objects.requireNonNull(d.modifiable()).ordinal()]++;
		}
		DisclosureControl.Table modifiable = new DisclosureControl.Table(
				List.of(DeathKind.values()).stream().map(DeathKind::label).toList(),
				List.of(Modifiable.values()).stream().map(Modifiable::label).toList(), byKind, true, true);
		tables.add(new ReportTable("modifiable", "Modifiable factors, by kind of death", modifiable,
				this.disclosure.protect(modifiable)));
		int[] domains = new int[FactorDomain.values().length];
		reviewed.forEach((d) -> d.domains().forEach((domain) -> domains[domain.ordinal()]++));
		DisclosureControl.Table byDomain = new DisclosureControl.Table(List.of("Reviews with factors in the domain"),
				List.of(FactorDomain.values()).stream().map(FactorDomain::label).toList(), new int[][] { domains },
				false, false);
		tables.add(new ReportTable("domains",
				"Domains of the modifiable factors (a review may have factors in more than one)", byDomain,
				this.disclosure.protect(byDomain)));
		tables.add(themes(partnershipId, year));
		List<Campaign> campaigns = campaigns(partnershipId).stream()
			.filter((c) -> year.contains(c.startedOn()))
			.toList();
		return new Report(year, panels, reviewed.size(), notified.size(), onTime, this.settings.notificationDays(),
				tables, campaigns);
	}

	private ReportTable table(String id, String caption, String row, List<String> columns, int[] counts) {
		DisclosureControl.Table table = DisclosureControl.Table.breakdown(row, columns, counts);
		return new ReportTable(id, caption, table, this.disclosure.protect(table));
	}

	private static int[] count(List<ChildDeath> deaths, int size, java.util.function.ToIntFunction<ChildDeath> index) {
		int[] counts = new int[size];
		deaths.forEach((d) -> counts[index.applyAsInt(d)]++);
		return counts;
	}

	/** Learning themes over the five years to this one, the most frequent first. */
	private ReportTable themes(long partnershipId, ReportingPeriod.FinancialYear year) {
		List<ReportingPeriod.FinancialYear> years = new ArrayList<>();
		for (int back = 4; back >= 0; back--) {
			years.add(ReportingPeriod.FinancialYear.starting(year.startYear() - back));
		}
		Map<String, int[]> byTheme = new TreeMap<>();
		for (Learning point : learningRows(partnershipId)) {
			for (int y = 0; y < years.size(); y++) {
				if (years.get(y).contains(point.recordedOn())) {
					byTheme.computeIfAbsent(point.theme(), (k) -> new int[years.size()])[y]++;
				}
			}
		}
		List<Map.Entry<String, int[]>> ordered = new ArrayList<>(byTheme.entrySet());
		ordered.sort((a, b) -> Integer.compare(java.util.Arrays.stream(b.getValue()).sum(),
				java.util.Arrays.stream(a.getValue()).sum()));
		DisclosureControl.Table table = new DisclosureControl.Table(ordered.stream().map(Map.Entry::getKey).toList(),
				years.stream().map(ReportingPeriod.FinancialYear::label).toList(),
				ordered.stream().map(Map.Entry::getValue).toArray(int[][]::new), true, true);
		return new ReportTable("themes", "Points of learning by theme, over five years", table,
				this.disclosure.protect(table));
	}

	/**
	 * The panel's indicators in the catalogue, computed again from every death recorded:
	 * deaths notified on time (by the month of notification), deaths reviewed, and
	 * reviews finding modifiable factors (by the month of the review).
	 */
	private void publishIndicators(long partnershipId) {
		List<ChildDeath> all = list(partnershipId, "");
		List<ChildDeath> reviewed = all.stream().filter(ChildDeath::reviewed).toList();
		String source = "child deaths recorded";
		this.indicators.recordCasework(partnershipId, "cdop-notified-on-time", source,
				Indicators.byPeriod(all, ChildDeath::notifiedOn, this::notifiedOnTime));
		this.indicators.recordCasework(partnershipId, "cdop-reviews", source,
				Indicators.byPeriod(reviewed, (d) -> Objects.requireNonNull(d.reviewedOn()), null));
		this.indicators.recordCasework(partnershipId, "cdop-modifiable", source, Indicators.byPeriod(reviewed,
				(d) -> Objects.requireNonNull(d.reviewedOn()), (d) -> d.modifiable() == Modifiable.YES));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
