package org.assure.indicators;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.casedata.BatchPeriod;
import org.assure.casedata.BatchPeriod;
import org.assure.casedata.CaseDataImported;
import org.assure.casedata.ImportBatches;
import org.assure.casedata.JourneyFacts;
import org.assure.indicators.engine.JourneyIndicators;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes and stores a partnership's indicator values for a period, and recomputes them
 * when an import lands.
 */
@Service
public class Indicators {

	private static final Logger logger = LoggerFactory.getLogger(Indicators.class);

	private final Catalogue catalogue;

	private final JourneyFacts facts;

	private final JourneyIndicators engine;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	private final JudgementCache cache;

	private final ImportBatches batches;

	Indicators(Catalogue catalogue, JourneyFacts facts, WorkingDays workingDays, JdbcClient jdbc,
			org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, Clock clock, IndicatorSettings settings,
			JudgementCache cache, ImportBatches batches) {
		this.cache = cache;
		this.batches = batches;
		this.jdbcTemplate = jdbcTemplate;
		this.catalogue = catalogue;
		this.facts = facts;
		this.engine = new JourneyIndicators(workingDays, settings.assessmentClock());
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Computes every journey indicator for a period and stores the values, replacing
	 * earlier ones.
	 * @param partnershipId the partnership
	 * @param period the period
	 * @return the values
	 */
	@Transactional
	public List<IndicatorValue> compute(long partnershipId, ReportingPeriod period) {
		return compute(partnershipId, List.of(period));
	}

	/**
	 * Computes every journey indicator for a financial year, its quarters and its months,
	 * reading the facts once, and stores the values.
	 * @param partnershipId the partnership
	 * @param year the year
	 * @return the year's values
	 */
	@Transactional
	public List<IndicatorValue> computeWithMonths(long partnershipId, ReportingPeriod.FinancialYear year) {
		return compute(partnershipId, withMonths(year)).stream()
			.filter((value) -> value.period().equals(year.code()))
			.toList();
	}

	private static List<ReportingPeriod> withMonths(ReportingPeriod.FinancialYear year) {
		List<ReportingPeriod> periods = new ArrayList<>();
		periods.add(year);
		for (int quarter = 1; quarter <= 4; quarter++) {
			periods.add(year.quarter(quarter));
		}
		periods.addAll(Frequency.MONTHLY.periodsBetween(year.start(), year.end()));
		return periods;
	}

	/**
	 * Computes and stores the values of periods, but for those whose case-level data the
	 * retention schedule has deleted: their values are kept as computed and returned as
	 * stored, since the journeys left would give other figures.
	 */
	private List<IndicatorValue> compute(long partnershipId, List<ReportingPeriod> periods) {
		List<BatchPeriod> disposed = this.batches.disposedPeriods(partnershipId);
		List<ReportingPeriod> open = periods.stream()
			.filter((period) -> !ImportBatches.within(disposed, period))
			.toList();
		if (open.size() == periods.size()) {
			return computeFromJourneys(partnershipId, periods);
		}
		logger.info("Kept {} periods as computed: their case-level data was deleted under the retention schedule",
				periods.size() - open.size());
		List<IndicatorValue> values = new ArrayList<>(
				open.isEmpty() ? List.of() : computeFromJourneys(partnershipId, open));
		for (ReportingPeriod period : periods) {
			if (!open.contains(period)) {
				values.addAll(stored(partnershipId, period.code()));
			}
		}
		return values;
	}

	private List<IndicatorValue> computeFromJourneys(long partnershipId, List<ReportingPeriod> periods) {
		JourneyIndicators.Facts read = read(partnershipId);
		Map<String, JourneyFacts.Child> children = read.children();
		List<Indicator> journeys = journeyIndicators(partnershipId);
		List<IndicatorValue> all = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		for (ReportingPeriod period : periods) {
			List<IndicatorValue> values = new ArrayList<>();
			List<Object[]> breakdowns = new ArrayList<>();
			for (Indicator indicator : journeys) {
				JourneyIndicators.Tally tally = this.engine.tally(indicator, period, read);
				if (tally == null) {
					continue;
				}
				values.add(tally.value(read.batches()));
				for (Breakdown breakdown : Breakdown.values()) {
					tally.by((member) -> breakdown.group(member, children.get(member.childKey()), period.end()))
						.forEach((group, part) -> {
							IndicatorValue value = part.value(read.batches());
							breakdowns.add(new Object[] { partnershipId, indicator.code(), period.code(),
									breakdown.code(), group, value.numerator(), value.denominator(), value.value(),
									value.children(), now });
						});
				}
			}
			store(partnershipId, values, now);
			this.jdbc.sql("delete from indicator_breakdown where partnership_id = ? and period_code = ?")
				.params(partnershipId, period.code())
				.update();
			this.jdbcTemplate.batchUpdate(
					"""
							insert into indicator_breakdown (partnership_id, indicator_code, period_code, dimension, group_label,
							       numerator, denominator, indicator_value, children, computed_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					breakdowns);
			all.addAll(values);
		}
		return all;
	}

	private JourneyIndicators.Facts read(long partnershipId) {
		String batches = this.facts.batches(partnershipId)
			.stream()
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		return new JourneyIndicators.Facts(this.facts.contacts(partnershipId), this.facts.episodes(partnershipId),
				this.facts.assessments(partnershipId), this.facts.enquiries(partnershipId),
				this.facts.plans(partnershipId), this.facts.lookedAfter(partnershipId),
				this.facts.missing(partnershipId), this.facts.children(partnershipId),
				batches.length() > 400 ? batches.substring(0, 400) : batches, this.facts.dataStart(partnershipId));
	}

	private List<Indicator> journeyIndicators(long partnershipId) {
		return this.catalogue.all(partnershipId)
			.stream()
			.filter((indicator) -> indicator.source() == IndicatorSource.JOURNEYS)
			.toList();
	}

	/**
	 * A stored breakdown of a value.
	 *
	 * @param breakdown the breakdown's code
	 * @param group the group
	 * @param numerator the count or part
	 * @param denominator the whole, for a percentage
	 * @param value the value, null when the whole is zero
	 * @param children children behind it
	 */
	public record BreakdownValue(String breakdown, String group, long numerator, @Nullable Long denominator,
			@Nullable Double value, long children) {
	}

	/**
	 * The stored breakdowns of a value.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @param period the period's code
	 * @return the breakdowns, by breakdown then group
	 */
	@Transactional(readOnly = true)
	public List<BreakdownValue> breakdowns(long partnershipId, String code, String period) {
		return this.jdbc
			.sql("""
					select dimension, group_label, numerator, denominator, indicator_value, children from indicator_breakdown
					where partnership_id = ? and indicator_code = ? and period_code = ? order by dimension, group_label""")
			.params(partnershipId, code, period)
			.query((rs, row) -> {
				long denominator = rs.getLong(4);
				Long whole = rs.wasNull() ? null : denominator;
				double number = rs.getDouble(5);
				Double value = rs.wasNull() ? null : number;
				return new BreakdownValue(rs.getString(1), rs.getString(2), rs.getLong(3), whole, value, rs.getLong(6));
			})
			.list();
	}

	/**
	 * One item behind a value, as an authorised user may list it: the child's
	 * pseudonymous key and groups, never a name.
	 *
	 * @param childKey the pseudonymous key
	 * @param counted whether the item is in the part of a percentage (always, for a
	 * count)
	 * @param ageBand the age band at the period's end
	 * @param sex the sex
	 * @param ethnicGroup the ethnic group
	 * @param disability the disability
	 */
	public record ChildBehind(String childKey, boolean counted, String ageBand, String sex, String ethnicGroup,
			String disability) {
	}

	/**
	 * The items behind a journey indicator's value for a period, recomputed from the
	 * journeys. The caller records the access.
	 * @param partnershipId the partnership
	 * @param code the indicator
	 * @param period the period
	 * @return the items, counted ones first
	 * @throws IllegalArgumentException for an indicator not computed from journeys
	 */
	@Transactional(readOnly = true)
	public List<ChildBehind> childrenBehind(long partnershipId, String code, ReportingPeriod period) {
		Indicator indicator = this.catalogue.find(partnershipId, code)
			.filter((found) -> found.source() == IndicatorSource.JOURNEYS)
			.orElseThrow(() -> new IllegalArgumentException(
					"'" + code + "' is not computed from child journeys: there are no children to list"));
		JourneyIndicators.Facts read = read(partnershipId);
		JourneyIndicators.Tally tally = this.engine.tally(indicator, period, read);
		Map<String, JourneyFacts.Child> children = read.children();
		List<ChildBehind> rows = new ArrayList<>();
		for (JourneyIndicators.Member member : (tally != null) ? tally.members()
				: List.<JourneyIndicators.Member>of()) {
			JourneyFacts.Child child = children.get(member.childKey());
			rows.add(new ChildBehind(member.childKey(), member.counted(),
					Breakdown.AGE_BAND.group(member, child, period.end()),
					Breakdown.SEX.group(member, child, period.end()),
					Breakdown.ETHNIC_GROUP.group(member, child, period.end()),
					Breakdown.DISABILITY.group(member, child, period.end())));
		}
		rows.sort(java.util.Comparator.comparing((ChildBehind row) -> !row.counted())
			.thenComparing(ChildBehind::childKey));
		return rows;
	}

	/**
	 * A value a casework module computed from its own records.
	 *
	 * @param period the period, such as 2014-07 or 2014-15
	 * @param numerator the count, or the part of the whole
	 * @param denominator the whole, or null for a count
	 */
	public record CaseworkValue(String period, long numerator, @Nullable Long denominator) {
	}

	/**
	 * Records the values of an indicator that a casework module (the LADO's allegations,
	 * complaints) computes from its own records, replacing every value it recorded
	 * before, so that the dashboard judges them like any other. A percentage of an empty
	 * whole has no value.
	 * @param partnershipId the partnership
	 * @param code the indicator, whose source must be casework
	 * @param module the module whose records they come from, as the trace names it
	 * @param values the values
	 * @throws IllegalArgumentException when the catalogue has no casework indicator of
	 * the code
	 */
	@Transactional
	public void recordCasework(long partnershipId, String code, String module, List<CaseworkValue> values) {
		Indicator indicator = this.catalogue.find(partnershipId, code)
			.filter((found) -> found.source() == IndicatorSource.CASEWORK)
			.orElseThrow(() -> new IllegalArgumentException("No casework indicator " + code));
		this.jdbc.sql("delete from indicator_value where partnership_id = ? and indicator_code = ?")
			.params(partnershipId, code)
			.update();
		List<IndicatorValue> computed = new java.util.ArrayList<>();
		for (CaseworkValue value : values) {
			Double shown = (value.denominator() == null) ? Double.valueOf(value.numerator())
					: (value.denominator() == 0) ? null
							: (indicator.percent() ? value.numerator() * 100.0 / value.denominator()
									: (double) value.numerator() / value.denominator());
			computed.add(new IndicatorValue(code, indicator.version(), value.period(), value.numerator(),
					value.denominator(), shown, 0, CASEWORK_PREFIX + module));
		}
		store(partnershipId, computed, OffsetDateTime.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC));
	}

	/**
	 * A casework module's items tallied by the month and the financial year of a day: a
	 * count of the items, or, given a part, the part as a share of the items.
	 * @param <T> the items' type
	 * @param items the items
	 * @param day the day that places an item in its periods
	 * @param part which items are the part, or null to count them all
	 * @return a value per month and per financial year that has items
	 */
	public static <T> List<CaseworkValue> byPeriod(java.util.Collection<T> items,
			java.util.function.Function<T, java.time.LocalDate> day, java.util.function.@Nullable Predicate<T> part) {
		java.util.Map<String, long[]> tallies = new java.util.TreeMap<>();
		for (T item : items) {
			java.time.LocalDate when = day.apply(item);
			boolean counted = part == null || part.test(item);
			for (String period : List.of(new ReportingPeriod.CalendarMonth(java.time.YearMonth.from(when)).code(),
					ReportingPeriod.financialYearOf(when).code())) {
				long[] tally = tallies.computeIfAbsent(period, (key) -> new long[2]);
				tally[0] += counted ? 1 : 0;
				tally[1]++;
			}
		}
		List<CaseworkValue> values = new java.util.ArrayList<>();
		tallies.forEach((period, tally) -> values
			.add(new CaseworkValue(period, tally[0], (part == null) ? null : Long.valueOf(tally[1]))));
		return values;
	}

	/** How a casework module's values name their source in {@code batches}. */
	static final String CASEWORK_PREFIX = "casework:";

	private void store(long partnershipId, List<IndicatorValue> values, OffsetDateTime now) {
		this.cache.changed(partnershipId);
		for (IndicatorValue value : values) {
			this.jdbc
				.sql("delete from indicator_value where partnership_id = ? and indicator_code = ? and period_code = ?")
				.params(partnershipId, value.code(), value.period())
				.update();
			this.jdbc
				.sql("""
						insert into indicator_value (partnership_id, indicator_code, definition_version, period_code, numerator,
						       denominator, indicator_value, children, batches, computed_at, withheld)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.params(partnershipId, value.code(), value.version(), value.period(), value.numerator(),
						value.denominator(), value.value(), value.children(), value.batches(), now, value.withheld())
				.update();
		}
	}

	/**
	 * The stored values of a period.
	 * @param partnershipId the partnership
	 * @param period the period's code
	 * @return the values, in catalogue order
	 */
	@Transactional(readOnly = true)
	public List<IndicatorValue> stored(long partnershipId, String period) {
		List<IndicatorValue> values = this.jdbc
			.sql("""
					select indicator_code, definition_version, period_code, numerator, denominator, indicator_value, children,
					       batches, withheld
					from indicator_value where partnership_id = ? and period_code = ?""")
			.params(partnershipId, period)
			.query((rs, row) -> {
				long denominator = rs.getLong(5);
				Long whole = rs.wasNull() ? null : denominator;
				double number = rs.getDouble(6);
				Double value = rs.wasNull() ? null : number;
				return new IndicatorValue(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4), whole, value,
						rs.getLong(7), rs.getString(8), rs.getString(9));
			})
			.list();
		List<String> order = this.catalogue.all(partnershipId).stream().map(Indicator::code).toList();
		return values.stream().sorted(java.util.Comparator.comparingInt((v) -> order.indexOf(v.code()))).toList();
	}

	@EventListener
	void recompute(CaseDataImported imported) {
		BatchPeriod covered;
		try {
			covered = BatchPeriod.parse(imported.period());
		}
		catch (IllegalArgumentException ex) {
			logger.info("Batch {} covers '{}', which Assure cannot read as a period; indicators are computed on "
					+ "request", imported.batchId(), imported.period());
			return;
		}
		if (covered.isSpan()) {
			List<ReportingPeriod> periods = new ArrayList<>();
			for (ReportingPeriod.FinancialYear year : covered.years()) {
				periods.addAll(withMonths(year));
			}
			compute(imported.partnershipId(), periods);
			logger.info("Recomputed the indicators of {} years, their quarters and months, after batch {}",
					covered.years().size(), imported.batchId());
			return;
		}
		ReportingPeriod period = covered.first();
		List<IndicatorValue> values = (period instanceof ReportingPeriod.FinancialYear year)
				? computeWithMonths(imported.partnershipId(), year) : compute(imported.partnershipId(), period);
		logger.info("Recomputed {} indicators for {} after batch {}", values.size(), period.code(), imported.batchId());
	}

}
