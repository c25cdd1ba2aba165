package org.assure.indicators.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assure.calendar.ReportingPeriod;
import org.assure.indicators.Catalogue;
import org.assure.indicators.Comparators;
import org.assure.indicators.Indicator;
import org.assure.indicators.Populations;
import org.assure.indicators.ReturnChannel;
import org.assure.indicators.ReturnSubmission;
import org.assure.indicators.Returns;
import org.assure.partnership.Agencies;
import org.assure.partnership.Agency;
import org.assure.partnership.DemoPartnershipReady;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode's indicator data, loaded once: the council's Appendix (d) monthly figures
 * (May 2014 to January 2015) as its returns, each Appendix (d) indicator owed by the
 * council from its first month; the CAMHS figures of 2014-15 as the health trust's
 * returns; an illustrative target for the assessment backlog (the seed states none, and
 * the demo says so); the England comparators Assure ships; and the seed's child
 * population.
 */
@Component
class IndicatorsDemoLoader {

	static final String COUNCIL = "Children's Services, Leicester City Council";

	static final String HEALTH_TRUST = "Leicestershire Partnership Trust";

	static final String BACKLOG = "assessments-open-beyond-45-days-pct";

	private static final Logger logger = LoggerFactory.getLogger(IndicatorsDemoLoader.class);

	private final Catalogue catalogue;

	private final Returns returns;

	private final Comparators comparators;

	private final Populations populations;

	private final Agencies agencies;

	private final JdbcClient jdbc;

	IndicatorsDemoLoader(Catalogue catalogue, Returns returns, Comparators comparators, Populations populations,
			Agencies agencies, JdbcClient jdbc) {
		this.catalogue = catalogue;
		this.returns = returns;
		this.comparators = comparators;
		this.populations = populations;
		this.agencies = agencies;
		this.jdbc = jdbc;
	}

	@EventListener
	@Order(20)
	@Transactional
	void load(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		boolean loaded = this.jdbc.sql("select count(*) from indicator_return where partnership_id = ? and channel = ?")
			.params(partnershipId, ReturnChannel.DEMO.code())
			.query(Long.class)
			.single() > 0;
		if (loaded) {
			return;
		}
		Agency council = agency(partnershipId, COUNCIL);
		Agency trust = agency(partnershipId, HEALTH_TRUST);
		List<String[]> rows = appendixD();
		Map<String, List<String>> discrepancies = new LinkedHashMap<>();
		int count = 0;
		for (String[] row : rows) {
			submit(partnershipId, new ReturnSubmission(row[0], council.id(), row[1], number(row[3]), number(row[4]),
					new BigDecimal(row[2]), "", "", ReturnChannel.DEMO), discrepancies);
			count++;
		}
		Map<String, String> firstMonth = new LinkedHashMap<>();
		for (String[] row : rows) {
			firstMonth.putIfAbsent(row[0], row[1]);
		}
		for (Map.Entry<String, String> entry : firstMonth.entrySet()) {
			Indicator indicator = this.catalogue.find(partnershipId, entry.getKey()).orElseThrow();
			boolean backlog = indicator.code().equals(BACKLOG);
			List<String> found = discrepancies.getOrDefault(indicator.code(), List.of());
			String note = found.isEmpty() ? indicator.dataQualityNote()
					: "The seed's percentage does not match its own counts: " + String.join("; ", found)
							+ ". The percentage is kept as printed, without the counts.";
			this.catalogue.save(partnershipId, new Indicator(indicator.code(), indicator.version(), indicator.name(),
					indicator.theme(), indicator.source(), indicator.unit(), indicator.better(), indicator.frequency(),
					indicator.definition(), indicator.numerator(), indicator.denominator(), indicator.reference(),
					backlog ? Double.valueOf(20.0) : indicator.target(),
					backlog ? "Demo: an illustrative target of the demo, not the board's (the seed report states none)"
							: indicator.targetSetBy(),
					backlog ? Double.valueOf(5.0) : indicator.tolerance(), "Children's Services performance team",
					backlog ? "Head of Service, Children's Social Care" : indicator.accountablePerson(), council.id(),
					note, entry.getValue(), indicator.smallNumberThreshold(), indicator.staleAfterDays(), "demo", null,
					""), "demo", "Demo: the council returns Appendix (d) monthly from " + entry.getValue());
		}
		for (String code : List.of("camhs-referrals", "camhs-seen-13-weeks")) {
			Indicator indicator = this.catalogue.find(partnershipId, code).orElseThrow();
			this.catalogue.save(partnershipId, new Indicator(indicator.code(), indicator.version(), indicator.name(),
					indicator.theme(), indicator.source(), indicator.unit(), indicator.better(), indicator.frequency(),
					indicator.definition(), indicator.numerator(), indicator.denominator(), indicator.reference(),
					indicator.target(), indicator.targetSetBy(), indicator.tolerance(), "CAMHS, " + HEALTH_TRUST,
					indicator.accountablePerson(), trust.id(), indicator.dataQualityNote(), "2014-15",
					indicator.smallNumberThreshold(), indicator.staleAfterDays(), "demo", null, ""), "demo",
					"Demo: the trust returns the CAMHS figures yearly");
		}
		submit(partnershipId, new ReturnSubmission("camhs-referrals", trust.id(), "2014-15", 3432L, null,
				new BigDecimal("3432"), "", "", ReturnChannel.DEMO), new LinkedHashMap<>());
		submit(partnershipId, new ReturnSubmission("camhs-seen-13-weeks", trust.id(), "2014-15", null, null,
				new BigDecimal("76.42"), "", "", ReturnChannel.DEMO), new LinkedHashMap<>());
		int comparatorCount = this.comparators.loadShipped(partnershipId, "demo");
		this.populations.set(partnershipId, ReportingPeriod.FinancialYear.starting(2014), 79_000,
				"Seed report, chapter 4: under 18s in Leicester City, approx. 79,000 from the last census");
		logger.info("Demo indicators loaded: {} Appendix (d) returns, {} comparators", count, comparatorCount);
	}

	/**
	 * Submits a demo return as printed. A percentage whose printed counts give a
	 * different figure is refused by validation, as any agency's would be; the demo then
	 * keeps the printed percentage without the counts and records the discrepancy for the
	 * indicator's data-quality note. A value outside the earlier limits is confirmed as
	 * printed.
	 */
	private void submit(long partnershipId, ReturnSubmission submission, Map<String, List<String>> discrepancies) {
		ReturnSubmission attempt = submission;
		for (int tries = 0; tries < 3; tries++) {
			Map<String, String> problems = this.returns.problems(partnershipId, attempt);
			if (problems.isEmpty()) {
				this.returns.submit(partnershipId, attempt, "demo");
				return;
			}
			if (problems.size() == 1 && problems.containsKey("value") && attempt.numerator() != null) {
				discrepancies.computeIfAbsent(attempt.indicatorCode(), (key) -> new ArrayList<>())
					.add(attempt.period() + ": " + problems.get("value"));
				attempt = new ReturnSubmission(attempt.indicatorCode(), attempt.agencyId(), attempt.period(), null,
						null, attempt.value(), "", attempt.outsideLimitsReason(), attempt.channel());
			}
			else if (problems.keySet().equals(java.util.Set.of("outsideLimitsReason"))) {
				attempt = new ReturnSubmission(attempt.indicatorCode(), attempt.agencyId(), attempt.period(),
						attempt.numerator(), attempt.denominator(), attempt.value(), "",
						"As printed in the seed report, Appendix (d)", attempt.channel());
			}
			else {
				throw new IllegalStateException("The demo's return " + submission + " is refused: " + problems);
			}
		}
		throw new IllegalStateException("The demo's return " + submission + " is refused");
	}

	private Agency agency(long partnershipId, String name) {
		return this.agencies.findByName(partnershipId, name)
			.orElseThrow(() -> new IllegalStateException("The demo partnership has no agency '" + name + "'"));
	}

	private static @Nullable Long number(String cell) {
		return cell.isBlank() ? null : Long.valueOf(cell.strip());
	}

	static List<String[]> appendixD() {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/indicators/appendix-d.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				rows.add(line.split("\t", -1));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo's Appendix (d)", ex);
		}
		return rows;
	}

}
