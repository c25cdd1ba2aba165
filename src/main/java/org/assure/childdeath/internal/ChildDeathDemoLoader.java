package org.assure.childdeath.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assure.calendar.ReportingPeriod.FinancialYear;
import org.assure.calendar.WorkingDays;
import org.assure.childdeath.ChildDeaths;
import org.assure.childdeath.DeathKind;
import org.assure.childdeath.FactorDomain;
import org.assure.childdeath.Modifiable;
import org.assure.partnership.DemoPartnershipReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode's 2014-15 child death reviews, built through the module's own steps from the
 * seed's counts (lines 1396-1455): 9 panels between April 2014 and February 2015; 71
 * deaths reviewed at them, 23 neonatal, 23 expected and 25 unexpected; modifiable factors
 * identified in 23, each with one of the seven areas the seed lists as its learning
 * theme; and the two pieces of work it names (the button-battery campaign and 999 calls
 * with a language barrier). The seed gives no case-level data: which death has which
 * attribute is spread by a fixed stride (each count stays exact), the days are
 * illustrative, the domain of each modifiable factor follows from its theme, and the
 * category of death, the age band (beyond neonatal) and the area within Leicester,
 * Leicestershire and Rutland are not recorded, since the seed does not give them.
 * docs/child-deaths.md says so.
 */
@Component
class ChildDeathDemoLoader {

	private static final Logger logger = LoggerFactory.getLogger(ChildDeathDemoLoader.class);

	private static final String SOURCE = "Annual report 2014-15, seed lines 1411-1425 (days illustrative)";

	private static final String AREA = "Leicester, Leicestershire and Rutland";

	/** The panels of April 2014 to February 2015 (seed line 1411: 9 panels). */
	private static final List<LocalDate> PANELS = List.of(LocalDate.of(2014, 4, 15), LocalDate.of(2014, 5, 20),
			LocalDate.of(2014, 6, 17), LocalDate.of(2014, 7, 15), LocalDate.of(2014, 9, 16), LocalDate.of(2014, 10, 21),
			LocalDate.of(2014, 11, 18), LocalDate.of(2015, 1, 20), LocalDate.of(2015, 2, 17));

	/** Seed lines 1413-1415. */
	private static final List<Map.Entry<DeathKind, Integer>> KINDS = List.of(Map.entry(DeathKind.NEONATAL, 23),
			Map.entry(DeathKind.EXPECTED, 23), Map.entry(DeathKind.UNEXPECTED, 25));

	/** The areas the seed lists for the 23 with modifiable factors (lines 1417-1425). */
	private static final List<Map.Entry<String, FactorDomain>> THEMES = List.of(
			Map.entry("Review of current policies within partner agencies", FactorDomain.SERVICES),
			Map.entry("Consanguinity", FactorDomain.FAMILY_ENVIRONMENT),
			Map.entry("Unsafe sleeping", FactorDomain.PARENTING), Map.entry("Smoking", FactorDomain.FAMILY_ENVIRONMENT),
			Map.entry("Medication compliance", FactorDomain.PARENTING),
			Map.entry("Poor parental supervision", FactorDomain.PARENTING),
			Map.entry("Risky behaviour", FactorDomain.CHILD));

	private static final int REVIEWED = 71;

	private static final int MODIFIABLE = 23;

	private final ChildDeaths deaths;

	private final WorkingDays workingDays;

	ChildDeathDemoLoader(ChildDeaths deaths, WorkingDays workingDays) {
		this.deaths = deaths;
		this.workingDays = workingDays;
	}

	@EventListener
	@Order(42)
	@Transactional
	void load(DemoPartnershipReady ready) {
		long partnershipId = ready.partnershipId();
		if (this.deaths.countNotified(partnershipId, FinancialYear.starting(2013)) > 0
				|| this.deaths.countNotified(partnershipId, FinancialYear.starting(2014)) > 0) {
			return;
		}
		for (LocalDate panel : PANELS) {
			refuse(this.deaths.holdPanel(partnershipId, panel, "demo"));
		}
		List<ChildDeaths.Panel> panels = new ArrayList<>(this.deaths.panels(partnershipId)
			.stream()
			.filter((p) -> FinancialYear.starting(2014).contains(p.heldOn()))
			.toList());
		panels.sort((a, b) -> a.heldOn().compareTo(b.heldOn()));
		List<DeathKind> kinds = new ArrayList<>();
		KINDS.forEach((e) -> {
			for (int n = 0; n < e.getValue(); n++) {
				kinds.add(e.getKey());
			}
		});
		int modifiable = 0;
		for (int i = 0; i < REVIEWED; i++) {
			ChildDeaths.Panel panel = panels.get(i * panels.size() / REVIEWED);
			DeathKind kind = kinds.get(i * 13 % REVIEWED);
			LocalDate died = panel.heldOn().minusDays(40 + (i * 7) % 50);
			LocalDate notified = this.workingDays.plus(died, 1);
			ChildDeaths.Created created = this.deaths.notify(partnershipId,
					new ChildDeaths.Notification(died, notified, "DEMO-CDOP-" + (i + 1), null,
							(kind == DeathKind.NEONATAL) ? org.assure.childdeath.AgeBand.NEONATAL : null, kind, AREA,
							kind == DeathKind.UNEXPECTED, SOURCE),
					"demo");
			refuse(created.problems());
			boolean found = (i * 10 % REVIEWED) < MODIFIABLE;
			List<ChildDeaths.Learning> learning = new ArrayList<>();
			Set<FactorDomain> domains = Set.of();
			if (found) {
				Map.Entry<String, FactorDomain> theme = THEMES.get(modifiable % THEMES.size());
				domains = Set.of(theme.getValue());
				learning.add(new ChildDeaths.Learning(
						0, created.id(), theme.getKey(), "Modifiable factor identified by the panel: "
								+ theme.getKey().toLowerCase(java.util.Locale.UK) + " (seed line 1417; illustrative)",
						panel.heldOn()));
				modifiable++;
			}
			refuse(this.deaths.review(partnershipId, java.util.Objects.requireNonNull(created.id()),
					new ChildDeaths.Review(panel.id(), null, found ? Modifiable.YES : Modifiable.NO, domains, learning),
					"demo"));
		}
		refuse(this.deaths.campaign(partnershipId, "Disc button batteries", "Ingestion of disc button batteries",
				LocalDate.of(2015, 2, 17),
				"A campaign across the area on the lethal dangers of swallowing disc button batteries, with the "
						+ "communication teams and the family's knowledge (seed line 1447)",
				"demo"));
		refuse(this.deaths.campaign(partnershipId, "999 calls and language barriers", "Emergency calls",
				LocalDate.of(2015, 1, 20),
				"Work with the emergency services on parents who did not feel able to call 999 because English was "
						+ "not their first language; raised with the Department for Education (seed lines 1451-1455)",
				"demo"));
		logger.info("Demo child deaths: {} reviewed at {} panels, {} with modifiable factors", REVIEWED, PANELS.size(),
				modifiable);
	}

	private static void refuse(Map<String, String> problems) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Demo child death refused: " + problems);
		}
	}

}
