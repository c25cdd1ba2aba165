package org.assure.indicators;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.assure.calendar.ReportingPeriod;
import org.assure.calendar.WorkingDays;
import org.assure.casedata.CaseDataImported;
import org.assure.casedata.JourneyFacts;
import org.assure.indicators.engine.JourneyIndicators;
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

	Indicators(Catalogue catalogue, JourneyFacts facts, WorkingDays workingDays, JdbcClient jdbc, Clock clock) {
		this.catalogue = catalogue;
		this.facts = facts;
		this.engine = new JourneyIndicators(workingDays);
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
		List<ReportingPeriod> periods = new ArrayList<>();
		periods.add(year);
		for (int quarter = 1; quarter <= 4; quarter++) {
			periods.add(year.quarter(quarter));
		}
		periods.addAll(Frequency.MONTHLY.periodsBetween(year.start(), year.end()));
		return compute(partnershipId, periods).stream().filter((value) -> value.period().equals(year.code())).toList();
	}

	private List<IndicatorValue> compute(long partnershipId, List<ReportingPeriod> periods) {
		String batches = this.facts.batches(partnershipId)
			.stream()
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		JourneyIndicators.Facts read = new JourneyIndicators.Facts(this.facts.contacts(partnershipId),
				this.facts.episodes(partnershipId), this.facts.assessments(partnershipId),
				this.facts.enquiries(partnershipId), this.facts.plans(partnershipId),
				this.facts.lookedAfter(partnershipId), batches.length() > 400 ? batches.substring(0, 400) : batches);
		List<Indicator> journeys = this.catalogue.all(partnershipId)
			.stream()
			.filter((indicator) -> indicator.source() == IndicatorSource.JOURNEYS)
			.toList();
		List<IndicatorValue> all = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		for (ReportingPeriod period : periods) {
			List<IndicatorValue> values = this.engine.compute(journeys, period, read);
			store(partnershipId, values, now);
			all.addAll(values);
		}
		return all;
	}

	private void store(long partnershipId, List<IndicatorValue> values, OffsetDateTime now) {
		for (IndicatorValue value : values) {
			this.jdbc
				.sql("delete from indicator_value where partnership_id = ? and indicator_code = ? and period_code = ?")
				.params(partnershipId, value.code(), value.period())
				.update();
			this.jdbc
				.sql("""
						insert into indicator_value (partnership_id, indicator_code, definition_version, period_code, numerator,
						       denominator, indicator_value, children, batches, computed_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.params(partnershipId, value.code(), value.version(), value.period(), value.numerator(),
						value.denominator(), value.value(), value.children(), value.batches(), now)
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
					       batches
					from indicator_value where partnership_id = ? and period_code = ?""")
			.params(partnershipId, period)
			.query((rs, row) -> {
				long denominator = rs.getLong(5);
				Long whole = rs.wasNull() ? null : denominator;
				double number = rs.getDouble(6);
				Double value = rs.wasNull() ? null : number;
				return new IndicatorValue(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4), whole, value,
						rs.getLong(7), rs.getString(8));
			})
			.list();
		List<String> order = this.catalogue.all(partnershipId).stream().map(Indicator::code).toList();
		return values.stream().sorted(java.util.Comparator.comparingInt((v) -> order.indexOf(v.code()))).toList();
	}

	@EventListener
	void recompute(CaseDataImported imported) {
		try {
			ReportingPeriod period = ReportingPeriod.parse(imported.period());
			List<IndicatorValue> values = (period instanceof ReportingPeriod.FinancialYear year)
					? computeWithMonths(imported.partnershipId(), year) : compute(imported.partnershipId(), period);
			logger.info("Recomputed {} indicators for {} after batch {}", values.size(), period.code(),
					imported.batchId());
		}
		catch (IllegalArgumentException ex) {
			logger.info("Batch {} covers '{}', which is not one period; indicators are computed on request",
					imported.batchId(), imported.period());
		}
	}

}
