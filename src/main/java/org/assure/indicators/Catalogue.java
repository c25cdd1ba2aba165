package org.assure.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assure.indicators.analysis.SpcRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's indicator catalogue. The built-in indicators are shipped as data in
 * {@code indicators/catalogue.tsv} (version 1 of each); a board manager's edits are
 * stored as new versions, and a partnership may add indicators of its own. Nothing is
 * overwritten: every version stays, with who wrote it, when and why.
 */
@Component
public class Catalogue {

	private static final String COLUMNS = """
			indicator_code, version, name, theme, source, unit, better, frequency, definition, numerator, denominator,
			reference, target, target_set_by, tolerance, data_owner, accountable_person, return_agency_id,
			data_quality_note, baseline_period, small_number_threshold, stale_after_days, changed_by, changed_at,
			change_reason""";

	private final List<Indicator> shipped;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final IndicatorSettings settings;

	private final JudgementCache cache;

	Catalogue(JdbcClient jdbc, Clock clock, IndicatorSettings settings, JudgementCache cache) {
		this.cache = cache;
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.shipped = load();
	}

	/** The indicator whose definition depends on the assessment clock setting. */
	static final String CLOCKED = "assessments-within-45-wd";

	private Indicator labelled(Indicator indicator) {
		if (!indicator.code().equals(CLOCKED) || indicator.definition().contains("working days are counted")) {
			return indicator;
		}
		return indicator.withDefinition(indicator.definition() + " The 45 working days are counted "
				+ this.settings.assessmentClock().label() + " (setting assure.indicators.assessment-clock).");
	}

	/**
	 * The built-in indicators as shipped.
	 * @return the indicators, in catalogue order
	 */
	public List<Indicator> shipped() {
		return this.shipped;
	}

	/**
	 * The built-in indicators read from the shipped file, without a database: for tools
	 * that run the engine alone, such as the benchmark.
	 * @return the indicators, in catalogue order
	 */
	public static List<Indicator> builtIn() {
		return load();
	}

	/**
	 * A partnership's catalogue: the current version of every built-in indicator, then
	 * the partnership's own indicators.
	 * @param partnershipId the partnership
	 * @return the indicators
	 */
	@Transactional(readOnly = true)
	public List<Indicator> all(long partnershipId) {
		Map<String, Indicator> current = new LinkedHashMap<>();
		for (Indicator indicator : this.shipped) {
			current.put(indicator.code(), indicator);
		}
		for (Indicator indicator : this.jdbc
			.sql("select " + COLUMNS + " from indicator_definition where partnership_id = ? order by definition_id")
			.param(partnershipId)
			.query(Catalogue::row)
			.list()) {
			Indicator known = current.get(indicator.code());
			if (known == null || known.version() < indicator.version()) {
				current.put(indicator.code(), indicator);
			}
		}
		return current.values().stream().map(this::labelled).toList();
	}

	/**
	 * The current version of one indicator.
	 * @param partnershipId the partnership
	 * @param code its code
	 * @return the indicator, if the catalogue has it
	 */
	@Transactional(readOnly = true)
	public Optional<Indicator> find(long partnershipId, String code) {
		return all(partnershipId).stream().filter((indicator) -> indicator.code().equals(code)).findFirst();
	}

	/**
	 * Every version of an indicator, newest first.
	 * @param partnershipId the partnership
	 * @param code its code
	 * @return the versions
	 */
	@Transactional(readOnly = true)
	public List<Indicator> history(long partnershipId, String code) {
		List<Indicator> versions = new ArrayList<>(this.jdbc.sql("select " + COLUMNS
				+ " from indicator_definition where partnership_id = ? and indicator_code = ? order by version desc")
			.params(partnershipId, code)
			.query(Catalogue::row)
			.list());
		this.shipped.stream().filter((indicator) -> indicator.code().equals(code)).forEach(versions::add);
		return versions;
	}

	/**
	 * Stores a new version of an indicator, or a partnership's new indicator.
	 * @param partnershipId the partnership
	 * @param edited the indicator as edited (its version is ignored)
	 * @param username who
	 * @param reason why
	 * @return the stored version
	 * @throws InvalidIndicatorException when a field breaks a rule
	 */
	@Transactional
	public Indicator save(long partnershipId, Indicator edited, String username, String reason) {
		Map<String, String> problems = problems(edited);
		if (reason.isBlank()) {
			problems.put("reason", "Say why the indicator is changed");
		}
		if (!problems.isEmpty()) {
			throw new InvalidIndicatorException(problems);
		}
		int version = find(partnershipId, edited.code()).map(Indicator::version).orElse(0) + 1;
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc
			.sql("insert into indicator_definition (partnership_id, " + COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(partnershipId, edited.code(), version, edited.name().strip(), edited.theme().code(),
					edited.source().code(), edited.unit(), edited.better().name().toLowerCase(java.util.Locale.ROOT),
					edited.frequency().code(), edited.definition().strip(), edited.numerator().strip(),
					edited.denominator().strip(), edited.reference().strip(), edited.target(),
					edited.targetSetBy().strip(), edited.tolerance(), edited.dataOwner().strip(),
					edited.accountablePerson().strip(), edited.returnAgencyId(), edited.dataQualityNote().strip(),
					edited.baselinePeriod().strip(), edited.smallNumberThreshold(), edited.staleAfterDays(), username,
					now, reason.strip())
			.update();
		this.cache.changed(partnershipId);
		return find(partnershipId, edited.code()).orElseThrow();
	}

	/**
	 * The rules an indicator's fields must keep.
	 * @param indicator the indicator
	 * @return the broken rules by field, empty when none is broken
	 */
	public static Map<String, String> problems(Indicator indicator) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (!indicator.code().matches("[a-z0-9]+(-[a-z0-9]+)*") || indicator.code().length() > 60) {
			problems.put("code",
					"The code is lower-case letters and digits joined by hyphens, at most 60 characters, such as cse-referrals");
		}
		require(problems, "name", indicator.name(), 200);
		require(problems, "definition", indicator.definition(), 2000);
		require(problems, "numerator", indicator.numerator(), 500);
		limit(problems, "denominator", indicator.denominator(), 500);
		require(problems, "reference", indicator.reference(), 500);
		if (!Indicator.UNITS.contains(indicator.unit())) {
			problems.put("unit", "The unit is count, percent or number");
		}
		if (indicator.percent() && indicator.denominator().isBlank()) {
			problems.put("denominator", "A percentage needs the whole it is a percentage of");
		}
		if (indicator.target() != null) {
			if (indicator.percent() && (indicator.target() < 0 || indicator.target() > 100)) {
				problems.put("target", "A percentage target is between 0 and 100");
			}
			if (indicator.better() == org.assure.indicators.analysis.BetterDirection.NEUTRAL) {
				problems.put("better", "A target needs a better direction: up or down");
			}
			if (indicator.targetSetBy().isBlank()) {
				problems.put("targetSetBy", "Say who set the target");
			}
		}
		if (indicator.tolerance() != null && (indicator.tolerance() < 0 || indicator.target() == null)) {
			problems.put("tolerance", "The tolerance is zero or more, and needs a target");
		}
		limit(problems, "targetSetBy", indicator.targetSetBy(), 200);
		limit(problems, "dataOwner", indicator.dataOwner(), 200);
		limit(problems, "accountablePerson", indicator.accountablePerson(), 200);
		limit(problems, "dataQualityNote", indicator.dataQualityNote(), 1000);
		if (!indicator.baselinePeriod().isBlank()) {
			try {
				org.assure.calendar.ReportingPeriod.parse(indicator.baselinePeriod());
			}
			catch (IllegalArgumentException ex) {
				problems.put("baselinePeriod", ex.getMessage());
			}
		}
		if (indicator.smallNumberThreshold() < 0 || indicator.smallNumberThreshold() > 100) {
			problems.put("smallNumberThreshold", "The small-number threshold is between 0 and 100");
		}
		if (indicator.staleAfterDays() < 1 || indicator.staleAfterDays() > 3660) {
			problems.put("staleAfterDays", "Stale after is between 1 and 3,660 days");
		}
		return problems;
	}

	private static void require(Map<String, String> problems, String field, String value, int max) {
		if (value.isBlank()) {
			problems.put(field, "Enter the " + words(field));
		}
		limit(problems, field, value, max);
	}

	private static void limit(Map<String, String> problems, String field, String value, int max) {
		if (value.strip().length() > max) {
			problems.put(field, "The " + words(field) + " is at most " + max + " characters");
		}
	}

	private static String words(String field) {
		return field.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
	}

	private static Indicator row(ResultSet rs, int row) throws SQLException {
		double target = rs.getDouble("target");
		Double targetValue = rs.wasNull() ? null : target;
		double tolerance = rs.getDouble("tolerance");
		Double toleranceValue = rs.wasNull() ? null : tolerance;
		long agency = rs.getLong("return_agency_id");
		Long agencyId = rs.wasNull() ? null : agency;
		OffsetDateTime changedAt = rs.getObject("changed_at", OffsetDateTime.class);
		return new Indicator(rs.getString("indicator_code"), rs.getInt("version"), rs.getString("name"),
				Theme.fromCode(rs.getString("theme")).orElseThrow(),
				IndicatorSource.fromCode(rs.getString("source")).orElseThrow(), rs.getString("unit"),
				SpcRequest.direction(rs.getString("better")),
				Frequency.fromCode(rs.getString("frequency")).orElseThrow(), rs.getString("definition"),
				rs.getString("numerator"), rs.getString("denominator"), rs.getString("reference"), targetValue,
				rs.getString("target_set_by"), toleranceValue, rs.getString("data_owner"),
				rs.getString("accountable_person"), agencyId, rs.getString("data_quality_note"),
				rs.getString("baseline_period"), rs.getInt("small_number_threshold"), rs.getInt("stale_after_days"),
				rs.getString("changed_by"), (changedAt != null) ? changedAt.toInstant() : null,
				rs.getString("change_reason"));
	}

	private static List<Indicator> load() {
		List<Indicator> indicators = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("indicators/catalogue.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			Map<String, Integer> header = null;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (header == null) {
					header = new HashMap<>();
					for (int i = 0; i < cells.length; i++) {
						header.put(cells[i], i);
					}
					continue;
				}
				indicators.add(shipped(cells, header, number));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the indicator catalogue", ex);
		}
		return List.copyOf(indicators);
	}

	private static Indicator shipped(String[] cells, Map<String, Integer> header, int line) {
		if (cells.length != header.size()) {
			throw new IllegalStateException("indicators/catalogue.tsv line " + line + ": " + cells.length
					+ " cells where the header has " + header.size());
		}
		java.util.function.Function<String, String> cell = (name) -> cells[header.get(name)].strip();
		Indicator indicator = new Indicator(cell.apply("code"), Integer.parseInt(cell.apply("version")),
				cell.apply("name"), Theme.fromCode(cell.apply("theme")).orElseThrow(() -> bad(line, "theme")),
				IndicatorSource.fromCode(cell.apply("source")).orElseThrow(() -> bad(line, "source")),
				cell.apply("unit"), SpcRequest.direction(cell.apply("better")),
				Frequency.fromCode(cell.apply("frequency")).orElseThrow(() -> bad(line, "frequency")),
				cell.apply("definition"), cell.apply("numerator"), cell.apply("denominator"), cell.apply("reference"),
				null, "", null, "", "", null, "", "", Integer.parseInt(cell.apply("small_number_threshold")),
				Integer.parseInt(cell.apply("stale_after_days")), "shipped", null, "Built in");
		Map<String, String> problems = problems(indicator);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("indicators/catalogue.tsv line " + line + ": " + problems);
		}
		return indicator;
	}

	private static IllegalStateException bad(int line, String column) {
		return new IllegalStateException("indicators/catalogue.tsv line " + line + ": unknown " + column);
	}

	/**
	 * Thrown when an edited indicator breaks a rule.
	 */
	public static final class InvalidIndicatorException extends RuntimeException {

		private final Map<String, String> problems;

		InvalidIndicatorException(Map<String, String> problems) {
			super("The indicator is not valid: " + problems);
			this.problems = Map.copyOf(problems);
		}

		/**
		 * The broken rules.
		 * @return messages by field
		 */
		public Map<String, String> problems() {
			return this.problems;
		}

	}

}
