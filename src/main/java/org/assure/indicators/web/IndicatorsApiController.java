package org.assure.indicators.web;

import java.util.List;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Analysis;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Indicator;
import org.assure.indicators.IndicatorValue;
import org.assure.indicators.Indicators;
import org.assure.indicators.Judgement;
import org.assure.partnership.AssureUser;
import org.assure.shell.Allowed;
import org.assure.shell.Operation;
import org.assure.shell.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API for indicators: the catalogue, and the stored values of a period, for any
 * user of the partnership (values are aggregates; no child appears).
 */
@RestController
class IndicatorsApiController {

	private final Catalogue catalogue;

	private final Indicators indicators;

	private final Analysis analysis;

	private final org.assure.indicators.Returns returns;

	private final org.assure.partnership.Agencies agencies;

	IndicatorsApiController(Catalogue catalogue, Indicators indicators, Analysis analysis,
			org.assure.indicators.Returns returns, org.assure.partnership.Agencies agencies) {
		this.returns = returns;
		this.agencies = agencies;
		this.catalogue = catalogue;
		this.indicators = indicators;
		this.analysis = analysis;
	}

	@GetMapping("/api/v1/indicators/catalogue")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.READ)
	List<Indicator> catalogue(@AuthenticationPrincipal AssureUser user) {
		return this.catalogue.all(user.requirePartnershipId());
	}

	@GetMapping("/api/v1/indicators")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.READ)
	List<Value> values(@AuthenticationPrincipal AssureUser user,
			@RequestParam(name = "period", required = false) @Nullable String period) {
		// Checked here, after authorisation, so that a caller without access learns
		// nothing from a 400.
		if (period == null || period.isBlank()) {
			throw new IllegalArgumentException("Give the period, such as ?period=2014-15");
		}
		String code = ReportingPeriod.parse(period).code();
		long partnershipId = user.requirePartnershipId();
		return this.indicators.stored(partnershipId, code)
			.stream()
			.map((value) -> value(partnershipId, value))
			.toList();
	}

	@GetMapping("/api/v1/indicators/{code}/judgement")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.READ)
	Judgement judgement(@AuthenticationPrincipal AssureUser user, @PathVariable String code,
			@RequestParam(name = "upTo", required = false) @Nullable String upTo) {
		ReportingPeriod last = (upTo != null && !upTo.isBlank()) ? ReportingPeriod.parse(upTo) : null;
		return this.analysis.judge(user.requirePartnershipId(), code, last);
	}

	@GetMapping("/api/v1/indicators/{code}/breakdowns")
	@Allowed(resource = Resource.INDICATORS, operation = Operation.READ)
	List<Group> breakdowns(@AuthenticationPrincipal AssureUser user, @PathVariable String code,
			@RequestParam(name = "period", required = false) @Nullable String period) {
		if (period == null || period.isBlank()) {
			throw new IllegalArgumentException("Give the period, such as ?period=2014-15");
		}
		long partnershipId = user.requirePartnershipId();
		Indicator indicator = this.catalogue.find(partnershipId, code)
			.orElseThrow(() -> new IllegalArgumentException("There is no indicator '" + code + "' in the catalogue"));
		int threshold = indicator.smallNumberThreshold();
		String periodCode = ReportingPeriod.parse(period).code();
		if (indicator.returned()) {
			// A returned indicator breaks down by the agencies that returned it. Whoever
			// reads agencies' raw returns is held to that grant's scope (a data lead sees
			// the own agency's figure only); the others read the figures as aggregates.
			Long scope = user.can(Resource.CASE_DATA, Operation.READ)
					? user.agencyScope(Resource.CASE_DATA, Operation.READ) : null;
			java.util.Map<Long, String> names = new java.util.HashMap<>();
			this.agencies.of(partnershipId).forEach((agency) -> names.put(agency.id(), agency.name()));
			return this.returns.current(partnershipId, code)
				.stream()
				.filter((item) -> item.period().equals(periodCode) && (scope == null || scope == item.agencyId()))
				.map((item) -> new Group("agency", names.getOrDefault(item.agencyId(), "agency " + item.agencyId()),
						item.numerator(), item.denominator(), item.value(), false))
				.toList();
		}
		return this.indicators.breakdowns(partnershipId, code, periodCode).stream().map((row) -> {
			boolean suppressed = small(row.numerator(), threshold)
					|| (row.denominator() != null && small(row.denominator(), threshold));
			return new Group(row.breakdown(), row.group(), suppressed ? null : row.numerator(),
					suppressed ? null : row.denominator(), suppressed ? null : row.value(), suppressed);
		}).toList();
	}

	private static boolean small(long count, int threshold) {
		return count >= 1 && count <= threshold;
	}

	/**
	 * A group of a breakdown as the API gives it. Counts from 1 to the indicator's
	 * small-number threshold are suppressed (DfE shows them as "c"), and so is the
	 * percentage they would reveal.
	 *
	 * @param breakdown the breakdown, such as age-band
	 * @param group the group, such as "1 to 4"
	 * @param numerator the count or part, null when suppressed
	 * @param denominator the whole of a percentage, null for a count or when suppressed
	 * @param value the value, null when suppressed or the whole is zero
	 * @param suppressed whether small numbers were suppressed
	 */
	record Group(String breakdown, String group, @Nullable Long numerator, @Nullable Long denominator,
			@Nullable Double value, boolean suppressed) {
	}

	private Value value(long partnershipId, IndicatorValue value) {
		Indicator indicator = this.catalogue.find(partnershipId, value.code()).orElseThrow();
		return new Value(value.code(), indicator.name(), indicator.unit(), value.period(), value.value(),
				value.numerator(), value.denominator(), value.children(), value.version(), value.batches());
	}

	/**
	 * A value as the API gives it.
	 *
	 * @param code the indicator
	 * @param name its name
	 * @param unit count or percent
	 * @param period the period
	 * @param value the value
	 * @param numerator the count or part
	 * @param denominator the whole, for a percentage
	 * @param children children behind it
	 * @param definitionVersion the definition's version
	 * @param batches the import batches it was computed from
	 */
	record Value(String code, String name, String unit, String period, @Nullable Double value, long numerator,
			@Nullable Long denominator, long children, int definitionVersion, String batches) {
	}

}
