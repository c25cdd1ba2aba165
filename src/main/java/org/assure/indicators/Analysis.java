package org.assure.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.analysis.AssuranceIcon;
import org.assure.indicators.analysis.BetterDirection;
import org.assure.indicators.analysis.SpcOptions;
import org.assure.indicators.analysis.SpcResult;
import org.assure.indicators.analysis.SpecialCause;
import org.assure.indicators.analysis.StatisticalProcessControl;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.casedata.ImportBatches;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges an indicator's series (ANALYSIS.md): RAG against the target and tolerance, the
 * change from the previous period and the same period last year, XmR limits with the
 * special-cause rules, the variation and assurance icons, and the comparators.
 */
@Service
public class Analysis {

	private final Catalogue catalogue;

	private final Returns returns;

	private final Comparators comparators;

	private final Agencies agencies;

	private final JdbcClient jdbc;

	private final Populations populations;

	private final IndicatorSettings settings;

	private final JudgementCache cache;

	private final ImportBatches batches;

	private final org.springframework.transaction.support.TransactionTemplate readOnly;

	Analysis(Catalogue catalogue, Returns returns, Comparators comparators, Agencies agencies, JdbcClient jdbc,
			Populations populations, IndicatorSettings settings, JudgementCache cache,
			org.springframework.transaction.PlatformTransactionManager transactions, ImportBatches batches) {
		this.cache = cache;
		this.batches = batches;
		this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.populations = populations;
		this.settings = settings;
		this.catalogue = catalogue;
		this.returns = returns;
		this.comparators = comparators;
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	/**
	 * Judges an indicator over the periods of its frequency that end by a date.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @param upTo the last period to include, or null for all
	 * @return the judgement
	 * @throws IllegalArgumentException when the catalogue has no such indicator
	 */
	@Transactional(readOnly = true)
	public Judgement judge(long partnershipId, String code, @Nullable ReportingPeriod upTo) {
		Indicator indicator = this.catalogue.find(partnershipId, code)
			.orElseThrow(() -> new IllegalArgumentException("There is no indicator '" + code + "' in the catalogue"));
		return judge(indicator, Sources.load(this, partnershipId, code), upTo);
	}

	/**
	 * Judges every indicator of the catalogue, reading each table once: for the dashboard
	 * and the reports.
	 * @param partnershipId the partnership
	 * @param upTo the last period to include, or null for all
	 * @return the judgements, in catalogue order
	 */
	public List<Judgement> judgeAll(long partnershipId, @Nullable ReportingPeriod upTo) {
		// Kept judgements are returned without touching the database; only making them
		// reads it, in one read-only transaction so that every table is read at one
		// moment.
		return this.cache.get(partnershipId, (upTo != null) ? upTo.code() : "",
				() -> this.readOnly.execute((status) -> {
					Sources sources = Sources.load(this, partnershipId, null);
					return this.catalogue.all(partnershipId)
						.stream()
						.map((indicator) -> judge(indicator, sources, upTo))
						.toList();
				}));
	}

	/**
	 * The latest financial year with any value, computed or returned.
	 * @param partnershipId the partnership
	 * @return the year, if there is any value
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<ReportingPeriod.FinancialYear> latestYear(long partnershipId) {
		List<String> periods = new ArrayList<>(
				this.jdbc.sql("select distinct period_code from indicator_value where partnership_id = ?")
					.param(partnershipId)
					.query(String.class)
					.list());
		periods.addAll(this.jdbc.sql("select distinct period_code from indicator_return where partnership_id = ?")
			.param(partnershipId)
			.query(String.class)
			.list());
		return periods.stream()
			.map(ReportingPeriod::parse)
			.map((period) -> ReportingPeriod.financialYearOf(period.end()))
			.max(java.util.Comparator.comparing(ReportingPeriod.FinancialYear::startYear));
	}

	private Judgement judge(Indicator indicator, Sources sources, @Nullable ReportingPeriod upTo) {
		List<Raw> raw = new ArrayList<>(
				indicator.returned() ? returned(indicator, sources) : computed(indicator, sources));
		raw.removeIf((point) -> upTo != null && point.period().end().isAfter(upTo.end()));
		if (!indicator.baselinePeriod().isBlank()) {
			ReportingPeriod baseline = ReportingPeriod.parse(indicator.baselinePeriod());
			raw.removeIf((point) -> point.period().start().isBefore(baseline.start()));
		}
		raw.sort(java.util.Comparator.comparing((Raw point) -> point.period().start()));
		SpcResult spc = null;
		if (raw.size() >= 2) {
			List<Integer> rebases = rebasePositions(sources.rebases().getOrDefault(indicator.code(), List.of()), raw);
			spc = StatisticalProcessControl.analyse(raw.stream().mapToDouble(Raw::value).toArray(),
					new SpcOptions(indicator.better(), indicator.target(), this.settings.runLength(),
							this.settings.screenMovingRanges(), rebases, 0));
		}
		List<Judgement.Point> points = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			Raw point = raw.get(i);
			points.add(new Judgement.Point(point.period().code(), point.period().label(), point.value(),
					point.numerator(), point.denominator(),
					Rag.of(point.value(), indicator.better(), indicator.target(), indicator.tolerance()),
					(spc != null) ? spc.points().get(i) : null, point.provenance(), point.quality()));
		}
		Judgement.Point latest = points.isEmpty() ? null : points.get(points.size() - 1);
		Double previous = (points.size() >= 2) ? latest.value() - points.get(points.size() - 2).value() : null;
		Double lastYear = null;
		if (latest != null) {
			String yearBefore = indicator.frequency()
				.periodOf(ReportingPeriod.parse(latest.period()).start().minusYears(1))
				.code();
			lastYear = points.stream()
				.filter((point) -> point.period().equals(yearBefore))
				.findFirst()
				.map((point) -> latest.value() - point.value())
				.orElse(null);
		}
		Rag rag = (latest != null) ? latest.rag() : Rag.NONE;
		Double rate = null;
		String population = null;
		if (latest != null && Populations.rated(indicator)) {
			Populations.Population known = sources.population(ReportingPeriod.parse(latest.period()));
			if (known != null) {
				rate = Math.round(known.ratePer10000(latest.value()) * 10) / 10.0;
				population = String.format(java.util.Locale.UK, "%,d children aged 0 to 17 in %s (%s)",
						known.children(), known.year(), known.source());
			}
		}
		Judgement.Withheld withheld = withheld(indicator, sources, upTo, latest);
		List<String> findings = findings(indicator, points, spc);
		if (latest != null && latest.quality() != null) {
			findings.add(1, "Data quality of the latest value: " + latest.quality()
					+ " The batch's data-quality report lists each finding.");
		}
		if (withheld != null) {
			if (points.isEmpty()) {
				findings.clear();
			}
			findings.add(0,
					withheld.sentence() + ". The value is not shown and is judged neither against the target nor by "
							+ "statistical process control.");
		}
		return new Judgement(indicator, points, spc, rag, previous, lastYear,
				sources.comparators().getOrDefault(indicator.code(), List.of()), findings, rate, population, withheld);
	}

	/**
	 * Why the latest period of an indicator has no value although one was computed, when
	 * it is later than the latest value.
	 */
	private static Judgement.@Nullable Withheld withheld(Indicator indicator, Sources sources,
			@Nullable ReportingPeriod upTo, Judgement.@Nullable Point latest) {
		ReportingPeriod latestShown = (latest != null) ? ReportingPeriod.parse(latest.period()) : null;
		Withheld last = null;
		for (Withheld each : sources.withheld().getOrDefault(indicator.code(), List.of())) {
			boolean ofFrequency = indicator.frequency()
				.periodOf(each.period().start())
				.code()
				.equals(each.period().code());
			if (!ofFrequency || (upTo != null && each.period().end().isAfter(upTo.end()))
					|| (latestShown != null && !each.period().start().isAfter(latestShown.start()))) {
				continue;
			}
			if (last == null || each.period().start().isAfter(last.period().start())) {
				last = each;
			}
		}
		return (last != null) ? new Judgement.Withheld(last.period().code(), last.period().label(), last.reason())
				: null;
	}

	/**
	 * What the data-quality rules found in the batches a value was computed from, in a
	 * sentence, or empty when they found nothing.
	 */
	private java.util.Optional<String> quality(long partnershipId, String batches) {
		List<Long> ids = new ArrayList<>();
		for (String id : batches.split(",")) {
			try {
				ids.add(Long.parseLong(id.strip()));
			}
			catch (NumberFormatException ex) {
				// Not a batch number: nothing to look up.
			}
		}
		return this.batches.quality(partnershipId, ids).map(ImportBatches.Quality::sentence);
	}

	/** A computed period whose value is withheld, and why. */
	private record Withheld(ReportingPeriod period, String reason) {
	}

	/**
	 * What a judgement reads, loaded once for one indicator or for all.
	 */
	private record Sources(Map<String, List<AgencyReturn>> returns, Map<String, List<Raw>> values,
			Map<String, List<String>> rebases, Map<String, List<Comparators.Comparator>> comparators,
			Map<Long, String> agencyNames, Map<String, Populations.@Nullable Population> populations, Analysis analysis,
			long partnershipId, Map<String, List<Withheld>> withheld) {

		static Sources load(Analysis analysis, long partnershipId, @Nullable String code) {
			String only = (code != null) ? " and indicator_code = ?" : "";
			Object[] params = (code != null) ? new Object[] { partnershipId, code } : new Object[] { partnershipId };
			Map<String, List<AgencyReturn>> returns = new java.util.HashMap<>();
			for (AgencyReturn item : (code != null) ? analysis.returns.current(partnershipId, code)
					: analysis.returns.current(partnershipId)) {
				returns.computeIfAbsent(item.indicatorCode(), (key) -> new ArrayList<>()).add(item);
			}
			Map<String, List<Raw>> values = new java.util.HashMap<>();
			Map<String, java.util.Optional<String>> quality = new java.util.HashMap<>();
			analysis.jdbc.sql("""
					select indicator_code, period_code, indicator_value, numerator, denominator, batches,
					       definition_version, children
					from indicator_value where partnership_id = ? and indicator_value is not null""" + only)
				.params(params)
				.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> {
					long denominator = rs.getLong(5);
					Long whole = rs.wasNull() ? null : denominator;
					String batches = rs.getString(6);
					boolean casework = batches.startsWith(Indicators.CASEWORK_PREFIX);
					values.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>())
						.add(new Raw(ReportingPeriod.parse(rs.getString(2)), rs.getDouble(3), rs.getLong(4), whole,
								casework ? "computed from the " + batches.substring(Indicators.CASEWORK_PREFIX.length())
										+ " (definition version " + rs.getInt(7) + ")"
										: "computed from import batches "
												+ batches + " (definition version " + rs.getInt(7) + ", " + rs.getLong(
														8)
												+ " children)",
								casework ? null
										: quality
											.computeIfAbsent(batches, (key) -> analysis.quality(partnershipId, key))
											.orElse(null)));
				});
			Map<String, List<Withheld>> withheld = new java.util.HashMap<>();
			analysis.jdbc.sql("""
					select indicator_code, period_code, withheld from indicator_value
					where partnership_id = ? and withheld is not null""" + only)
				.params(params)
				.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> withheld
					.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>())
					.add(new Withheld(ReportingPeriod.parse(rs.getString(2)), rs.getString(3))));
			Map<String, List<String>> rebases = new java.util.HashMap<>();
			analysis.jdbc
				.sql("select indicator_code, from_period from indicator_rebase where partnership_id = ?" + only
						+ " order by rebase_id")
				.params(params)
				.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> rebases
					.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>())
					.add(rs.getString(2)));
			Map<String, List<Comparators.Comparator>> comparators = new java.util.HashMap<>();
			for (Comparators.Comparator comparator : analysis.comparators.all(partnershipId)) {
				if (code == null || code.equals(comparator.indicatorCode())) {
					comparators.computeIfAbsent(comparator.indicatorCode(), (key) -> new ArrayList<>()).add(comparator);
				}
			}
			Map<Long, String> names = new java.util.HashMap<>();
			for (Agency agency : analysis.agencies.of(partnershipId)) {
				names.put(agency.id(), agency.name());
			}
			return new Sources(returns, values, rebases, comparators, names, new java.util.HashMap<>(), analysis,
					partnershipId, withheld);
		}

		Populations.@Nullable Population population(ReportingPeriod period) {
			String year = ReportingPeriod.financialYearOf(period.end()).code();
			if (!this.populations.containsKey(year)) {
				this.populations.put(year, this.analysis.populations.of(this.partnershipId, period).orElse(null));
			}
			return this.populations.get(year);
		}

	}

	/**
	 * A rebase: the SPC limits start again from a period, for a recorded reason.
	 *
	 * @param fromPeriod the first period of the new limits
	 * @param reason why
	 * @param recordedBy who recorded it
	 * @param recordedAt when
	 */
	public record Rebase(String fromPeriod, String reason, String recordedBy, java.time.Instant recordedAt) {
	}

	/**
	 * An indicator's rebases, in order.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @return the rebases
	 */
	@Transactional(readOnly = true)
	public List<Rebase> rebases(long partnershipId, String code) {
		return this.jdbc.sql("""
				select from_period, reason, recorded_by, recorded_at from indicator_rebase
				where partnership_id = ? and indicator_code = ? order by rebase_id""")
			.params(partnershipId, code)
			.query((rs, row) -> new Rebase(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Records a rebase.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @param fromPeriod the first period of the new limits
	 * @param reason why (a change of process, definition or recording)
	 * @param username who
	 * @param now when
	 * @throws IllegalArgumentException naming what is wrong
	 */
	@Transactional
	public void rebase(long partnershipId, String code, String fromPeriod, String reason, String username,
			java.time.Instant now) {
		Indicator indicator = this.catalogue.find(partnershipId, code)
			.orElseThrow(() -> new IllegalArgumentException("There is no indicator '" + code + "' in the catalogue"));
		ReportingPeriod period = ReportingPeriod.parse(fromPeriod);
		if (!indicator.frequency().periodOf(period.start()).code().equals(period.code())) {
			throw new IllegalArgumentException("The limits of '" + indicator.name() + "' start again at a "
					+ indicator.frequency().label().toLowerCase(java.util.Locale.ROOT) + " period, such as "
					+ indicator.frequency().periodOf(period.start()).code());
		}
		if (reason.isBlank() || reason.strip().length() > 500) {
			throw new IllegalArgumentException("Say why the limits start again (at most 500 characters)");
		}
		if (rebases(partnershipId, code).stream().anyMatch((rebase) -> rebase.fromPeriod().equals(period.code()))) {
			throw new IllegalArgumentException("The limits already start again at " + period.label());
		}
		this.jdbc.sql("""
				insert into indicator_rebase (partnership_id, indicator_code, from_period, reason, recorded_by,
				       recorded_at) values (?, ?, ?, ?, ?, ?)""")
			.params(partnershipId, code, period.code(), reason.strip(), username,
					java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
			.update();
		this.cache.changed(partnershipId);
	}

	private static List<Integer> rebasePositions(List<String> from, List<Raw> raw) {
		List<Integer> positions = new ArrayList<>();
		for (String period : from) {
			java.time.LocalDate start = ReportingPeriod.parse(period).start();
			for (int i = 1; i < raw.size(); i++) {
				if (!raw.get(i).period().start().isBefore(start)) {
					positions.add(i);
					break;
				}
			}
		}
		return positions.stream().distinct().sorted().toList();
	}

	private static List<Raw> returned(Indicator indicator, Sources sources) {
		List<AgencyReturn> all = sources.returns().getOrDefault(indicator.code(), List.of());
		Long owner = indicator.returnAgencyId();
		Map<String, List<AgencyReturn>> byPeriod = new LinkedHashMap<>();
		for (AgencyReturn item : all) {
			if (owner == null || owner == item.agencyId()) {
				byPeriod.computeIfAbsent(item.period(), (key) -> new ArrayList<>()).add(item);
			}
		}
		Map<Long, String> names = sources.agencyNames();
		List<Raw> raw = new ArrayList<>();
		for (Map.Entry<String, List<AgencyReturn>> entry : byPeriod.entrySet()) {
			List<AgencyReturn> items = entry.getValue();
			String provenance = String.join("; ",
					items.stream()
						.map((item) -> "returned by " + names.getOrDefault(item.agencyId(), "an agency") + " (version "
								+ item.version() + ", " + item.channel() + ", " + item.submittedBy() + ")")
						.toList());
			ReportingPeriod period = ReportingPeriod.parse(entry.getKey());
			if (items.size() == 1) {
				AgencyReturn item = items.get(0);
				raw.add(new Raw(period, item.value(), item.numerator(), item.denominator(), provenance));
			}
			else if (!indicator.percent()) {
				raw.add(new Raw(period, items.stream().mapToDouble(AgencyReturn::value).sum(), null, null,
						"the sum of " + items.size() + " returns: " + provenance));
			}
			else if (items.stream().allMatch((item) -> item.numerator() != null && item.denominator() != null)) {
				long part = items.stream().mapToLong(AgencyReturn::numerator).sum();
				long whole = items.stream().mapToLong(AgencyReturn::denominator).sum();
				if (whole > 0) {
					raw.add(new Raw(period, 100.0 * part / whole, part, whole,
							"pooled from " + items.size() + " returns: " + provenance));
				}
			}
			// Percentages without counts from several agencies cannot be combined
			// honestly; the period is left out rather than averaged.
		}
		return raw;
	}

	private static List<Raw> computed(Indicator indicator, Sources sources) {
		return sources.values()
			.getOrDefault(indicator.code(), List.of())
			.stream()
			.filter((point) -> indicator.frequency()
				.periodOf(point.period().start())
				.code()
				.equals(point.period().code()))
			.toList();
	}

	static List<String> findings(Indicator indicator, List<Judgement.Point> points, @Nullable SpcResult spc) {
		List<String> findings = new ArrayList<>();
		if (points.isEmpty()) {
			findings.add("There are no values yet.");
			return findings;
		}
		Judgement.Point latest = points.get(points.size() - 1);
		if (indicator.target() != null && indicator.better() != BetterDirection.NEUTRAL) {
			List<Judgement.Point> red = points.stream().filter((point) -> point.rag() == Rag.RED).toList();
			findings.add("The latest value, " + show(indicator, latest.value()) + " in " + latest.label() + ", "
					+ latest.rag().meaning() + " ("
					+ (indicator.better() == BetterDirection.UP ? "at least " : "at most ")
					+ show(indicator, indicator.target()) + ").");
			if (!red.isEmpty()) {
				findings.add("Red against the target in " + red.size() + " of " + points.size() + " periods: "
						+ String.join(", ",
								red.stream()
									.map((point) -> point.label() + " (" + show(indicator, point.value()) + ")")
									.toList())
						+ ".");
			}
		}
		if (spc == null) {
			findings.add("One value is not enough for statistical process control.");
			return findings;
		}
		SpcResult.Group limits = spc.latest();
		if (limits.trial()) {
			findings.add("With " + points.size() + " points the limits are trial limits: firm limits need "
					+ StatisticalProcessControl.TRIAL_BELOW + ".");
		}
		findings.add("Centre line " + show(indicator, limits.centreLine()) + ", process limits "
				+ show(indicator, limits.lowerLimit()) + " to " + show(indicator, limits.upperLimit()) + ".");
		List<String> signals = new ArrayList<>();
		for (Judgement.Point point : points) {
			SpcResult.Point flags = point.spc();
			if (flags != null && flags.rule() != null) {
				signals
					.add(point.label()
							+ " (" + describe(flags.rule(), flags.high()) + ", " + ((flags.improving() == null)
									? "neutral" : Boolean.TRUE.equals(flags.improving()) ? "improving" : "concerning")
							+ ")");
			}
		}
		if (signals.isEmpty()) {
			findings.add("No point shows special cause under the rules used (" + spc.rules()
					+ "): the variation is common cause.");
		}
		else {
			findings.add("Special cause: " + String.join("; ", signals) + ".");
		}
		if (spc.assurance() != AssuranceIcon.NONE) {
			findings.add(switch (spc.assurance()) {
				case CONSISTENTLY_FAILS ->
					"The target lies beyond the limits on the good side: as it runs, the process will not meet it.";
				case CONSISTENTLY_PASSES ->
					"The target lies beyond the limits on the bad side: as it runs, the process will meet it.";
				default -> "The target lies within the limits: the process will sometimes meet it and sometimes not.";
			});
		}
		return findings;
	}

	private static String describe(SpecialCause rule, @Nullable Boolean high) {
		String side = Boolean.TRUE.equals(high) ? "high" : "low";
		return switch (rule) {
			case OUTSIDE_LIMITS -> (Boolean.TRUE.equals(high) ? "above the upper" : "below the lower") + " limit";
			case TREND -> "a trend " + (Boolean.TRUE.equals(high) ? "upwards" : "downwards");
			case TWO_OF_THREE_CLOSE_TO_LIMIT -> "two of three points close to the " + side + " limit";
			case SHIFT -> "a run " + (Boolean.TRUE.equals(high) ? "above" : "below") + " the mean";
		};
	}

	/**
	 * A value in its unit, as a report shows it.
	 * @param indicator the indicator
	 * @param value the value
	 * @return the text, such as {@code 41.3%}
	 */
	public static String show(Indicator indicator, double value) {
		if (indicator.percent()) {
			return String.format(Locale.ROOT, "%.1f%%", value);
		}
		if (indicator.unit().equals("count") && value == Math.rint(value)) {
			return String.format(Locale.UK, "%,d", (long) value);
		}
		return String.format(Locale.UK, "%,.1f", value);
	}

	private record Raw(ReportingPeriod period, double value, @Nullable Long numerator, @Nullable Long denominator,
			String provenance, @Nullable String quality) {

		Raw(ReportingPeriod period, double value, @Nullable Long numerator, @Nullable Long denominator,
				String provenance) {
			this(period, value, numerator, denominator, provenance, null);
		}

	}

}
